// A clock that moves only when its owner says so: the in-memory Clock for
// tests and the deterministic simulator. Timers fire in order of due time,
// ties in the order they were set; nothing here reads the wall clock.

import type { Clock, TimerHandle } from './clock.js';

interface Timer {
  due: number;
  seq: number;
  fn: () => void;
  /** Repeat period for an interval; 0 for a one-shot timer. */
  every: number;
  live: boolean;
}

export class VirtualClock implements Clock {
  private time: number;
  private seq = 0;
  private readonly heap: Timer[] = [];

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    return this.add(fn, ms, 0);
  }

  setInterval(fn: () => void, ms: number): TimerHandle {
    return this.add(fn, ms, Math.max(1, ms));
  }

  clearTimer(t: TimerHandle): void {
    (t as unknown as Timer).live = false;
  }

  /** When the next live timer is due; Infinity when none is set. */
  nextDue(): number {
    this.dropDead();
    return this.heap[0]?.due ?? Infinity;
  }

  /** Sets the time forward (never back) without firing anything: the owner fires what is due with fireNext(). */
  advanceTo(time: number): void {
    if (time > this.time) this.time = time;
  }

  /** Moves to the next live timer's due time and fires it; false when no timer is set. */
  fireNext(): boolean {
    this.dropDead();
    const t = this.pop();
    if (t === undefined) return false;
    this.advanceTo(t.due);
    if (t.every > 0) {
      t.due += t.every;
      t.seq = this.seq++;
      this.push(t);
    } else {
      t.live = false;
    }
    t.fn();
    return true;
  }

  /** Fires, in order, every timer due at or before `time`, then sets the time to it. */
  runUntil(time: number): void {
    while (this.nextDue() <= time) this.fireNext();
    this.advanceTo(time);
  }

  private add(fn: () => void, ms: number, every: number): TimerHandle {
    const t: Timer = { due: this.time + Math.max(0, ms), seq: this.seq++, fn, every, live: true };
    this.push(t);
    return t as unknown as TimerHandle;
  }

  private dropDead(): void {
    while (this.heap.length > 0 && !this.heap[0]!.live) this.pop();
  }

  private push(t: Timer): void {
    const h = this.heap;
    let i = h.length;
    h.push(t);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(t, h[p]!)) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = t;
  }

  private pop(): Timer | undefined {
    const h = this.heap;
    const top = h[0];
    if (top === undefined) return undefined;
    const last = h.pop()!;
    if (h.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= h.length) break;
        const r = l + 1;
        const c = r < h.length && before(h[r]!, h[l]!) ? r : l;
        if (!before(h[c]!, last)) break;
        h[i] = h[c]!;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}

function before(a: Timer, b: Timer): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}
