// Bad input never takes a member down: fuzzed protobuf bytes, oversized
// requests and odd ranges get a clear gRPC error, and the member keeps serving.
import { credentials, makeGenericClientConstructor, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client, type RegdError } from '../../src/client/index.js';
import { LocalCluster } from './harness/local-cluster.js';
import { checkMetrics, havePromtool } from './harness/promtool.js';
import { waitFor } from './harness/wait-for.js';

let cluster: LocalCluster;
let kv: Client;

const METHODS = ['/etcdserverpb.KV/Range', '/etcdserverpb.KV/Put', '/etcdserverpb.KV/DeleteRange', '/etcdserverpb.KV/Txn', '/etcdserverpb.KV/Compact', '/etcdserverpb.Maintenance/Status'];
const identity = (b: Buffer) => b;
const RawClient = makeGenericClientConstructor(
  Object.fromEntries(METHODS.map((path) => [path, {
    path, requestStream: false, responseStream: false,
    requestSerialize: identity, requestDeserialize: identity, responseSerialize: identity, responseDeserialize: identity,
  }])),
  'raw',
);

function rawCall(client: InstanceType<typeof RawClient>, path: string, body: Uint8Array): Promise<ServiceError | undefined> {
  return new Promise((resolve) => {
    client.makeUnaryRequest(path, identity, identity, Buffer.from(body), new Metadata(), { deadline: Date.now() + 5000 }, (err) => resolve(err ?? undefined));
  });
}

beforeAll(async () => {
  cluster = await LocalCluster.start(1);
  await cluster.waitForHealthy();
  kv = createClient({ endpoints: [cluster.endpoint('n1')], requestTimeoutMs: 5000, retry: false });
});

afterAll(async () => {
  kv.close();
  await cluster.stop();
});

describe('a member under bad input', () => {
  it('answers fuzzed protobuf bytes with an error or a reply, and never dies', async () => {
    const client = new RawClient(cluster.endpoint('n1'), credentials.createInsecure());
    const codes = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHODS), fc.uint8Array({ maxLength: 256 }), async (path, body) => {
        const err = await rawCall(client, path, body);
        if (err !== undefined) {
          codes.add(err.code);
          // Never a transport failure: the member answered with a status.
          expect([status.UNAVAILABLE, status.DEADLINE_EXCEEDED]).not.toContain(err.code);
        }
      }),
      { numRuns: 300, seed: 4242 },
    );
    client.close();
    expect(cluster.isRunning('n1')).toBe(true);
    expect((await kv.kv.put('after-fuzz', 'ok')).header).toBeTruthy();
    expect((await kv.kv.get('after-fuzz'))?.valueString).toBe('ok');
  });

  it('refuses a key larger than the request limit with etcd\'s error or gRPC\'s size limit', async () => {
    const huge = 'k'.repeat(1_700_000);
    const err = await kv.kv.put(huge, 'v').then(() => undefined, (e: RegdError) => e);
    expect(err).toBeDefined();
    expect([status.INVALID_ARGUMENT, status.RESOURCE_EXHAUSTED]).toContain(err!.code);
    const justOver = 'k'.repeat(1_580_000); // under the gRPC limit, over the 1.5 MiB request limit
    const err2 = await kv.kv.put(justOver, 'v').then(() => undefined, (e: RegdError) => e);
    expect(err2?.code).toBe(status.INVALID_ARGUMENT);
    expect(err2?.details).toBe('etcdserver: request is too large');
    expect(await kv.kv.put('still', 'fine')).toBeTruthy();
  });

  it('treats a range whose end is before its key as empty', async () => {
    await kv.kv.put('m', '1');
    const r = await kv.kv.range('m', { rangeEnd: 'a' });
    expect(r.kvs).toEqual([]);
    expect(Number(r.count)).toBe(0);
  });

  it('exports Prometheus metrics and a health endpoint', async () => {
    const text = await cluster.metrics('n1');
    for (const name of [
      'regd_server_has_leader 1', 'regd_server_leader_changes_seen_total', 'regd_server_proposals_committed_total',
      'regd_server_proposals_applied_total', 'regd_server_proposals_pending', 'regd_server_proposals_failed_total',
      'regd_disk_wal_fsync_duration_seconds_bucket', 'regd_server_apply_duration_seconds_bucket',
      'regd_network_peer_sent_failures_total', 'regd_mvcc_db_total_size_in_bytes', 'process_resident_memory_bytes',
    ]) expect(text).toContain(name);
    const health = await fetch(`http://127.0.0.1:${cluster.spec('n1').metricsPort}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ health: 'true', reason: '' });
  });

  it.skipIf(!havePromtool)('every metric of a running member passes promtool check metrics', async () => {
    const text = await cluster.metrics('n1');
    expect(text).toContain('regd_mvcc_watch_streams');
    expect(await checkMetrics(text)).toEqual({ code: 0, output: '' });
  });

  it('exports watch streams and watchers as gauges that follow streams opening and closing', async () => {
    const metric = async (name: string): Promise<number> => {
      const line = (await cluster.metrics('n1')).split('\n').find((l) => l.startsWith(`${name} `));
      if (line === undefined) throw new Error(`${name} missing from /metrics`);
      return Number(line.slice(name.length + 1));
    };
    // The leader's registry follows its records on a stream of its own: count from what is there.
    const streams = await metric('regd_mvcc_watch_streams');
    const watchers = await metric('regd_mvcc_watchers');
    expect(streams).toBeLessThanOrEqual(1);
    expect(watchers).toBe(streams);
    expect(await metric('regd_mvcc_slow_watchers')).toBe(0);
    expect(await metric('regd_mvcc_watch_queued_bytes')).toBe(0);

    // Two watchers of one client share its one Watch stream.
    const w = createClient({ endpoints: [cluster.endpoint('n1')] });
    try {
      await w.watch.watch('metrics/a').ready;
      await w.watch.watch('metrics/', { rangeEnd: 'metrics0' }).ready;
      expect(await metric('regd_mvcc_watch_streams')).toBe(streams + 1);
      expect(await metric('regd_mvcc_watchers')).toBe(watchers + 2);
    } finally {
      w.close();
    }
    await waitFor('the stream to be gone from /metrics', async () =>
      (await metric('regd_mvcc_watch_streams')) === streams && (await metric('regd_mvcc_watchers')) === watchers);
  });
});
