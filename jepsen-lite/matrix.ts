import type { NemesisKind } from './nemesis.js';
import { passed, runJepsen, summaryLine, type RunResult } from './runner.js';
import { DEFAULT_CLIENTS } from './workloads/index.js';
import { WORKLOAD_NAMES, type WorkloadName } from './workloads/workload.js';

/** One run of a matrix, and what it must find. */
export interface MatrixEntry {
  workload: WorkloadName;
  nemesis: NemesisKind[];
  nodes: number;
  /** REGD_FAILPOINTS; such a run must find the anomaly the failpoint causes. */
  failpoints?: string;
}

export const MATRIX_NAMES = ['full', 'ci', 'failpoints'] as const;
export type MatrixName = (typeof MATRIX_NAMES)[number];

/** The runs that prove the harness catches what each failpoint breaks. */
const FAILPOINT_RUNS: MatrixEntry[] = [
  { workload: 'register', nemesis: ['isolate-leader'], nodes: 3, failpoints: 'serve-local-reads' },
  { workload: 'register', nemesis: ['isolate-leader'], nodes: 3, failpoints: 'ack-before-commit' },
  { workload: 'set', nemesis: ['isolate-leader'], nodes: 3, failpoints: 'ack-before-commit' },
];

export function matrix(name: MatrixName): MatrixEntry[] {
  switch (name) {
    case 'full': {
      const nemeses: NemesisKind[][] = [['kill'], ['pause'], ['partition'], ['mixed']];
      return [3, 5].flatMap((nodes) => WORKLOAD_NAMES.flatMap((workload) => nemeses.map((nemesis) => ({ workload, nemesis, nodes }))));
    }
    case 'ci':
      return [
        { workload: 'register', nemesis: ['partition'], nodes: 3 },
        { workload: 'register', nemesis: ['kill'], nodes: 3 },
        { workload: 'set', nemesis: ['pause'], nodes: 3 },
        { workload: 'lock', nemesis: ['kill'], nodes: 3 },
        { workload: 'watch', nemesis: ['kill'], nodes: 3 },
        { workload: 'lease', nemesis: ['partition'], nodes: 3 },
        { workload: 'registry', nemesis: ['kill'], nodes: 3 },
        { workload: 'registry', nemesis: ['partition'], nodes: 3 },
        ...FAILPOINT_RUNS,
      ];
    case 'failpoints':
      return FAILPOINT_RUNS;
  }
}

/** A failpoint run passes when it found an anomaly; any other run when it is clean and available. */
export function entryPassed(e: MatrixEntry, r: RunResult): boolean {
  return e.failpoints === undefined ? passed(r) : r.verdict === 'invalid';
}

export interface MatrixOptions {
  timeSec: number;
  quietSec: number;
  seed: number;
  runsDir?: string;
  log: (line: string) => void;
}

/**
 * Runs every entry in turn, one line each, and a last line with the totals.
 * `anomalies` counts runs without a failpoint that found one; failpoint runs
 * are counted apart, as caught or missed. True when every run passed.
 */
export async function runMatrix(entries: readonly MatrixEntry[], opts: MatrixOptions): Promise<boolean> {
  const started = Date.now();
  let anomalies = 0;
  let unknown = 0;
  let unavailable = 0;
  let okOps = 0;
  let infoOps = 0;
  let caught = 0;
  let failpointRuns = 0;
  let errors = 0;
  let allPassed = true;
  for (const [i, e] of entries.entries()) {
    let r: RunResult;
    try {
      r = await runJepsen({
        workload: e.workload, nemesis: e.nemesis, nodes: e.nodes, timeSec: opts.timeSec, quietSec: opts.quietSec,
        clients: DEFAULT_CLIENTS[e.workload], seed: opts.seed + i, ...(e.failpoints === undefined ? {} : { failpoints: e.failpoints }),
        ...(opts.runsDir === undefined ? {} : { runsDir: opts.runsDir }),
      });
    } catch (err) {
      // A run that could not even run (a member that never came up, say) fails the matrix; the rest still run.
      errors++;
      allPassed = false;
      opts.log(`jepsen-lite: ${e.workload} ${e.nemesis.join(',')} nodes=${e.nodes} ERROR ${(err as Error).message}`);
      continue;
    }
    const ok = entryPassed(e, r);
    allPassed &&= ok;
    okOps += r.okOps;
    infoOps += r.infoOps;
    if (e.failpoints !== undefined) {
      failpointRuns++;
      if (r.verdict === 'invalid') caught++;
      opts.log(`${summaryLine(r)} ${ok ? 'caught' : 'MISSED'}`);
    } else {
      if (r.verdict === 'invalid') anomalies++;
      if (r.verdict === 'unknown') unknown++;
      if (!r.available) unavailable++;
      opts.log(`${summaryLine(r)}${ok ? '' : ' FAILED'}`);
    }
    if (!ok) opts.log(`jepsen-lite: see ${r.runDir}`);
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  opts.log(`jepsen-lite: runs=${entries.length} anomalies=${anomalies} unknown=${unknown} ok_ops=${okOps} info_ops=${infoOps} unavailable=${unavailable} errors=${errors}` +
    (failpointRuns > 0 ? ` failpoints_caught=${caught}/${failpointRuns}` : '') + ` minutes=${minutes}`);
  return allPassed;
}
