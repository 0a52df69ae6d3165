// The closed-loop load generator: `concurrency` workers, each with exactly one
// request in flight, issue requests back to back.
//
// Phases: the workload's session is opened (untimed set-up: watchers created,
// leases granted), the workers start, run --warmup seconds unrecorded, then the
// timed phase begins without a pause. A request is recorded if it was *issued*
// in the timed phase. The timed phase stops issuing after --duration seconds
// (or once --requests requests were issued); `seconds` runs from its start
// until the last of its requests was answered, and ops_per_s = ops / seconds.
// A workload that measures something else than its requests (watch-latency:
// the events its puts cause) reports its own samples, errors and end instead.
// Then the session is closed (untimed clean-up: leases revoked, streams
// cancelled).
//
// Errors never stop a run: they are counted (timed phase only), the first few
// are printed to stderr, and a worker that got one waits 10 ms before its next
// request so a dead endpoint does not turn into a busy loop.

import { availableParallelism, loadavg } from 'node:os';
import { performance as perf, type EventLoopUtilization } from 'node:perf_hooks';
import { LatencyHistogram } from './latency.js';
import type { KvPool } from './kv-pool.js';
import { openLeaseGrant } from './lease-grant.js';
import { openLeaseKeepAlive } from './lease-keepalive.js';
import { ErrorReporter, log } from './log.js';
import { openWatchLatency } from './watch-latency.js';
import { DEFAULT_WORKLOAD_OPTIONS, kvSession, type KeySpace, type Session, type Workload, type WorkloadContext, type WorkloadOptions } from './workloads.js';

export interface RunConfig {
  target: string;
  workload: Workload;
  concurrency: number;
  /** Timed phase length; ignored when `requests` is set. */
  durationS: number;
  requests?: number;
  warmupS: number;
  /** Requests per second to issue at (spread evenly, at most `concurrency` in flight); closed loop when left out. */
  rate?: number;
  /** Options of the watch and lease workloads; defaults when left out. */
  options?: WorkloadOptions;
}

/** One line of output: the field names are the benchmark's interface. */
export interface RunResult {
  target: string;
  workload: Workload;
  concurrency: number;
  /** Only with --rate. */
  rate?: number;
  /** watch-latency only. */
  watchers?: number;
  /** lease-keepalive only. */
  leases?: number;
  ops: number;
  errors: number;
  seconds: number;
  ops_per_s: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

const ERROR_BACKOFF_MS = 10;

const round = (x: number, digits: number) => Number(x.toFixed(digits));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
        await pool.put(keys.key(i), value);
      } catch (err) {
        failed++;
        errors.report(err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, keys.size) }, worker));
  log(`preloaded ${keys.size} keys in ${((performance.now() - t0) / 1000).toFixed(1)} s${failed > 0 ? ` (${failed} failed)` : ''}`);
}

/** Opens the workload on the cluster: its untimed set-up. */
function openSession(ctx: WorkloadContext, workload: Workload): Promise<Session> {
  switch (workload) {
    case 'put':
    case 'get':
    case 'get-serializable':
    case 'mixed':
      return Promise.resolve(kvSession(workload, ctx.pool, ctx.keys, ctx.value));
    case 'watch-latency':
      return openWatchLatency(ctx);
    case 'lease-grant':
      return openLeaseGrant(ctx);
    case 'lease-keepalive':
      return openLeaseKeepAlive(ctx);
  }
}

export async function run(cfg: RunConfig, pool: KvPool, keys: KeySpace, value: Buffer): Promise<RunResult> {
  const label = `${cfg.target} ${cfg.workload} c=${cfg.concurrency}`;
  const session = await openSession({
    pool, keys, value, concurrency: cfg.concurrency, options: cfg.options ?? DEFAULT_WORKLOAD_OPTIONS, label,
  }, cfg.workload);
  try {
    return await runSession(cfg, session, label);
  } finally {
    await session.close();
  }
}

async function runSession(cfg: RunConfig, session: Session, label: string): Promise<RunResult> {
  const op = session.op;
  const hist = new LatencyHistogram();
  const errors = new ErrorReporter(label);

  const start = performance.now();
  const measureStart = start + cfg.warmupS * 1000;
  const measureEnd = cfg.requests === undefined ? measureStart + cfg.durationS * 1000 : Infinity;
  let issued = 0; // timed-phase requests issued
  let errorCount = 0;
  let lastDone = measureStart;
  let cpuAtStart: NodeJS.CpuUsage | undefined;
  let eluAtStart: EventLoopUtilization | undefined;

  const more = (now: number) => now < measureEnd && (cfg.requests === undefined || now < measureStart || issued < cfg.requests);

  // --rate: request k is due at start + k / rate; a worker takes the next slot and waits for it.
  let slot = 0;
  const untilNextSlot = async () => {
    const wait = start + (slot++ * 1000) / cfg.rate! - performance.now();
    if (wait > 0) await sleep(wait);
  };

  const worker = async () => {
    for (;;) {
      if (cfg.rate !== undefined) await untilNextSlot();
      const now = performance.now();
      if (!more(now)) return;
      const timed = now >= measureStart;
      if (timed) {
        issued++;
        cpuAtStart ??= process.cpuUsage();
        eluAtStart ??= perf.eventLoopUtilization();
      }
      let failed = false;
      try {
        await op(timed);
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
    const extra = session.progress === undefined ? '' : `; ${session.progress()}`;
    log(`[${label}] ${((now - measureStart) / 1000).toFixed(0)} s: ${hist.count - lastOps} ops since the last line, ${errorCount} errors${extra}`);
    lastOps = hist.count;
  }, 1000);
  let measured;
  try {
    await Promise.all(Array.from({ length: cfg.concurrency }, worker));
    measured = await session.finish?.();
  } finally {
    clearInterval(progress);
  }

  const samples = measured?.samples;
  if (samples !== undefined) {
    log(`[${label}] requests of the timed phase: ${hist.count} answered in ${((lastDone - measureStart) / 1000).toFixed(2)} s, ` +
      `${errorCount} failed, p50 ${hist.percentileMs(50).toFixed(2)} ms, p99 ${hist.percentileMs(99).toFixed(2)} ms`);
  }
  const result = samples?.hist ?? hist;
  const end = samples === undefined ? lastDone : Math.max(measureStart, samples.lastDoneMs);
  const seconds = Math.max(0, end - measureStart) / 1000;
  const wall = (t: number) => Math.round(performance.timeOrigin + t);
  log(`[${label}] timed phase: wall clock ${wall(measureStart)} to ${wall(end)} ms (profile-summary.ts --from/--to)`);
  if (cpuAtStart !== undefined && seconds > 0) {
    const cpu = process.cpuUsage(cpuAtStart);
    const elu = eluAtStart === undefined ? undefined : perf.eventLoopUtilization(eluAtStart).utilization;
    const busy = elu === undefined ? '' : ` (its event loop busy ${(elu * 100).toFixed(0)} % of the time)`;
    log(`[${label}] benchmark client used ${(((cpu.user + cpu.system) / 1e6 / seconds) * 100).toFixed(0)} % of one core${busy}; ` +
      `machine load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);
    if (elu !== undefined && elu > 0.9) {
      log(`[${label}] WARNING: the benchmark client was saturated; its own queueing is part of the latencies (and limits the rate)`);
    }
  }
  return {
    target: cfg.target,
    workload: cfg.workload,
    concurrency: cfg.concurrency,
    ...(cfg.rate === undefined ? {} : { rate: cfg.rate }),
    ...session.fields,
    ...measured?.fields,
    ops: result.count,
    errors: errorCount + (measured?.errors ?? 0),
    seconds: round(seconds, 3),
    ops_per_s: round(seconds > 0 ? result.count / seconds : 0, 1),
    p50_ms: round(result.percentileMs(50), 3),
    p99_ms: round(result.percentileMs(99), 3),
    max_ms: round(result.maxMs, 3),
  };
}
