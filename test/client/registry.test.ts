// client.registry against a real 3-member cluster of regd processes: every
// call, with the types the client maps (string statuses and kinds, ms, number
// revisions) and its error classes; a heartbeat session that keeps 200
// instances passing while the member it streams to is killed; a service watch
// that resumes on another member with no change missed or repeated.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  connect,
  InvalidArgumentError,
  NotFoundError,
  type Client,
  type ClientOptions,
  type InstanceEvent,
  type Registration,
} from '../../src/client/index.js';
import { LocalCluster } from '../integration/harness/local-cluster.js';
import { waitFor } from '../integration/harness/wait-for.js';

const clients: Client[] = [];

async function open(options: ClientOptions): Promise<Client> {
  const c = await connect(options);
  clients.push(c);
  return c;
}

afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});

const ttlInstance = (service: string, id: string, ttlMs: number, extra: Partial<Registration> = {}): Registration => ({
  service, id, address: '127.0.0.1', port: 8080, checks: [{ checkId: 'ttl', kind: 'ttl', ttlMs, initialStatus: 'passing' }], ...extra,
});

let cluster: LocalCluster;

beforeAll(async () => {
  cluster = await LocalCluster.start(3);
  await cluster.waitForHealthy();
}, 60_000);

afterAll(async () => {
  await cluster?.stop();
});

describe('client.registry: every call', () => {
  it('register, list, services, report, maintenance, status, deregister', async () => {
    const c = await open({ endpoints: cluster.endpoints() });
    const h = await c.registry.put({
      service: 'api', id: 'api-1', address: '127.0.0.1', port: 9001, tags: ['v1'], meta: { zone: 'a' },
      checks: [{ checkId: 'alive', kind: 'ttl', ttlMs: 60_000 }],
    });
    expect(typeof h.revision).toBe('number');
    await c.registry.put({ service: 'api', id: 'api-2', address: '127.0.0.1', port: 9002, tags: ['v2'] });

    const all = await c.registry.listInstances('api');
    expect(all.header.revision).toBeGreaterThanOrEqual(h.revision);
    expect(all.instances.map((i) => [i.id, i.status])).toEqual([['api-1', 'critical'], ['api-2', 'passing']]);
    const one = all.instances[0]!;
    expect(one).toMatchObject({ service: 'api', address: '127.0.0.1', port: 9001, tags: ['v1'], meta: { zone: 'a' }, maintenance: false, stale: false });
    expect(one.createRevision).toBe(h.revision);
    expect(one.checks[0]!.definition).toMatchObject({ checkId: 'alive', kind: 'ttl', ttlMs: 60_000, initialStatus: 'critical' });
    expect(one.checks[0]!.status).toBe('critical');
    expect((await c.registry.listInstances('api', { tags: ['v2'] })).instances.map((i) => i.id)).toEqual(['api-2']);
    expect((await c.registry.listInstances('api', { meta: { zone: 'a' }, serializable: true })).instances.map((i) => i.id)).toEqual(['api-1']);

    const before = Date.now();
    await c.registry.report('api', 'api-1', 'alive', 'warning', 'slow disk');
    await waitFor('the report to be replicated', async () => (await c.registry.listInstances('api', { passingOnly: false })).instances[0]!.status === 'warning');
    const check = (await c.registry.listInstances('api')).instances[0]!.checks[0]!;
    expect(check.output).toBe('slow disk');
    expect(check.statusChangedMs).toBeGreaterThanOrEqual(before - 1000);
    await c.registry.report('api', 'api-1', 'alive', 'passing');
    await waitFor('passing', async () => (await c.registry.listInstances('api', { passingOnly: true })).instances.length === 2);

    await c.registry.setMaintenance('api', 'api-2', true, 'upgrading');
    const m = (await c.registry.listInstances('api')).instances[1]!;
    expect([m.status, m.maintenance, m.maintenanceReason]).toEqual(['critical', true, 'upgrading']);
    const svcs = await c.registry.listServices();
    expect(svcs.services.find((s) => s.name === 'api')).toEqual({ name: 'api', tags: ['v1', 'v2'], instances: 2, passing: 1, warning: 0, critical: 1 });
    await c.registry.setMaintenance('api', 'api-2', false);

    const st = await c.registry.status();
    expect(st).toMatchObject({ selfPreservation: false, selfPreservationSinceMs: null, stale: 0 });
    expect(st.instances).toBeGreaterThanOrEqual(2);
    expect(await c.registry.releaseSelfPreservation()).toMatchObject({ released: false });

    expect((await c.registry.deregister('api', 'api-2')).header?.revision).toBeGreaterThan(h.revision);
    await expect(c.registry.deregister('api', 'api-2')).rejects.toBeInstanceOf(NotFoundError);
    await expect(c.registry.report('api', 'nope', 'alive', 'passing')).rejects.toBeInstanceOf(NotFoundError);
    await expect(c.registry.put({ service: 'bad/name', id: 'x', address: '127.0.0.1', port: 1 })).rejects.toBeInstanceOf(InvalidArgumentError);
    await c.registry.deregister('api', 'api-1');
  });
});

describe('client.registry: heartbeat sessions', () => {
  it('keeps 200 instances passing over one stream while its member is killed; errors surface per report', async () => {
    const N = 200;
    const TTL_MS = 3000;
    const writer = await open({ endpoints: cluster.endpoints() });
    for (let i = 0; i < N; i += 20) {
      await Promise.all(Array.from({ length: 20 }, (_, j) => writer.registry.put(ttlInstance('fleet', `f${i + j}`, TTL_MS))));
    }
    const c = await open({ endpoints: cluster.endpoints(), requestTimeoutMs: 1000 });
    const s = c.registry.heartbeats({ batchMs: 20 });
    let stop = false;
    let taken = 0;
    let failed = 0;
    // Every instance reports every 500 ms; the session batches them into few messages.
    const reporters = Array.from({ length: N }, async (_, i) => {
      while (!stop) {
        await s.report('fleet', `f${i}`, 'ttl', 'passing').then(() => taken++, () => failed++);
        await new Promise((r) => setTimeout(r, 500));
      }
    });
    const notPassing = new Set<string>();
    const observe = async () => {
      const list = await writer.registry.listInstances('fleet').catch(() => undefined);
      for (const x of list?.instances ?? []) if (x.status !== 'passing') notPassing.add(x.id);
    };
    try {
      await waitFor('reports taken', () => taken >= N);
      const streamedTo = c.endpoint;
      const victim = cluster.names.find((n) => cluster.endpoint(n) === streamedTo)!;
      await cluster.kill(victim, 'SIGKILL');
      const deadline = Date.now() + 2.5 * TTL_MS;
      while (Date.now() < deadline) {
        await observe();
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(s.opened).toBeGreaterThanOrEqual(2);
      expect(c.endpoint).not.toBe(streamedTo);
      cluster.startNode(victim);
      await cluster.waitForHealthy([victim]);
    } finally {
      stop = true;
      await Promise.all(reporters);
    }
    expect([...notPassing].slice(0, 5)).toEqual([]);
    expect(taken).toBeGreaterThan(N * 5);

    // One unknown instance in a batch fails alone.
    const results = await Promise.allSettled([s.report('fleet', 'f0', 'ttl', 'passing'), s.report('fleet', 'ghost', 'ttl', 'passing')]);
    expect(results[0]!.status).toBe('fulfilled');
    expect(results[1]!.status === 'rejected' && results[1]!.reason).toBeInstanceOf(NotFoundError);
    s.close();
  }, 90_000);
});

describe('client.registry: service watches', () => {
  it('a snapshot, then every change; resumed on another member after a kill -9 with nothing missed or repeated', async () => {
    const writer = await open({ endpoints: cluster.endpoints(), retry: { maxRetries: 20, maxDelayMs: 300 } });
    await writer.registry.put(ttlInstance('watched', 'w0', 60_000));
    const watcher = await open({ endpoints: cluster.endpoints(), requestTimeoutMs: 2000 });
    const events: InstanceEvent[] = [];
    const revisions: number[] = [];
    let snapshots = 0;
    const w = watcher.registry.watch('watched', {
      onUpdate: (u) => {
        if (u.snapshot) snapshots++;
        revisions.push(u.revision);
        events.push(...u.events);
      },
    });
    await waitFor('the snapshot', () => snapshots === 1);
    expect(events.map((e) => (e.type === 'put' ? e.instance.id : e.id))).toEqual(['w0']);
    const watchedOn = watcher.endpoint;
    const victim = cluster.names.find((n) => cluster.endpoint(n) === watchedOn)!;

    const ids: string[] = [];
    const change = async (i: number) => {
      const id = `w${i}`;
      ids.push(id);
      await writer.registry.put(ttlInstance('watched', id, 60_000));
      if (i % 3 === 0) await writer.registry.deregister('watched', id);
    };
    for (let i = 1; i <= 15; i++) await change(i);
    const kill = cluster.kill(victim, 'SIGKILL');
    for (let i = 16; i <= 30; i++) await change(i);
    await kill;
    for (let i = 31; i <= 45; i++) await change(i);
    const last = (await writer.registry.put(ttlInstance('watched', 'end', 60_000))).revision;
    await waitFor('the watch to catch up', () => revisions.length > 0 && revisions[revisions.length - 1]! >= last, { timeoutMs: 30_000 });
    expect(w.resumes).toBeGreaterThanOrEqual(1);
    expect(snapshots).toBe(1);
    const seen = events.slice(1).map((e) => (e.type === 'put' ? `put ${e.instance.id}` : `delete ${e.id}`));
    const expected = [...ids.flatMap((id) => (Number(id.slice(1)) % 3 === 0 ? [`put ${id}`, `delete ${id}`] : [`put ${id}`])), 'put end'];
    expect(seen).toEqual(expected);
    // Revisions only grow.
    expect(revisions.every((r, i) => i === 0 || r > revisions[i - 1]!)).toBe(true);
    w.close();
    await w.done;
    cluster.startNode(victim);
    await cluster.waitForHealthy([victim]);
  }, 90_000);
});
