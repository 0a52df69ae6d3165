// The benchmark's connections: typed etcd v3 KV clients over plain h2c, spread
// round-robin. Works the same against regd and etcd (both speak etcdserverpb.KV).
//
// Channels: `connsPerEndpoint` gRPC channels per endpoint (default 1), each
// with its own subchannel pool so each really is its own TCP connection
// (grpc-js would otherwise share one connection between channels to the same
// address). Requests go round-robin over all channels, endpoint-major, so
// consecutive requests hit consecutive endpoints. All in-flight requests on a
// channel are multiplexed as HTTP/2 streams, as etcd's own clients do.
//
// Other etcd services (Watch, Lease) get clients on the same channels with
// `clientsOf`, so every workload uses the same connections.

import { credentials, type ChannelCredentials, type ChannelOptions, type Client } from '@grpc/grpc-js';
import type { etcdserverpb } from '../src/generated/proto.js';
import { KVClient } from '../src/proto/services.js';

export class KvPool {
  private readonly clients: KVClient[] = [];
  private next = 0;

  constructor(readonly endpoints: readonly string[], connsPerEndpoint: number, readonly timeoutMs: number) {
    if (endpoints.length === 0) throw new Error('no endpoints');
    for (let c = 0; c < connsPerEndpoint; c++) {
      for (const e of endpoints) {
        this.clients.push(new KVClient(e, credentials.createInsecure(), {
          'grpc.use_local_subchannel_pool': 1,
          'grpc.max_receive_message_length': -1,
        }));
      }
    }
  }

  private pick(): KVClient {
    const c = this.clients[this.next]!;
    this.next = (this.next + 1) % this.clients.length;
    return c;
  }

  /** The deadline of a request issued now (--timeout). */
  deadline(): Date {
    return new Date(Date.now() + this.timeoutMs);
  }

  /**
   * One client of another service (e.g. `LeaseClient`) per channel of this
   * pool, on the same connections, in the pool's endpoint-major order. They
   * close with the pool.
   */
  clientsOf<C extends Client>(ctor: new (address: string, creds: ChannelCredentials, options?: Partial<ChannelOptions>) => C): C[] {
    return this.clients.map((kv, i) => new ctor(this.endpoints[i % this.endpoints.length]!, credentials.createInsecure(), { channelOverride: kv.getChannel() }));
  }

  put(req: etcdserverpb.IPutRequest): Promise<etcdserverpb.PutResponse> {
    return new Promise((resolve, reject) => {
      this.pick().Put(req, { deadline: this.deadline() }, (err, res) => (err || res === undefined ? reject(err ?? new Error('empty response')) : resolve(res)));
    });
  }

  range(req: etcdserverpb.IRangeRequest): Promise<etcdserverpb.RangeResponse> {
    return new Promise((resolve, reject) => {
      this.pick().Range(req, { deadline: this.deadline() }, (err, res) => (err || res === undefined ? reject(err ?? new Error('empty response')) : resolve(res)));
    });
  }

  /**
   * Waits until every endpoint answers a linearizable Range (so it is up, in a
   * cluster and has a leader), retrying until `timeoutMs`.
   */
  async waitReady(timeoutMs: number, onRetry?: (endpoint: string, err: Error) => void): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (let i = 0; i < this.endpoints.length; i++) {
      const client = this.clients[i]!;
      for (;;) {
        const err = await new Promise<Error | null>((resolve) => {
          client.Range({ key: Buffer.from('bench-ready-probe') }, { deadline: new Date(Math.min(until, Date.now() + 2000)) }, (e) => resolve(e));
        });
        if (err === null) break;
        if (Date.now() >= until) throw new Error(`${this.endpoints[i]} not ready after ${timeoutMs} ms: ${err.message}`);
        onRetry?.(this.endpoints[i]!, err);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  close(): void {
    for (const c of this.clients) c.close();
  }
}

/** `host:port,host:port` (an `http://` prefix is accepted and dropped). */
export function parseEndpoints(s: string): string[] {
  const out = s.split(',').map((e) => e.trim().replace(/^https?:\/\//, '').replace(/\/$/, '')).filter((e) => e.length > 0);
  for (const e of out) if (!/^(\[[^\]]+\]|[^:]+):\d+$/.test(e)) throw new Error(`endpoint "${e}" is not host:port`);
  if (out.length === 0) throw new Error('--endpoints is empty');
  return out;
}
