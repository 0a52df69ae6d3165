// The service registry on real regd processes, through grpc-js and the
// regd.v1.Registry protocol: registration and validation errors, discovery
// filters, TTL checks that pass, miss their TTL, turn critical and are removed
// (deregister_critical_after), reports through followers, service watches, a
// leader killed while 100 instances report, and a full-cluster kill -9.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, ServerCredentials, status } from '@grpc/grpc-js';
import { addService, HealthService } from '../../src/proto/services.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { regd } from '../../src/generated/proto.js';
import { LocalCluster } from './harness/local-cluster.js';
import { api, CheckKind, closeRegistryClients, grpcError, HealthStatus, leaderName, registry, ttlInstance } from './harness/registry-client.js';
import { waitFor } from './harness/wait-for.js';

let cluster: LocalCluster;

beforeAll(async () => {
  cluster = await LocalCluster.start(3);
  await cluster.waitForHealthy();
}, 60_000);

afterEach(() => closeRegistryClients());

afterAll(async () => {
  await cluster?.stop();
});

describe('registration and discovery', () => {
  it('registers, lists with filters, replaces on re-registration and deregisters', async () => {
    const a = api(registry(cluster, cluster.names[0]!));
    const b = api(registry(cluster, cluster.names[1]!));
    await a.register({ service: 'web', id: 'web-1', address: '127.0.0.1', port: 8001, tags: ['v1', 'blue'], meta: { zone: 'a' } });
    await a.register({ service: 'web', id: 'web-2', address: '127.0.0.1', port: 8002, tags: ['v2'], meta: { zone: 'b' } });
    await b.register({ service: 'db', id: 'db-1', address: '127.0.0.1', port: 5432,
      checks: [{ checkId: 'alive', kind: CheckKind.CHECK_KIND_TTL, ttlMs: 60_000 }] });

    // Linearizable through another member: every acknowledged registration is there.
    const all = await api(registry(cluster, cluster.names[2]!)).list({ service: 'web' });
    expect(all.instances.map((i) => i.id)).toEqual(['web-1', 'web-2']);
    expect(all.instances[0]!.status).toBe(HealthStatus.HEALTH_STATUS_PASSING); // no checks: passing
    expect((await b.list({ service: 'web', tags: ['v1'] })).instances.map((i) => i.id)).toEqual(['web-1']);
    expect((await b.list({ service: 'web', meta: { zone: 'b' } })).instances.map((i) => i.id)).toEqual(['web-2']);
    // A new check starts critical: db-1 is not passing.
    expect((await b.list({ service: 'db', passingOnly: true })).instances).toEqual([]);
    const db = (await b.list({ service: 'db' })).instances[0]!;
    expect(db.status).toBe(HealthStatus.HEALTH_STATUS_CRITICAL);
    expect(Number(db.checks![0]!.definition!.ttlMs)).toBe(60_000);

    const svcs = await b.services();
    expect(svcs.services.map((s) => [s.name, s.instances, s.passing, s.critical])).toEqual([['db', 1, 0, 1], ['web', 2, 2, 0]]);
    expect(svcs.services.find((s) => s.name === 'web')!.tags).toEqual(['blue', 'v1', 'v2']);

    // Re-registering replaces (idempotent).
    await a.register({ service: 'web', id: 'web-1', address: '127.0.0.1', port: 9001 });
    const after = await b.list({ service: 'web' });
    expect(after.instances.find((i) => i.id === 'web-1')!.port).toBe(9001);
    expect(after.instances.find((i) => i.id === 'web-1')!.tags).toEqual([]);

    await b.deregister('web', 'web-1');
    expect((await a.list({ service: 'web' })).instances.map((i) => i.id)).toEqual(['web-2']);
    const e = await grpcError(a.deregister('web', 'web-1'));
    expect(e.code).toBe(status.NOT_FOUND);
    expect(e.details).toContain('web-1');
  });

  it('refuses bad input with INVALID_ARGUMENT naming the field, and keeps serving', async () => {
    const a = api(registry(cluster, cluster.names[0]!));
    const cases: Array<[regd.v1.IRegistration, string]> = [
      [{ service: 'bad name', id: 'x', address: '127.0.0.1', port: 80 }, 'service'],
      [{ service: 's', id: 'x', address: '127.0.0.1', port: 0 }, 'port'],
      [{ service: 's', id: 'x', address: '127.0.0.1', port: 70000 }, 'port'],
      [{ service: 's', id: 'x'.repeat(129), address: '127.0.0.1', port: 80 }, 'id'],
      [{ service: 's', id: 'x', address: '127.0.0.1', port: 80, checks: [{ checkId: 'c', kind: CheckKind.CHECK_KIND_TTL }] }, 'checks[0].ttl_ms'],
      [{ service: 's', id: 'x', address: '127.0.0.1', port: 80, checks: [{ checkId: 'c', kind: CheckKind.CHECK_KIND_HTTP, target: 'http://127.0.0.1:1/', intervalMs: 500 }] }, 'checks[0].interval_ms'],
      [{ service: 's', id: 'x', address: '127.0.0.1', port: 80, meta: { k: 'v'.repeat(513) } }, 'meta'],
      [{ service: 's', id: 'x', address: '127.0.0.1', port: 80, meta: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 'v'])) }, 'meta'],
    ];
    for (const [reg, field] of cases) {
      const e = await grpcError(a.register(reg));
      expect(e.code, field).toBe(status.INVALID_ARGUMENT);
      expect(e.details, field).toContain(field);
    }
    expect((await grpcError(a.report('s', 'nope', 'c', HealthStatus.HEALTH_STATUS_PASSING))).code).toBe(status.NOT_FOUND);
    expect((await grpcError(a.report('s', 'x', 'c', 0))).code).toBe(status.INVALID_ARGUMENT);
    expect((await grpcError(a.deregister('s', 'bad/id'))).code).toBe(status.INVALID_ARGUMENT);
    // Still serving.
    await a.register({ service: 's', id: 'ok', address: '127.0.0.1', port: 80 });
    expect((await a.list({ service: 's' })).instances.map((i) => i.id)).toEqual(['ok']);
  });

  it('maintenance makes an instance critical with its reason, and back', async () => {
    const a = api(registry(cluster, cluster.names[1]!));
    await a.register({ service: 'mnt', id: 'm1', address: '127.0.0.1', port: 80 });
    await a.maintenance('mnt', 'm1', true, 'upgrading');
    const inst = (await a.list({ service: 'mnt' })).instances[0]!;
    expect([inst.status, inst.maintenance, inst.maintenanceReason]).toEqual([HealthStatus.HEALTH_STATUS_CRITICAL, true, 'upgrading']);
    await a.maintenance('mnt', 'm1', false);
    expect((await a.list({ service: 'mnt', passingOnly: true })).instances.map((i) => i.id)).toEqual(['m1']);
  });
});

describe('TTL checks', () => {
  it('passes on report (through a follower too), turns critical when the TTL runs out, and is removed after deregister_critical_after', async () => {
    const leader = await leaderName(cluster);
    const follower = cluster.names.find((n) => n !== leader)!;
    const f = api(registry(cluster, follower));
    await f.register(ttlInstance('ttl-svc', 'i1', 1000, { deregisterCriticalAfterMs: 2000 }));
    await f.report('ttl-svc', 'i1', 'ttl', HealthStatus.HEALTH_STATUS_PASSING, 'all good');
    const passing = (await f.list({ service: 'ttl-svc' })).instances[0]!;
    expect(passing.status).toBe(HealthStatus.HEALTH_STATUS_PASSING);
    expect(passing.checks![0]!.output).toBe('all good');
    // A warn report is a transition too.
    await f.report('ttl-svc', 'i1', 'ttl', HealthStatus.HEALTH_STATUS_WARNING, 'slow');
    expect((await f.list({ service: 'ttl-svc' })).instances[0]!.status).toBe(HealthStatus.HEALTH_STATUS_WARNING);
    await f.report('ttl-svc', 'i1', 'ttl', HealthStatus.HEALTH_STATUS_PASSING, 'ok');

    // Stop reporting: critical after about 1 s, with the TTL's output.
    const critical = await waitFor('i1 critical', async () => {
      const i = (await f.list({ service: 'ttl-svc' })).instances[0];
      return i?.status === HealthStatus.HEALTH_STATUS_CRITICAL ? i : undefined;
    }, { timeoutMs: 10_000 });
    expect(critical.checks![0]!.output).toContain('TTL expired');
    // Then removed about 2 s later.
    await waitFor('i1 removed', async () => ((await f.list({ service: 'ttl-svc' })).instances.length === 0 ? true : undefined), { timeoutMs: 15_000 });
  });

  it('keeps every one of 100 reporting instances passing while the leader is killed', async () => {
    const names = cluster.names;
    const ks = names.map((n) => api(registry(cluster, n)));
    const N = 100;
    for (let i = 0; i < N; i++) await ks[i % 3]!.register(ttlInstance('fleet', `f${i}`, 3000, { initialStatus: HealthStatus.HEALTH_STATUS_PASSING }));
    // Every instance reports every 500 ms through some member, as a client library would, trying another member on failure.
    let stop = false;
    const reporters = Array.from({ length: N }, async (_, i) => {
      let m = i % 3;
      while (!stop) {
        try {
          await ks[m]!.report('fleet', `f${i}`, 'ttl', HealthStatus.HEALTH_STATUS_PASSING);
          await new Promise((r) => setTimeout(r, 500));
        } catch {
          m = (m + 1) % 3;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    });
    // Watch for any non-passing instance, through the whole test.
    let sawCritical: string[] = [];
    const observe = async () => {
      for (const k of ks) {
        try {
          const list = await k.list({ service: 'fleet', serializable: true });
          sawCritical = sawCritical.concat(list.instances.filter((x) => x.status !== HealthStatus.HEALTH_STATUS_PASSING).map((x) => x.id!));
        } catch {
          // that member is down
        }
      }
    };
    try {
      await observe();
      const leader = await leaderName(cluster);
      await cluster.kill(leader);
      const deadline = Date.now() + 8000; // more than two TTLs
      while (Date.now() < deadline) {
        await observe();
        await new Promise((r) => setTimeout(r, 200));
      }
      await cluster.restart(leader);
      await cluster.waitForHealthy();
      const end = Date.now() + 3000;
      while (Date.now() < end) {
        await observe();
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      stop = true;
      await Promise.all(reporters);
    }
    expect(sawCritical.slice(0, 5)).toEqual([]);
    // ks[0] may be the restarted member, whose channel can still be in its reconnect backoff.
    const list = await waitFor('the instance list', () => ks[0]!.list({ service: 'fleet' }));
    expect(list.instances.length).toBe(N);
  }, 60_000);
});

describe('active checks', () => {
  /** The status of the instance's only check, as a follower reads it. */
  async function checkStatus(k: ReturnType<typeof api>, service: string): Promise<regd.v1.HealthStatus | undefined> {
    return (await k.list({ service })).instances[0]?.checks![0]?.status ?? undefined;
  }

  it('an HTTP check against a real server turns critical when it stops and passing when it returns', async () => {
    let answer = 200;
    const handler = (_req: http.IncomingMessage, res: http.ServerResponse) => {
      res.writeHead(answer, { 'content-type': 'text/plain' });
      res.end(`answer ${answer}`);
    };
    let server = http.createServer(handler);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const k = api(registry(cluster, cluster.names[1]!));
    try {
      await k.register({
        service: 'http-svc', id: 'h1', address: '127.0.0.1', port,
        checks: [{ checkId: 'http', kind: CheckKind.CHECK_KIND_HTTP, target: `http://127.0.0.1:${port}/health`, intervalMs: 1000, timeoutMs: 500 }],
      });
      await waitFor('passing', async () => ((await checkStatus(k, 'http-svc')) === HealthStatus.HEALTH_STATUS_PASSING ? true : undefined), { timeoutMs: 10_000 });
      expect((await k.list({ service: 'http-svc' })).instances[0]!.checks![0]!.output).toContain('answer 200');
      answer = 429;
      await waitFor('warning on 429', async () => ((await checkStatus(k, 'http-svc')) === HealthStatus.HEALTH_STATUS_WARNING ? true : undefined), { timeoutMs: 10_000 });
      answer = 200;
      await waitFor('passing again', async () => ((await checkStatus(k, 'http-svc')) === HealthStatus.HEALTH_STATUS_PASSING ? true : undefined), { timeoutMs: 10_000 });
      // The server goes away.
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await waitFor('critical once the server is gone', async () => ((await checkStatus(k, 'http-svc')) === HealthStatus.HEALTH_STATUS_CRITICAL ? true : undefined), { timeoutMs: 10_000 });
      // And comes back on the same port.
      server = http.createServer(handler);
      await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
      await waitFor('passing when it returns', async () => ((await checkStatus(k, 'http-svc')) === HealthStatus.HEALTH_STATUS_PASSING ? true : undefined), { timeoutMs: 10_000 });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  }, 60_000);

  it('a gRPC check asks a real grpc.health.v1 server, and a TCP check connects', async () => {
    let serving = 1; // SERVING
    const server = new Server();
    addService(server, HealthService, {
      Check: (call, cb) => {
        if (call.request.service !== '' && call.request.service !== 'orders') return cb({ code: status.NOT_FOUND, details: 'unknown service' }, null);
        cb(null, { status: serving });
      },
    });
    const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
    const k = api(registry(cluster, cluster.names[0]!));
    try {
      await k.register({
        service: 'grpc-svc', id: 'g1', address: '127.0.0.1', port,
        checks: [{ checkId: 'grpc', kind: CheckKind.CHECK_KIND_GRPC, grpcService: 'orders', intervalMs: 1000, timeoutMs: 500 }],
      });
      await k.register({
        service: 'tcp-svc', id: 't1', address: '127.0.0.1', port,
        checks: [{ checkId: 'tcp', kind: CheckKind.CHECK_KIND_TCP, intervalMs: 1000, timeoutMs: 500 }],
      });
      await waitFor('grpc passing', async () => ((await checkStatus(k, 'grpc-svc')) === HealthStatus.HEALTH_STATUS_PASSING ? true : undefined), { timeoutMs: 10_000 });
      await waitFor('tcp passing', async () => ((await checkStatus(k, 'tcp-svc')) === HealthStatus.HEALTH_STATUS_PASSING ? true : undefined), { timeoutMs: 10_000 });
      serving = 2; // NOT_SERVING
      await waitFor('grpc critical on NOT_SERVING', async () => ((await checkStatus(k, 'grpc-svc')) === HealthStatus.HEALTH_STATUS_CRITICAL ? true : undefined), { timeoutMs: 10_000 });
      server.forceShutdown();
      await waitFor('tcp critical once the server is gone', async () => ((await checkStatus(k, 'tcp-svc')) === HealthStatus.HEALTH_STATUS_CRITICAL ? true : undefined), { timeoutMs: 10_000 });
    } finally {
      server.forceShutdown();
      await k.deregister('grpc-svc', 'g1');
      await k.deregister('tcp-svc', 't1');
    }
  }, 60_000);
});

describe('active checks after a leader change', () => {
  it('the new leader runs the checks: an HTTP target that starts failing turns critical', async () => {
    let answer = 200;
    const server = http.createServer((_req, res) => {
      res.writeHead(answer);
      res.end(`answer ${answer}`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const leader = await leaderName(cluster);
    const follower = cluster.names.find((n) => n !== leader)!;
    const k = api(registry(cluster, follower));
    try {
      await k.register({
        service: 'moving', id: 'm1', address: '127.0.0.1', port,
        checks: [{ checkId: 'http', kind: CheckKind.CHECK_KIND_HTTP, target: `http://127.0.0.1:${port}/`, intervalMs: 1000, timeoutMs: 500 }],
      });
      const statusOf = async () => (await k.list({ service: 'moving' })).instances[0]?.status;
      await waitFor('passing', async () => ((await statusOf()) === HealthStatus.HEALTH_STATUS_PASSING ? true : undefined), { timeoutMs: 10_000 });
      await cluster.kill(leader);
      answer = 503;
      await waitFor('critical, decided by the new leader', async () => {
        try {
          return (await statusOf()) === HealthStatus.HEALTH_STATUS_CRITICAL ? true : undefined;
        } catch {
          return undefined; // no leader yet
        }
      }, { timeoutMs: 20_000 });
      await cluster.restart(leader);
      await cluster.waitForHealthy();
      await k.deregister('moving', 'm1');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  }, 60_000);
});

describe('service watches', () => {
  it('sends the current instances, then every change in order, and only for its service', async () => {
    const k = registry(cluster, cluster.names[2]!);
    const a = api(k);
    await a.register({ service: 'watched', id: 'w1', address: '127.0.0.1', port: 1 });
    const updates: regd.v1.WatchResponse[] = [];
    const stream = k.Watch({ service: 'watched' });
    stream.on('data', (u: regd.v1.WatchResponse) => updates.push(u));
    stream.on('error', () => undefined);
    try {
      await waitFor('snapshot', async () => (updates.length >= 1 ? true : undefined), { timeoutMs: 5000 });
      expect(updates[0]!.snapshot).toBe(true);
      expect(updates[0]!.events.map((e) => e.instance!.id)).toEqual(['w1']);
      await a.register({ service: 'other', id: 'o1', address: '127.0.0.1', port: 1 });
      await a.register({ service: 'watched', id: 'w2', address: '127.0.0.1', port: 2 });
      await a.deregister('watched', 'w1');
      await waitFor('two changes', async () => (updates.length >= 3 ? true : undefined), { timeoutMs: 5000 });
      const changes = updates.slice(1).flatMap((u) => u.events.map((e) => [e.type, e.instance!.id]));
      expect(changes).toEqual([[0, 'w2'], [1, 'w1']]);
      const revs = updates.map((u) => Number(u.header!.revision));
      expect([...revs].sort((x, y) => x - y)).toEqual(revs);
    } finally {
      stream.cancel();
    }
  });
});

describe('durability', () => {
  it('keeps registrations through a kill -9 of every member', async () => {
    await cluster.waitForHealthy();
    const a = api(registry(cluster, cluster.names[0]!));
    for (let i = 0; i < 20; i++) await a.register({ service: 'durable', id: `d${i}`, address: '127.0.0.1', port: 1000 + i });
    for (const n of cluster.names) await cluster.kill(n);
    for (const n of cluster.names) await cluster.restart(n);
    await leaderName(cluster);
    const b = api(registry(cluster, cluster.names[1]!));
    const list = await waitFor('the registry after restart', async () => {
      try {
        return await b.list({ service: 'durable' });
      } catch {
        return undefined;
      }
    }, { timeoutMs: 20_000 });
    expect(list.instances.map((i) => i.id).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `d${i}`).sort());
  }, 60_000);
});
