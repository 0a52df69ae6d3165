// The lease operations as the API serves them (reference §10.9).
//
// - Grant and revoke go through Raft. The proposer picks the id of a grant
//   that has none (retrying on "already exists") and raises a short TTL to the
//   minimum, so the replicated command is final and every member applies the
//   same thing.
// - Keep-alive and TimeToLive are answered by the leader's lessor. A follower
//   forwards them to the leader. On the leader, a lease it does not know yet
//   may be one whose grant is committed but not applied here: it waits for a
//   read barrier (everything committed is applied) and looks again.

import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import {
  KvError, minLeaseTtl, validateCommand,
  type ApplyResult, type KvCommandResponse, type LeaseGrantRequest, type LeaseGrantResponse, type LeaseId, type LeaseRevokeResponse,
  type MvccStore,
} from '../kv/index.js';
import { encodeCommand, type Command } from './command-codec.js';
import { LeaseForwarder, type TimeToLiveAnswer } from './lease-forwarder.js';
import { Lessor, monotonicClock, type Clock } from '../kv/lessor.js';
import type { MemberDirectory } from './member-directory.js';
import type { RaftNode } from './raft-node.js';
import { ServerError } from './server-error.js';

/** Random lease ids stay below 2^53, so clients that read ids as JSON numbers keep them exact. */
const ID_MASK = (1n << 53n) - 1n;
/** Tries of a server-chosen id before giving up (a clash is already a one in 2^53 event). */
const GRANT_ID_ATTEMPTS = 5;

export interface LeaseFrontendOptions {
  node: RaftNode<ApplyResult>;
  store: MvccStore;
  directory: MemberDirectory;
  /** This member's Raft id. */
  selfId: number;
  heartbeatMs: number;
  electionMs: number;
  requestTimeoutMs: number;
  log: Logger;
  clock?: Clock;
}

export type { TimeToLiveAnswer };

const leaderChanged = (): ServerError => new ServerError('UNAVAILABLE', 'etcdserver: leader changed');
const timedOut = (): ServerError => new ServerError('UNAVAILABLE', 'etcdserver: request timed out');

export class LeaseFrontend {
  readonly lessor: Lessor;
  /** Grants below this many seconds are raised to it: ceil(1.5 × election timeout). */
  readonly minTtl: number;
  private readonly node: RaftNode<ApplyResult>;
  private readonly store: MvccStore;
  private readonly forwarder: LeaseForwarder;
  private readonly clock: Clock;
  private stopped = false;

  constructor(private readonly opts: LeaseFrontendOptions) {
    this.node = opts.node;
    this.store = opts.store;
    this.clock = opts.clock ?? monotonicClock;
    this.minTtl = minLeaseTtl(opts.electionMs);
    this.lessor = new Lessor({
      clock: this.clock,
      role: () => ({ leader: this.node.leader === opts.selfId, term: this.node.currentTerm }),
      leases: () => this.store.leases(),
      revoke: (id) => this.revokeExpired(id),
      log: opts.log.child({ component: 'lessor' }),
    }, { electionMs: opts.electionMs });
    this.store.setLeaseListener(this.lessor);
    this.forwarder = new LeaseForwarder((leader) => {
      const url = opts.directory.get(leader)?.clientUrls[0];
      if (url === undefined) return undefined;
      try {
        return new URL(url).host;
      } catch {
        return undefined;
      }
    }, opts.requestTimeoutMs, opts.log.child({ component: 'lease-forwarder' }));
  }

  /** Start expiring leases (while this member leads). */
  start(): void {
    this.lessor.start(this.opts.heartbeatMs);
  }

  stop(): void {
    this.stopped = true;
    this.lessor.stop();
    this.store.setLeaseListener(null);
    this.forwarder.close();
  }

  /** The store revision, for response headers. */
  get revision(): number {
    return this.store.revision;
  }

  /** How often a stream with `hasleader` checks that a leader is known. */
  get electionMs(): number {
    return this.opts.electionMs;
  }

  // ------------------------------------------------------------ through Raft

  /**
   * Grant a lease: `ttl` as the client asked (a TTL above the limit is refused,
   * a short one raised to the minimum), `id` 0 for "pick one".
   */
  async grant(asked: LeaseGrantRequest): Promise<LeaseGrantResponse> {
    const ttl = Math.max(this.minTtl, asked.ttl);
    for (let attempt = 1; ; attempt++) {
      const id = asked.id !== 0n ? asked.id : randomLeaseId();
      try {
        const r = await this.propose({ type: 'leaseGrant', request: { id, ttl } });
        return (r as Extract<KvCommandResponse, { type: 'leaseGrant' }>).response;
      } catch (err) {
        const clash = err instanceof KvError && err.code === 'FAILED_PRECONDITION';
        if (!clash || asked.id !== 0n || attempt >= GRANT_ID_ATTEMPTS) throw err;
      }
    }
  }

  async revoke(id: LeaseId): Promise<LeaseRevokeResponse> {
    const r = await this.propose({ type: 'leaseRevoke', request: { id } });
    return (r as Extract<KvCommandResponse, { type: 'leaseRevoke' }>).response;
  }

  /** The lessor's revoke of an expired lease; one already gone counts as done. */
  private async revokeExpired(id: LeaseId): Promise<void> {
    try {
      await this.propose({ type: 'leaseRevoke', request: { id } });
    } catch (err) {
      if (err instanceof KvError && err.code === 'NOT_FOUND') return;
      throw err;
    }
  }

  private async propose(command: Extract<Command, { type: 'leaseGrant' | 'leaseRevoke' }>): Promise<KvCommandResponse> {
    validateCommand(command);
    const id = this.node.newRequestId();
    const result = await this.node.propose(id, encodeCommand(id, command));
    if (result.status === 'rejected') throw result.error;
    if (result.status === 'skipped') throw timedOut();
    return result.response;
  }

  // ------------------------------------------------------------ leader-served

  /**
   * Renew `id`: its granted TTL, or 0 if it is unknown or expired. Retries
   * across leader changes until the request timeout. With `forwarded` (the
   * call came from a follower) it never forwards again: only a leader answers.
   */
  async keepAlive(id: LeaseId, forwarded = false): Promise<number> {
    const deadline = this.clock.now() + this.opts.requestTimeoutMs;
    let lastErr: Error = timedOut();
    for (;;) {
      if (this.stopped) throw new ServerError('UNAVAILABLE', 'etcdserver: server stopped');
      const leader = this.node.leader;
      if (leader === this.opts.selfId) {
        const r = await this.renewHere(id);
        if (r instanceof Error) lastErr = r;
        else if (r !== undefined) return r;
        // Leadership moved meanwhile, or the barrier failed: go round again.
      } else if (forwarded) {
        throw leaderChanged();
      } else if (leader !== 0) {
        try {
          return await this.forwarder.keepAlive(BigInt(leader), id);
        } catch (err) {
          if (!(err instanceof ServerError) || err.code !== 'UNAVAILABLE') throw err;
          lastErr = err;
        }
      }
      const left = deadline - this.clock.now();
      if (left <= 0) throw lastErr;
      // No leader, or it just changed: look again after a heartbeat.
      await new Promise((r) => setTimeout(r, Math.min(this.opts.heartbeatMs, left)));
    }
  }

  /** On the leader: the TTL to answer, undefined if no longer leading, an Error if the barrier failed with Unavailable. */
  private async renewHere(id: LeaseId): Promise<number | undefined | ServerError> {
    let r = this.lessor.renew(id);
    if (r.kind === 'unknown') {
      try {
        await this.node.readBarrier();
      } catch (err) {
        if (err instanceof ServerError && err.code === 'UNAVAILABLE') return err;
        throw err;
      }
      r = this.lessor.renew(id);
    }
    if (r.kind === 'ok') return r.ttl;
    if (r.kind === 'unknown') return 0;
    return undefined;
  }

  /** etcd's LeaseTimeToLive: TTL -1 for an unknown lease; Unavailable "leader changed" if leadership moves meanwhile. */
  async timeToLive(id: LeaseId, withKeys: boolean, forwarded = false): Promise<TimeToLiveAnswer> {
    const leader = this.node.leader;
    if (leader === this.opts.selfId) {
      let r = this.lessor.timeToLive(id);
      if (r.kind === 'unknown') {
        await this.node.readBarrier();
        r = this.lessor.timeToLive(id);
      }
      if (r.kind === 'notLeader') throw leaderChanged();
      if (r.kind === 'unknown') return { ttl: -1, grantedTtl: 0, keys: [] };
      return {
        ttl: Math.max(0, Math.floor(r.remainingMs / 1000)),
        grantedTtl: r.grantedTtl,
        keys: withKeys ? this.store.leaseKeys(id) : [],
      };
    }
    if (forwarded) throw leaderChanged();
    if (leader === 0) throw new ServerError('UNAVAILABLE', 'etcdserver: no leader');
    // A leader that has just started may not have published its client URLs yet: give it the request timeout.
    const deadline = this.clock.now() + this.opts.requestTimeoutMs;
    while (!this.forwarder.canReach(BigInt(leader))) {
      const left = deadline - this.clock.now();
      if (left <= 0 || this.stopped) throw timedOut();
      await new Promise((r) => setTimeout(r, Math.min(this.opts.heartbeatMs, left)));
      if (this.node.leader !== leader) throw leaderChanged();
    }
    let res: TimeToLiveAnswer;
    try {
      res = await this.forwarder.timeToLive(BigInt(leader), id, withKeys);
    } catch (err) {
      if (err instanceof ServerError) throw err;
      const code = (err as { code?: unknown }).code;
      // Unavailable from the leader (it stepped down, died, or is unreachable): leadership is moving.
      if (code === 14) throw leaderChanged();
      throw new ServerError('UNAVAILABLE', (err as Error).message);
    }
    if (this.node.leader !== leader) throw leaderChanged();
    return res;
  }

  /** Every lease id, linearizably (after a read barrier). */
  async leases(): Promise<LeaseId[]> {
    await this.node.readBarrier();
    return this.store.leases().map((l) => l.id);
  }
}

/** A random lease id in [1, 2^53). */
export function randomLeaseId(): LeaseId {
  for (;;) {
    const id = randomBytes(8).readBigUInt64BE() & ID_MASK;
    if (id !== 0n) return id;
  }
}
