// lease-grant: each request is a LeaseGrant (TTL 60 s, id chosen by the
// server), round-robin over the endpoints like the KV workloads; a grant goes
// through Raft, so it costs about what a put does. Every lease granted (warmup
// included) is revoked after the run, untimed, so runs do not pile up leases.

import { LEASE_TTL_S, LeaseRpc, revokeLeases, type LeaseId } from './leases.js';
import type { Session, WorkloadContext } from './workloads.js';

export function openLeaseGrant(ctx: WorkloadContext): Promise<Session> {
  const rpc = new LeaseRpc(ctx.pool);
  const granted: LeaseId[] = [];
  return Promise.resolve({
    op: async () => {
      granted.push(await rpc.grant(LEASE_TTL_S));
    },
    close: () => revokeLeases(rpc, granted, ctx.concurrency, ctx.label),
  });
}
