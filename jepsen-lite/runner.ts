import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkHistory, type Verdict } from './checker/linearizability.js';
import { operationsOf } from './checker/history.js';
import { JepsenCluster } from './cluster.js';
import { Nemesis, type FaultWindow, type NemesisKind } from './nemesis.js';
import { HistoryRecorder } from './recorder.js';
import { writeReport } from './report.js';
import { RegisterWorkload, type WorkerStats } from './register-workload.js';

export const RUNS_DIR = resolve(import.meta.dirname, 'runs');

export interface RunOptions {
  workload: 'register';
  nemesis: readonly NemesisKind[];
  nodes: number;
  /** Seconds of faults. */
  timeSec: number;
  /** Seconds of quiet after every fault healed, in which every client must succeed again. */
  quietSec: number;
  clients: number;
  seed: number;
  runsDir?: string;
}

export interface RunResult {
  workload: string;
  nemesis: string;
  nodes: number;
  seed: number;
  runDir: string;
  okOps: number;
  infoOps: number;
  failOps: number;
  verdict: Verdict;
  /** Every worker completed an operation during the quiet period. */
  available: boolean;
  unavailableWorkers: WorkerStats[];
  keys: Array<{ key: string; verdict: Verdict; operations: number; steps: number; reason?: string; longestLinearized?: number[] }>;
  faults: FaultWindow[];
  durationMs: number;
}

/** Whether a run passed: linearizable, and every client available again after healing. */
export function passed(r: RunResult): boolean {
  return r.verdict === 'linearizable' && r.available;
}

export function summaryLine(r: RunResult): string {
  return `jepsen-lite: ${r.workload} ${r.nemesis} ok_ops=${r.okOps} info_ops=${r.infoOps} fail_ops=${r.failOps} verdict=${r.verdict}` +
    (r.available ? '' : ` unavailable_clients=${r.unavailableWorkers.length}`);
}

const sleep = (ms: number) => new Promise<void>((res) => setTimeout(res, ms));

/** Polls `probe` until true or the deadline passes. */
async function waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * One run: a fresh cluster behind proxies, the workload and the nemesis for
 * `timeSec`, everything healed, `quietSec` of quiet, then the history checked.
 */
export async function runJepsen(opts: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const nemesisName = opts.nemesis.length > 0 ? opts.nemesis.join(',') : 'none';
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const runDir = join(opts.runsDir ?? RUNS_DIR, `${stamp}-${opts.workload}-${nemesisName.replace(/,/g, '+')}`);
  mkdirSync(runDir, { recursive: true });
  const history = new HistoryRecorder(join(runDir, 'history.jsonl'));
  const cluster = await JepsenCluster.create({ nodes: opts.nodes, logDir: runDir });
  let faults: FaultWindow[] = [];
  let stats: WorkerStats[] = [];
  let quietStart = 0;
  try {
    cluster.startAll();
    await waitUntil('every node healthy', async () => (await Promise.all(cluster.names.map((n) => cluster.healthy(n)))).every(Boolean), 30_000);

    const workload = new RegisterWorkload(cluster, history, { clients: opts.clients, seed: opts.seed });
    const nemesis = new Nemesis(cluster, history, { kinds: opts.nemesis, seed: opts.seed });
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
    faults = nemesis.windows;
    stats = workload.stats;
  } finally {
    await history.close();
    await cluster.destroy();
  }

  const events = history.events;
  const completions = events.filter((e) => e.process !== 'nemesis' && e.type !== 'invoke');
  const result = checkHistory(operationsOf(events));
  const unavailableWorkers = stats.filter((s) => s.lastOkTime < quietStart);
  const r: RunResult = {
    workload: opts.workload,
    nemesis: nemesisName,
    nodes: opts.nodes,
    seed: opts.seed,
    runDir,
    okOps: completions.filter((e) => e.type === 'ok').length,
    infoOps: completions.filter((e) => e.type === 'info').length,
    failOps: completions.filter((e) => e.type === 'fail').length,
    verdict: result.verdict,
    available: unavailableWorkers.length === 0,
    unavailableWorkers,
    keys: result.keys,
    faults,
    durationMs: Date.now() - started,
  };
  writeReport(join(runDir, 'report.html'), {
    title: `jepsen-lite ${opts.workload} ${nemesisName} (${opts.nodes} nodes, seed ${opts.seed})`,
    summary: summaryLine(r),
    events,
    badKeys: r.keys.filter((k) => k.verdict !== 'linearizable'),
  });
  writeFileSync(join(runDir, 'results.json'), `${JSON.stringify(r, (_k, v: unknown) => (v === Infinity ? null : v), 2)}\n`);
  return r;
}
