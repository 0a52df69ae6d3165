// TTL bookkeeping: deadlines, expiry offered once, leader restart, removal
// deadlines, the cap; a fast-check model comparison over random schedules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TtlTable, ttlExpiredOutput } from '../../src/health/ttl.js';
import { MAX_CHECK_OUTPUT_BYTES, type CheckStatus } from '../../src/health/check.js';

const spec = (ttlMs: number, deregisterCriticalAfterMs: number | null = null) => ({ ttlMs, deregisterCriticalAfterMs });

describe('TtlTable', () => {
  it('a check expires once its TTL has passed without a report, and only once', () => {
    const t = new TtlTable();
    t.track('a', spec(1_000), 'passing', 0);
    expect(t.expired(999)).toEqual([]);
    expect(t.expired(1_000)).toEqual([{ key: 'a', deadlineMs: 1_000, output: 'TTL expired' }]);
    expect(t.expired(5_000)).toEqual([]);
  });

  it('a report restarts the TTL at full length, whatever the status reported', () => {
    const t = new TtlTable();
    t.track('a', spec(1_000), 'passing', 0);
    expect(t.report('a', 'critical', 'disk full', 900)).toBe(true);
    expect(t.expired(1_899)).toEqual([]);
    expect(t.expired(1_900)).toEqual([{ key: 'a', deadlineMs: 1_900, output: 'TTL expired (last output before it: disk full)' }]);
    // After an expiry, a report starts the TTL again.
    t.report('a', 'passing', '', 2_000);
    expect(t.expired(3_000)).toHaveLength(1);
  });

  it('expiries come in deadline order, then key order', () => {
    const t = new TtlTable();
    t.track('c', spec(2_000), 'passing', 0);
    t.track('b', spec(1_000), 'passing', 1_000);
    t.track('a', spec(1_000), 'passing', 1_000);
    t.track('d', spec(1_000), 'passing', 0);
    expect(t.expired(10_000).map((e) => e.key)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('a report for an unknown check is refused', () => {
    expect(new TtlTable().report('x', 'passing', '', 0)).toBe(false);
  });

  it('restartAll gives every TTL its full length again (a new leader)', () => {
    const t = new TtlTable();
    t.track('a', spec(1_000), 'passing', 0);
    t.track('b', spec(5_000), 'passing', 0);
    t.restartAll(900);
    expect(t.expired(1_899)).toEqual([]);
    expect(t.expired(1_900).map((e) => e.key)).toEqual(['a']);
    expect(t.expired(5_899)).toEqual([]);
    expect(t.expired(5_900).map((e) => e.key)).toEqual(['b']);
  });

  it('deregister_critical_after counts from the expiry, and from a critical report', () => {
    const t = new TtlTable();
    t.track('a', spec(1_000, 3_000), 'passing', 0);
    t.track('b', spec(60_000, 3_000), 'passing', 0);
    t.track('n', spec(1_000), 'passing', 0); // never removed
    t.expired(1_000);
    t.report('b', 'critical', 'failing', 500);
    expect(t.deregisterDue(3_499)).toEqual([]);
    expect(t.deregisterDue(3_500)).toEqual(['b']);
    expect(t.deregisterDue(3_999)).toEqual([]);
    expect(t.deregisterDue(4_000)).toEqual(['a']);
    // Offered once.
    expect(t.deregisterDue(100_000)).toEqual([]);
  });

  it('a passing report clears the critical period', () => {
    const t = new TtlTable();
    t.track('a', spec(10_000, 3_000), 'critical', 0);
    t.report('a', 'passing', '', 2_000);
    t.report('a', 'critical', '', 2_500);
    expect(t.deregisterDue(5_499)).toEqual([]);
    expect(t.deregisterDue(5_500)).toEqual(['a']);
  });

  it('a check registered critical counts as critical from its registration', () => {
    const t = new TtlTable();
    t.track('a', spec(10_000, 3_000), 'critical', 100);
    expect(t.deregisterDue(3_100)).toEqual(['a']);
  });

  it('restartAll restarts removal periods too, and offers them again', () => {
    const t = new TtlTable();
    t.track('a', spec(1_000, 3_000), 'passing', 0);
    t.expired(1_000);
    t.restartAll(3_000);
    expect(t.deregisterDue(5_999)).toEqual([]);
    expect(t.deregisterDue(6_000)).toEqual(['a']);
    // Expired checks stay expired: a new leader does not expire them again.
    expect(t.expired(100_000)).toEqual([]);
  });

  it('is bounded: track refuses a new key when full, replaces a known one', () => {
    const t = new TtlTable(2);
    expect(t.track('a', spec(1_000), 'passing', 0)).toBe(true);
    expect(t.track('b', spec(1_000), 'passing', 0)).toBe(true);
    expect(t.track('c', spec(1_000), 'passing', 0)).toBe(false);
    expect(t.track('a', spec(2_000), 'passing', 0)).toBe(true);
    expect(t.size).toBe(2);
    t.untrack('a');
    expect(t.track('c', spec(1_000), 'passing', 0)).toBe(true);
  });

  it('nextDeadlineMs is the earliest TTL or removal deadline', () => {
    const t = new TtlTable();
    expect(t.nextDeadlineMs()).toBeNull();
    t.track('a', spec(5_000, 1_000), 'critical', 0);
    t.track('b', spec(3_000), 'passing', 0);
    expect(t.nextDeadlineMs()).toBe(1_000);
    t.deregisterDue(1_000);
    expect(t.nextDeadlineMs()).toBe(3_000);
  });

  it('the expired output fits MAX_CHECK_OUTPUT_BYTES', () => {
    expect(ttlExpiredOutput('x'.repeat(MAX_CHECK_OUTPUT_BYTES)).length).toBe(MAX_CHECK_OUTPUT_BYTES);
  });
});

describe('TtlTable: model comparison', () => {
  type Op =
    | { t: 'track'; k: number; ttl: number; dereg: number | null; status: CheckStatus }
    | { t: 'report'; k: number; status: CheckStatus }
    | { t: 'advance'; ms: number }
    | { t: 'untrack'; k: number }
    | { t: 'restart' };
  const statusArb = fc.constantFrom<CheckStatus>('passing', 'warning', 'critical');
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ t: fc.constant('track' as const), k: fc.nat(7), ttl: fc.integer({ min: 1_000, max: 5_000 }), dereg: fc.option(fc.integer({ min: 1_000, max: 8_000 })), status: statusArb }),
    fc.record({ t: fc.constant('report' as const), k: fc.nat(7), status: statusArb }),
    fc.record({ t: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 3_000 }) }),
    fc.record({ t: fc.constant('untrack' as const), k: fc.nat(7) }),
    fc.constant({ t: 'restart' as const }),
  );
  interface M { ttl: number; dereg: number | null; renewedMs: number; expired: boolean; criticalSince: number | null; offered: boolean }

  it('offers exactly the model expiries and removals, never early, never twice; capped', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), (ops) => {
        const CAP = 5;
        const table = new TtlTable(CAP);
        const model = new Map<string, M>();
        let now = 0;
        for (const op of ops) {
          if (op.t === 'track') {
            const key = `k${op.k}`;
            const ok = table.track(key, spec(op.ttl, op.dereg), op.status, now);
            expect(ok).toBe(model.has(key) || model.size < CAP);
            if (ok) model.set(key, { ttl: op.ttl, dereg: op.dereg, renewedMs: now, expired: false, criticalSince: op.status === 'critical' ? now : null, offered: false });
          } else if (op.t === 'report') {
            const key = `k${op.k}`;
            const m = model.get(key);
            expect(table.report(key, op.status, 'o', now)).toBe(m !== undefined);
            if (m) {
              m.renewedMs = now;
              m.expired = false;
              if (op.status === 'critical') m.criticalSince ??= now;
              else {
                m.criticalSince = null;
                m.offered = false;
              }
            }
          } else if (op.t === 'untrack') {
            expect(table.untrack(`k${op.k}`)).toBe(model.delete(`k${op.k}`));
          } else if (op.t === 'restart') {
            table.restartAll(now);
            for (const m of model.values()) {
              if (!m.expired) m.renewedMs = now;
              if (m.criticalSince !== null) m.criticalSince = now;
              m.offered = false;
            }
          } else {
            now += op.ms;
            const exp = table.expired(now);
            const want = [...model.entries()]
              .filter(([, m]) => !m.expired && m.renewedMs + m.ttl <= now)
              .sort(([ka, a], [kb, b]) => a.renewedMs + a.ttl - (b.renewedMs + b.ttl) || (ka < kb ? -1 : 1));
            expect(exp.map((e) => [e.key, e.deadlineMs])).toEqual(want.map(([k, m]) => [k, m.renewedMs + m.ttl]));
            for (const [, m] of want) {
              m.expired = true;
              m.criticalSince ??= m.renewedMs + m.ttl;
            }
            const due = table.deregisterDue(now);
            const wantDue = [...model.entries()]
              .filter(([, m]) => !m.offered && m.criticalSince !== null && m.dereg !== null && now - m.criticalSince >= m.dereg)
              .map(([k]) => k)
              .sort();
            expect(due).toEqual(wantDue);
            for (const k of wantDue) model.get(k)!.offered = true;
          }
          expect(table.size).toBe(model.size);
          expect(table.size).toBeLessThanOrEqual(CAP);
        }
      }),
      { seed: 2024, numRuns: 500 },
    );
  });
});
