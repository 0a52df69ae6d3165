import type { Logger } from 'pino';
import { Raft, RaftError, SeededRng, type ConfChangeSingle, type Entry, type Message, type NodeId, type PersistedState, type Ready, type Snapshot, type SoftState, type Status } from '../raft/index.js';
import type { RaftLogStore } from './raft-log-store.js';
import type { SnapshotStore } from './snapshot-store.js';
import { ServerError } from './server-error.js';

/** Apply batches that may be queued behind the fsync loop before it waits: bounds memory and apply lag. */
export const MAX_PENDING_APPLIES = 8;

/** What the node applies committed entries to (the KV store, behind an adapter). */
export interface StateMachine<R> {
  /** Applies entries in order; returns, per entry, the proposer's request id and its result. */
  apply(entries: readonly Entry[]): Promise<Array<{ requestId: bigint; result: R } | undefined>>;
  appliedIndex(): number;
  snapshot(): Promise<Uint8Array>;
  restore(snapshot: Snapshot): Promise<void>;
}

/** Sends Raft messages to peers; must not block (queues are bounded inside). */
export interface PeerSender {
  send(messages: readonly Message[]): void;
}

export interface RaftNodeOptions {
  id: NodeId;
  heartbeatMs: number;
  electionMs: number;
  /** How long a proposal or read may wait before it fails with "request timed out". */
  requestTimeoutMs: number;
  /** Take a snapshot after this many applied entries. */
  snapshotEvery: number;
  /** Entries kept behind a snapshot so slightly lagging followers catch up from the log. */
  snapshotCatchUpEntries: number;
  seed: number;
  log: Logger;
  /**
   * Called once if persisting or applying fails. The node has stopped by then
   * and every pending request has failed: the process should exit, as etcd
   * does, so a supervisor restarts it from what is durable.
   */
  onFatal?: (err: Error) => void;
}

/** Hooks for metrics; every one optional. */
export interface RaftNodeObserver {
  onLeaderChange?(leader: NodeId, term: number): void;
  onFsync?(seconds: number, entries: number): void;
  onApply?(seconds: number, entries: number): void;
  onPropose?(): void;
  onProposal?(outcome: 'committed' | 'failed'): void;
}

interface Waiter<R> {
  resolve(r: R): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
}

interface ReadRound {
  context: string;
  waiters: Array<Waiter<void>>;
  sentAt: number;
}

/**
 * One Raft member at run time: the loop around the pure core. It ticks the
 * core on a timer, and for every Ready persists (one synced batch), sends,
 * applies, answers reads, then advances. Inputs that arrive while a Ready is
 * being persisted collect in the core and go out in the next one: group commit
 * without a separate queue.
 */
export class RaftNode<R> {
  private readonly core: Raft;
  private readonly waiters = new Map<bigint, Waiter<R>>();
  private nextRequestSeq = 1n;
  private readonly requestIdBase: bigint;
  /** Reads that arrived while a ReadIndex round was in flight: they share the next round. */
  private queuedReads: Array<Waiter<void>> = [];
  private readonly rounds = new Map<string, ReadRound>();
  private readonly confirmedReads: Array<{ index: number; waiters: Array<Waiter<void>> }> = [];
  private readSeq = 0;
  private ticker: NodeJS.Timeout | undefined;
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
    this.core = new Raft({ id: opts.id, electionTicks, heartbeatTicks: 1, rng: new SeededRng(opts.seed) }, persisted);
    this.term = persisted.hardState.term;
    // Request ids: the member id's low 32 bits above a 32-bit counter that starts at a
    // random point, so ids differ across members and (almost surely) across restarts.
    this.requestIdBase = (BigInt(opts.id) & 0xffff_ffffn) << 32n;
    this.nextRequestSeq = BigInt(opts.seed >>> 0);
  }

  start(): void {
    this.ticker = setInterval(() => {
      this.core.tick();
      this.retryStaleReads();
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
      throw this.mapRaftError(err);
    }
    const p = new Promise<R>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(requestId);
        this.observer.onProposal?.('failed');
        reject(new ServerError('UNAVAILABLE', 'etcdserver: request timed out'));
      }, this.opts.requestTimeoutMs);
      this.waiters.set(requestId, { resolve, reject, timer });
    });
    this.kick();
    return p;
  }

  proposeConfChange(changes: ConfChangeSingle[]): void {
    try {
      this.core.proposeConfChange(changes);
    } catch (err) {
      throw this.mapRaftError(err);
    }
    this.kick();
  }

  transferLeader(target: NodeId): void {
    try {
      this.core.transferLeader(target);
    } catch (err) {
      throw this.mapRaftError(err);
    }
    this.kick();
  }

  /**
   * Resolves once this node has applied everything committed before the call:
   * a linearizable read barrier (ReadIndex, no log write). Concurrent callers
   * share one round.
   */
  readBarrier(): Promise<void> {
    if (this.stopped) return Promise.reject(this.stoppedError());
    if (this.soft.leader === 0) return Promise.reject(new ServerError('UNAVAILABLE', 'etcdserver: no leader'));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter<void> = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.dropReadWaiter(waiter);
          reject(new ServerError('UNAVAILABLE', 'etcdserver: request timed out'));
        }, this.opts.requestTimeoutMs),
      };
      this.queuedReads.push(waiter);
      if (this.rounds.size === 0) this.startReadRound();
      this.kick();
    });
  }

  // ------------------------------------------------------------------ the loop

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

  get failure(): Error | undefined {
    return this.loopError;
  }

  private async handleReady(rd: Ready): Promise<void> {
    if (rd.softState !== undefined) this.onSoftState(rd.softState);
    if (rd.hardState !== undefined) this.term = rd.hardState.term;

    if (rd.snapshot !== undefined) await this.snapshots.save(rd.snapshot);
    const t0 = performance.now();
    await this.store.save(rd);
    this.observer.onFsync?.((performance.now() - t0) / 1000, rd.entries.length);

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
    for (const rs of rd.readStates) this.onReadState(rs.index, rs.context);
    this.releaseConfirmedReads();
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
      const t1 = performance.now();
      const results = await this.sm.apply(entries);
      this.observer.onApply?.((performance.now() - t1) / 1000, entries.length);
      for (const r of results) {
        if (r === undefined) continue;
        const w = this.waiters.get(r.requestId);
        if (w === undefined) continue;
        this.waiters.delete(r.requestId);
        this.observer.onProposal?.('committed');
        this.settle(w, () => w.resolve(r.result));
      }
    }
    this.releaseConfirmedReads();
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
    if (this.ticker !== undefined) clearInterval(this.ticker);
    const e = this.stoppedError();
    for (const w of this.waiters.values()) this.settle(w, () => w.reject(e));
    this.waiters.clear();
    for (const w of this.allReadWaiters()) this.settle(w, () => w.reject(e));
    this.queuedReads = [];
    this.rounds.clear();
    this.confirmedReads.length = 0;
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
      // A round sent to the old leader may never be answered: start over with the new one.
      if (this.rounds.size > 0) this.restartReadRounds();
    }
  }

  private async takeSnapshot(): Promise<void> {
    this.appliedSinceSnapshot = 0;
    const data = await this.sm.snapshot();
    const applied = this.core.status().applied;
    const meta = this.core.createSnapshot(data, Math.max(0, applied - this.opts.snapshotCatchUpEntries));
    await this.snapshots.save({ meta, data });
    await this.store.compact(meta, Math.max(0, applied - this.opts.snapshotCatchUpEntries));
    this.opts.log.info({ index: meta.index, term: meta.term, bytes: data.length }, 'snapshot taken');
  }

  // ------------------------------------------------------------------ reads

  private startReadRound(): void {
    if (this.queuedReads.length === 0) return;
    const context = `${this.opts.id}-${++this.readSeq}`;
    const round: ReadRound = { context, waiters: this.queuedReads, sentAt: performance.now() };
    this.queuedReads = [];
    try {
      this.core.readIndex(context);
    } catch (err) {
      const e = this.mapRaftError(err);
      for (const w of round.waiters) this.settle(w, () => w.reject(e));
      return;
    }
    this.rounds.set(context, round);
  }

  private onReadState(index: number, context: string): void {
    const round = this.rounds.get(context);
    if (round === undefined) return;
    this.rounds.delete(context);
    this.confirmedReads.push({ index, waiters: round.waiters });
    // Reads that queued up behind this round go out now.
    if (this.rounds.size === 0) this.startReadRound();
  }

  private releaseConfirmedReads(): void {
    const applied = this.sm.appliedIndex();
    for (let i = 0; i < this.confirmedReads.length;) {
      const c = this.confirmedReads[i]!;
      if (c.index <= applied) {
        for (const w of c.waiters) this.settle(w, () => w.resolve());
        this.confirmedReads.splice(i, 1);
      } else i++;
    }
  }

  /** A round unanswered for an election timeout was probably lost with a message; ask again. */
  private retryStaleReads(): void {
    const now = performance.now();
    for (const r of this.rounds.values()) {
      if (now - r.sentAt > this.opts.electionMs) {
        this.restartReadRounds();
        return;
      }
    }
  }

  private restartReadRounds(): void {
    const waiting = [...this.rounds.values()].flatMap((r) => r.waiters);
    this.rounds.clear();
    this.queuedReads = [...waiting, ...this.queuedReads];
    if (this.soft.leader === 0) return; // retried on the next tick, or times out
    this.startReadRound();
  }

  private dropReadWaiter(w: Waiter<void>): void {
    this.queuedReads = this.queuedReads.filter((x) => x !== w);
    for (const r of this.rounds.values()) r.waiters = r.waiters.filter((x) => x !== w);
    for (const c of this.confirmedReads) c.waiters = c.waiters.filter((x) => x !== w);
  }

  private allReadWaiters(): Array<Waiter<void>> {
    return [...this.queuedReads, ...[...this.rounds.values()].flatMap((r) => r.waiters), ...this.confirmedReads.flatMap((c) => c.waiters)];
  }

  private settle<T>(w: Waiter<T>, f: () => void): void {
    clearTimeout(w.timer);
    f();
  }

  private mapRaftError(err: unknown): Error {
    if (!(err instanceof RaftError)) return err as Error;
    switch (err.code) {
      case 'NO_LEADER':
        return new ServerError('UNAVAILABLE', 'etcdserver: no leader');
      case 'TRANSFERRING':
        return new ServerError('UNAVAILABLE', 'etcdserver: leader changed');
      case 'TOO_MANY_UNCOMMITTED':
        return new ServerError('RESOURCE_EXHAUSTED', 'etcdserver: too many requests');
      case 'NOT_LEADER':
        return new ServerError('FAILED_PRECONDITION', 'etcdserver: not leader');
      case 'INVALID_TRANSFEREE':
        return new ServerError('FAILED_PRECONDITION', 'etcdserver: bad leader transferee');
      case 'CONF_PENDING':
        return new ServerError('FAILED_PRECONDITION', 'etcdserver: unhealthy cluster');
      case 'INVALID_CONF':
        return new ServerError('INVALID_ARGUMENT', err.message);
      case 'NOT_MEMBER':
        return new ServerError('UNAVAILABLE', 'etcdserver: server stopped');
    }
  }
}
