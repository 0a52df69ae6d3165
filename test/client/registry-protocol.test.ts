// client.registry against scripted regd.v1.Registry servers (real grpc-js on
// loopback): the wire mapping of every type and enum, heartbeat batching and
// per-report errors, a heartbeat stream that breaks and moves to the next
// member, a service watch that resumes from the last revision + 1 on the next
// member, and which writes are sent again after an unknown outcome.
import { Server, ServerCredentials, status, type ServerDuplexStream, type ServerWritableStream } from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createClient,
  DeadlineExceededError,
  NotFoundError,
  UnknownOutcomeError,
  type Client,
  type ClientOptions,
  type ServiceUpdate,
} from '../../src/client/index.js';
import { regd } from '../../src/generated/proto.js';
import { addService, RegistryService, type RegistryServer } from '../../src/proto/services.js';
import { waitFor } from '../integration/harness/wait-for.js';

import pb = regd.v1;

const servers: Server[] = [];
const clients: Client[] = [];

afterEach(() => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) s.forceShutdown();
});

const header = (revision: number) => ({ clusterId: 1, memberId: 2, revision, raftTerm: 3 });

async function serve(impl: Partial<RegistryServer>): Promise<string> {
  const server = new Server();
  addService(server, RegistryService, impl);
  servers.push(server);
  return new Promise<string>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(`127.0.0.1:${port}`)));
  });
}

function client(options: ClientOptions): Client {
  const c = createClient({ retry: { initialDelayMs: 1, maxDelayMs: 10 }, ...options });
  clients.push(c);
  return c;
}

const wireInstance: pb.IInstance = {
  service: 'web', id: 'w1', address: '127.0.0.1', port: 8080, tags: ['a'], meta: { zone: 'z1' },
  checks: [{
    definition: { checkId: 'ttl', kind: pb.CheckKind.CHECK_KIND_TTL, ttlMs: 5000, failuresBeforeCritical: 2, initialStatus: pb.HealthStatus.HEALTH_STATUS_CRITICAL },
    status: pb.HealthStatus.HEALTH_STATUS_WARNING, output: 'slow', statusChangedUnixMs: 1_700_000_000_123,
  }],
  status: pb.HealthStatus.HEALTH_STATUS_WARNING, stale: true, createRevision: 4, modRevision: 9,
};

describe('client.registry: the wire mapping', () => {
  it('register sends camelCase fields as the proto has them; listInstances maps every field and enum back', async () => {
    const seen: pb.RegisterRequest[] = [];
    const address = await serve({
      Register: (call, cb) => {
        seen.push(call.request);
        cb(null, { header: header(9) });
      },
      ListInstances: (call, cb) => {
        expect(call.request.passingOnly).toBe(true);
        expect(call.request.tags).toEqual(['a']);
        expect(call.request.meta).toEqual({ zone: 'z1' });
        cb(null, { header: header(9), instances: [wireInstance], selfPreservation: true });
      },
    });
    const c = client({ endpoints: [address] });
    const h = await c.registry.put({
      service: 'web', id: 'w1', address: '127.0.0.1', port: 8080, tags: ['a'], meta: { zone: 'z1' },
      checks: [
        { checkId: 'ttl', kind: 'ttl', ttlMs: 5000, initialStatus: 'passing' },
        { checkId: 'h', kind: 'http', target: 'http://127.0.0.1:1/', intervalMs: 1000, failuresBeforeWarning: 0 },
      ],
    });
    expect(h).toEqual({ clusterId: 1n, memberId: 2n, revision: 9, raftTerm: 3 });
    const req = seen[0]!.instance!;
    const checks = req.checks ?? [];
    expect(checks[0]!.kind).toBe(pb.CheckKind.CHECK_KIND_TTL);
    expect(checks[0]!.initialStatus).toBe(pb.HealthStatus.HEALTH_STATUS_PASSING);
    expect(Number(checks[0]!.ttlMs)).toBe(5000);
    expect(checks[1]!.kind).toBe(pb.CheckKind.CHECK_KIND_HTTP);
    // An optional field given as 0 is sent (it differs from absent); one left out is absent.
    expect(checks[1]!.failuresBeforeWarning).toBe(0);
    expect(checks[0]!.failuresBeforeWarning ?? null).toBeNull();

    const r = await c.registry.listInstances('web', { passingOnly: true, tags: ['a'], meta: { zone: 'z1' } });
    expect(r.selfPreservation).toBe(true);
    expect(r.instances).toEqual([{
      service: 'web', id: 'w1', address: '127.0.0.1', port: 8080, tags: ['a'], meta: { zone: 'z1' },
      checks: [{
        definition: {
          checkId: 'ttl', kind: 'ttl', intervalMs: 0, timeoutMs: 0, ttlMs: 5000, target: '', grpcService: '', deregisterCriticalAfterMs: 0,
          successBeforePassing: 0, failuresBeforeWarning: 2, failuresBeforeCritical: 2, initialStatus: 'critical',
        },
        status: 'warning', output: 'slow', statusChangedMs: 1_700_000_000_123,
      }],
      status: 'warning', maintenance: false, maintenanceReason: '', stale: true, createRevision: 4, modRevision: 9,
    }]);
  });

  it('a status or kind the client does not know is refused before anything is sent', async () => {
    const c = client({ endpoints: ['127.0.0.1:1'] });
    await expect(c.registry.report('s', 'i', 'c', 'up' as never)).rejects.toThrow('unknown health status "up"');
    await expect(c.registry.put({ service: 's', id: 'i', address: 'a', port: 1, checks: [{ checkId: 'c', kind: 'script' as never }] }))
      .rejects.toThrow('unknown check kind "script"');
  });
});

describe('client.registry: heartbeat sessions', () => {
  it('batches the reports of one turn into one message; errors surface per report', async () => {
    const batches: number[] = [];
    const address = await serve({
      Heartbeat: (call: ServerDuplexStream<pb.HeartbeatRequest, pb.IHeartbeatResponse>) => {
        call.on('data', (req: pb.HeartbeatRequest) => {
          batches.push(req.reports.length);
          const errors = req.reports.flatMap((r, index) => (r.id === 'gone' ? [{ index, code: 'NOT_FOUND', message: `registry: instance "gone" of service "${r.service}" is not registered` }] : []));
          call.write({ header: header(1), seq: req.seq, errors });
        });
      },
    });
    const c = client({ endpoints: [address] });
    const s = c.registry.heartbeats();
    const results = await Promise.allSettled([
      ...Array.from({ length: 50 }, (_, i) => s.report('web', `w${i}`, 'ttl', 'passing')),
      s.report('web', 'gone', 'ttl', 'critical', 'down'),
    ]);
    expect(batches).toEqual([51]);
    expect(results.slice(0, 50).every((r) => r.status === 'fulfilled')).toBe(true);
    const last = results[50]!;
    expect(last.status === 'rejected' && last.reason).toBeInstanceOf(NotFoundError);
    expect(last.status === 'rejected' && (last.reason as Error).message).toBe('NOT_FOUND: registry: instance "gone" of service "web" is not registered');
    await s.report('web', 'w0', 'ttl', 'passing');
    expect(batches).toEqual([51, 1]);
    expect(s.opened).toBe(1);
    s.close();
    await expect(s.report('web', 'w0', 'ttl', 'passing')).rejects.toThrow('the client is closed');
  });

  it('a stream that breaks is opened on the next member, and unanswered reports are sent again', async () => {
    const onA: string[] = [];
    const onB: string[] = [];
    const a = await serve({
      Heartbeat: (call: ServerDuplexStream<pb.HeartbeatRequest, pb.IHeartbeatResponse>) => {
        // Takes the batch, then fails the stream without answering.
        call.on('data', (req: pb.HeartbeatRequest) => {
          onA.push(...req.reports.map((r) => r.id ?? ''));
          call.emit('error', { code: status.UNAVAILABLE, details: 'going away' });
        });
      },
    });
    const b = await serve({
      Heartbeat: (call: ServerDuplexStream<pb.HeartbeatRequest, pb.IHeartbeatResponse>) => {
        call.on('data', (req: pb.HeartbeatRequest) => {
          onB.push(...req.reports.map((r) => r.id ?? ''));
          call.write({ header: header(1), seq: req.seq, errors: [] });
        });
      },
    });
    const c = client({ endpoints: [a, b] });
    const s = c.registry.heartbeats();
    await Promise.all([s.report('web', 'w1', 'ttl', 'passing'), s.report('web', 'w2', 'ttl', 'passing')]);
    expect(onA).toEqual(['w1', 'w2']);
    expect(onB).toEqual(['w1', 'w2']);
    expect(s.opened).toBe(2);
    expect(c.endpoint).toBe(b);
    expect(s.pending).toBe(0);
  });

  it('a report with no answer fails with DeadlineExceededError; the others are unaffected', async () => {
    const address = await serve({
      Heartbeat: (call: ServerDuplexStream<pb.HeartbeatRequest, pb.IHeartbeatResponse>) => {
        call.on('data', (req: pb.HeartbeatRequest) => {
          if (req.reports[0]!.id !== 'silent') call.write({ header: header(1), seq: req.seq });
        });
      },
    });
    const c = client({ endpoints: [address] });
    const s = c.registry.heartbeats({ timeoutMs: 300 });
    await expect(s.report('web', 'silent', 'ttl', 'passing')).rejects.toBeInstanceOf(DeadlineExceededError);
    await s.report('web', 'w1', 'ttl', 'passing');
  });
});

describe('client.registry: service watches', () => {
  it('resumes on the next member from the last revision + 1: no change missed, none repeated', async () => {
    const starts: number[] = [];
    const put = (id: string, rev: number): pb.IInstanceEvent => ({ type: pb.InstanceEvent.EventType.PUT, instance: { ...wireInstance, id, modRevision: rev } });
    const a = await serve({
      Watch: (call: ServerWritableStream<pb.WatchRequest, pb.IWatchResponse>) => {
        starts.push(Number(call.request.startRevision));
        call.write({ header: header(5), snapshot: true, events: [put('w1', 4)] });
        call.write({ header: header(7), events: [put('w2', 7)] });
        setTimeout(() => call.emit('error', { code: status.UNAVAILABLE, details: 'going away' }), 50);
      },
    });
    const b = await serve({
      Watch: (call: ServerWritableStream<pb.WatchRequest, pb.IWatchResponse>) => {
        starts.push(Number(call.request.startRevision));
        call.write({ header: header(8), events: [{ type: pb.InstanceEvent.EventType.DELETE, instance: { service: 'web', id: 'w1' } }], selfPreservation: true });
      },
    });
    const c = client({ endpoints: [a, b] });
    const w = c.registry.watch('web');
    const got: ServiceUpdate[] = [];
    for await (const u of w) {
      got.push(u);
      if (got.length === 3) break;
    }
    expect(starts).toEqual([0, 8]);
    expect(got.map((u) => [u.snapshot, u.revision, u.events.map((e) => (e.type === 'put' ? `put ${e.instance.id}` : `delete ${e.id}`))])).toEqual([
      [true, 5, ['put w1']],
      [false, 7, ['put w2']],
      [false, 8, ['delete w1']],
    ]);
    expect(got[2]!.selfPreservation).toBe(true);
    expect(w.resumes).toBe(1);
    w.close();
    await w.done;
  });

  it('an error that a retry cannot fix ends the watch with it', async () => {
    const address = await serve({
      Watch: (call: ServerWritableStream<pb.WatchRequest, pb.IWatchResponse>) => {
        call.emit('error', { code: status.OUT_OF_RANGE, details: 'registry: revision 3 was compacted' });
      },
    });
    const c = client({ endpoints: [address] });
    const w = c.registry.watch('web', { startRevision: 3 });
    await expect(w.done).rejects.toThrow('OUT_OF_RANGE');
  });
});

describe('client.registry: writes after an unknown outcome', () => {
  /** A server whose first answer to `method` is `first`, and every later one `later`. */
  async function scripted(method: 'Register' | 'Deregister', first: { code: number; details: string } | null, later: { code: number; details: string } | null) {
    let calls = 0;
    const answer = (cb: (err: { code: number; details: string } | null, res?: { header: object }) => void) => {
      const a = calls++ === 0 ? first : later;
      if (a === null) cb(null, { header: header(10) });
      else cb(a);
    };
    const address = await serve({ [method]: (_call: unknown, cb: Parameters<typeof answer>[0]) => answer(cb) });
    return { address, calls: () => calls };
  }
  const lost = { code: status.UNAVAILABLE, details: 'connection reset' };
  const unknownInstance = { code: status.NOT_FOUND, details: 'registry: instance "w1" of service "web" is not registered' };
  const reg = { service: 'web', id: 'w1', address: '127.0.0.1', port: 1 };

  it('register: sent again to settle it (registering replaces, so that is safe)', async () => {
    const s = await scripted('Register', lost, null);
    const h = await client({ endpoints: [s.address] }).registry.put(reg);
    expect(h.revision).toBe(10);
    expect(s.calls()).toBe(2);
  });

  it('register without retries: UnknownOutcomeError after one send', async () => {
    const s = await scripted('Register', lost, null);
    await expect(client({ endpoints: [s.address], retry: false }).registry.put(reg)).rejects.toBeInstanceOf(UnknownOutcomeError);
    expect(s.calls()).toBe(1);
  });

  it('deregister: NOT_FOUND on the second send means the first took effect', async () => {
    const s = await scripted('Deregister', lost, unknownInstance);
    expect(await client({ endpoints: [s.address] }).registry.deregister('web', 'w1')).toEqual({ header: null });
    expect(s.calls()).toBe(2);
  });

  it('deregister: NOT_FOUND on the first send is a NotFoundError', async () => {
    const s = await scripted('Deregister', unknownInstance, null);
    await expect(client({ endpoints: [s.address] }).registry.deregister('web', 'w1')).rejects.toBeInstanceOf(NotFoundError);
    expect(s.calls()).toBe(1);
  });

  it('deregister: when the second send fails too, the outcome stays unknown', async () => {
    const s = await scripted('Deregister', lost, { code: status.FAILED_PRECONDITION, details: 'nope' });
    await expect(client({ endpoints: [s.address] }).registry.deregister('web', 'w1')).rejects.toBeInstanceOf(UnknownOutcomeError);
  });
});

it('closing the client ends its sessions and watches', async () => {
  const address = await serve({
    Heartbeat: () => undefined,
    Watch: () => undefined,
  });
  const c = createClient({ endpoints: [address] });
  const s = c.registry.heartbeats();
  const pending = s.report('web', 'w1', 'ttl', 'passing');
  const w = c.registry.watch('web');
  await waitFor('the report to be sent', () => Promise.resolve(s.opened === 1));
  c.close();
  await expect(pending).rejects.toThrow('the client is closed');
  await w.done;
});
