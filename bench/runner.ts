// The closed-loop load generator: `concurrency` workers, each with exactly one
// request in flight, issue requests back to back.
//
// Phases: the workers start, run --warmup seconds unrecorded, then the timed
// phase begins without a pause. A request is recorded if it was *issued* in the
// timed phase. The timed phase stops issuing after --duration seconds (or once
// --requests requests were issued); `seconds` runs from its start until the
// last of its requests was answered, and ops_per_s = ops / seconds.
//
// Errors never stop a run: they are counted (timed phase only), the first few
// are printed to stderr, and a worker that got one waits 10 ms before its next
// request so a dead endpoint does not turn into a busy loop.

import { availableParallelism, loadavg } from 'node:os';
import { LatencyHistogram } from './latency.js';
import type { KvPool } from './kv-pool.js';
import { operationFor, type KeySpace, type Workload } from './workloads.js';

export interface RunConfig {
  target: string;
  workload: Workload;
  concurrency: number;
  /** Timed phase length; ignored when `requests` is set. */
  durationS: number;
  requests?: number;
  warmupS: number;
}

/** One line of output: the field names are the benchmark's interface. */
export interface RunResult {
  target: string;
  workload: Workload;
  concurrency: number;
  ops: number;
  errors: number;
  seconds: number;
  ops_per_s: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

const MAX_PRINTED_ERRORS = 5;
const ERROR_BACKOFF_MS = 10;

const round = (x: number, digits: number) => Number(x.toFixed(digits));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Prints the first few errors of a phase, then a single "more suppressed" note. */
class ErrorReporter {
  private printed = 0;
  constructor(private readonly what: string) {}

  report(err: unknown): void {
    if (this.printed > MAX_PRINTED_ERRORS) return;
    this.printed++;
    if (this.printed > MAX_PRINTED_ERRORS) {
      log(`[${this.what}] further errors are counted but not printed`);
      return;
    }
    const e = err as { code?: number; details?: string; message?: string };
    log(`[${this.what}] error${e.code !== undefined ? ` (grpc code ${e.code})` : ''}: ${e.details ?? e.message ?? String(err)}`);
  }
}

/** Writes every key of the key space once (untimed), `concurrency` puts in flight. */
export async function preload(pool: KvPool, keys: KeySpace, value: Buffer, concurrency: number): Promise<void> {
  const errors = new ErrorReporter('preload');
  let next = 0;
  let failed = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < keys.size) {
      const i = next++;
      try {
        await pool.put({ key: keys.key(i), value });
      } catch (err) {
        failed++;
        errors.report(err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, keys.size) }, worker));
  log(`preloaded ${keys.size} keys in ${((performance.now() - t0) / 1000).toFixed(1)} s${failed > 0 ? ` (${failed} failed)` : ''}`);
}

export async function run(cfg: RunConfig, pool: KvPool, keys: KeySpace, value: Buffer): Promise<RunResult> {
  const op = operationFor(cfg.workload, pool, keys, value);
  const hist = new LatencyHistogram();
  const label = `${cfg.target} ${cfg.workload} c=${cfg.concurrency}`;
  const errors = new ErrorReporter(label);

  const start = performance.now();
  const measureStart = start + cfg.warmupS * 1000;
  const measureEnd = cfg.requests === undefined ? measureStart + cfg.durationS * 1000 : Infinity;
  let issued = 0; // timed-phase requests issued
  let errorCount = 0;
  let lastDone = measureStart;
  let cpuAtStart: NodeJS.CpuUsage | undefined;

  const more = (now: number) => now < measureEnd && (cfg.requests === undefined || now < measureStart || issued < cfg.requests);

  const worker = async () => {
    for (let now = performance.now(); more(now); now = performance.now()) {
      const timed = now >= measureStart;
      if (timed) {
        issued++;
        cpuAtStart ??= process.cpuUsage();
      }
      let failed = false;
      try {
        await op();
      } catch (err) {
        failed = true;
        errors.report(err);
      }
      const done = performance.now();
      if (timed) {
        if (failed) errorCount++;
        else hist.recordMs(done - now);
        if (done > lastDone) lastDone = done;
      }
      if (failed) await sleep(ERROR_BACKOFF_MS);
    }
  };

  let lastOps = 0;
  const progress = setInterval(() => {
    const now = performance.now();
    if (now < measureStart) {
      log(`[${label}] warming up, ${((measureStart - now) / 1000).toFixed(0)} s left`);
      return;
    }
    if (now - measureStart < 500) return;
    log(`[${label}] ${((now - measureStart) / 1000).toFixed(0)} s: ${hist.count - lastOps} ops since the last line, ${errorCount} errors`);
    lastOps = hist.count;
  }, 1000);
  try {
    await Promise.all(Array.from({ length: cfg.concurrency }, worker));
  } finally {
    clearInterval(progress);
  }

  const seconds = Math.max(0, lastDone - measureStart) / 1000;
  const wall = (t: number) => Math.round(performance.timeOrigin + t);
  log(`[${label}] timed phase: wall clock ${wall(measureStart)} to ${wall(lastDone)} ms (profile-summary.ts --from/--to)`);
  if (cpuAtStart !== undefined && seconds > 0) {
    const cpu = process.cpuUsage(cpuAtStart);
    log(`[${label}] benchmark client used ${(((cpu.user + cpu.system) / 1e6 / seconds) * 100).toFixed(0)} % of one core; ` +
      `machine load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);
  }
  return {
    target: cfg.target,
    workload: cfg.workload,
    concurrency: cfg.concurrency,
    ops: hist.count,
    errors: errorCount,
    seconds: round(seconds, 3),
    ops_per_s: round(seconds > 0 ? hist.count / seconds : 0, 1),
    p50_ms: round(hist.percentileMs(50), 3),
    p99_ms: round(hist.percentileMs(99), 3),
    max_ms: round(hist.maxMs, 3),
  };
}
