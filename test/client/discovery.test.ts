// client.registry.discover() against a real 3-member cluster, with real HTTP
// servers as instances (their HTTP checks decide passing): instances come and
// go through the watch, the passing / tag / meta filters, the three pick
// strategies, the maxInstances bound (truncated, refilled from a snapshot),
// and a cluster that goes away entirely (the set keeps its instances, stale)
// and comes back (stale clears, changes flow again).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, ClientClosedError, InvalidArgumentError, type Client, type Instance, type Registration } from '../../src/client/index.js';
import type { DiscoverySet } from '../../src/client/discovery.js';
import { LocalCluster } from '../integration/harness/local-cluster.js';
import { waitFor } from '../integration/harness/wait-for.js';

let cluster: LocalCluster;
const clients: Client[] = [];
const servers: http.Server[] = [];

beforeAll(async () => {
  cluster = await LocalCluster.start(3);
  await cluster.waitForHealthy();
}, 60_000);

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

afterAll(async () => {
  await cluster?.stop();
});

async function open(): Promise<Client> {
  const c = await connect({ endpoints: cluster.endpoints(), requestTimeoutMs: 2000 });
  clients.push(c);
  return c;
}

/** A real HTTP server on loopback answering /health with `health.code` (changeable). */
async function instanceServer(): Promise<{ port: number; health: { code: number } }> {
  const health = { code: 200 };
  const server = http.createServer((req, res) => {
    res.statusCode = req.url === '/health' ? health.code : 200;
    res.end('ok');
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, health };
}

const plain = (service: string, id: string, extra: Partial<Registration> = {}): Registration => ({ service, id, address: '127.0.0.1', port: 1, ...extra });
const httpChecked = (service: string, id: string, port: number, extra: Partial<Registration> = {}): Registration => ({
  service, id, address: '127.0.0.1', port, ...extra,
  checks: [{ checkId: 'http', kind: 'http', target: `http://127.0.0.1:${port}/health`, intervalMs: 1000, timeoutMs: 500 }],
});
const ids = (set: DiscoverySet): string[] => set.instances().map((i) => i.id);

describe('discover: a live set kept by the watch', () => {
  it('instances come and go, with a change event each time; passing follows the HTTP checks', async () => {
    const c = await open();
    const [a, b] = [await instanceServer(), await instanceServer()];
    b.health.code = 503;
    await c.registry.put(httpChecked('web', 'web-a', a.port));
    await c.registry.put(httpChecked('web', 'web-b', b.port));
    const set = c.registry.discover('web');
    const all = c.registry.discover('web', { passing: false });
    const changes: string[][] = [];
    set.on('change', (list) => changes.push(list.map((i) => i.id)));
    await Promise.all([set.ready, all.ready]);
    expect(ids(all)).toEqual(['web-a', 'web-b']);
    await waitFor('web-a passing', () => ids(set).includes('web-a'));
    expect(ids(set)).toEqual(['web-a']);
    expect(set.stale).toBe(false);
    expect(set.truncated).toBe(false);

    b.health.code = 200;
    await waitFor('web-b passing', () => ids(set).length === 2);
    expect(ids(set)).toEqual(['web-a', 'web-b']);
    const c2 = await instanceServer();
    const h = await c.registry.put(plain('web', 'web-0', { port: c2.port }));
    await waitFor('web-0 in the set', () => ids(set).includes('web-0'));
    expect(ids(set)).toEqual(['web-0', 'web-a', 'web-b']);
    expect(set.revision).toBeGreaterThanOrEqual(h.revision);
    await c.registry.deregister('web', 'web-a');
    await waitFor('web-a gone', () => !ids(set).includes('web-a'));
    expect(ids(set)).toEqual(['web-0', 'web-b']);
    expect(changes.at(-1)).toEqual(['web-0', 'web-b']);
    // Every event is one whole, sorted set, and consecutive ones differ.
    expect(changes.every((l, i) => i === 0 || l.join() !== changes[i - 1]!.join())).toBe(true);
    expect(changes.every((l) => [...l].sort().join() === l.join())).toBe(true);
    // The array handed out is frozen: the next change makes a new one.
    expect(Object.isFrozen(set.instances())).toBe(true);
    set.close();
    all.close();
    await set.done;
  });

  it('tags and meta filter as listInstances does (every tag, every pair)', async () => {
    const c = await open();
    await c.registry.put(plain('api', 'api-1', { tags: ['v1'], meta: { zone: 'a' } }));
    await c.registry.put(plain('api', 'api-2', { tags: ['v2', 'canary'], meta: { zone: 'a' } }));
    await c.registry.put(plain('api', 'api-3', { tags: ['v2'], meta: { zone: 'b' } }));
    const v2 = c.registry.discover('api', { tags: ['v2'] });
    const canary = c.registry.discover('api', { tags: ['v2', 'canary'] });
    const zoneA = c.registry.discover('api', { meta: { zone: 'a' } });
    const v2b = c.registry.discover('api', { tags: ['v2'], meta: { zone: 'b' } });
    await Promise.all([v2.ready, canary.ready, zoneA.ready, v2b.ready]);
    expect(ids(v2)).toEqual(['api-2', 'api-3']);
    expect(ids(canary)).toEqual(['api-2']);
    expect(ids(zoneA)).toEqual(['api-1', 'api-2']);
    expect(ids(v2b)).toEqual(['api-3']);
    // A change that makes an instance stop matching removes it.
    await c.registry.put(plain('api', 'api-3', { tags: ['v3'], meta: { zone: 'b' } }));
    await waitFor('api-3 no longer v2', () => ids(v2).length === 1);
    expect(ids(v2)).toEqual(['api-2']);
    expect(ids(v2b)).toEqual([]);
    expect(v2b.pick()).toBeUndefined();
  });

  it('pick: round-robin in id order, random spread over all, least-outstanding avoids busy instances', async () => {
    const c = await open();
    for (const id of ['p-c', 'p-a', 'p-b']) await c.registry.put(plain('picks', id));
    const rr = c.registry.discover('picks');
    const random = c.registry.discover('picks', { strategy: 'random' });
    const least = c.registry.discover('picks', { strategy: 'least-outstanding' });
    await Promise.all([rr.ready, random.ready, least.ready]);
    expect(Array.from({ length: 7 }, () => rr.pick()!.id)).toEqual(['p-a', 'p-b', 'p-c', 'p-a', 'p-b', 'p-c', 'p-a']);

    const counts = new Map<string, number>();
    const N = 3000;
    for (let i = 0; i < N; i++) {
      const id = random.pick()!.id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    // Uniform: each near N/3 = 1000 (5 standard deviations is about ±130).
    expect([...counts.keys()].sort()).toEqual(['p-a', 'p-b', 'p-c']);
    for (const n of counts.values()) expect(Math.abs(n - N / 3)).toBeLessThan(200);

    // Two calls held in flight: pick() goes to the one idle instance, every time.
    const release: Array<() => void> = [];
    const held: string[] = [];
    const calls = [0, 1].map(() => least.call((i) => {
      held.push(i.id);
      return new Promise<string>((r) => release.push(() => r(i.id)));
    }));
    await waitFor('two calls in flight', () => held.length === 2);
    expect(new Set(held).size).toBe(2);
    const idle = ['p-a', 'p-b', 'p-c'].find((id) => !held.includes(id))!;
    expect(held.map((id) => least.outstanding(id))).toEqual([1, 1]);
    expect(Array.from({ length: 5 }, () => least.pick()!.id)).toEqual(Array(5).fill(idle));
    for (const r of release) r();
    expect((await Promise.all(calls)).sort()).toEqual([...held].sort());
    expect(held.map((id) => least.outstanding(id))).toEqual([0, 0]);
    // All idle: ties go round in turn, so every instance is picked.
    expect(new Set(Array.from({ length: 3 }, () => least.pick()!.id)).size).toBe(3);
  });

  it('maxInstances: holds the first N by id, truncated; refills from a snapshot when one of them leaves', async () => {
    const c = await open();
    for (const id of ['m5', 'm1', 'm4', 'm2', 'm3']) await c.registry.put(plain('many', id));
    const set = c.registry.discover('many', { maxInstances: 3 });
    await set.ready;
    expect(ids(set)).toEqual(['m1', 'm2', 'm3']);
    expect(set.truncated).toBe(true);
    await c.registry.put(plain('many', 'm0'));
    await waitFor('m0 in, m3 out', () => ids(set).join() === 'm0,m1,m2');
    await c.registry.put(plain('many', 'm9'));
    await c.registry.deregister('many', 'm1');
    await waitFor('m3 back in', () => ids(set).join() === 'm0,m2,m3');
    expect(set.truncated).toBe(true);
    for (const id of ['m0', 'm4', 'm5']) await c.registry.deregister('many', id);
    await waitFor('the rest, not truncated', () => ids(set).join() === 'm2,m3,m9' && !set.truncated);
  });

  it('bad options are InvalidArgumentError; closing the client ends its sets, and one not yet ready rejects', async () => {
    const c = await open();
    expect(() => c.registry.discover('x', { maxInstances: 0 })).toThrow(InvalidArgumentError);
    expect(() => c.registry.discover('x', { strategy: 'fastest' as 'random' })).toThrow(InvalidArgumentError);
    const set = c.registry.discover('web');
    await set.ready;
    const early = c.registry.discover('web');
    c.close();
    await set.done;
    await expect(early.ready).rejects.toBeInstanceOf(ClientClosedError);
  });
});

describe('discover: a service name the registry refuses', () => {
  it('rejects ready with the server\'s INVALID_ARGUMENT naming the field, and so does a raw watch', async () => {
    const c = await open();
    const set = c.registry.discover('bad/name');
    const err = await set.ready.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as InvalidArgumentError).details).toMatch(/^registry: service: /);
    await expect(set.done).rejects.toBeInstanceOf(InvalidArgumentError);
    const w = c.registry.watch('bad/name');
    await expect((async () => {
      for await (const u of w) void u;
    })()).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});

describe('discover: the cluster goes away and comes back', () => {
  it('keeps the last set, stale with an event; recovers with a fresh snapshot and changes flow again', async () => {
    const c = await open();
    await c.registry.put(plain('keep', 'k1'));
    await c.registry.put(plain('keep', 'k2'));
    const set = c.registry.discover('keep');
    const stale: boolean[] = [];
    set.on('stale', (s) => stale.push(s));
    await set.ready;
    const before: readonly Instance[] = set.instances();
    expect(ids(set)).toEqual(['k1', 'k2']);

    await Promise.all(cluster.names.map((n) => cluster.kill(n, 'SIGKILL')));
    await waitFor('stale', () => set.stale);
    expect(stale).toEqual([true]);
    expect(set.instances()).toBe(before);
    expect(set.pick()?.id).toMatch(/^k[12]$/);

    cluster.startAll();
    await cluster.waitForHealthy();
    await waitFor('fresh again', () => !set.stale, { timeoutMs: 30_000 });
    expect(stale).toEqual([true, false]);
    expect(ids(set)).toEqual(['k1', 'k2']);
    const writer = await open();
    await writer.registry.put(plain('keep', 'k3'));
    await writer.registry.deregister('keep', 'k1');
    await waitFor('changes flow again', () => ids(set).join() === 'k2,k3');
  }, 90_000);
});

describe('discover: the member under the watch freezes', () => {
  it('turns stale within a keepalive round, goes on from another member, and sees changes made meanwhile', async () => {
    const c = await open();
    await c.registry.put(plain('frozen', 'f1'));
    const set = c.registry.discover('frozen');
    const stale: boolean[] = [];
    set.on('stale', (st) => stale.push(st));
    await set.ready;
    const member = cluster.names.find((n) => cluster.endpoint(n) === c.endpoint)!;
    cluster.pause(member);
    try {
      // Nothing breaks at the TCP level: only the connection's keepalive pings notice.
      // (The stale window can be shorter than a poll: the watch reopens on the next member at once.)
      await waitFor('stale', () => stale.includes(true), { timeoutMs: 30_000 });
      const others = cluster.names.filter((n) => n !== member);
      const writer = await connect({ endpoints: cluster.endpoints(others), requestTimeoutMs: 2000 });
      clients.push(writer);
      await waitFor('a write on the other members', async () => {
        await writer.registry.put(plain('frozen', 'f2'));
        return true;
      }, { timeoutMs: 30_000 });
      await waitFor('current again, with f2', () => !set.stale && ids(set).join() === 'f1,f2', { timeoutMs: 30_000 });
      expect(stale).toEqual([true, false]);
      expect(c.endpoint).not.toBe(cluster.endpoint(member));
    } finally {
      cluster.resume(member);
    }
  }, 90_000);
});
