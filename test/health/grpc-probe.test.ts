// The gRPC probe against a real grpc-js server implementing grpc.health.v1,
// reached through a TCP relay that counts connections (channel reuse).
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { Server, ServerCredentials, status as GrpcStatus } from '@grpc/grpc-js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { grpc as grpcpb } from '../../src/generated/proto.js';
import { GrpcProbe } from '../../src/node/grpc-probe.js';
import { addService, HealthService } from '../../src/proto/services.js';
import { closedPort, spec } from './targets.js';

const S = grpcpb.health.v1.HealthCheckResponse.ServingStatus;
const never = new AbortController().signal;

/** A health server: '' and 'api' are SERVING, 'jobs' NOT_SERVING, 'slow' never answers, others NOT_FOUND. */
async function healthServer(): Promise<{ port: number; server: Server }> {
  const server = new Server();
  addService(server, HealthService, {
    Check: (call, cb) => {
      const svc = call.request.service;
      if (svc === '' || svc === 'api') cb(null, { status: S.SERVING });
      else if (svc === 'jobs') cb(null, { status: S.NOT_SERVING });
      else if (svc === 'slow') return;
      else cb({ code: GrpcStatus.NOT_FOUND, details: 'unknown service' });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p)));
  });
  return { port, server };
}

/** A TCP relay to `port` that counts the connections it took; closable and reopenable on the same port. */
class Relay {
  connections = 0;
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  port = 0;
  constructor(private readonly upstream: number) {}

  async open(): Promise<void> {
    const server = net.createServer((down) => {
      this.connections++;
      const up = net.connect(this.upstream, '127.0.0.1');
      for (const s of [down, up]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {
          down.destroy();
          up.destroy();
        });
      }
      down.pipe(up).pipe(down);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    this.server = undefined;
    if (server !== undefined) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get target(): string {
    return `127.0.0.1:${this.port}`;
  }
}

describe('GrpcProbe', () => {
  let health: { port: number; server: Server };
  const probes: GrpcProbe[] = [];
  const newProbe = (maxChannels?: number): GrpcProbe => {
    const p = new GrpcProbe(maxChannels === undefined ? {} : { maxChannels });
    probes.push(p);
    return p;
  };

  beforeAll(async () => {
    health = await healthServer();
  });
  afterEach(() => {
    for (const p of probes.splice(0)) p.close();
  });
  afterAll(async () => {
    health.server.forceShutdown();
  });

  const target = (): string => `127.0.0.1:${health.port}`;

  it('SERVING is passing; NOT_SERVING and an unknown service are critical, with the status', async () => {
    const g = newProbe();
    expect(await g.probe(spec('grpc', target()), never)).toEqual({ status: 'passing', output: `gRPC check ${target()}: SERVING` });
    expect(await g.probe(spec('grpc', target(), { grpcService: 'api' }), never)).toEqual({
      status: 'passing',
      output: `gRPC check ${target()}/api: SERVING`,
    });
    expect(await g.probe(spec('grpc', target(), { grpcService: 'jobs' }), never)).toEqual({
      status: 'critical',
      output: `gRPC check ${target()}/jobs: NOT_SERVING`,
    });
    expect(await g.probe(spec('grpc', target(), { grpcService: 'billing' }), never)).toEqual({
      status: 'critical',
      output: `gRPC check ${target()}/billing: NOT_FOUND: unknown service`,
    });
  });

  it('the deadline is the timeout', async () => {
    const g = newProbe();
    const t0 = Date.now();
    const r = await g.probe(spec('grpc', target(), { grpcService: 'slow', timeoutMs: 200 }), never);
    const took = Date.now() - t0;
    expect(r.status).toBe('critical');
    expect(r.output).toMatch(new RegExp(`^gRPC check ${target().replace(/\./g, '\\.')}/slow: DEADLINE_EXCEEDED`));
    expect(took).toBeGreaterThanOrEqual(190);
    expect(took).toBeLessThan(2_000);
  });

  it('an abort cancels the call', async () => {
    const g = newProbe();
    const ac = new AbortController();
    const p = g.probe(spec('grpc', target(), { grpcService: 'slow', timeoutMs: 60_000 }), ac.signal);
    setTimeout(() => ac.abort(), 20);
    expect(await p).toMatchObject({ status: 'critical', output: expect.stringContaining('CANCELLED') });
  });

  it('a port nothing listens on is critical (UNAVAILABLE)', async () => {
    const g = newProbe();
    const t = `127.0.0.1:${await closedPort()}`;
    const r = await g.probe(spec('grpc', t), never);
    expect(r.status).toBe('critical');
    expect(r.output).toMatch(/: UNAVAILABLE: /);
    expect(g.size).toBe(0); // dropped: the next run dials afresh
  });

  it('reuses one connection per target across runs; after the target comes back, the next run passes', async () => {
    const relay = new Relay(health.port);
    await relay.open();
    try {
      const g = newProbe();
      for (let i = 0; i < 5; i++) expect((await g.probe(spec('grpc', relay.target), never)).status).toBe('passing');
      expect(relay.connections).toBe(1);
      expect(g.size).toBe(1);

      await relay.close();
      const down = await g.probe(spec('grpc', relay.target), never);
      expect(down.status).toBe('critical');
      expect(down.output).toContain('UNAVAILABLE');

      await relay.open(); // same port
      expect(await g.probe(spec('grpc', relay.target), never)).toEqual({ status: 'passing', output: `gRPC check ${relay.target}: SERVING` });
      expect(relay.connections).toBe(2);
    } finally {
      await relay.close();
    }
  });

  it('keeps at most maxChannels channels, least recently used out first', async () => {
    const relays = [new Relay(health.port), new Relay(health.port), new Relay(health.port)];
    for (const r of relays) await r.open();
    try {
      const g = newProbe(2);
      const [a, b, c] = relays as [Relay, Relay, Relay];
      for (const r of [a, b, a, c]) expect((await g.probe(spec('grpc', r.target), never)).status).toBe('passing');
      expect(g.size).toBe(2);
      // b was the least recently used: a and c kept their connection, b needs a new one.
      for (const r of [a, c, b]) expect((await g.probe(spec('grpc', r.target), never)).status).toBe('passing');
      expect(relays.map((r) => r.connections)).toEqual([1, 2, 1]);
    } finally {
      for (const r of relays) await r.close();
    }
  });

  it('after close() every run is critical and no channel is open', async () => {
    const g = newProbe();
    expect((await g.probe(spec('grpc', target()), never)).status).toBe('passing');
    g.close();
    expect(g.size).toBe(0);
    expect(await g.probe(spec('grpc', target()), never)).toEqual({ status: 'critical', output: `gRPC check ${target()}: the prober is closed` });
  });
});
