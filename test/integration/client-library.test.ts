// The client library as applications use it: the greeter and caller of examples/ as real
// processes on a real cluster. Greeters register themselves (TTL heartbeat + HTTP check) and
// deregister on SIGTERM; the caller discovers them and calls them in a loop with retries.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Client, type HealthStatus } from '../../src/client/index.js';
import { ExampleProcess, startGreeter } from './harness/example-process.js';
import { LocalCluster } from './harness/local-cluster.js';
import { leaderName } from './harness/registry-client.js';
import { waitFor } from './harness/wait-for.js';

const TTL_MS = 3000;

let cluster: LocalCluster;
let client: Client;
const procs: ExampleProcess[] = [];

beforeAll(async () => {
  cluster = await LocalCluster.start(3);
  await cluster.waitForHealthy();
  client = await connect({ endpoints: cluster.endpoints() });
}, 60_000);

afterEach(async () => {
  await Promise.all(procs.splice(0).map((p) => p.stop('SIGKILL')));
  // Whatever the test left registered goes, so the next one starts from an empty service.
  for (const i of (await client.registry.listInstances('greeter')).instances) await client.registry.deregister('greeter', i.id);
});

afterAll(async () => {
  await client?.close();
  await cluster?.stop();
});

async function greeter(id: string): Promise<ExampleProcess & { port: number }> {
  const g = await startGreeter(cluster.endpoints(), id, ['--ttl-ms', String(TTL_MS), '--check-interval-ms', '1000']);
  procs.push(g);
  // Registered is not yet passing: its HTTP check starts critical until its first run. A caller
  // started before that finds no instance to call, which is right, but not what these tests count.
  await waitFor(`${id} passing`, async () => (await statusOf(id)) === 'passing', { timeoutMs: 20_000 });
  return g;
}

function caller(): ExampleProcess {
  const c = new ExampleProcess('caller', ['--endpoints', cluster.endpoints().join(','), '--interval-ms', '20']);
  procs.push(c);
  return c;
}

async function statusOf(id: string): Promise<HealthStatus | 'absent'> {
  const r = await client.registry.listInstances('greeter');
  return r.instances.find((i) => i.id === id)?.status ?? 'absent';
}

/** Waits until the caller has been answered by `id` after line `from`; returns the line count then. */
async function answeredBy(c: ExampleProcess, id: string, from = 0): Promise<number> {
  await c.waitForLine(new RegExp(`^ok ${id} `), { from, timeoutMs: 20_000 });
  return c.lines.length;
}

/** The caller's summary after SIGTERM. */
async function summary(c: ExampleProcess): Promise<{ ok: number; failed: number }> {
  c.signal('SIGTERM');
  const line = await c.waitForLine(/^\{"ok":/);
  return JSON.parse(line) as { ok: number; failed: number };
}

describe('greeters and a caller', () => {
  it('the caller keeps succeeding while greeters are killed (kill -9 and SIGTERM) and new ones start', async () => {
    await Promise.all(['g1', 'g2', 'g3'].map((id) => greeter(id)));
    const c = caller();
    for (const id of ['g1', 'g2', 'g3']) await answeredBy(c, id);

    await procs.find((p) => p.lines.some((l) => l.includes('"g1"')))!.stop('SIGKILL');
    await greeter('g4');
    let mark = await answeredBy(c, 'g4');
    const g2 = procs.find((p) => p.lines.some((l) => l.includes('"g2"')))!;
    const exit = await g2.stop('SIGTERM');
    expect(exit.signal).toBe('SIGTERM'); // deregistered, then the default action of SIGTERM
    await greeter('g5');
    mark = await answeredBy(c, 'g5', mark);
    // g1 (killed) stays registered until its TTL runs out; calls meanwhile land elsewhere.
    await waitFor('g1 critical', async () => (await statusOf('g1')) === 'critical', { timeoutMs: TTL_MS + 5000 });
    await c.waitForLine(/^ok /, { from: mark + 50 });

    const s = await summary(c);
    expect(c.lines.filter((l) => l.startsWith('failed')), c.output()).toEqual([]);
    expect(s.failed).toBe(0);
    expect(s.ok).toBeGreaterThan(100);
  }, 90_000);

  it('SIGTERM deregisters the instance: it leaves discovery within one second', async () => {
    const g = await greeter('g6');
    const seen = client.registry.discover('greeter', { passing: false });
    try {
      await seen.ready;
      await waitFor('g6 discovered', () => seen.instances().some((i) => i.id === 'g6'));
      const sentAt = Date.now();
      g.signal('SIGTERM');
      await waitFor('g6 gone from discovery', () => !seen.instances().some((i) => i.id === 'g6'), { timeoutMs: 1000, intervalMs: 10 });
      expect(Date.now() - sentAt).toBeLessThanOrEqual(1000 + 50);
      expect(await statusOf('g6')).toBe('absent');
    } finally {
      seen.close();
    }
  }, 60_000);

  it('kill -9 of the cluster leader turns no reporting instance critical', async () => {
    const ids = ['g7', 'g8', 'g9'];
    await Promise.all(ids.map((id) => greeter(id)));
    await waitFor('all passing', async () => (await Promise.all(ids.map(statusOf))).every((s) => s === 'passing'));
    const critical: string[] = [];
    const w = client.registry.watch('greeter', {
      onUpdate: (u) => {
        for (const e of u.events) if (e.type === 'put' && e.instance.checks.some((k) => k.definition.checkId === 'ttl' && k.status === 'critical')) critical.push(e.instance.id);
      },
    });
    const old = await leaderName(cluster);
    try {
      await cluster.kill(old, 'SIGKILL');
      const next = await leaderName(cluster);
      expect(next).not.toBe(old);
      // Two full TTLs of reports on the new leader: a gap long enough to miss one would show.
      const heartbeats = async () => Number(/^regd_registry_heartbeats_received_total (\d+)/m.exec(await cluster.metrics(next))?.[1] ?? 0);
      const start = await heartbeats();
      await waitFor('two TTLs of heartbeats on the new leader', async () => (await heartbeats()) - start >= ids.length * 6, { timeoutMs: 4 * TTL_MS });
      expect(critical).toEqual([]);
      expect(await Promise.all(ids.map(statusOf))).toEqual(['passing', 'passing', 'passing']);
    } finally {
      w.close();
      cluster.startNode(old);
      await cluster.waitForHealthy();
    }
  }, 90_000);

  it('an instance frozen with SIGSTOP turns critical and gets no calls; after SIGCONT it passes and gets calls again', async () => {
    await greeter('g10');
    const frozen = await greeter('g11');
    const c = caller();
    let mark = await answeredBy(c, 'g11');
    frozen.signal('SIGSTOP');
    await waitFor('g11 critical', async () => (await statusOf('g11')) === 'critical', { timeoutMs: TTL_MS + 5000 });
    mark = c.lines.length;
    await c.waitForLine(/^ok /, { from: mark + 30 });
    expect(c.lines.slice(mark).filter((l) => l.startsWith('ok g11 '))).toEqual([]);

    frozen.signal('SIGCONT');
    await waitFor('g11 passing again', async () => (await statusOf('g11')) === 'passing', { timeoutMs: TTL_MS + 5000 });
    await answeredBy(c, 'g11', mark);
    const s = await summary(c);
    expect(s.failed, c.output()).toBe(0);
  }, 90_000);
});
