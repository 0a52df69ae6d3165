// The runner of the active checks (HTTP, TCP, gRPC) the cluster runs itself,
// as a Consul agent runs them:
//   - each check runs every intervalMs, counted from the end of its previous
//     run, so two runs of one check never overlap; the first run comes at a
//     random point within the first interval, so checks registered together
//     do not all run together;
//   - at most maxInFlight runs are under way at once; a check whose turn comes
//     while all slots are taken waits in a FIFO queue, at most once (its next
//     run is only scheduled once this one is done), so the queue never holds
//     more entries than there are checks;
//   - every result goes through applyCheckResult with the check's thresholds
//     (flap damping), and onTransition hears of those that must be replicated.
// Results of a run that was aborted, of a check removed or changed since, or
// arriving after stop(), are dropped.
//
// The probes do the I/O; time and randomness are inputs (`now`, `random`) so
// tests can steer them. Timers are unref'd: the runner never keeps the
// process alive.

import type { Logger } from 'pino';
import type { CheckStatus, FlapThresholds } from './check.js';
import { applyCheckResult, restoredCheckState, type CheckResult, type CheckState, type CheckTransition } from './check-state.js';

/** Runs under way at once at most, unless ActiveChecksOptions.maxInFlight says otherwise. */
export const MAX_CHECKS_IN_FLIGHT = 64;

export interface ActiveCheckSpec {
  kind: 'http' | 'tcp' | 'grpc';
  /** http: the URL; tcp and grpc: host:port. */
  target: string;
  /** grpc: the service name asked about ('' for the whole server). */
  grpcService: string;
  intervalMs: number;
  timeoutMs: number;
  thresholds: FlapThresholds;
}

/** Runs one check once; never throws: a failure is a critical result with the reason as output. */
export type Probe = (spec: ActiveCheckSpec, signal: AbortSignal) => Promise<CheckResult>;
export interface Probes {
  http: Probe;
  tcp: Probe;
  grpc: Probe;
}

export interface ActiveChecksOptions {
  probes: Probes;
  /** Checks running at once at most (MAX_CHECKS_IN_FLIGHT by default); the rest wait their turn. */
  maxInFlight?: number;
  /** A result whose CheckTransition.replicate !== 'none' (a status change, or an output flush). */
  onTransition(key: string, t: CheckTransition, spec: ActiveCheckSpec): void;
  /** Every run's result (for metrics). */
  onRun?(kind: ActiveCheckSpec['kind'], result: CheckStatus): void;
  /** Wall-clock ms (Date.now by default). */
  now?: () => number;
  /** A number in [0, 1) (Math.random by default): where in the first interval a check first runs. */
  random?: () => number;
  log?: Logger;
}

/** What the registry holds for a check. */
export interface ReplicatedCheck {
  status: CheckStatus;
  output: string;
  statusChangedMs: number;
}

export interface ActiveChecksStats {
  /** Runs finished since the runner was made (dropped results included). */
  runs: number;
  /** Runs under way now (an aborted run counts until its probe returns). */
  inFlight: number;
  /** Checks waiting for a free slot. */
  queued: number;
}

interface Entry {
  readonly key: string;
  spec: ActiveCheckSpec;
  state: CheckState;
  /** Bumped on every change of spec, removal and stop(): a run of an older generation is dropped. */
  generation: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The run under way, if any. */
  run: AbortController | undefined;
  /** Its turn came while a previous (aborted) run was still settling: run once that one is done. */
  due: boolean;
}

export class ActiveChecks {
  private readonly probes: Probes;
  private readonly maxInFlight: number;
  private readonly onTransition: ActiveChecksOptions['onTransition'];
  private readonly onRun: ActiveChecksOptions['onRun'];
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly log: Logger | undefined;
  private readonly entries = new Map<string, Entry>();
  /** Checks whose turn came while every slot was taken, oldest first. */
  private readonly queue = new Set<Entry>();
  private running = true;
  private inFlightRuns = 0;
  private finishedRuns = 0;

  constructor(opts: ActiveChecksOptions) {
    const maxInFlight = opts.maxInFlight ?? MAX_CHECKS_IN_FLIGHT;
    if (!Number.isSafeInteger(maxInFlight) || maxInFlight < 1) throw new RangeError(`maxInFlight must be a positive integer, got ${maxInFlight}`);
    this.probes = opts.probes;
    this.maxInFlight = maxInFlight;
    this.onTransition = opts.onTransition;
    this.onRun = opts.onRun;
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
    this.log = opts.log;
  }

  /**
   * Adds or updates a check. `replicated` is what the registry holds for it.
   * Same spec and same status as the runner's state: nothing changes (counters
   * kept). Same spec, other status: that status is adopted (restoredCheckState),
   * the schedule kept. New or changed spec: restoredCheckState, and the check is
   * (re)scheduled with its first run at a random point within the interval; a
   * run of the old spec under way is aborted and its result dropped.
   * Ignored while stopped.
   */
  upsert(key: string, spec: ActiveCheckSpec, replicated: ReplicatedCheck): void {
    if (!this.running) return;
    const e = this.entries.get(key);
    if (e !== undefined && sameSpec(e.spec, spec)) {
      if (e.state.status !== replicated.status) e.state = restoredCheckState(spec.thresholds, replicated, this.now());
      return;
    }
    const state = restoredCheckState(spec.thresholds, replicated, this.now());
    if (e === undefined) {
      const entry: Entry = { key, spec, state, generation: 0, timer: undefined, run: undefined, due: false };
      this.entries.set(key, entry);
      this.scheduleFirst(entry);
      return;
    }
    this.cancel(e);
    e.spec = spec;
    e.state = state;
    this.scheduleFirst(e);
  }

  /** Forgets a check: its timer is cleared, a run under way aborted and its result dropped. */
  remove(key: string): void {
    const e = this.entries.get(key);
    if (e === undefined) return;
    this.cancel(e);
    this.entries.delete(key);
  }

  /** Runs again after stop(): every check kept is rescheduled, its first run at a random point within its interval. */
  start(): void {
    if (this.running) return;
    this.running = true;
    for (const e of this.entries.values()) this.scheduleFirst(e);
  }

  /** Clears every timer and aborts every run under way (their results are dropped); checks are kept for start(). */
  stop(): void {
    this.running = false;
    for (const e of this.entries.values()) this.cancel(e);
  }

  /** Forgets every check (as remove() on each); the runner stays started or stopped. */
  clear(): void {
    for (const e of this.entries.values()) this.cancel(e);
    this.entries.clear();
  }

  /** Checks known. */
  get size(): number {
    return this.entries.size;
  }

  /** Runs under way now. */
  get inFlight(): number {
    return this.inFlightRuns;
  }

  get stats(): ActiveChecksStats {
    return { runs: this.finishedRuns, inFlight: this.inFlightRuns, queued: this.queue.size };
  }

  /** The runner's state of a check (the leader's view: newest output and the damping counters). */
  stateOf(key: string): CheckState | undefined {
    return this.entries.get(key)?.state;
  }

  /** Stops what the entry has pending: timer, queue place, run under way; a late result is dropped. */
  private cancel(e: Entry): void {
    e.generation++;
    if (e.timer !== undefined) clearTimeout(e.timer);
    e.timer = undefined;
    e.due = false;
    this.queue.delete(e);
    e.run?.abort();
  }

  private scheduleFirst(e: Entry): void {
    const r = this.random();
    const unit = r >= 0 && r < 1 ? r : 0;
    this.schedule(e, Math.floor(unit * e.spec.intervalMs));
  }

  private schedule(e: Entry, delayMs: number): void {
    const generation = e.generation;
    e.timer = setTimeout(() => {
      e.timer = undefined;
      if (e.generation === generation) this.turn(e);
    }, delayMs);
    e.timer.unref?.();
  }

  /** The check's turn has come: run it if a slot is free, else queue it. */
  private turn(e: Entry): void {
    if (e.run !== undefined) {
      e.due = true; // an aborted run of an older spec is still settling
      return;
    }
    if (this.inFlightRuns < this.maxInFlight) this.launch(e);
    else this.queue.add(e);
  }

  private launch(e: Entry): void {
    const generation = e.generation;
    const spec = e.spec;
    const run = new AbortController();
    e.run = run;
    this.inFlightRuns++;
    void this.probe(spec, run.signal).then((result) => {
      this.inFlightRuns--;
      this.finishedRuns++;
      e.run = undefined;
      if (e.generation === generation && this.running && this.entries.get(e.key) === e) {
        this.record(e, spec, result);
        this.schedule(e, spec.intervalMs);
      } else if (e.due) {
        e.due = false;
        this.turn(e);
      }
      this.pump();
    });
  }

  /** Fills free slots from the queue, oldest first. */
  private pump(): void {
    for (const e of this.queue) {
      if (this.inFlightRuns >= this.maxInFlight) return;
      this.queue.delete(e);
      this.turn(e);
    }
  }

  /** Runs the probe; a throwing or rejecting probe is a critical result. */
  private async probe(spec: ActiveCheckSpec, signal: AbortSignal): Promise<CheckResult> {
    try {
      return await this.probes[spec.kind](spec, signal);
    } catch (err) {
      return { status: 'critical', output: `${spec.kind} check failed: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  private record(e: Entry, spec: ActiveCheckSpec, result: CheckResult): void {
    const t = applyCheckResult(e.state, spec.thresholds, result, this.now());
    e.state = t.state;
    try {
      this.onRun?.(spec.kind, result.status);
    } catch (err) {
      this.log?.error({ err, check: e.key }, 'active checks: onRun failed');
    }
    if (t.replicate === 'none') return;
    try {
      this.onTransition(e.key, t, spec);
    } catch (err) {
      this.log?.error({ err, check: e.key }, 'active checks: onTransition failed');
    }
  }
}

function sameSpec(a: ActiveCheckSpec, b: ActiveCheckSpec): boolean {
  return (
    a.kind === b.kind &&
    a.target === b.target &&
    a.grpcService === b.grpcService &&
    a.intervalMs === b.intervalMs &&
    a.timeoutMs === b.timeoutMs &&
    a.thresholds.successBeforePassing === b.thresholds.successBeforePassing &&
    a.thresholds.failuresBeforeWarning === b.thresholds.failuresBeforeWarning &&
    a.thresholds.failuresBeforeCritical === b.thresholds.failuresBeforeCritical
  );
}
