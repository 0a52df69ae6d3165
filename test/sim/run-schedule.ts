// Runs one schedule from its seed and reports what happened, in the form the
// CLI and the tests print.

import { Cluster } from './cluster.js';
import type { InvariantName } from './invariants.js';
import { defaultRaftImpl, type RaftImpl } from './raft-impl.js';
import { scheduleForSeed, type Schedule } from './schedule.js';
import { assertValidSeed } from './seeds.js';
import { formatTime } from './trace.js';

export interface RunOptions {
  impl?: RaftImpl;
  /** Trace events kept for the report; Infinity keeps the whole trace. */
  traceKeep?: number;
  /** Check the protocol rules too (default); false checks only the end-to-end properties. */
  protocolChecks?: boolean;
  /** Nodes shut down for good once they apply their own removal (default: they keep running). */
  stopRemoved?: boolean;
}

export interface SimResult {
  seed: number;
  nodes: number;
  steps: number;
  /** Virtual time the run covered, in ticks. */
  ticks: number;
  /** Ticks from the heal-all to the liveness probe committing. */
  livenessTicks?: number;
  violation?: { invariant: InvariantName; detail: string };
  traceHash: string;
  traceEvents: number;
  traceTail: string[];
  writesAcked: number;
  readsCompleted: number;
  schedule: Schedule;
}

export const DEFAULT_TRACE_KEEP = 60;

export async function runSeed(seed: number, options: RunOptions = {}): Promise<SimResult> {
  assertValidSeed(seed);
  const schedule = scheduleForSeed(seed);
  const cluster = new Cluster(schedule, { impl: options.impl ?? defaultRaftImpl, traceKeep: options.traceKeep ?? DEFAULT_TRACE_KEEP, protocolChecks: options.protocolChecks ?? true, stopRemoved: options.stopRemoved ?? false });
  const outcome = await cluster.run();
  const result: SimResult = {
    seed,
    nodes: schedule.nodes,
    steps: outcome.steps,
    ticks: outcome.endTime / 100,
    traceHash: cluster.trace.digest(),
    traceEvents: cluster.trace.events,
    traceTail: outcome.violation || options.traceKeep === Infinity ? cluster.trace.tail() : [],
    writesAcked: outcome.writesAcked,
    readsCompleted: outcome.readsCompleted,
    schedule,
  };
  if (outcome.livenessTime !== undefined) result.livenessTicks = outcome.livenessTime / 100;
  if (outcome.violation) result.violation = { invariant: outcome.violation.invariant, detail: outcome.violation.detail };
  return result;
}

/**
 * The report for a failed run: seed, invariant, how to replay, and the last
 * events. `flags`: the command-line options that change the run (--impl ...).
 */
export function formatFailure(r: SimResult, tail = 40, flags = ''): string {
  const v = r.violation;
  if (!v) return `seed ${r.seed}: ok`;
  return [
    `sim: VIOLATION seed=${r.seed} nodes=${r.nodes} invariant=${v.invariant} at step ${r.steps}, t=${formatTime(r.ticks * 100)} ticks`,
    `  ${v.detail}`,
    `  replay: npm run sim -- --seed ${r.seed}${flags}    (full trace: add --trace)`,
    `  last ${Math.min(tail, r.traceTail.length)} events:`,
    ...r.traceTail.slice(-tail).map((l) => `    ${l}`),
  ].join('\n');
}
