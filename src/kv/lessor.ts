// Lease expiry, on the leader only.
//
// Which leases exist is replicated state (the MVCC store's lease table). When
// they expire is not: only the leader keeps deadlines, in memory, and a
// lease leaves the table only when the leader's revoke is committed and
// applied, so deletes and watch events are the same on every member.
//
// - Becoming leader (a new term in which this member leads): every lease in
//   the table gets its full TTL plus one election timeout, so a leader change
//   can make a lease live longer, never shorter.
// - A grant applied while leading starts the lease at its full TTL.
// - A keep-alive (renew) sets the deadline to now + TTL. Only the leader
//   renews; a lease past its deadline cannot be renewed (its revoke is on its way).
// - tick(): leases past their deadline are revoked through Raft in deadline
//   order, at most `revokeRate` per second (token bucket). A revoke whose
//   proposal fails is tried again on the next tick; one still unanswered
//   after `retryMs` is proposed again (a duplicate is harmless: not found).
// - Losing leadership drops every deadline: followers never expire leases.
//
// Time comes from an injected clock, so tests drive it by hand.

import type { Logger } from 'pino';
import { LEASE_REVOKE_RATE, type Lease, type LeaseId, type LeaseListener } from './index.js';
import { LeaseQueue } from './lease-queue.js';

/** Milliseconds on a clock that never goes back. */
export interface Clock {
  now(): number;
}

export const monotonicClock: Clock = { now: () => performance.now() };

export interface LessorRole {
  /** This member is the Raft leader. */
  leader: boolean;
  term: number;
}

export interface LessorDeps {
  clock: Clock;
  /** Whether this member leads now, and the current term. */
  role(): LessorRole;
  /** The replicated lease table as this member has applied it. */
  leases(): Lease[];
  /** Proposes a revoke of `id` through Raft; resolves once applied (or found already gone). */
  revoke(id: LeaseId): Promise<void>;
  log?: Logger;
}

export interface LessorOptions {
  electionMs: number;
  /** Revokes per second at most. Default 1000 (etcd's leaseRevokeRate). */
  revokeRate?: number;
  /** Revokes allowed at once after a quiet period. Default half a second's worth, as etcd batches them. */
  revokeBurst?: number;
  /** A revoke proposal still unanswered after this long is proposed again. Default 3 s (etcd's retry interval). */
  retryMs?: number;
}

export type RenewResult = { kind: 'notLeader' } | { kind: 'unknown' } | { kind: 'ok'; ttl: number };

export type TimeToLiveResult =
  | { kind: 'notLeader' }
  | { kind: 'unknown' }
  | { kind: 'ok'; grantedTtl: number; remainingMs: number };

interface Tracked {
  id: LeaseId;
  ttl: number;
  /** Deadline on the lessor's clock (ms). */
  expiry: number;
}

export class Lessor implements LeaseListener {
  private readonly tracked = new Map<LeaseId, Tracked>();
  /** Due times: the deadline, or for a lease being revoked the time to try again. */
  private readonly queue = new LeaseQueue();
  /** The term this member leads in, while it is primary; null on a follower. */
  private primaryTerm: number | null = null;
  private readonly rate: number;
  private readonly burst: number;
  private readonly retryMs: number;
  private tokens: number;
  private refilledAt: number;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: LessorDeps, private readonly opts: LessorOptions) {
    this.rate = opts.revokeRate ?? LEASE_REVOKE_RATE;
    this.burst = Math.max(1, opts.revokeBurst ?? Math.ceil(this.rate / 2));
    this.retryMs = opts.retryMs ?? 3000;
    this.tokens = this.burst;
    this.refilledAt = deps.clock.now();
  }

  /** Run tick() every `intervalMs` of real time. */
  start(intervalMs: number): void {
    this.timer ??= setInterval(() => this.tick(), intervalMs);
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.demote();
  }

  /** True while this member is the leader and keeps deadlines. */
  get isPrimary(): boolean {
    return this.sync();
  }

  /** Leases with a deadline (0 on a follower); equals the table size on the leader. */
  get trackedCount(): number {
    return this.tracked.size;
  }

  /** Entries in the expiry queue: never more than tracked leases. */
  get queueSize(): number {
    return this.queue.size;
  }

  /** The deadline of `id` on the lessor's clock, if this member tracks it. */
  expiryOf(id: LeaseId): number | undefined {
    return this.tracked.get(id)?.expiry;
  }

  // ------------------------------------------------------------ keep-alive, TTL

  renew(id: LeaseId): RenewResult {
    if (!this.sync()) return { kind: 'notLeader' };
    const t = this.tracked.get(id);
    if (t === undefined) return { kind: 'unknown' };
    const now = this.deps.clock.now();
    // Past its deadline: the revoke is (or is about to be) proposed; etcd answers "not found".
    if (t.expiry <= now) return { kind: 'ok', ttl: 0 };
    t.expiry = now + t.ttl * 1000;
    this.queue.set(id, t.expiry);
    return { kind: 'ok', ttl: t.ttl };
  }

  timeToLive(id: LeaseId): TimeToLiveResult {
    if (!this.sync()) return { kind: 'notLeader' };
    const t = this.tracked.get(id);
    if (t === undefined) return { kind: 'unknown' };
    return { kind: 'ok', grantedTtl: t.ttl, remainingMs: t.expiry - this.deps.clock.now() };
  }

  // ------------------------------------------------------------ expiry

  /** Revoke what is due, within the rate limit. Call it often (every heartbeat). */
  tick(): void {
    if (!this.sync()) return;
    const now = this.deps.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.refilledAt) * this.rate) / 1000);
    this.refilledAt = now;
    while (this.tokens >= 1) {
      const top = this.queue.peek();
      if (top === undefined || top.due > now) break;
      const t = this.tracked.get(top.id);
      if (t === undefined) {
        this.queue.delete(top.id); // cannot happen: queue and map change together
        continue;
      }
      this.tokens -= 1;
      this.startRevoke(t, now);
    }
  }

  private startRevoke(t: Tracked, now: number): void {
    // Looked at again after retryMs if the proposal is still unanswered by then.
    this.queue.set(t.id, now + this.retryMs);
    const term = this.primaryTerm;
    this.deps.revoke(t.id).then(
      // Applied: revoked() has already dropped it.
      () => undefined,
      (err: unknown) => {
        this.deps.log?.debug({ err: (err as Error).message, lease: t.id.toString(16) }, 'revoke of an expired lease failed; will retry');
        // Still leading in the same term and still tracked: try again on the next tick.
        if (this.primaryTerm === term && this.tracked.get(t.id) === t) this.queue.set(t.id, this.deps.clock.now());
      },
    );
  }

  // ------------------------------------------------------------ LeaseListener (applied changes)

  granted(lease: Lease): void {
    if (this.primaryTerm === null) return;
    this.track(lease, this.deps.clock.now() + lease.ttl * 1000);
  }

  revoked(id: LeaseId): void {
    this.tracked.delete(id);
    this.queue.delete(id);
  }

  /** The table was replaced (snapshot restore): keep deadlines of leases still there, add the new ones. */
  reset(): void {
    if (this.primaryTerm === null) return;
    const now = this.deps.clock.now();
    const live = new Set<LeaseId>();
    for (const l of this.deps.leases()) {
      live.add(l.id);
      if (!this.tracked.has(l.id)) this.track(l, now + l.ttl * 1000 + this.opts.electionMs);
    }
    for (const id of [...this.tracked.keys()]) if (!live.has(id)) this.revoked(id);
  }

  // ------------------------------------------------------------ leadership

  /** Follow the Raft role: promote on a new term led by us, demote when not leading. */
  private sync(): boolean {
    const r = this.deps.role();
    if (!r.leader) {
      if (this.primaryTerm !== null) this.demote();
      return false;
    }
    if (this.primaryTerm !== r.term) this.promote(r.term);
    return true;
  }

  private promote(term: number): void {
    this.tracked.clear();
    this.queue.clear();
    this.primaryTerm = term;
    const now = this.deps.clock.now();
    for (const l of this.deps.leases()) this.track(l, now + l.ttl * 1000 + this.opts.electionMs);
    this.tokens = this.burst;
    this.refilledAt = now;
    this.deps.log?.info({ term, leases: this.tracked.size }, 'lessor: leading; every lease restarts at its full TTL');
  }

  private demote(): void {
    if (this.primaryTerm !== null) this.deps.log?.info({ term: this.primaryTerm }, 'lessor: no longer leading; deadlines dropped');
    this.primaryTerm = null;
    this.tracked.clear();
    this.queue.clear();
  }

  private track(l: Lease, expiry: number): void {
    this.tracked.set(l.id, { id: l.id, ttl: l.ttl, expiry });
    this.queue.set(l.id, expiry);
  }
}
