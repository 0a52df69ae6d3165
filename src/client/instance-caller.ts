// Calls to the instances of a service, with the policies a caller needs when
// instances come, go and fail: a per-attempt timeout, retries of retryable
// failures on another instance with jittered exponential backoff, and a
// circuit breaker per instance (closed → open after N consecutive failures →
// half-open after a cool-down: one trial call closes it again or re-opens it).
//
//   const caller = new InstanceCaller(pickNotIn, { attemptTimeoutMs: 500 });
//   const body = await caller.call(async (instance, { signal }) =>
//     (await fetch(`http://${instance.address}:${instance.port}/`, { signal })).text());
//
// The policies are cockatiel's; none of its types appear in this module's
// exported types, so regd's API does not change when cockatiel does.

import {
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  fullJitterGenerator,
  handleWhen,
  retry,
  timeout,
  TimeoutStrategy,
  TaskCancelledError,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import { DeadlineExceededError, InvalidArgumentError, StatusCode, UnavailableError } from './errors.js';

/** The per-attempt deadline unless `attemptTimeoutMs` says otherwise. */
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 2000;
/** Attempts per call, the first included, unless `maxAttempts` says otherwise. */
export const DEFAULT_MAX_ATTEMPTS = 3;
/** The first backoff's upper bound unless `initialBackoffMs` says otherwise. */
export const DEFAULT_INITIAL_BACKOFF_MS = 20;
/** The largest backoff unless `maxBackoffMs` says otherwise. */
export const DEFAULT_MAX_BACKOFF_MS = 1000;
/** Consecutive failures that open an instance's breaker unless `breaker.consecutiveFailures` says otherwise. */
export const DEFAULT_BREAKER_CONSECUTIVE_FAILURES = 5;
/** How long a breaker stays open before it lets one trial call through, unless `breaker.openMs` says otherwise. */
export const DEFAULT_BREAKER_OPEN_MS = 10_000;
/** The most attempts one call may be given. */
export const MAX_CALL_ATTEMPTS = 100;

/** Timeouts, retries and circuit breakers of calls to instances. Every field is optional. */
export interface CallPolicyOptions {
  /** How long one attempt may take; then its `signal` aborts and the attempt counts as failed. Default 2000. */
  attemptTimeoutMs?: number;
  /** Attempts per call, the first included (1: no retries). Default 3, at most MAX_CALL_ATTEMPTS. */
  maxAttempts?: number;
  /** The first backoff's upper bound; each delay is uniform in [0, bound), the bound doubling per retry. Default 20. */
  initialBackoffMs?: number;
  /** The largest backoff bound. Default 1000. */
  maxBackoffMs?: number;
  /**
   * Which failures are retried (on another instance) and count against the
   * instance's breaker. Default: every error. A non-retryable error (say, an
   * HTTP 400 the application turned into an error) ends the call at once.
   * Timeouts of an attempt are always retryable.
   */
  retryable?: (err: unknown) => boolean;
  /**
   * The circuit breaker per instance, or `false` for none. Open after
   * `consecutiveFailures` (default 5) retryable failures in a row; after
   * `openMs` (default 10000) one trial call is let through (half-open):
   * success closes it, failure opens it again. Set per caller (a discovery
   * set's `call` option); per-call options cannot change it.
   */
  breaker?: { consecutiveFailures?: number; openMs?: number } | false;
}

/** The state of an instance's circuit breaker. */
export type BreakerState = 'closed' | 'open' | 'half-open';

/** What an attempt gets besides the instance. */
export interface CallContext {
  /** Aborts when the attempt times out (pass it to fetch, grpc-js deadlines, ...). */
  signal: AbortSignal;
  /** 1 for the first attempt, 2 for the first retry, ... */
  attempt: number;
}

/** One failed attempt of a call. */
export interface FailedAttempt {
  instanceId: string;
  error: unknown;
}

/** No instance to call: the set is empty, or every instance's breaker is open. UNAVAILABLE. */
export class NoInstanceError extends UnavailableError {
  constructor(readonly service: string | undefined, options?: { cause?: unknown }) {
    super(StatusCode.UNAVAILABLE, `no instance${service === undefined ? '' : ` of ${service}`} to call (none known, or every breaker open)`, options);
  }
}

/** An attempt ran past `attemptTimeoutMs`. DEADLINE_EXCEEDED. */
export class AttemptTimeoutError extends DeadlineExceededError {
  constructor(readonly instanceId: string, readonly timeoutMs: number) {
    super(StatusCode.DEADLINE_EXCEEDED, `the attempt on ${instanceId} took longer than ${timeoutMs} ms`);
  }
}

/**
 * Every attempt of a call failed (or one failed with a non-retryable error).
 * `cause` is the last attempt's error; `attempts` lists each attempt's instance and error.
 */
export class CallFailedError extends Error {
  constructor(readonly attempts: readonly FailedAttempt[]) {
    const last = attempts[attempts.length - 1]!;
    const detail = last.error instanceof Error ? last.error.message : String(last.error);
    super(`call failed after ${attempts.length} attempt${attempts.length === 1 ? '' : 's'} (${attempts.map((a) => a.instanceId).join(', ')}): ${detail}`, {
      cause: last.error,
    });
    this.name = 'CallFailedError';
  }
}

interface Breaker {
  policy: CircuitBreakerPolicy;
  /** When an open breaker lets a trial call through (Date.now() time, cockatiel's clock). */
  halfOpenAt: number;
}

interface Resolved {
  attemptTimeoutMs: number;
  maxAttempts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  retryable: (err: unknown) => boolean;
}

/**
 * Runs calls against instances chosen by `pick`, which is given the ids
 * already tried in this call (and must skip instances for which `isOpen`
 * is true). Breakers and counters exist only for instances called since
 * they were last `forget`-ten, so memory follows the set's size.
 */
export class InstanceCaller<I extends { id: string }> {
  private readonly defaults: Resolved;
  private readonly breakerOptions: { consecutiveFailures: number; openMs: number } | false;
  private readonly breakers = new Map<string, Breaker>();
  private readonly inFlight = new Map<string, number>();

  /** `service` only names the service in errors. */
  constructor(
    private readonly pick: (exclude: ReadonlySet<string>) => I | undefined,
    options: CallPolicyOptions = {},
    private readonly service?: string,
  ) {
    this.defaults = resolve(options, {
      attemptTimeoutMs: DEFAULT_ATTEMPT_TIMEOUT_MS,
      maxAttempts: DEFAULT_MAX_ATTEMPTS,
      initialBackoffMs: DEFAULT_INITIAL_BACKOFF_MS,
      maxBackoffMs: DEFAULT_MAX_BACKOFF_MS,
      retryable: () => true,
    });
    const b = options.breaker;
    if (b === false) this.breakerOptions = false;
    else {
      const consecutiveFailures = b?.consecutiveFailures ?? DEFAULT_BREAKER_CONSECUTIVE_FAILURES;
      const openMs = b?.openMs ?? DEFAULT_BREAKER_OPEN_MS;
      positiveInteger('breaker.consecutiveFailures', consecutiveFailures);
      nonNegative('breaker.openMs', openMs);
      this.breakerOptions = { consecutiveFailures, openMs };
    }
  }

  /**
   * Runs `fn` on an instance; on a retryable failure, backs off and runs it on
   * another instance (one not yet tried in this call, while there is one),
   * up to `maxAttempts`. Resolves with the first success. Rejects with
   * NoInstanceError when there is nothing to call, or CallFailedError when
   * the attempts ran out or an error was not retryable.
   */
  async call<T>(fn: (instance: I, ctx: CallContext) => Promise<T>, options: CallPolicyOptions = {}): Promise<T> {
    const o = resolve(options, this.defaults);
    const tried = new Set<string>();
    const failures: FailedAttempt[] = [];
    const isRetryable = (err: unknown): boolean => err instanceof AttemptTimeoutError || o.retryable(err);
    const policy = retry(
      handleWhen((err) => !(err instanceof NoInstanceError) && isRetryable(err)),
      {
        maxAttempts: o.maxAttempts - 1,
        backoff: new ExponentialBackoff({ generator: fullJitterGenerator, initialDelay: o.initialBackoffMs, maxDelay: o.maxBackoffMs }),
      },
    );
    try {
      return await policy.execute(async ({ attempt }) => {
        const instance = this.pick(tried) ?? (tried.size > 0 ? this.pick(new Set()) : undefined);
        if (instance === undefined) throw new NoInstanceError(this.service, failures.length > 0 ? { cause: failures[failures.length - 1]!.error } : undefined);
        tried.add(instance.id);
        try {
          return await this.attempt(instance, fn, attempt + 1, o.attemptTimeoutMs, isRetryable);
        } catch (err) {
          failures.push({ instanceId: instance.id, error: err });
          throw err;
        }
      });
    } catch (err) {
      if (err instanceof NoInstanceError || failures.length === 0) throw err;
      throw new CallFailedError(failures);
    }
  }

  /** The state of the breaker of instance `id` ('closed' for an instance not called yet, or without breakers). */
  breakerState(id: string): BreakerState {
    const b = this.breakers.get(id);
    if (b === undefined) return 'closed';
    switch (b.policy.state) {
      case CircuitState.Closed:
        return 'closed';
      case CircuitState.HalfOpen:
        return 'half-open';
      default:
        return Date.now() >= b.halfOpenAt ? 'half-open' : 'open';
    }
  }

  /** Whether calls must skip instance `id` now: its breaker is open and not yet due for a trial, or a trial call is running. */
  isOpen(id: string): boolean {
    const b = this.breakers.get(id);
    if (b === undefined) return false;
    const state = b.policy.state;
    if (state === CircuitState.Closed) return false;
    if (state === CircuitState.HalfOpen) return true;
    return Date.now() < b.halfOpenAt;
  }

  /** Attempts of calls running on instance `id` now. */
  outstanding(id: string): number {
    return this.inFlight.get(id) ?? 0;
  }

  /** Instance `id` left the set: drop its breaker and counters. */
  forget(id: string): void {
    this.breakers.delete(id);
    this.inFlight.delete(id);
  }

  private async attempt<T>(
    instance: I,
    fn: (instance: I, ctx: CallContext) => Promise<T>,
    attempt: number,
    timeoutMs: number,
    isRetryable: (err: unknown) => boolean,
  ): Promise<T> {
    // Aggressive: the attempt fails at its deadline even if fn ignores the signal.
    const limit = timeout(timeoutMs, TimeoutStrategy.Aggressive);
    const run = () =>
      limit.execute(({ signal }) => fn(instance, { signal, attempt })).catch((err: unknown) => {
        throw err instanceof TaskCancelledError ? new AttemptTimeoutError(instance.id, timeoutMs) : err;
      });
    const breaker = this.breakerFor(instance.id, isRetryable);
    this.inFlight.set(instance.id, this.outstanding(instance.id) + 1);
    try {
      return breaker === undefined ? await run() : await breaker.policy.execute(run);
    } finally {
      const n = this.outstanding(instance.id) - 1;
      // forget() may have dropped the counter meanwhile; never go below zero or resurrect it.
      if (this.inFlight.has(instance.id)) {
        if (n > 0) this.inFlight.set(instance.id, n);
        else this.inFlight.delete(instance.id);
      }
    }
  }

  private breakerFor(id: string, isRetryable: (err: unknown) => boolean): Breaker | undefined {
    if (this.breakerOptions === false) return undefined;
    let b = this.breakers.get(id);
    if (b === undefined) {
      const { consecutiveFailures, openMs } = this.breakerOptions;
      // Only failures that say something about the instance count: a non-retryable
      // error is an answer from a working instance.
      const policy = circuitBreaker(handleWhen((err) => isRetryable(err)), { halfOpenAfter: openMs, breaker: new ConsecutiveBreaker(consecutiveFailures) });
      const entry: Breaker = { policy, halfOpenAt: 0 };
      policy.onBreak(() => {
        entry.halfOpenAt = Date.now() + openMs;
      });
      this.breakers.set(id, entry);
      b = entry;
    }
    return b;
  }
}

function resolve(options: CallPolicyOptions, base: Resolved): Resolved {
  const r: Resolved = {
    attemptTimeoutMs: options.attemptTimeoutMs ?? base.attemptTimeoutMs,
    maxAttempts: options.maxAttempts ?? base.maxAttempts,
    initialBackoffMs: options.initialBackoffMs ?? base.initialBackoffMs,
    maxBackoffMs: options.maxBackoffMs ?? base.maxBackoffMs,
    retryable: options.retryable ?? base.retryable,
  };
  if (!(r.attemptTimeoutMs > 0) || !Number.isFinite(r.attemptTimeoutMs)) throw new InvalidArgumentError(StatusCode.INVALID_ARGUMENT, `attemptTimeoutMs must be a positive number of milliseconds, not ${r.attemptTimeoutMs}`);
  positiveInteger('maxAttempts', r.maxAttempts);
  if (r.maxAttempts > MAX_CALL_ATTEMPTS) throw new InvalidArgumentError(StatusCode.INVALID_ARGUMENT, `maxAttempts must be at most ${MAX_CALL_ATTEMPTS}, not ${r.maxAttempts}`);
  nonNegative('initialBackoffMs', r.initialBackoffMs);
  nonNegative('maxBackoffMs', r.maxBackoffMs);
  return r;
}

function positiveInteger(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 1) throw new InvalidArgumentError(StatusCode.INVALID_ARGUMENT, `${name} must be a positive integer, not ${v}`);
}

function nonNegative(name: string, v: number): void {
  if (!(v >= 0) || !Number.isFinite(v)) throw new InvalidArgumentError(StatusCode.INVALID_ARGUMENT, `${name} must be a non-negative number of milliseconds, not ${v}`);
}

