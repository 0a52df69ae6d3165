// Watches over real gRPC stay out of the reserved keyspace: a create on a
// reserved key fails as etcd fails a create (the stream's other watchers go
// on), and a watch on every key never sees a registry record, live or replayed.
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchService } from '../../src/api/watch-service.js';
import { RESERVED_KEY_MESSAGE } from '../../src/kv/reserved.js';
import { addService, WatchService } from '../../src/proto/services.js';
import { TestWatchStream } from '../integration/harness/watch-client.js';
import { b } from '../kv/helpers.js';
import { WatchRig } from '../kv/watch-rig.js';

const R = '\xff\xff';

let rig: WatchRig;
let server: Server;
let stream: TestWatchStream;

beforeEach(async () => {
  rig = await WatchRig.create();
  server = new Server();
  const view = { headerBase: () => ({ clusterId: 1n, memberId: 2n, raftTerm: 3 }), hasLeader: () => true };
  addService(server, WatchService, watchService(rig.hub, view, pino({ level: 'silent' })));
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p)));
  });
  stream = new TestWatchStream(`127.0.0.1:${port}`);
});

afterEach(async () => {
  stream.close();
  server.forceShutdown();
  await rig.dispose();
});

/** A create with raw bytes (the test client's create() encodes strings as UTF-8). */
function create(key: string, rangeEnd?: string, startRevision?: number): void {
  stream.call.write({
    createRequest: { key: b(key), ...(rangeEnd !== undefined ? { rangeEnd: b(rangeEnd) } : {}), ...(startRevision !== undefined ? { startRevision } : {}) },
  });
}

describe('Watch and the reserved keyspace', () => {
  it.each<[string, string | undefined]>([
    [R, undefined],
    [`${R}registry/i/web/1`, undefined],
    [`${R}registry/`, `${R}registry0`],
    [R, '\x00'],
  ])('a create on [%j, %j) fails; the stream goes on', async (key, end) => {
    create(key, end);
    create('a');
    await stream.created(1);
    expect(stream.msgs.map((m) => [m.watchId, m.created, m.canceled, m.cancelReason])).toEqual([
      [-1, true, true, RESERVED_KEY_MESSAGE],
      [0, true, false, ''],
    ]);
    await rig.put('a', '1');
    await stream.until('the event of a', () => stream.events(0).length === 1);
    expect(stream.error).toBeUndefined();
  });

  it('watch --prefix "" and --from-key: user events only, live and replayed', async () => {
    await rig.put(`${R}registry/i/web/1`, 'r'); // 2
    await rig.put('a', '1'); // 3
    create('\x00', '\x00'); // every key, from now on
    create('\x00', '\x00', 1); // every key, history first
    create('b', '\x00'); // from key b
    await stream.created(2);
    await rig.put(`${R}registry/sp`, 'r'); // 4
    await rig.put('\xff\xfe', 'u'); // 5: the last user key before the reserved part
    await rig.del(`${R}registry/i/web/1`); // 6
    await rig.put('z', '2'); // 7
    await stream.until('the last user event', () => stream.events(0).some((e) => e.mod === 7) && stream.events(1).some((e) => e.mod === 7) && stream.events(2).some((e) => e.mod === 7));
    expect(stream.events(0).map((e) => e.mod)).toEqual([5, 7]);
    expect(stream.events(1).map((e) => e.mod)).toEqual([3, 5, 7]);
    expect(stream.events(2).map((e) => e.mod)).toEqual([5, 7]);
  });
});
