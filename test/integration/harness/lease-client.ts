import { credentials, Metadata, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import type { etcdserverpb } from '../../../src/generated/proto.js';
import { longToBigInt, longToNumber, toInt64 } from '../../../src/proto/long.js';
import { LeaseClient } from '../../../src/proto/services.js';

type Unary<Req, Res> = (req: Req, md: Metadata, opts: { deadline: number }, cb: (err: ServiceError | null, res?: Res) => void) => unknown;

function call<Req, Res>(f: Unary<Req, Res>, req: Req, timeoutMs: number): Promise<Res> {
  return new Promise((resolve, reject) => {
    f(req, new Metadata(), { deadline: Date.now() + timeoutMs }, (err, res) => (err ? reject(err) : resolve(res!)));
  });
}

export interface TimeToLive {
  ttl: number;
  grantedTtl: number;
  keys: string[];
}

/** A minimal etcd v3 lease client over our generated stubs, for integration tests. */
export class TestLeaseClient {
  private readonly client: InstanceType<typeof LeaseClient>;

  constructor(readonly endpoint: string, private readonly timeoutMs = 5000) {
    this.client = new LeaseClient(endpoint, credentials.createInsecure());
  }

  async grant(ttl: number, id: bigint = 0n): Promise<{ id: bigint; ttl: number; revision: number }> {
    const r = await call(this.client.LeaseGrant.bind(this.client) as Unary<etcdserverpb.ILeaseGrantRequest, etcdserverpb.LeaseGrantResponse>,
      { TTL: ttl, ID: toInt64(id) }, this.timeoutMs);
    return { id: longToBigInt(r.ID), ttl: longToNumber(r.TTL), revision: longToNumber(r.header!.revision) };
  }

  async revoke(id: bigint): Promise<number> {
    const r = await call(this.client.LeaseRevoke.bind(this.client) as Unary<etcdserverpb.ILeaseRevokeRequest, etcdserverpb.LeaseRevokeResponse>,
      { ID: toInt64(id) }, this.timeoutMs);
    return longToNumber(r.header!.revision);
  }

  async timeToLive(id: bigint, keys = false): Promise<TimeToLive> {
    const r = await call(this.client.LeaseTimeToLive.bind(this.client) as Unary<etcdserverpb.ILeaseTimeToLiveRequest, etcdserverpb.LeaseTimeToLiveResponse>,
      { ID: toInt64(id), keys }, this.timeoutMs);
    return { ttl: longToNumber(r.TTL), grantedTtl: longToNumber(r.grantedTTL), keys: r.keys.map((k) => Buffer.from(k).toString()) };
  }

  async leases(): Promise<bigint[]> {
    const r = await call(this.client.LeaseLeases.bind(this.client) as Unary<etcdserverpb.ILeaseLeasesRequest, etcdserverpb.LeaseLeasesResponse>, {}, this.timeoutMs);
    return r.leases.map((l) => longToBigInt(l.ID));
  }

  /** A raw keep-alive stream (with `hasleader` when asked, as clientv3 sends it). */
  keepAliveStream(hasLeader = true): ClientDuplexStream<etcdserverpb.ILeaseKeepAliveRequest, etcdserverpb.LeaseKeepAliveResponse> {
    const md = new Metadata();
    if (hasLeader) md.set('hasleader', 'true');
    return this.client.LeaseKeepAlive(md) as ClientDuplexStream<etcdserverpb.ILeaseKeepAliveRequest, etcdserverpb.LeaseKeepAliveResponse>;
  }

  /** One keep-alive on a fresh stream (like `etcdctl lease keep-alive --once`): the TTL answered. */
  keepAliveOnce(id: bigint): Promise<number> {
    const s = this.keepAliveStream(false);
    return new Promise<number>((resolve, reject) => {
      const t = setTimeout(() => {
        s.cancel();
        reject(new Error('keep-alive: no answer'));
      }, this.timeoutMs);
      s.once('data', (r: etcdserverpb.LeaseKeepAliveResponse) => {
        clearTimeout(t);
        s.on('error', () => undefined);
        s.cancel();
        resolve(longToNumber(r.TTL));
      });
      s.once('error', (err) => {
        clearTimeout(t);
        reject(err);
      });
      s.write({ ID: toInt64(id) });
    });
  }

  close(): void {
    this.client.close();
  }
}
