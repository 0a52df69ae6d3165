// lease-keepalive: --leases leases are granted first (TTL 60 s, untimed), then
// each request is one keep-alive of the next lease in turn, sent on the next of
// --keepalive-streams clients, each with its one shared LeaseKeepAlive stream
// (round-robin over the endpoints). Requests are pipelined: with
// --concurrency 64 and 6 streams, about 11 are in flight on each stream. The
// client matches each answer to the oldest request in flight for its lease; a
// request succeeds if the answer has TTL > 0 (TTL 0 means "expired or
// unknown", counted as an error) within --timeout.
//
// Keep-alives do not go through Raft: a follower forwards them to the leader
// (etcd does so with one HTTP request per keep-alive). The streams carry
// `hasleader` metadata, as clientv3's do. The leases are revoked afterwards.

import { createClient } from '../src/client/index.js';
import { grantLeases, LeaseRpc, revokeLeases } from './leases.js';
import type { Session, WorkloadContext } from './workloads.js';

export async function openLeaseKeepAlive(ctx: WorkloadContext): Promise<Session> {
  const rpc = new LeaseRpc(ctx.pool);
  const ids = await grantLeases(rpc, ctx.options.leases, ctx.concurrency, ctx.label);
  const { endpoints, timeoutMs } = ctx.pool;
  const streams = Array.from({ length: ctx.options.keepaliveStreams }, (_, i) =>
    createClient({ endpoints: [endpoints[i % endpoints.length]!], requestTimeoutMs: timeoutMs, retry: false }));
  let n = 0;
  return {
    op: () => {
      const i = n++;
      return streams[i % streams.length]!.lease.keepAliveOnce(ids[i % ids.length]!);
    },
    fields: { leases: ids.length },
    close: async () => {
      for (const s of streams) s.close();
      await revokeLeases(rpc, ids, ctx.concurrency, ctx.label);
    },
  };
}
