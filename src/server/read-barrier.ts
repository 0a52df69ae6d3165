// The linearizable read barrier (ReadIndex, no log write). A read waits for a
// round: the core confirms with a quorum that this member's leader is still
// leader and names the commit index at that moment; the read is released once
// this member has applied up to it. Reads that arrive while a round is out
// share the next one. A round sent to a leader that changed, or unanswered for
// an election timeout (a lost message), is asked again.

import type { Clock, TimerHandle } from './clock.js';
import { mapRaftError, timedOut } from './raft-errors.js';

interface ReadWaiter {
  resolve(): void;
  reject(e: Error): void;
  timer: TimerHandle;
}

interface ReadRound {
  context: string;
  waiters: ReadWaiter[];
  sentAt: number;
}

/** What the barrier needs from the node. */
export interface ReadBarrierDeps {
  clock: Clock;
  id: number;
  requestTimeoutMs: number;
  /** A round unanswered for this long is asked again. */
  retryAfterMs: number;
  /** Asks the core for a ReadIndex round under `context`; throws a RaftError when refused. */
  readIndex(context: string): void;
  appliedIndex(): number;
  hasLeader(): boolean;
}

export class ReadBarrier {
  /** Reads that arrived while a round was in flight: they share the next round. */
  private queued: ReadWaiter[] = [];
  private readonly rounds = new Map<string, ReadRound>();
  private readonly confirmed: Array<{ index: number; waiters: ReadWaiter[] }> = [];
  private seq = 0;

  constructor(private readonly d: ReadBarrierDeps) {}

  /** Resolves once this member has applied everything committed before the call. */
  wait(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiter: ReadWaiter = {
        resolve,
        reject,
        timer: this.d.clock.setTimeout(() => {
          this.drop(waiter);
          reject(timedOut());
        }, this.d.requestTimeoutMs),
      };
      this.queued.push(waiter);
      if (this.rounds.size === 0) this.startRound();
    });
  }

  /** The core answered round `context`: everything committed before it is at or below `index`. */
  onReadState(index: number, context: string): void {
    const round = this.rounds.get(context);
    if (round === undefined) return;
    this.rounds.delete(context);
    this.confirmed.push({ index, waiters: round.waiters });
    // Reads that queued up behind this round go out now.
    if (this.rounds.size === 0) this.startRound();
  }

  /** Releases the confirmed reads this member has applied far enough for. */
  release(): void {
    const applied = this.d.appliedIndex();
    for (let i = 0; i < this.confirmed.length;) {
      const c = this.confirmed[i]!;
      if (c.index <= applied) {
        for (const w of c.waiters) this.settle(w, () => w.resolve());
        this.confirmed.splice(i, 1);
      } else i++;
    }
  }

  /** The leader changed: a round sent to the old one may never be answered, so start over. */
  onLeaderChange(): void {
    if (this.rounds.size > 0) this.restartRounds();
  }

  /**
   * Called on every tick: a round unanswered for retryAfterMs was probably
   * lost with a message, ask again; reads held back while there was no leader go out.
   */
  onTick(): void {
    if (this.rounds.size === 0) {
      if (this.queued.length > 0 && this.d.hasLeader()) this.startRound();
      return;
    }
    const now = this.d.clock.now();
    for (const r of this.rounds.values()) {
      if (now - r.sentAt > this.d.retryAfterMs) {
        this.restartRounds();
        return;
      }
    }
  }

  failAll(e: Error): void {
    const all = [...this.queued, ...[...this.rounds.values()].flatMap((r) => r.waiters), ...this.confirmed.flatMap((c) => c.waiters)];
    for (const w of all) this.settle(w, () => w.reject(e));
    this.queued = [];
    this.rounds.clear();
    this.confirmed.length = 0;
  }

  private startRound(): void {
    if (this.queued.length === 0) return;
    const context = `${this.d.id}-${++this.seq}`;
    const round: ReadRound = { context, waiters: this.queued, sentAt: this.d.clock.now() };
    this.queued = [];
    try {
      this.d.readIndex(context);
    } catch (err) {
      const e = mapRaftError(err);
      for (const w of round.waiters) this.settle(w, () => w.reject(e));
      return;
    }
    this.rounds.set(context, round);
  }

  private restartRounds(): void {
    const waiting = [...this.rounds.values()].flatMap((r) => r.waiters);
    this.rounds.clear();
    this.queued = [...waiting, ...this.queued];
    if (!this.d.hasLeader()) return; // retried on the next tick, or times out
    this.startRound();
  }

  private drop(w: ReadWaiter): void {
    this.queued = this.queued.filter((x) => x !== w);
    for (const r of this.rounds.values()) r.waiters = r.waiters.filter((x) => x !== w);
    for (const c of this.confirmed) c.waiters = c.waiters.filter((x) => x !== w);
  }

  private settle(w: ReadWaiter, f: () => void): void {
    this.d.clock.clearTimer(w.timer);
    f();
  }
}
