// Lease calls for the lease workloads, on the KV pool's clients (the same
// connections), round-robin like the pool's own requests; granting and
// revoking many leases at a time (untimed set-up and clean-up).

import { NotFoundError } from '../src/client/index.js';
import type { KvPool } from './kv-pool.js';
import { ErrorReporter, log } from './log.js';

/** The TTL the lease workloads grant, in seconds: far longer than any run needs. */
export const LEASE_TTL_S = 60;

/** A lease id. */
export type LeaseId = bigint;

/** Lease calls on the KV pool's clients (the same connections), round-robin like the pool's own requests. */
export class LeaseRpc {
  constructor(private readonly pool: KvPool) {}

  /** LeaseGrant with a server-chosen id; rejects unless the answer has a TTL > 0. */
  async grant(ttlS: number): Promise<LeaseId> {
    const r = await this.pool.pick().lease.grant(ttlS);
    if (r.ttl <= 0) throw new Error(`LeaseGrant answered TTL ${r.ttl}`);
    return r.id;
  }

  async revoke(id: LeaseId): Promise<void> {
    await this.pool.pick().lease.revoke(id);
  }
}

/** Grants `n` leases, `concurrency` at a time; throws if any grant fails (the set-up must be complete). */
export async function grantLeases(rpc: LeaseRpc, n: number, concurrency: number, label: string): Promise<LeaseId[]> {
  const ids: LeaseId[] = [];
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < n) {
      next++;
      ids.push(await rpc.grant(LEASE_TTL_S));
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(concurrency, n) }, worker));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed !== undefined) {
    await revokeLeases(rpc, ids, concurrency, label);
    throw new Error(`[${label}] granting ${n} leases failed: ${String((failed as PromiseRejectedResult).reason)}`);
  }
  log(`[${label}] granted ${n} leases (TTL ${LEASE_TTL_S} s) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return ids;
}

/** Revokes every lease in `ids` (untimed clean-up), `concurrency` at a time; failures are printed, not thrown. */
export async function revokeLeases(rpc: LeaseRpc, ids: readonly LeaseId[], concurrency: number, label: string): Promise<void> {
  if (ids.length === 0) return;
  const errors = new ErrorReporter(`${label} revoke`);
  let next = 0;
  let failed = 0;
  let gone = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      try {
        await rpc.revoke(id);
      } catch (err) {
        if (err instanceof NotFoundError) {
          gone++; // expired or revoked already
          continue;
        }
        failed++;
        errors.report(err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
  log(`[${label}] revoked ${ids.length - failed - gone} of ${ids.length} leases in ${((performance.now() - t0) / 1000).toFixed(1)} s` +
    (gone > 0 ? ` (${gone} were gone already)` : '') +
    (failed > 0 ? ` (${failed} failed; they expire after ${LEASE_TTL_S} s)` : ''));
}
