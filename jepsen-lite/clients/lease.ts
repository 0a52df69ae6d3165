import { credentials, Metadata, type ClientDuplexStream } from '@grpc/grpc-js';
import type { etcdserverpb } from '../../src/generated/proto.js';
import { idToHex, longToBigInt, longToNumber, toInt64 } from '../../src/proto/long.js';
import { LeaseClient } from '../../src/proto/services.js';
import { attempt, CHANNEL_OPTIONS, unaryCall, type Outcome, type Unary } from './call.js';

/** One client connection to one regd member for lease operations, each with a deadline. */
export class JepsenLeaseClient {
  private readonly client: InstanceType<typeof LeaseClient>;

  constructor(readonly node: string, endpoint: string, private readonly timeoutMs: number) {
    this.client = new LeaseClient(endpoint, credentials.createInsecure(), CHANNEL_OPTIONS);
  }

  /** Grants a lease; the answer carries the TTL the server settled on. */
  grant(ttl: number): Promise<Outcome<{ id: bigint; hex: string; ttl: number }>> {
    return attempt(false, async () => {
      const r = await unaryCall(this.client.LeaseGrant.bind(this.client) as Unary<etcdserverpb.ILeaseGrantRequest, etcdserverpb.LeaseGrantResponse>,
        { TTL: ttl }, this.timeoutMs);
      const id = longToBigInt(r.ID);
      return { id, hex: idToHex(id), ttl: longToNumber(r.TTL) };
    });
  }

  revoke(id: bigint): Promise<Outcome<void>> {
    return attempt(false, async () => {
      await unaryCall(this.client.LeaseRevoke.bind(this.client) as Unary<etcdserverpb.ILeaseRevokeRequest, etcdserverpb.LeaseRevokeResponse>,
        { ID: toInt64(id) }, this.timeoutMs);
    });
  }

  /**
   * One keep-alive on a fresh stream (like `etcdctl lease keep-alive --once`):
   * the TTL answered, 0 when the server no longer knows the lease. A keep-alive
   * changes no replicated state, so every error is a `fail`.
   */
  keepAliveOnce(id: bigint): Promise<Outcome<{ ttl: number }>> {
    return attempt(true, () => new Promise<{ ttl: number }>((resolve, reject) => {
      const md = new Metadata();
      md.set('hasleader', 'true');
      const s = this.client.LeaseKeepAlive(md, { deadline: Date.now() + this.timeoutMs }) as
        ClientDuplexStream<etcdserverpb.ILeaseKeepAliveRequest, etcdserverpb.LeaseKeepAliveResponse>;
      s.once('data', (r: etcdserverpb.LeaseKeepAliveResponse) => {
        s.removeAllListeners('error');
        s.on('error', () => undefined);
        s.cancel();
        resolve({ ttl: longToNumber(r.TTL) });
      });
      s.once('error', reject);
      s.write({ ID: toInt64(id) });
    }));
  }

  close(): void {
    this.client.close();
  }
}
