import type { CheckResult } from '../checker/check-result.js';
import type { HistoryEvent } from '../checker/history.js';
import type { JepsenCluster } from '../cluster.js';
import type { HistoryRecorder } from '../recorder.js';

export const WORKLOAD_NAMES = ['register', 'set', 'lock', 'watch', 'lease', 'registry'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

/** What each client did, for the availability check after healing. */
export interface WorkerStats {
  worker: string;
  node: string;
  ok: number;
  /** Time (history ns) of this worker's last ok completion; -1 if none. */
  lastOkTime: number;
}

export interface WorkloadContext {
  cluster: JepsenCluster;
  history: HistoryRecorder;
  clients: number;
  seed: number;
}

/**
 * A jepsen-lite workload: clients that record every operation in the
 * history while faults come and go, a finishing step once everything healed
 * (final reads, a reference read), and the checker for its history.
 */
export interface Workload {
  /** Runs every client until `signal` aborts; each finishes its outstanding operation. */
  run(signal: AbortSignal): Promise<void>;
  /** After the quiet period, with the cluster healthy: final reads and the like. */
  finish(): Promise<void>;
  /** Per client, for the check that every client succeeds again once faults healed. */
  readonly stats: readonly WorkerStats[];
  check(events: readonly HistoryEvent[]): CheckResult;
}

/** Stats for one worker, and the recorder of its successes. */
export function newStats(stats: WorkerStats[], worker: string, node: string): WorkerStats {
  const s: WorkerStats = { worker, node, ok: 0, lastOkTime: -1 };
  stats.push(s);
  return s;
}

export function countOk(s: WorkerStats, e: HistoryEvent): void {
  s.ok++;
  s.lastOkTime = e.time;
}

/** A pause after a failure, so a worker does not spin on a node that is down. */
export function backoffMs(rng: { nextInt(n: number): number }): number {
  return 50 + rng.nextInt(100);
}

/** Polls `probe` until it answers true, or throws after `timeoutMs`. */
export async function waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}
