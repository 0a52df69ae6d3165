// Time as the Raft driver sees it: the current time and timers. RaftNode never
// calls Date.now, performance.now, setTimeout or setInterval itself, so a test
// or the simulator can run it on virtual time (VirtualClock) while production
// runs it on the system clock.

/** A timer handle, opaque to its user. */
export interface TimerHandle {
  readonly __timer: unique symbol;
}

export interface Clock {
  /** Milliseconds on a monotonic scale (only differences mean anything). */
  now(): number;
  /** Calls `fn` once, `ms` from now. */
  setTimeout(fn: () => void, ms: number): TimerHandle;
  /** Calls `fn` every `ms`, the first time `ms` from now. */
  setInterval(fn: () => void, ms: number): TimerHandle;
  /** Cancels a timer of either kind; a handle already fired or cleared is ignored. */
  clearTimer(t: TimerHandle): void;
}

/** The process's clock: performance.now and Node's timers. */
export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as TimerHandle,
  setInterval: (fn, ms) => setInterval(fn, ms) as unknown as TimerHandle,
  clearTimer: (t) => clearTimeout(t as unknown as NodeJS.Timeout),
};
