// The Watch service over real gRPC, in process: a store and a hub fed like
// the state machine feeds them, a grpc-js server, and the generated client.
import { Server, ServerCredentials, status } from '@grpc/grpc-js';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchService, type WatchNodeView, type WatchServiceOptions } from '../../src/api/watch-service.js';
import { addService, WatchService } from '../../src/proto/services.js';
import { waitFor } from '../integration/harness/wait-for.js';
import { TestWatchStream } from '../integration/harness/watch-client.js';
import { b } from '../kv/helpers.js';
import { WatchRig } from '../kv/watch-rig.js';

const log = pino({ level: 'silent' });

let rig: WatchRig;
let server: Server;
let endpoint: string;
let leader = true;
const streams: TestWatchStream[] = [];
const view: WatchNodeView = {
  headerBase: () => ({ clusterId: 0xabcdef0123456789n, memberId: 0x1234n, raftTerm: 7 }),
  hasLeader: () => leader,
};

async function start(opts: WatchServiceOptions = {}, hubOpts: Parameters<typeof WatchRig.create>[0] = {}): Promise<void> {
  rig = await WatchRig.create(hubOpts);
  server = new Server();
  addService(server, WatchService, watchService(rig.hub, view, log, { progressNotifyIntervalMs: 100, leaderCheckIntervalMs: 30, ...opts }));
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p)));
  });
  endpoint = `127.0.0.1:${port}`;
}

function open(opts: { hasLeader?: boolean } = {}): TestWatchStream {
  const s = new TestWatchStream(endpoint, opts);
  streams.push(s);
  return s;
}

beforeEach(() => {
  leader = true;
});

afterEach(async () => {
  for (const s of streams.splice(0)) s.close();
  server.forceShutdown();
  await rig.dispose();
});

describe('Watch over gRPC', () => {
  it('created (id 0, current revision, full header), then events; cancel; unknown cancel gets nothing', async () => {
    await start();
    await rig.put('a', '1'); // 2
    const s = open();
    s.create('a');
    const id = await s.created();
    expect(id).toBe(0);
    expect(s.msgs[0]).toMatchObject({ watchId: 0, created: true, canceled: false, revision: 2, hasIds: true, events: [] });
    await rig.put('a', '2'); // 3
    await s.until('event', () => s.events(id).length === 1);
    expect(s.msgs[1]).toMatchObject({ watchId: 0, revision: 3, created: false, events: [{ type: 'PUT', key: 'a', value: '2', mod: 3, create: 2, version: 2 }] });
    expect(s.msgs[1]!.events[0]!.prev).toBeUndefined();
    s.cancel(99);
    s.cancel(id);
    await s.until('canceled', (m) => m.some((x) => x.canceled));
    expect(s.msgs.slice(2)).toEqual([expect.objectContaining({ watchId: 0, canceled: true, created: false, cancelReason: '', revision: 3 })]);
  });

  it('answers creates in order; explicit ids; failed creates as etcd shapes them', async () => {
    await start();
    const s = open();
    s.create('a', { watchId: 5 });
    s.create('b', { end: 'a' });
    s.create('a', { watchId: 5 });
    s.create('a', { startRevision: -3 });
    s.create('a');
    await s.until('5 created', (m) => m.filter((x) => x.created).length === 5);
    expect(s.msgs.map((m) => [m.watchId, m.created, m.canceled, m.cancelReason])).toEqual([
      [5, true, false, ''],
      [-1, true, true, 'mvcc: watcher range is empty'],
      [-1, true, true, 'mvcc: duplicate watch ID provided on the WatchStream'],
      [-1, true, true, 'etcdserver: mvcc: required revision has been compacted'],
      [0, true, false, ''],
    ]);
    expect(s.msgs.every((m) => m.revision === 1 && m.hasIds)).toBe(true);
  });

  it('replays history, then live; prev_kv only when asked; filters', async () => {
    await start();
    await rig.put('k1', 'a'); // 2
    await rig.put('k1', 'b'); // 3
    await rig.del('k1'); // 4
    const s = open();
    s.create('k', { end: 'l', startRevision: 2, prevKv: true });
    s.create('k', { end: 'l', startRevision: 2, noPut: true });
    s.create('k', { end: 'l', noDelete: true });
    await s.until('3 created', (m) => m.filter((x) => x.created).length === 3);
    await rig.put('k2', 'c'); // 5
    await s.until('events', () => s.events(0).length === 4 && s.events(2).length === 1);
    expect(s.events(0).map((e) => [e.type, e.key, e.mod, e.prev?.value])).toEqual([
      ['PUT', 'k1', 2, undefined],
      ['PUT', 'k1', 3, 'a'],
      ['DELETE', 'k1', 4, 'b'],
      ['PUT', 'k2', 5, undefined],
    ]);
    expect(s.events(1).map((e) => [e.type, e.key, e.mod, e.value, e.create, e.version, e.prev])).toEqual([['DELETE', 'k1', 4, '', 0, 0, undefined]]);
    expect(s.events(2).map((e) => e.mod)).toEqual([5]);
  });

  it('compacted start: created, then a canceled response with compact_revision and header revision 0', async () => {
    await start();
    for (let i = 0; i < 3; i++) await rig.put('a', String(i)); // 2..4
    await rig.compact(3);
    const s = open();
    s.create('a', { startRevision: 2 });
    await s.until('compacted', (m) => m.some((x) => x.compactRevision !== 0));
    expect(s.msgs).toEqual([
      expect.objectContaining({ watchId: 0, created: true, revision: 4 }),
      expect.objectContaining({ watchId: 0, canceled: true, compactRevision: 3, revision: 0, cancelReason: '', events: [] }),
    ]);
  });

  it('progress request: one response with watch id -1 when all are synced', async () => {
    await start();
    await rig.put('a', '1'); // 2
    const s = open();
    s.progress(); // no watchers: nothing
    s.create('a');
    await s.created();
    s.progress();
    await s.until('progress', (m) => m.length === 2);
    expect(s.msgs[1]).toMatchObject({ watchId: -1, revision: 2, created: false, canceled: false, events: [] });
  });

  it('progress notify: every interval, to quiet synced watchers that asked for it', async () => {
    await start({ progressNotifyIntervalMs: 100 });
    const s = open();
    s.create('a', { progressNotify: true });
    s.create('b');
    await s.until('two progress notifications', (m) => m.filter((x) => x.watchId === 0 && !x.created).length >= 2, 5000);
    expect(s.of(0).filter((x) => !x.created).every((x) => x.events.length === 0 && x.revision === 1)).toBe(true);
    expect(s.of(1).filter((x) => !x.created)).toEqual([]);
  });

  it('fragments a large response only for a watcher that asked; the parts join to the whole', async () => {
    await start({ fragmentBytes: 300 });
    const s = open();
    s.create('f', { end: 'g', fragment: true });
    s.create('f', { end: 'g' });
    await s.until('created', (m) => m.filter((x) => x.created).length === 2);
    const ops = Array.from({ length: 6 }, (_, i) => ({ requestPut: { key: b(`f${i}`), value: b('v'.repeat(100)) } }));
    await rig.apply({ type: 'txn', request: { success: ops } }); // 2
    await s.until('fragments', () => s.events(0).length === 6 && s.events(1).length === 6);
    const parts = s.of(0).filter((m) => !m.created);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => p.fragment)).toEqual([...parts.slice(1).map(() => true), false]);
    expect(parts.every((p) => p.revision === 2)).toBe(true);
    expect(s.events(0).map((e) => e.key)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5']);
    expect(s.of(1).filter((m) => !m.created)).toHaveLength(1);
  });

  it('hasleader: refused at once without a leader; an open stream ends after 3 checks without one', async () => {
    await start({ leaderCheckIntervalMs: 30 });
    leader = false;
    const refused = open({ hasLeader: true });
    await waitFor('refused', () => refused.error !== undefined);
    expect(refused.error).toMatchObject({ code: status.UNAVAILABLE, details: 'etcdserver: no leader' });
    const plain = open();
    plain.create('a');
    await plain.created();
    leader = true;
    const s = open({ hasLeader: true });
    s.create('a');
    await s.created();
    leader = false;
    await waitFor('ended', () => s.error !== undefined);
    expect(s.error).toMatchObject({ code: status.UNAVAILABLE, details: 'etcdserver: no leader' });
    expect(plain.error).toBeUndefined();
    await waitFor('hub drops it', () => rig.hub.stats.streams === 1);
  });

  it('a client that cancels leaves nothing behind', async () => {
    await start();
    const s = open();
    for (let i = 0; i < 5; i++) s.create('a', { startRevision: 1 });
    await s.until('created', (m) => m.filter((x) => x.created).length === 5);
    expect(rig.hub.stats.watchers).toBe(5);
    s.close();
    await waitFor('stream gone', () => rig.hub.stats.streams === 0);
    expect(rig.hub.stats).toMatchObject({ watchers: 0, synced: 0, unsynced: 0, queued: 0 });
  });

  it('a half-closed stream keeps delivering', async () => {
    await start();
    const s = open();
    s.create('a');
    await s.created();
    s.call.end();
    await rig.put('a', 'x');
    await s.until('event after half-close', () => s.events(0).length === 1);
  });

  it('a client that does not read: writes go on, the stream stays bounded, then it gets everything once', async () => {
    await start({}, { maxStreamResponses: 16, maxStreamBytes: 256 * 1024, maxWatcherResponses: 8 });
    const s = open();
    s.create('big', { end: 'bih' });
    await s.created();
    s.call.pause();
    const value = 'x'.repeat(32 * 1024);
    let maxQueued = 0;
    for (let i = 0; i < 150; i++) {
      await rig.put(`big${i % 4}`, `${i}:${value}`);
      maxQueued = Math.max(maxQueued, rig.hub.stats.queuedBytes);
    }
    // ~4.8 MB written; the client's HTTP/2 window holds a little, the hub at most its limit plus one read.
    expect(maxQueued).toBeLessThanOrEqual(256 * 1024 + 64 * 1024);
    expect(rig.hub.stats.unsynced).toBe(1);
    s.call.resume();
    await s.until('all events', () => s.events(0).length >= 150, 20_000);
    const mods = s.events(0).map((e) => e.mod);
    expect(mods).toEqual(Array.from({ length: 150 }, (_, i) => i + 2));
    await waitFor('synced again', () => rig.hub.stats.synced === 1);
  });

  it('ends streams when the hub closes (the member stops)', async () => {
    await start();
    const s = open();
    s.create('a');
    await s.created();
    rig.hub.close();
    await waitFor('ended', () => s.error !== undefined);
    expect(s.error).toMatchObject({ code: status.UNAVAILABLE, details: 'etcdserver: server stopped' });
  });
});
