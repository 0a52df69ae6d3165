// lease-keepalive: --leases leases are granted first (TTL 60 s, untimed), then
// each request is one keep-alive of the next lease in turn, sent on the next of
// --keepalive-streams LeaseKeepAlive streams (round-robin over the pool's
// channels, so over the endpoints). Requests are pipelined: with --concurrency
// 64 and 6 streams, about 11 are in flight on each stream. A request is
// answered by the next response on its stream that carries its lease id; it
// succeeds if that response has TTL > 0 (TTL 0 means "expired or unknown",
// counted as an error). A response that answers no request in flight is
// counted as an error too.
//
// Keep-alives do not go through Raft: a follower forwards them to the leader
// (etcd does so with one HTTP request per keep-alive). The streams carry
// `hasleader` metadata, as clientv3's do. The leases are revoked afterwards.

import { Metadata, type ClientDuplexStream } from '@grpc/grpc-js';
import type { etcdserverpb } from '../src/generated/proto.js';
import { idToHex, longToBigInt, longToNumber } from '../src/proto/long.js';
import type { LeaseClient } from '../src/proto/services.js';
import { grantLeases, LeaseRpc, revokeLeases, type LeaseId } from './leases.js';
import { ErrorReporter } from './log.js';
import type { Session, WorkloadContext } from './workloads.js';

type KeepAliveCall = ClientDuplexStream<etcdserverpb.ILeaseKeepAliveRequest, etcdserverpb.LeaseKeepAliveResponse>;

interface Pending {
  resolve(): void;
  reject(err: Error): void;
  sentAt: number;
}

const idKey = (id: LeaseId) => longToBigInt(id).toString();

/** One LeaseKeepAlive stream with requests pipelined on it; reopened on the next request after it fails. */
class KeepAliveStream {
  private call: KeepAliveCall | undefined;
  /** Requests in flight by lease id, oldest first. */
  private readonly pending = new Map<string, Pending[]>();
  private closed = false;

  constructor(private readonly client: LeaseClient, private readonly onStray: (err: Error) => void) {}

  private open(): KeepAliveCall {
    const md = new Metadata();
    md.set('hasleader', 'true');
    const call = this.client.LeaseKeepAlive(md);
    call.on('data', (r: etcdserverpb.LeaseKeepAliveResponse) => this.answer(r));
    call.on('error', (err: Error) => this.fail(call, err));
    call.on('end', () => this.fail(call, new Error('keep-alive stream ended by the server')));
    this.call = call;
    return call;
  }

  keepAlive(id: LeaseId): Promise<void> {
    if (this.closed) return Promise.reject(new Error('keep-alive stream closed'));
    const call = this.call ?? this.open();
    return new Promise((resolve, reject) => {
      const key = idKey(id);
      let q = this.pending.get(key);
      if (q === undefined) this.pending.set(key, (q = []));
      q.push({ resolve, reject, sentAt: performance.now() });
      call.write({ ID: id });
    });
  }

  private answer(r: etcdserverpb.LeaseKeepAliveResponse): void {
    const key = idKey(r.ID);
    const q = this.pending.get(key);
    const p = q?.shift();
    if (p === undefined) {
      this.onStray(new Error(`keep-alive response for lease ${idToHex(r.ID)} that has no request in flight on its stream`));
      return;
    }
    if (q!.length === 0) this.pending.delete(key);
    const ttl = longToNumber(r.TTL, 'TTL');
    if (ttl > 0) p.resolve();
    else p.reject(new Error(`keep-alive of lease ${idToHex(r.ID)} answered TTL ${ttl} (expired or unknown lease)`));
  }

  /** The stream failed: every request in flight on it fails; the next request opens a new one. */
  private fail(call: KeepAliveCall, err: Error): void {
    if (this.call !== call) return;
    this.call = undefined;
    const all = [...this.pending.values()].flat();
    this.pending.clear();
    for (const p of all) p.reject(err);
  }

  /** Fails requests unanswered for longer than `timeoutMs` (the --timeout deadline). */
  expire(now: number, timeoutMs: number): void {
    for (const [key, q] of this.pending) {
      while (q.length > 0 && now - q[0]!.sentAt > timeoutMs) {
        q.shift()!.reject(new Error(`keep-alive: no answer within ${timeoutMs} ms`));
      }
      if (q.length === 0) this.pending.delete(key);
    }
  }

  close(): void {
    this.closed = true;
    const call = this.call;
    if (call === undefined) return;
    this.fail(call, new Error('keep-alive stream closed'));
    call.on('error', () => undefined);
    call.end();
    call.cancel();
  }
}

export async function openLeaseKeepAlive(ctx: WorkloadContext): Promise<Session> {
  const rpc = new LeaseRpc(ctx.pool);
  const ids = await grantLeases(rpc, ctx.options.leases, ctx.concurrency, ctx.label);
  const strays = new ErrorReporter(`${ctx.label} stray response`);
  let strayCount = 0;
  const streams = Array.from({ length: ctx.options.keepaliveStreams }, (_, i) => new KeepAliveStream(
    rpc.clients[i % rpc.clients.length]!,
    (err) => {
      strayCount++;
      strays.report(err);
    },
  ));
  const timeoutMs = ctx.pool.timeoutMs;
  const sweep = setInterval(() => {
    const now = performance.now();
    for (const s of streams) s.expire(now, timeoutMs);
  }, 1000);
  let n = 0;
  return {
    op: () => {
      const i = n++;
      return streams[i % streams.length]!.keepAlive(ids[i % ids.length]!);
    },
    fields: { leases: ids.length },
    finish: () => Promise.resolve({ errors: strayCount }),
    close: async () => {
      clearInterval(sweep);
      for (const s of streams) s.close();
      await revokeLeases(rpc, ids, ctx.concurrency, ctx.label);
    },
  };
}
