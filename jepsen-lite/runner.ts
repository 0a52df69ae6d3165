import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Anomaly, CheckVerdict } from './checker/check-result.js';
import { sleep } from './ops.js';
import { JepsenCluster } from './cluster.js';
import { Nemesis, type FaultWindow, type NemesisKind } from './nemesis.js';
import { HistoryRecorder } from './recorder.js';
import { writeReport } from './report.js';
import { createWorkload } from './workloads/index.js';
import { waitUntil, type WorkerStats, type WorkloadName } from './workloads/workload.js';

export const RUNS_DIR = resolve(import.meta.dirname, 'runs');

export interface RunOptions {
  workload: WorkloadName;
  nemesis: readonly NemesisKind[];
  nodes: number;
  /** Seconds of faults. */
  timeSec: number;
  /** Seconds of quiet after every fault healed, in which every client must succeed again. */
  quietSec: number;
  clients: number;
  seed: number;
  /** REGD_FAILPOINTS for every member ('' for none). */
  failpoints?: string;
  runsDir?: string;
}

export interface RunResult {
  workload: WorkloadName;
  nemesis: string;
  nodes: number;
  seed: number;
  failpoints: string;
  runDir: string;
  okOps: number;
  infoOps: number;
  failOps: number;
  verdict: CheckVerdict;
  anomalies: Anomaly[];
  /** Why the verdict is unknown, when it is. */
  reason?: string;
  stats: Record<string, number>;
  /** Every client completed an operation during the quiet period. */
  available: boolean;
  unavailableWorkers: WorkerStats[];
  faults: FaultWindow[];
  durationMs: number;
}

/** Whether a run passed: the history checked out, and every client was available again after healing. */
export function passed(r: RunResult): boolean {
  return r.verdict === 'valid' && r.available;
}

export function summaryLine(r: RunResult): string {
  return `jepsen-lite: ${r.workload} ${r.nemesis} nodes=${r.nodes} seed=${r.seed}${r.failpoints === '' ? '' : ` failpoints=${r.failpoints}`}` +
    ` ok_ops=${r.okOps} info_ops=${r.infoOps} fail_ops=${r.failOps} anomalies=${r.stats.anomalies ?? r.anomalies.length} verdict=${r.verdict}` +
    (r.available ? '' : ` unavailable_clients=${r.unavailableWorkers.map((w) => w.worker).join(',')}`) +
    ` seconds=${(r.durationMs / 1000).toFixed(1)}`;
}

/**
 * One run: a fresh cluster behind proxies, the workload and the nemesis for
 * `timeSec`, everything healed, `quietSec` of quiet, the workload's final
 * step, then the history checked and the run folder written.
 */
export async function runJepsen(opts: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const nemesisName = opts.nemesis.length > 0 ? opts.nemesis.join(',') : 'none';
  const failpoints = opts.failpoints ?? '';
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const label = `${opts.workload}-${nemesisName.replace(/,/g, '+')}-n${opts.nodes}${failpoints === '' ? '' : `-fp-${failpoints.replace(/,/g, '+')}`}`;
  const runDir = join(opts.runsDir ?? RUNS_DIR, `${stamp}-${label}`);
  mkdirSync(runDir, { recursive: true });
  const history = new HistoryRecorder(join(runDir, 'history.jsonl'));
  const cluster = await JepsenCluster.create({ nodes: opts.nodes, logDir: runDir, failpoints });
  const workload = createWorkload(opts.workload, { cluster, history, clients: opts.clients, seed: opts.seed });
  const nemesis = new Nemesis(cluster, history, { kinds: opts.nemesis, seed: opts.seed });
  let quietStart = 0;
  try {
    cluster.startAll();
    await waitUntil('every node healthy', async () => (await Promise.all(cluster.names.map((n) => cluster.healthy(n)))).every(Boolean), 30_000);

    const stopWork = new AbortController();
    const stopFaults = new AbortController();
    const work = workload.run(stopWork.signal);
    const faultsDone = opts.nemesis.length > 0 ? nemesis.run(stopFaults.signal) : Promise.resolve();
    await sleep(opts.timeSec * 1000);
    stopFaults.abort();
    await faultsDone;
    quietStart = history.now();
    history.record({ process: 'nemesis', type: 'info', f: 'quiet', value: { seconds: opts.quietSec } });
    await sleep(opts.quietSec * 1000);
    stopWork.abort();
    await work;
    await workload.finish();
  } finally {
    await history.close();
    await cluster.destroy();
  }

  const events = history.events;
  const completions = events.filter((e) => typeof e.process === 'number' && e.type !== 'invoke');
  const check = workload.check(events);
  const unavailableWorkers = workload.stats.filter((s) => s.lastOkTime < quietStart);
  const r: RunResult = {
    workload: opts.workload,
    nemesis: nemesisName,
    nodes: opts.nodes,
    seed: opts.seed,
    failpoints,
    runDir,
    okOps: completions.filter((e) => e.type === 'ok').length,
    infoOps: completions.filter((e) => e.type === 'info').length,
    failOps: completions.filter((e) => e.type === 'fail').length,
    verdict: check.verdict,
    anomalies: check.anomalies,
    ...(check.reason === undefined ? {} : { reason: check.reason }),
    stats: check.stats,
    available: unavailableWorkers.length === 0,
    unavailableWorkers,
    faults: nemesis.windows,
    durationMs: Date.now() - started,
  };
  writeReport(join(runDir, 'report.html'), {
    title: `jepsen-lite ${opts.workload} ${nemesisName} (${opts.nodes} nodes, seed ${opts.seed}${failpoints === '' ? '' : `, failpoints ${failpoints}`})`,
    summary: summaryLine(r),
    events,
    verdict: check.verdict,
    anomalies: check.anomalies,
    stats: check.stats,
    ...(check.reason === undefined ? {} : { reason: check.reason }),
  });
  writeFileSync(join(runDir, 'results.json'), `${JSON.stringify(r, (_k, v: unknown) => (v === Infinity ? null : v), 2)}\n`);
  return r;
}
