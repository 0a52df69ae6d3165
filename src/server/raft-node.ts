// One Raft member at run time: the Ready loop around the pure core (src/raft).
// It ticks the core on a timer, and for every Ready persists (one write to the
// Raft log), sends, hands the committed entries to the apply chain, answers
// reads, then advances. Inputs that arrive while a Ready is being persisted
// collect in the core and go out in the next one: group commit without a
// separate queue. Applies run on a chain of their own so the next Ready's
// fsync overlaps them, bounded by MAX_PENDING_APPLIES.
//
// Its I/O goes through small interfaces, each with an in-memory version for
// tests and the deterministic simulator: the Raft log (RaftLogStore), the
// snapshots (SnapshotStore), the peers (PeerSender), time (Clock); what it is
// built from is in raft-node-types.ts. The clients waiting on proposals are in
// proposal-waiters.ts, the read barrier in read-barrier.ts.

import {
  Raft, SeededRng, type ConfChangeSingle, type Entry, type Message, type NodeId, type PersistedState, type RaftConfig, type Ready,
  type Snapshot, type SoftState, type Status,
} from '../raft/index.js';
import { systemClock, type Clock, type TimerHandle } from './clock.js';
import { ProposalWaiters } from './proposal-waiters.js';
import { mapRaftError } from './raft-errors.js';
import type { RaftLogStore } from './raft-log-store.js';
import type { PeerSender, RaftCore, RaftNodeObserver, RaftNodeOptions, StateMachine } from './raft-node-types.js';
import { ReadBarrier } from './read-barrier.js';
import { ServerError } from './server-error.js';
import type { SnapshotStore } from './snapshot-store.js';

/** Apply batches that may be queued behind the fsync loop before it waits: bounds memory and apply lag. */
export const MAX_PENDING_APPLIES = 8;

export type { CoreTuning, PeerSender, RaftCore, RaftNodeObserver, RaftNodeOptions, StateMachine } from './raft-node-types.js';

export class RaftNode<R> {
  private readonly core: RaftCore;
  private readonly clock: Clock;
  private readonly waiters: ProposalWaiters<R>;
  private readonly reads: ReadBarrier;
  private nextRequestSeq = 1n;
  private readonly requestIdBase: bigint;
  private ticker: TimerHandle | undefined;
  private processing = false;
  private again = false;
  private stopped = false;
  private soft: SoftState = { leader: 0, role: 'follower' };
  private term = 0;
  private appliedSinceSnapshot = 0;
  /** Applies handed out and not finished, in order. */
  private applyChain: Promise<void> = Promise.resolve();
  private pendingApplies = 0;
  private loopError: Error | undefined;

  constructor(
    private readonly opts: RaftNodeOptions,
    persisted: PersistedState,
    private readonly store: RaftLogStore,
    private readonly snapshots: SnapshotStore,
    private readonly sm: StateMachine<R>,
    private readonly peers: PeerSender,
    private readonly observer: RaftNodeObserver = {},
  ) {
    const electionTicks = Math.max(2, Math.round(opts.electionMs / opts.heartbeatMs));
    const config: RaftConfig = { ...opts.core, id: opts.id, electionTicks, heartbeatTicks: 1, rng: new SeededRng(opts.seed) };
    this.core = opts.newCore !== undefined ? opts.newCore(config, persisted) : new Raft(config, persisted);
    this.clock = opts.clock ?? systemClock;
    this.term = persisted.hardState.term;
    // Request ids: the member id's low 32 bits above a 32-bit counter that starts at a
    // random point, so ids differ across members and (almost surely) across restarts.
    this.requestIdBase = (BigInt(opts.id) & 0xffff_ffffn) << 32n;
    this.nextRequestSeq = BigInt(opts.seed >>> 0);
    this.waiters = new ProposalWaiters<R>(this.clock, opts.requestTimeoutMs, () => this.observer.onProposal?.('failed'));
    this.reads = new ReadBarrier({
      clock: this.clock,
      id: opts.id,
      requestTimeoutMs: opts.requestTimeoutMs,
      retryAfterMs: opts.electionMs,
      readIndex: (context) => this.core.readIndex(context),
      appliedIndex: () => this.sm.appliedIndex(),
      hasLeader: () => this.soft.leader !== 0,
    });
  }

  start(): void {
    this.ticker = this.clock.setInterval(() => {
      this.core.tick();
      this.reads.onTick();
      this.kick();
    }, this.opts.heartbeatMs);
    this.kick();
  }

  async stop(): Promise<void> {
    this.halt();
    while (this.processing) await new Promise((r) => setImmediate(r));
    await this.applyChain;
  }

  /** Messages from peers. */
  receive(messages: readonly Message[]): void {
    if (this.stopped) return;
    for (const m of messages) {
      try {
        this.core.step(m);
      } catch (err) {
        // A malformed or unexpected message must never take the node down.
        this.opts.log.warn({ err, from: m.from, type: m.type }, 'dropped a raft message');
      }
    }
    this.kick();
  }

  status(): Status {
    return this.core.status();
  }

  reportUnreachable(id: NodeId): void {
    this.core.reportUnreachable(id);
  }

  reportSnapshot(id: NodeId, ok: boolean): void {
    this.core.reportSnapshot(id, ok);
    this.kick();
  }

  get leader(): NodeId {
    return this.soft.leader;
  }

  get currentTerm(): number {
    return this.term;
  }

  get failure(): Error | undefined {
    return this.loopError;
  }

  /** A fresh id for an InternalRequest this node proposes. */
  newRequestId(): bigint {
    this.nextRequestSeq = (this.nextRequestSeq + 1n) & 0xffff_ffffn;
    return this.requestIdBase | this.nextRequestSeq;
  }

  /**
   * Proposes `data` (an encoded request carrying `requestId`) and resolves with
   * its result once it is committed and applied here.
   */
  propose(requestId: bigint, data: Uint8Array): Promise<R> {
    try {
      return this.submit(requestId, data);
    } catch (err) {
      return Promise.reject(err as Error);
    }
  }

  /**
   * `propose`, except that a proposal this node refuses at once (stopped, no
   * leader, transfer, too many uncommitted) throws here instead of rejecting
   * the promise: returning means the local core accepted it. The promise then
   * settles as for `propose`. (The ack-before-commit failpoint answers there.)
   */
  submit(requestId: bigint, data: Uint8Array): Promise<R> {
    if (this.stopped) throw this.stoppedError();
    this.observer.onPropose?.();
    try {
      this.core.propose(data);
    } catch (err) {
      this.observer.onProposal?.('failed');
      throw mapRaftError(err);
    }
    const p = this.waiters.wait(requestId);
    this.kick();
    return p;
  }

  proposeConfChange(changes: ConfChangeSingle[]): void {
    this.request(() => this.core.proposeConfChange(changes));
  }

  transferLeader(target: NodeId): void {
    this.request(() => this.core.transferLeader(target));
  }

  /** Starts an election now (etcd's Campaign), instead of waiting for the election timeout. */
  campaign(): void {
    this.request(() => this.core.campaign());
  }

  /**
   * Resolves once this node has applied everything committed before the call:
   * a linearizable read barrier (ReadIndex, no log write). Concurrent callers
   * share one round.
   */
  readBarrier(): Promise<void> {
    if (this.stopped) return Promise.reject(this.stoppedError());
    if (this.soft.leader === 0) return Promise.reject(new ServerError('UNAVAILABLE', 'etcdserver: no leader'));
    const p = this.reads.wait();
    this.kick();
    return p;
  }

  // ------------------------------------------------------------------ the loop

  private request(call: () => void): void {
    try {
      call();
    } catch (err) {
      throw mapRaftError(err);
    }
    this.kick();
  }

  private kick(): void {
    if (this.stopped && !this.processing) return;
    if (this.processing) {
      this.again = true;
      return;
    }
    this.processing = true;
    void this.process();
  }

  private async process(): Promise<void> {
    try {
      do {
        this.again = false;
        while (!this.stopped && this.core.hasReady()) await this.handleReady(this.core.ready());
      } while (this.again && !this.stopped);
    } catch (err) {
      this.fail(err);
    } finally {
      this.processing = false;
    }
  }

  private async handleReady(rd: Ready): Promise<void> {
    if (rd.softState !== undefined) this.onSoftState(rd.softState);
    if (rd.hardState !== undefined) this.term = rd.hardState.term;

    if (rd.snapshot !== undefined) await this.snapshots.save(rd.snapshot);
    const t0 = this.clock.now();
    await this.store.save(rd);
    this.observer.onFsync?.((this.clock.now() - t0) / 1000, rd.entries.length);

    if (rd.messages.length > 0) this.peers.send(rd.messages);

    // Apply in order on a chain of its own, so the next Ready's fsync overlaps this apply
    // (what is applied is already durable in the Raft log, so a crash loses nothing).
    if (rd.snapshot !== undefined || rd.committedEntries.length > 0) {
      const snapshot = rd.snapshot;
      const entries = rd.committedEntries;
      this.pendingApplies++;
      this.appliedSinceSnapshot += entries.length;
      this.applyChain = this.applyChain
        .then(() => this.applyBatch(snapshot, entries))
        .catch((err: unknown) => this.fail(err))
        .finally(() => this.pendingApplies--);
    }
    for (const rs of rd.readStates) this.reads.onReadState(rs.index, rs.context);
    this.reads.release();
    this.core.advance();
    if (this.pendingApplies >= MAX_PENDING_APPLIES) await this.applyChain;
    if (this.appliedSinceSnapshot >= this.opts.snapshotEvery) {
      await this.applyChain; // the snapshot must include everything the core counts as applied
      if (this.loopError === undefined) await this.takeSnapshot();
    }
    if (this.loopError !== undefined) throw this.loopError;
  }

  private async applyBatch(snapshot: Snapshot | undefined, entries: readonly Entry[]): Promise<void> {
    if (this.loopError !== undefined) return;
    if (snapshot !== undefined) await this.sm.restore(snapshot);
    if (entries.length > 0) {
      const t1 = this.clock.now();
      const results = await this.sm.apply(entries);
      this.observer.onApply?.((this.clock.now() - t1) / 1000, entries.length);
      for (const r of results) {
        if (r !== undefined && this.waiters.resolve(r.requestId, r.result)) this.observer.onProposal?.('committed');
      }
    }
    this.reads.release();
  }

  /** Persistence or apply failed: continuing could acknowledge writes that are not durable. */
  private fail(err: unknown): void {
    if (this.loopError !== undefined) return;
    this.loopError = err instanceof Error ? err : new Error(String(err));
    this.opts.log.fatal({ err }, 'raft loop failed; stopping the node');
    this.halt();
    this.opts.onFatal?.(this.loopError);
  }

  /** Stops ticking and fails every request still waiting, with why. */
  private halt(): void {
    this.stopped = true;
    if (this.ticker !== undefined) this.clock.clearTimer(this.ticker);
    const e = this.stoppedError();
    this.waiters.failAll(e);
    this.reads.failAll(e);
  }

  private stoppedError(): ServerError {
    return this.loopError === undefined
      ? new ServerError('UNAVAILABLE', 'etcdserver: server stopped')
      : new ServerError('UNAVAILABLE', `etcdserver: server stopped: raft loop failed: ${this.loopError.message}`);
  }

  private onSoftState(s: SoftState): void {
    const leaderChanged = s.leader !== this.soft.leader;
    this.soft = s;
    if (leaderChanged) {
      this.observer.onLeaderChange?.(s.leader, this.term);
      this.opts.log.info({ leader: s.leader, role: s.role, term: this.term }, 'leader changed');
      this.reads.onLeaderChange();
    }
  }

  private async takeSnapshot(): Promise<void> {
    this.appliedSinceSnapshot = 0;
    const data = await this.sm.snapshot();
    const st = this.core.status();
    // A snapshot from the leader arrived while the state machine was being captured: the core's log
    // now starts past what is applied here, and that snapshot (applied with the next Ready) replaces ours.
    if (st.applied < st.firstIndex - 1) return;
    const applied = st.applied;
    const meta = this.core.createSnapshot(data, Math.max(0, applied - this.opts.snapshotCatchUpEntries));
    await this.snapshots.save({ meta, data });
    await this.store.compact(meta, Math.max(0, applied - this.opts.snapshotCatchUpEntries));
    this.opts.log.info({ index: meta.index, term: meta.term, bytes: data.length }, 'snapshot taken');
  }
}
