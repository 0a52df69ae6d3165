// registry.register (src/client/self-registration.ts) against a real 3-member
// cluster: a handle stays passing past several TTLs over one shared heartbeat
// stream; pass/warn/fail show with their output; a registration someone else
// removed comes back by itself (with and without a TTL check); deregister()
// and close() remove it; a kill -9 of the leader turns none of 50 reporting
// instances critical; deregisterOnExit in a real child process on SIGTERM.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  connect,
  FailedPreconditionError,
  InvalidArgumentError,
  TTL_CHECK_ID,
  type Client,
  type ConnectOptions,
  type Instance,
  type ServiceRegistration,
} from '../../src/client/index.js';
import { LocalCluster } from '../integration/harness/local-cluster.js';
import { waitFor } from '../integration/harness/wait-for.js';

const clients: Client[] = [];

async function open(options: ConnectOptions = {}): Promise<Client> {
  const c = await connect({ endpoints: cluster.endpoints(), ...options });
  clients.push(c);
  return c;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

let cluster: LocalCluster;

beforeAll(async () => {
  cluster = await LocalCluster.start(3);
  await cluster.waitForHealthy();
}, 60_000);

afterAll(async () => {
  await cluster?.stop();
});

async function instance(c: Client, service: string, id: string): Promise<Instance | undefined> {
  return (await c.registry.listInstances(service)).instances.find((i) => i.id === id);
}

/** The name of the member leading now. */
async function leaderName(c: Client): Promise<string> {
  return waitFor('a leader', async () => {
    for (const n of cluster.names.filter((x) => cluster.isRunning(x))) {
      const s = await c.maintenance.status({ endpoint: cluster.endpoint(n) }).catch(() => undefined);
      if (s !== undefined && s.leader !== 0n && s.leader === s.header.memberId) return n;
    }
    return undefined;
  }, { timeoutMs: 20_000 });
}

describe('registry.register: a handle that keeps its instance registered', () => {
  it('stays passing past several TTLs, with every report on one shared stream', async () => {
    const c = await open();
    const observer = await open();
    const a = await c.registry.register({ service: 'keep', address: '127.0.0.1', port: 8001, ttlMs: 1000, tags: ['v1'] });
    const b = await c.registry.register({ service: 'keep', id: 'keep-b', address: '127.0.0.1', port: 8002, ttlMs: 1000 });
    expect(a.id).toMatch(new RegExp(`^keep-.+-${process.pid}-[0-9a-f]{4}$`));
    expect(b.id).toBe('keep-b');
    const start = Date.now();
    let checks = 0;
    // Every 100 ms for 3.5 TTLs: neither ever critical.
    await waitFor('3.5 TTLs to pass', async () => {
      const list = (await observer.registry.listInstances('keep')).instances;
      expect(list.map((i) => [i.id, i.status]).sort()).toEqual([[a.id, 'passing'], ['keep-b', 'passing']].sort());
      checks++;
      return Date.now() - start >= 3500;
    }, { timeoutMs: 20_000, intervalMs: 100 });
    expect(checks).toBeGreaterThan(5);
    const i = await instance(observer, 'keep', a.id);
    expect(i?.checks.map((x) => [x.definition.checkId, x.definition.kind, x.definition.ttlMs])).toEqual([[TTL_CHECK_ID, 'ttl', 1000]]);
    expect(i?.tags).toEqual(['v1']);
    // One heartbeat session for the client, shared by both handles.
    expect((c.registry as unknown as { sessions: Set<unknown> }).sessions.size).toBe(1);
  });

  it('pass / warn / fail report at once with their output', async () => {
    const c = await open();
    const h = await c.registry.register({ service: 'states', id: 's1', address: '127.0.0.1', port: 8001, ttlMs: 60_000, initialStatus: 'warning' });
    expect((await instance(c, 'states', 's1'))?.status).toBe('warning');
    for (const [call, status] of [['fail', 'critical'], ['warn', 'warning'], ['pass', 'passing']] as const) {
      await h[call](`now ${status}`);
      expect(h.status).toBe(status);
      const i = await instance(c, 'states', 's1');
      expect([i?.status, i?.checks[0]?.output]).toEqual([status, `now ${status}`]);
    }
  });

  it('rejects bad options with InvalidArgumentError, and pass() on a handle without a TTL check', async () => {
    const c = await open();
    await expect(c.registry.register({ service: 'bad', address: '127.0.0.1', port: 1, ttlMs: 1000, heartbeatIntervalMs: 1000 })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(c.registry.register({ service: 'bad', address: '127.0.0.1', port: 1, heartbeatIntervalMs: 100 })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(c.registry.register({ service: 'bad', address: '127.0.0.1', port: 1, ttlMs: 1.5 })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(c.registry.register({ service: 'bad/name', address: '127.0.0.1', port: 1 })).rejects.toBeInstanceOf(InvalidArgumentError);
    const plain = await c.registry.register({ service: 'plain', id: 'p', address: '127.0.0.1', port: 1 });
    await expect(plain.pass()).rejects.toBeInstanceOf(FailedPreconditionError);
  });

  it('registers again, by itself, when someone else deregistered it (TTL check: the next report answers NotFound)', async () => {
    const c = await open();
    const admin = await open();
    const h = await c.registry.register({ service: 'anti', id: 'a1', address: '127.0.0.1', port: 8001, ttlMs: 1500, meta: { zone: 'b' } });
    await h.warn('busy');
    const seen: number[] = [];
    h.on('reregistered', (e) => seen.push(e.reregistrations));
    await admin.registry.deregister('anti', 'a1');
    const back = await waitFor('a1 registered again', () => instance(admin, 'anti', 'a1'), { timeoutMs: 10_000 });
    expect(h.reregistrations).toBe(1);
    expect(seen).toEqual([1]);
    // Registered again with its current status and everything it had.
    expect([back.status, back.meta]).toEqual(['warning', { zone: 'b' }]);
    await h.pass();
    expect((await instance(admin, 'anti', 'a1'))?.status).toBe('passing');
  });

  it('a handle without a TTL check learns of the loss from its service watch and registers again', async () => {
    const c = await open();
    const admin = await open();
    const h = await c.registry.register({ service: 'nottl', id: 'n1', address: '127.0.0.1', port: 8001, tags: ['x'] });
    const other = await c.registry.register({ service: 'nottl', id: 'n2', address: '127.0.0.1', port: 8002 });
    await admin.registry.deregister('nottl', 'n1');
    const back = await waitFor('n1 registered again', () => instance(admin, 'nottl', 'n1'), { timeoutMs: 10_000 });
    expect(back.tags).toEqual(['x']);
    expect([h.reregistrations, other.reregistrations]).toEqual([1, 0]);
    // Its own deregister() is not a loss.
    await h.deregister();
    await other.deregister();
    await waitFor('both gone', async () => (await admin.registry.listInstances('nottl')).instances.length === 0, { timeoutMs: 5000 });
    expect(h.reregistrations).toBe(1);
  });

  it('deregister() removes it and stops its reports; client.close() deregisters the rest', async () => {
    const c = await connect({ endpoints: cluster.endpoints() });
    const observer = await open();
    const h = await c.registry.register({ service: 'bye', id: 'b1', address: '127.0.0.1', port: 8001, ttlMs: 1000, heartbeatIntervalMs: 100 });
    const rest = await Promise.all([2, 3].map((n) => c.registry.register({ service: 'bye', id: `b${n}`, address: '127.0.0.1', port: 8000 + n, ttlMs: 60_000 })));
    await h.deregister();
    await h.deregister(); // idempotent
    expect(h.active).toBe(false);
    expect((await instance(observer, 'bye', 'b1'))).toBeUndefined();
    // No report revives it or reaches the cluster: it stays gone, and no re-registration happens.
    const session = (c.registry as unknown as { sessions: Set<{ pending: number }> }).sessions;
    expect([...session].every((s) => s.pending === 0)).toBe(true);
    expect(h.reregistrations).toBe(0);
    await expect(h.pass()).rejects.toBeInstanceOf(FailedPreconditionError);
    expect((await observer.registry.listInstances('bye')).instances.map((i) => i.id)).toEqual(['b2', 'b3']);
    await c.close();
    expect(rest.every((r) => !r.active)).toBe(true);
    expect((await observer.registry.listInstances('bye')).instances).toEqual([]);
  });

  it('a kill -9 of the leader turns none of 50 reporting instances critical', async () => {
    const c = await open();
    const observer = await open();
    const handles: ServiceRegistration[] = [];
    for (let i = 0; i < 50; i++) handles.push(await c.registry.register({ service: 'fleet', id: `f${i}`, address: '127.0.0.1', port: 9000 + i, ttlMs: 3000 }));
    const critical: string[] = [];
    const w = observer.registry.watch('fleet', {
      onUpdate: (u) => {
        for (const e of u.events) if (e.type === 'put' && e.instance.status !== 'passing') critical.push(`${e.instance.id} ${e.instance.status} at ${u.revision}`);
      },
    });
    try {
      const victim = await leaderName(observer);
      await cluster.kill(victim, 'SIGKILL');
      await leaderName(observer);
      // Two TTLs after the kill: every instance still passing, none turned critical meanwhile.
      const killedAt = Date.now();
      await waitFor('two TTLs after the kill', async () => Date.now() - killedAt >= 6000, { timeoutMs: 20_000, intervalMs: 200 });
      const list = (await observer.registry.listInstances('fleet')).instances;
      expect(list.filter((i) => i.status === 'passing').length).toBe(50);
      expect(critical).toEqual([]);
      cluster.startNode(victim);
      await cluster.waitForHealthy();
    } finally {
      w.close();
    }
  }, 60_000);

  it('deregisterOnExit: SIGTERM deregisters the instance, then the process exits by the signal', async () => {
    const observer = await open();
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/client/fixtures/self-register.ts', 'exiting'], {
      env: { ...process.env, REGD_ENDPOINTS: cluster.endpoints().join(',') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    try {
      const id = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on('line', (l) => {
          const m = /^registered (\S+)$/.exec(l);
          if (m !== null) resolve(m[1]!);
        });
        void exited.then((e) => reject(new Error(`the fixture exited before registering: ${JSON.stringify(e)}`)));
      });
      expect((await instance(observer, 'exiting', id))?.status).toBe('passing');
      child.kill('SIGTERM');
      // 128 + 15 = 143: killed by SIGTERM, as without regd's handler.
      expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });
      expect(await instance(observer, 'exiting', id)).toBeUndefined();
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);
});
