// The clients waiting for their proposals: one per request id, settled with
// the entry's result when this member applies it, or failed on the request
// timeout or when the node stops.

import type { Clock, TimerHandle } from './clock.js';
import { timedOut } from './raft-errors.js';

interface Waiter<R> {
  resolve(r: R): void;
  reject(e: Error): void;
  timer: TimerHandle;
}

export class ProposalWaiters<R> {
  private readonly byId = new Map<bigint, Waiter<R>>();

  constructor(private readonly clock: Clock, private readonly timeoutMs: number, private readonly onTimeout: () => void) {}

  /** A promise for the result of the proposal carrying `requestId`. */
  wait(requestId: bigint): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const timer = this.clock.setTimeout(() => {
        this.byId.delete(requestId);
        this.onTimeout();
        reject(timedOut());
      }, this.timeoutMs);
      this.byId.set(requestId, { resolve, reject, timer });
    });
  }

  /** The proposal carrying `requestId` was applied here with `result`; false if nobody waits for it. */
  resolve(requestId: bigint, result: R): boolean {
    const w = this.byId.get(requestId);
    if (w === undefined) return false;
    this.byId.delete(requestId);
    this.clock.clearTimer(w.timer);
    w.resolve(result);
    return true;
  }

  failAll(e: Error): void {
    for (const w of this.byId.values()) {
      this.clock.clearTimer(w.timer);
      w.reject(e);
    }
    this.byId.clear();
  }
}
