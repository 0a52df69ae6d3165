// The check state machine: Consul's flap damping, the initial status, and which
// changes are replicated. Table tests for each rule, fast-check properties over
// random result sequences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCheckResult,
  initialCheckState,
  OUTPUT_FLUSH_INTERVAL_MS,
  restoredCheckState,
  type CheckState,
  type Replication,
} from '../../src/health/check-state.js';
import { MAX_CHECK_OUTPUT_BYTES, MAX_FLAP_THRESHOLD, type CheckStatus, type FlapThresholds } from '../../src/health/check.js';

const P = 'passing';
const W = 'warning';
const C = 'critical';
const th = (successBeforePassing: number, failuresBeforeWarning: number, failuresBeforeCritical: number): FlapThresholds => ({
  successBeforePassing,
  failuresBeforeWarning,
  failuresBeforeCritical,
});

/** Feeds results one second apart; returns the status after each and what was replicated. */
function run(t: FlapThresholds, start: CheckStatus, results: CheckStatus[], from?: CheckState): { statuses: CheckStatus[]; reps: Replication[] } {
  let s = from ?? initialCheckState(t, start, 0);
  const statuses: CheckStatus[] = [];
  const reps: Replication[] = [];
  results.forEach((r, i) => {
    const tr = applyCheckResult(s, t, { status: r, output: '' }, (i + 1) * 1_000);
    s = tr.state;
    statuses.push(s.status);
    reps.push(tr.replicate);
  });
  return { statuses, reps };
}

describe('flap damping (Consul rules)', () => {
  const cases: Array<[string, FlapThresholds, CheckStatus, CheckStatus[], CheckStatus[]]> = [
    ['no damping: status follows every result', th(0, 0, 0), C, [P, W, C, P], [P, W, C, P]],
    ['a new check starts critical', th(0, 0, 0), C, [], []],
    // The counters start at their thresholds: the first result counts at once.
    ['first result counts at once', th(3, 3, 3), C, [P], [P]],
    ['success_before_passing 3: two successes are not enough after a failure', th(3, 3, 3), C, [P, C, C, C, P, P], [P, P, P, C, C, C]],
    ['success_before_passing 3: the third success passes', th(3, 3, 3), C, [P, C, C, C, P, P, P], [P, P, P, C, C, C, P]],
    ['failures_before_critical 3: a failure between successes changes nothing', th(0, 3, 3), P, [P, C, P, C, C, P], [P, P, P, P, P, P]],
    ['failures_before_critical 3: three in a row turn critical', th(0, 3, 3), P, [P, C, C, C], [P, P, P, C]],
    ['failures_before_warning 1 < critical 3: warning, then critical', th(0, 1, 3), P, [P, C, C, C], [P, W, W, C]],
    ['failures_before_warning 2 < critical 4', th(0, 2, 4), P, [P, C, C, C, C], [P, P, W, W, C]],
    // A warning result is a success for the counters: it resets the failures.
    ['a warning result resets the failure run', th(0, 3, 3), P, [P, C, C, W, C, C], [P, P, P, W, W, W]],
    ['a warning result counts toward success_before_passing', th(2, 2, 2), C, [P, C, C, W, P], [P, P, C, C, P]],
    ['a warning result becomes the status once successes suffice', th(2, 1, 1), C, [C, W, W], [C, C, W]],
    ['a critical result resets the success run', th(3, 1, 1), C, [C, P, P, C, P, P, P], [C, C, C, C, C, C, P]],
    // ... whatever status the check was registered with.
    ['given initial status passing, the first failure counts at once', th(0, 2, 2), P, [C], [C]],
    ['given initial status passing, then damping applies', th(0, 2, 2), P, [P, C, P, C, C], [P, P, P, P, C]],
  ];
  it.each(cases)('%s', (_name, t, start, results, expected) => {
    expect(run(t, start, results).statuses).toEqual(expected);
  });

  it('replicates exactly the status changes', () => {
    expect(run(th(0, 3, 3), P, [P, C, C, C, C, P]).reps).toEqual(['none', 'none', 'none', 'status', 'none', 'status']);
  });

  it('a check registered passing keeps its status until a result changes it', () => {
    const s = initialCheckState(th(0, 0, 0), P, 5);
    expect(s.status).toBe(P);
    expect(s.statusChangedMs).toBe(5);
  });
});

describe('counters', () => {
  it('saturate at MAX_FLAP_THRESHOLD, so a long-lived check keeps a bounded state', () => {
    const t = th(MAX_FLAP_THRESHOLD, MAX_FLAP_THRESHOLD, MAX_FLAP_THRESHOLD);
    let s = initialCheckState(t, P, 0);
    for (let i = 0; i < 3 * MAX_FLAP_THRESHOLD; i++) s = applyCheckResult(s, t, { status: P, output: '' }, i).state;
    expect(s.successCounter).toBe(MAX_FLAP_THRESHOLD);
    for (let i = 0; i < 3 * MAX_FLAP_THRESHOLD; i++) s = applyCheckResult(s, t, { status: C, output: '' }, i).state;
    expect(s.failuresCounter).toBe(MAX_FLAP_THRESHOLD);
    expect(s.successCounter).toBe(0);
  });
});

describe('restored state after a leader change', () => {
  it('a passing check needs the full failure run to fall', () => {
    const from = restoredCheckState(th(2, 3, 3), { status: P, output: 'ok', statusChangedMs: 0 }, 0);
    expect(run(th(2, 3, 3), P, [C, C, C], from).statuses).toEqual([P, P, C]);
  });
  it('a critical check needs the full success run to recover', () => {
    const from = restoredCheckState(th(2, 3, 3), { status: C, output: '', statusChangedMs: 0 }, 0);
    expect(run(th(2, 3, 3), C, [P, P], from).statuses).toEqual([C, P]);
  });
  it('a warning check needs both', () => {
    const t = th(2, 1, 3);
    const from = restoredCheckState(t, { status: W, output: '', statusChangedMs: 0 }, 0);
    expect(run(t, W, [C, C, C], from).statuses).toEqual([W, W, C]);
    expect(run(t, W, [P, P], from).statuses).toEqual([W, P]);
  });
  it('keeps the replicated status change time', () => {
    expect(restoredCheckState(th(0, 0, 0), { status: P, output: '', statusChangedMs: 77 }, 1_000).statusChangedMs).toBe(77);
  });
});

describe('output', () => {
  const t = th(0, 0, 0);
  it('an output-only change waits for OUTPUT_FLUSH_INTERVAL_MS, and the newest output goes then', () => {
    const s0 = initialCheckState(t, P, 0, 'a');
    const r1 = applyCheckResult(s0, t, { status: P, output: 'b' }, 1_000);
    expect(r1.replicate).toBe('none');
    expect(r1.state.output).toBe('b');
    expect(r1.state.replicatedOutput).toBe('a');
    const r2 = applyCheckResult(r1.state, t, { status: P, output: 'c' }, OUTPUT_FLUSH_INTERVAL_MS - 1);
    expect(r2.replicate).toBe('none');
    const r3 = applyCheckResult(r2.state, t, { status: P, output: 'c' }, OUTPUT_FLUSH_INTERVAL_MS);
    expect(r3.replicate).toBe('output');
    expect(r3.state.replicatedOutput).toBe('c');
    expect(r3.state.replicatedAtMs).toBe(OUTPUT_FLUSH_INTERVAL_MS);
  });
  it('an unchanged output is never flushed', () => {
    const s0 = initialCheckState(t, P, 0, 'same');
    expect(applyCheckResult(s0, t, { status: P, output: 'same' }, 10 * OUTPUT_FLUSH_INTERVAL_MS).replicate).toBe('none');
  });
  it('a status change carries its output at once and restarts the flush interval', () => {
    const s0 = initialCheckState(t, P, 0, 'a');
    const r = applyCheckResult(s0, t, { status: C, output: 'down' }, 10);
    expect(r.replicate).toBe('status');
    expect(r.state).toMatchObject({ status: C, statusChangedMs: 10, replicatedOutput: 'down', replicatedAtMs: 10 });
    expect(applyCheckResult(r.state, t, { status: C, output: 'still down' }, 10 + OUTPUT_FLUSH_INTERVAL_MS - 1).replicate).toBe('none');
  });
  it('is cut to MAX_CHECK_OUTPUT_BYTES', () => {
    const r = applyCheckResult(initialCheckState(t, P, 0), t, { status: C, output: 'x'.repeat(10_000) }, 1);
    expect(r.state.output).toHaveLength(MAX_CHECK_OUTPUT_BYTES);
    expect(initialCheckState(t, P, 0, 'y'.repeat(5_000)).output).toHaveLength(MAX_CHECK_OUTPUT_BYTES);
  });
});

/** The length of the run of results matching `pred` at the end of `history`, and whether an unlike one precedes it. */
function runOf(history: CheckStatus[], pred: (x: CheckStatus) => boolean): { length: number; sawUnlike: boolean } {
  let n = 0;
  while (n < history.length && pred(history[history.length - 1 - n]!)) n++;
  return { length: n, sawUnlike: n < history.length };
}

describe('properties', () => {
  const statusArb = fc.constantFrom<CheckStatus>(P, W, C);
  const thresholdsArb = fc
    .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }))
    .map(([s, w, c]) => th(s, Math.min(w, c), c));
  const stepArb = fc.record({ status: statusArb, output: fc.constantFrom('', 'a', 'b'), dtMs: fc.integer({ min: 0, max: 200_000 }) });

  it('replication, damping and direction rules hold over any sequence', () => {
    fc.assert(
      fc.property(thresholdsArb, statusArb, fc.array(stepArb, { maxLength: 60 }), (t, start, steps) => {
        let s = initialCheckState(t, start, 0);
        let now = 0;
        let lastWriteMs = 0;
        const history: CheckStatus[] = [];
        steps.forEach((step) => {
          now += step.dtMs;
          const tr = applyCheckResult(s, t, { status: step.status, output: step.output }, now);
          history.push(step.status);
          const changed = tr.state.status !== s.status;
          // Every status change is replicated, and only status changes are replicated as such.
          expect(tr.replicate === 'status').toBe(changed);
          if (tr.replicate === 'output') {
            // Output-only writes come at most every OUTPUT_FLUSH_INTERVAL_MS.
            expect(now - lastWriteMs).toBeGreaterThanOrEqual(OUTPUT_FLUSH_INTERVAL_MS);
            expect(tr.state.replicatedOutput).toBe(step.output);
          }
          if (tr.replicate !== 'none') lastWriteMs = now;
          expect(tr.state.replicatedAtMs).toBe(lastWriteMs);
          // The status never moves against the result.
          if (changed && step.status === C) expect(tr.state.status).not.toBe(P);
          if (changed && step.status !== C) expect(tr.state.status).toBe(step.status);
          // A change needs a full run of like results since the last unlike one; before any
          // unlike result the counters are still at their thresholds (the first result counts at once).
          if (changed) {
            const failureRun = runOf(history, (x) => x === C);
            const successRun = runOf(history, (x) => x !== C);
            if (step.status === C) {
              const need = tr.state.status === C ? t.failuresBeforeCritical : t.failuresBeforeWarning;
              expect(failureRun.length >= need || !failureRun.sawUnlike).toBe(true);
            } else {
              expect(successRun.length >= t.successBeforePassing || !successRun.sawUnlike).toBe(true);
            }
          }
          // Counters stay bounded.
          expect(tr.state.successCounter).toBeLessThanOrEqual(MAX_FLAP_THRESHOLD);
          expect(tr.state.failuresCounter).toBeLessThanOrEqual(MAX_FLAP_THRESHOLD);
          s = tr.state;
        });
      }),
      { seed: 1101, numRuns: 1_000 },
    );
  });

  it('after a leader change, a check never flips sooner than its full run', () => {
    fc.assert(
      fc.property(thresholdsArb, statusArb, fc.array(statusArb, { minLength: 1, maxLength: 20 }), (t, status, results) => {
        let s = restoredCheckState(t, { status, output: '', statusChangedMs: 0 }, 0);
        results.forEach((r, i) => {
          const tr = applyCheckResult(s, t, { status: r, output: '' }, i + 1);
          const n = i + 1;
          const tail = (k: number, pred: (x: CheckStatus) => boolean): boolean => n >= k && results.slice(n - k, n).every(pred);
          if (tr.state.status !== s.status) {
            if (tr.state.status === C) expect(tail(Math.max(t.failuresBeforeCritical, 1), (x) => x === C)).toBe(true);
            if (tr.state.status === W && r === C) expect(tail(Math.max(t.failuresBeforeWarning, 1), (x) => x === C)).toBe(true);
            // Leaving critical, or warning for passing, needs the whole success run; a passing
            // check had its run before the change and may turn warning on a warning result.
            if (r !== C && !(status === P && s.status !== C && results.slice(0, n).every((x) => x !== C))) {
              expect(tail(Math.max(t.successBeforePassing, 1), (x) => x !== C)).toBe(true);
            }
          }
          s = tr.state;
        });
      }),
      { seed: 1102, numRuns: 1_000 },
    );
  });
});
