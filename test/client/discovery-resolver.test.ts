// The grpc-js resolver (src/client/grpc-resolver.ts) against the grpc-js pinned
// in package.json, a real regd cluster and real grpc-js servers as instances
// (grpc.health.v1, each counting the calls it took): a channel on regd:///svc
// reaches instance 1, spreads calls over both once a second registers, keeps
// succeeding on the second after the first deregisters, honours ?tag=, and
// fails with UNAVAILABLE while a service has no passing instance.
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Client, type Registration } from '../../src/client/index.js';
import { parseResolverTarget, registerResolver } from '../../src/client/grpc-resolver.js';
import { grpc as grpcpb } from '../../src/generated/proto.js';
import { addService, HealthService, makeClientConstructor } from '../../src/proto/services.js';
import { LocalCluster } from '../integration/harness/local-cluster.js';
import { waitFor } from '../integration/harness/wait-for.js';

const SERVING = grpcpb.health.v1.HealthCheckResponse.ServingStatus.SERVING;
const HealthClient = makeClientConstructor(HealthService, 'grpc.health.v1.Health');
type HealthClient = InstanceType<typeof HealthClient>;

let cluster: LocalCluster;
let client: Client;
const servers: grpc.Server[] = [];
const channels: HealthClient[] = [];

beforeAll(async () => {
  cluster = await LocalCluster.start(3);
  await cluster.waitForHealthy();
  client = await connect({ endpoints: cluster.endpoints(), requestTimeoutMs: 2000 });
  registerResolver(grpc, client);
}, 60_000);

afterAll(async () => {
  for (const c of channels) c.close();
  client?.close();
  for (const s of servers) s.forceShutdown();
  await cluster?.stop();
});

/** A grpc-js server on loopback answering Health/Check; `calls` counts what it took. */
async function instance(): Promise<{ port: number; calls: () => number }> {
  let calls = 0;
  const server = new grpc.Server();
  addService(server, HealthService, {
    Check: (_call, cb) => {
      calls++;
      cb(null, { status: SERVING });
    },
  });
  servers.push(server);
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p)));
  });
  return { port, calls: () => calls };
}

function channel(target: string): HealthClient {
  const c = new HealthClient(target, grpc.credentials.createInsecure());
  channels.push(c);
  return c;
}

function check(c: HealthClient, timeoutMs = 5000): Promise<number> {
  return new Promise((resolve, reject) => {
    c.Check({ service: '' }, { deadline: Date.now() + timeoutMs }, (err, res) => (err ? reject(err) : resolve(res!.status)));
  });
}

const reg = (id: string, port: number, tags: string[] = []): Registration => ({ service: 'svc', id, address: '127.0.0.1', port, tags });

describe('registerResolver: regd:///<service> in the application\'s grpc-js', () => {
  it('reaches instance 1, spreads over both when a second registers, stays up on the second when the first leaves', async () => {
    const [one, two] = [await instance(), await instance()];
    await client.registry.put(reg('svc-1', one.port));
    const c = channel('regd:///svc');
    for (let i = 0; i < 5; i++) expect(await check(c)).toBe(SERVING);
    expect([one.calls(), two.calls()]).toEqual([5, 0]);

    await client.registry.put(reg('svc-2', two.port, ['v2']));
    let failed = 0;
    const call = () => check(c).catch(() => {
      failed++;
    });
    await waitFor('calls reaching instance 2', async () => {
      await call();
      return two.calls() > 0;
    });
    // round_robin over both: 20 calls split evenly.
    const [b1, b2] = [one.calls(), two.calls()];
    for (let i = 0; i < 20; i++) await call();
    expect([one.calls() - b1, two.calls() - b2]).toEqual([10, 10]);

    await client.registry.deregister('svc', 'svc-1');
    await waitFor('every call on instance 2', async () => {
      const before = one.calls();
      for (let i = 0; i < 5; i++) await call();
      return one.calls() === before;
    });
    const b3 = two.calls();
    for (let i = 0; i < 10; i++) await call();
    expect(two.calls() - b3).toBe(10);
    expect(failed).toBe(0);

    // ?tag= narrows to the instances with that tag.
    const tagged = channel('regd:///svc?tag=v2');
    const b4 = two.calls();
    expect(await check(tagged)).toBe(SERVING);
    expect(two.calls()).toBe(b4 + 1);
  });

  it('no passing instance: calls fail with UNAVAILABLE naming the service; one registering makes them succeed', async () => {
    const c = channel('regd:///lonely');
    const err = await check(c, 2000).then(() => undefined, (e: grpc.ServiceError) => e);
    expect(err?.code).toBe(grpc.status.UNAVAILABLE);
    expect(err?.details).toContain('no passing instances of lonely');
    const s = await instance();
    await client.registry.put({ service: 'lonely', id: 'l1', address: '127.0.0.1', port: s.port });
    await waitFor('a call succeeding', () => check(c, 1000).then(() => true, () => false));
    expect(s.calls()).toBeGreaterThan(0);
  });

  it('parses targets: the service from the path, tags from the query', () => {
    expect(parseResolverTarget({ scheme: 'regd', authority: '', path: 'web' })).toEqual({ service: 'web', tags: [] });
    expect(parseResolverTarget({ scheme: 'regd', path: '/web?tag=v2&tag=eu' })).toEqual({ service: 'web', tags: ['v2', 'eu'] });
  });
});
