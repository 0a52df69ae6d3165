// The status of one check, as results arrive: flap damping as Consul does it,
// and which changes must go through the Raft log.
//
// Damping (Consul's StatusHandler rules):
//   - a passing or a warning result is a success: successCounter + 1, failuresCounter = 0;
//     once successCounter >= success_before_passing the status becomes the result's
//     (passing or warning); before that it stays as it was;
//   - a critical result is a failure: failuresCounter + 1, successCounter = 0; once
//     failuresCounter >= failures_before_critical the status becomes critical, else once
//     it is >= failures_before_warning, warning; before that it stays as it was;
//   - a new check starts with both counters at their thresholds, so its first result
//     counts at once (Consul does the same), in the status it was registered with
//     (critical unless given).
// TTL checks have all thresholds at 0 (validation refuses damping on them): every report
// and every expiry counts at once.
//
// Replication: the status is replicated state; the counters and the latest output are
// the leader's own. A result that changes the status must be replicated (`'status'`,
// with its output). One that changes only the output is replicated at most every
// OUTPUT_FLUSH_INTERVAL_MS (`'output'`), so a chatty check does not fill the log;
// in between the newest output is kept here and goes with the next write.
//
// Pure: time comes in as `nowMs`; states are immutable values.

import { MAX_FLAP_THRESHOLD, truncateCheckOutput, type CheckStatus, type FlapThresholds } from './check.js';

/** An output-only change is replicated at most this often. */
export const OUTPUT_FLUSH_INTERVAL_MS = 5 * 60 * 1_000;

export interface CheckState {
  /** The status the registry holds (replicated). */
  readonly status: CheckStatus;
  /** When `status` last changed (replicated). */
  readonly statusChangedMs: number;
  /** The newest output seen, at most MAX_CHECK_OUTPUT_BYTES; may be ahead of the replicated one. */
  readonly output: string;
  /** The output the registry holds, and when it was last written. */
  readonly replicatedOutput: string;
  readonly replicatedAtMs: number;
  /** Consecutive successes / failures, saturating at MAX_FLAP_THRESHOLD (the leader's own). */
  readonly successCounter: number;
  readonly failuresCounter: number;
}

export interface CheckResult {
  status: CheckStatus;
  output: string;
}

/** 'none': nothing to write; 'status': the status changed; 'output': only the output, and a flush is due. */
export type Replication = 'none' | 'status' | 'output';

export interface CheckTransition {
  state: CheckState;
  replicate: Replication;
}

/** A check just registered with `status` (and `output`, '' by default). */
export function initialCheckState(
  thresholds: FlapThresholds,
  status: CheckStatus,
  nowMs: number,
  output = '',
): CheckState {
  const out = truncateCheckOutput(output);
  return {
    status,
    statusChangedMs: nowMs,
    output: out,
    replicatedOutput: out,
    replicatedAtMs: nowMs,
    successCounter: Math.min(thresholds.successBeforePassing, MAX_FLAP_THRESHOLD),
    failuresCounter: Math.min(thresholds.failuresBeforeCritical, MAX_FLAP_THRESHOLD),
  };
}

/**
 * The state a new leader starts from for a check it finds in the replicated
 * registry. The counters were the old leader's and are lost, so they restart
 * where damping is at least as strict as before: a passing check needs the full
 * failures_before_* run to fall, a critical one the full success_before_passing
 * run to recover, a warning one both. A leader change never makes a check flip sooner.
 */
export function restoredCheckState(
  thresholds: FlapThresholds,
  replicated: { status: CheckStatus; output: string; statusChangedMs: number },
  nowMs: number,
): CheckState {
  const out = truncateCheckOutput(replicated.output);
  return {
    status: replicated.status,
    statusChangedMs: replicated.statusChangedMs,
    output: out,
    replicatedOutput: out,
    replicatedAtMs: nowMs,
    successCounter: replicated.status === 'passing' ? Math.min(thresholds.successBeforePassing, MAX_FLAP_THRESHOLD) : 0,
    failuresCounter: replicated.status === 'critical' ? Math.min(thresholds.failuresBeforeCritical, MAX_FLAP_THRESHOLD) : 0,
  };
}

/** The status after one result, and the counters that lead to it (Consul's rules above). */
export function dampedStatus(
  current: CheckStatus,
  successCounter: number,
  failuresCounter: number,
  t: FlapThresholds,
  result: CheckStatus,
): { status: CheckStatus; successCounter: number; failuresCounter: number } {
  if (result === 'passing' || result === 'warning') {
    const s = Math.min(successCounter + 1, MAX_FLAP_THRESHOLD);
    return { status: s >= t.successBeforePassing ? result : current, successCounter: s, failuresCounter: 0 };
  }
  const f = Math.min(failuresCounter + 1, MAX_FLAP_THRESHOLD);
  let status = current;
  if (f >= t.failuresBeforeCritical) status = 'critical';
  else if (f >= t.failuresBeforeWarning) status = 'warning';
  return { status, successCounter: 0, failuresCounter: f };
}

/** One result of a check run (or a TTL report, or a TTL expiry as a critical result). */
export function applyCheckResult(
  state: CheckState,
  thresholds: FlapThresholds,
  result: CheckResult,
  nowMs: number,
): CheckTransition {
  const output = truncateCheckOutput(result.output);
  const d = dampedStatus(state.status, state.successCounter, state.failuresCounter, thresholds, result.status);
  const counters = { successCounter: d.successCounter, failuresCounter: d.failuresCounter };
  if (d.status !== state.status) {
    return {
      state: { status: d.status, statusChangedMs: nowMs, output, replicatedOutput: output, replicatedAtMs: nowMs, ...counters },
      replicate: 'status',
    };
  }
  if (output !== state.replicatedOutput && nowMs - state.replicatedAtMs >= OUTPUT_FLUSH_INTERVAL_MS) {
    return { state: { ...state, ...counters, output, replicatedOutput: output, replicatedAtMs: nowMs }, replicate: 'output' };
  }
  return { state: { ...state, ...counters, output }, replicate: 'none' };
}
