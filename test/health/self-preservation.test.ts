// Self-preservation: when it engages, what it holds, how it ends and releases.
// Table tests per rule; fast-check properties over random schedules of expiries,
// reports, removals, deregistrations, operator releases and time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SELF_PRESERVATION,
  SelfPreservation,
  type Release,
  type SelfPreservationSettings,
} from '../../src/health/self-preservation.js';

const TTL = 10_000;
const key = (i: number): string => `web/i${i}`;

/** Expires instances [from, to) at `nowMs`; returns the decisions. */
function expireRange(sp: SelfPreservation, from: number, to: number, total: number, nowMs: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(sp.onExpiry(key(i), TTL, total, nowMs));
  return out;
}

describe('engaging', () => {
  it('has the issue\'s defaults', () => {
    expect(DEFAULT_SELF_PRESERVATION).toMatchObject({ thresholdRatio: 0.15, minInstances: 10, windowTtls: 1, enabled: true });
  });

  it('holds once more than 15% of the TTL instances went missing within one TTL', () => {
    const sp = new SelfPreservation();
    // 100 instances: the 16th missing one is more than 15%.
    const d = expireRange(sp, 0, 30, 100, 1_000);
    expect(d.slice(0, 15).every((x) => x === 'transition')).toBe(true);
    expect(d.slice(15).every((x) => x === 'hold')).toBe(true);
    expect(sp.status()).toMatchObject({ mode: 'holding', selfPreservation: true, engagedAtMs: 1_000, held: 15 });
    expect(sp.isStale(key(15))).toBe(true);
    expect(sp.isStale(key(3))).toBe(false);
  });

  it('never holds below the minimum count, however large the fraction', () => {
    const sp = new SelfPreservation();
    expect(expireRange(sp, 0, 9, 12, 0).every((x) => x === 'transition')).toBe(true);
    expect(sp.mode).toBe('normal');
    // The tenth engages: 10 ≥ 10 and 10 > 15% of 12.
    expect(sp.onExpiry(key(9), TTL, 12, 0)).toBe('hold');
  });

  it('50 of 60 instances stop at once: engages at the tenth', () => {
    const sp = new SelfPreservation();
    const d = expireRange(sp, 0, 50, 60, 0);
    expect(d.indexOf('hold')).toBe(9);
  });

  it('expiries spread wider than one TTL never add up', () => {
    const sp = new SelfPreservation();
    for (let i = 0; i < 40; i++) {
      // One every half TTL: at most 2 within any window, although none reports again.
      expect(sp.onExpiry(key(i), TTL, 40, i * (TTL / 2))).toBe('transition');
    }
  });

  it('counts each instance within its own TTL', () => {
    const sp = new SelfPreservation({ minInstances: 3, thresholdRatio: 0 });
    expect(sp.onExpiry('a', 1_000, 10, 0)).toBe('transition');
    expect(sp.onExpiry('b', 60_000, 10, 0)).toBe('transition');
    // 'a' left its window at 1 000 ms; 'b' is still in its own.
    expect(sp.onExpiry('c', 1_000, 10, 1_000)).toBe('transition');
    expect(sp.onExpiry('d', 1_000, 10, 1_000)).toBe('hold');
  });

  it('disabled: everything goes through', () => {
    const sp = new SelfPreservation({ enabled: false });
    expect(expireRange(sp, 0, 50, 60, 0).every((x) => x === 'transition')).toBe(true);
  });

  it('is bounded: past maxTracked missing instances, expiries go through', () => {
    const sp = new SelfPreservation({ maxTracked: 12 });
    const d = expireRange(sp, 0, 20, 20, 0);
    expect(d.filter((x) => x === 'hold')).toHaveLength(3); // the 10th to the 12th
    expect(sp.status().missing).toBe(12);
  });
});

describe('while holding', () => {
  function engaged(): SelfPreservation {
    const sp = new SelfPreservation();
    expireRange(sp, 0, 50, 60, 0); // engaged at i9; i9..i49 held
    return sp;
  }

  it('holds removals, including of instances that turned critical before', () => {
    const sp = engaged();
    expect(sp.onRemovalDue(key(0), 1_000)).toBe('hold');
    expect(sp.isStale(key(0))).toBe(true);
  });

  it('an explicit deregistration always goes through and is never released later', () => {
    const sp = engaged();
    sp.onDeregister(key(20));
    expect(sp.isStale(key(20))).toBe(false);
    sp.operatorRelease(1_000);
    const released = drain(sp, 60, 1_000);
    expect(released.map((r) => r.key)).not.toContain(key(20));
  });

  it('a held instance that reports is no longer stale, and nothing is released for it', () => {
    const sp = engaged();
    sp.onReport(key(30));
    expect(sp.isStale(key(30))).toBe(false);
    sp.operatorRelease(1_000);
    expect(drain(sp, 60, 1_000).map((r) => r.key)).not.toContain(key(30));
  });
});

/** Ticks every 100 ms until self-preservation is back to normal; returns what was released. */
function drain(sp: SelfPreservation, total: number, fromMs: number): Release[] {
  const out: Release[] = [];
  for (let t = fromMs; sp.mode !== 'normal'; t += 100) {
    if (t - fromMs > 24 * 3_600_000) throw new Error('self-preservation never returned to normal');
    out.push(...sp.tick(total, t));
  }
  return out;
}

describe('ending', () => {
  it('ends when reports recover: the rest are released', () => {
    const sp = new SelfPreservation();
    expireRange(sp, 0, 50, 60, 0);
    for (let i = 0; i < 45; i++) sp.onReport(key(i));
    // 5 still missing: under the minimum.
    expect(sp.tick(60, 1_000)).toEqual([45, 46, 47, 48, 49].map((i) => ({ key: key(i), action: 'transition' })));
    expect(sp.status()).toMatchObject({ mode: 'normal', lastEnd: 'recovered', held: 0 });
  });

  it('stays while too many are still missing', () => {
    const sp = new SelfPreservation();
    expireRange(sp, 0, 50, 60, 0);
    for (let i = 0; i < 30; i++) sp.onReport(key(i));
    expect(sp.tick(60, 1_000)).toEqual([]);
    expect(sp.mode).toBe('holding');
  });

  it('ends after maxHoldMs, then releases at the bounded rate, oldest first', () => {
    const sp = new SelfPreservation({ maxHoldMs: 60_000, releasePerSecond: 10, releaseBurst: 5 });
    expireRange(sp, 0, 50, 60, 0); // 41 held
    expect(sp.tick(60, 59_999)).toEqual([]);
    const first = sp.tick(60, 60_000);
    expect(first.map((r) => r.key)).toEqual([9, 10, 11, 12, 13].map(key));
    expect(sp.status()).toMatchObject({ mode: 'releasing', selfPreservation: false, lastEnd: 'timeout' });
    expect(sp.tick(60, 60_099)).toEqual([]);
    expect(sp.tick(60, 60_100)).toHaveLength(1);
    expect(sp.tick(60, 61_000)).toHaveLength(9);
    // 41 held: 5 + 10/s → all out by 63.6 s.
    expect(sp.tick(60, 63_599)).toHaveLength(25);
    expect(sp.mode).toBe('releasing');
    expect(sp.tick(60, 63_600)).toHaveLength(1);
    expect(sp.mode).toBe('normal');
  });

  it('an operator release ends it at once', () => {
    const sp = new SelfPreservation({ releaseBurst: 100 });
    expireRange(sp, 0, 50, 60, 0);
    sp.operatorRelease(5_000);
    expect(sp.status().lastEnd).toBe('operator');
    expect(sp.tick(60, 5_000)).toHaveLength(41);
  });

  it('a held removal is released as a removal', () => {
    const sp = new SelfPreservation();
    expireRange(sp, 0, 50, 60, 0);
    expect(sp.onRemovalDue(key(40), 1)).toBe('hold');
    sp.operatorRelease(2);
    expect(drain(sp, 60, 2)).toContainEqual({ key: key(40), action: 'remove' });
  });

  it('no new hold while releasing, and what went missing before the end does not count again', () => {
    const sp = new SelfPreservation({ releasePerSecond: 1, releaseBurst: 1 });
    expireRange(sp, 0, 50, 60, 0);
    sp.operatorRelease(1_000);
    sp.tick(60, 1_000);
    expect(sp.mode).toBe('releasing');
    expect(sp.onExpiry(key(55), TTL, 60, 1_500)).toBe('transition');
    drain(sp, 60, 2_000);
    // Back to normal, within the same TTL window: 50 went missing before the end; only new ones count.
    expect(expireRange(sp, 100, 109, 60, 50_000).every((x) => x === 'transition')).toBe(true);
    expect(sp.onExpiry(key(109), TTL, 60, 50_000)).toBe('hold');
  });
});

describe('properties', () => {
  const settings: Partial<SelfPreservationSettings> = {
    minInstances: 3,
    thresholdRatio: 0.15,
    windowTtls: 1,
    maxHoldMs: 8_000,
    releasePerSecond: 2,
    releaseBurst: 2,
  };
  const S = { ...DEFAULT_SELF_PRESERVATION, ...settings };
  const KEYS = 16;
  type Op =
    | { t: 'expire'; k: number }
    | { t: 'report'; k: number }
    | { t: 'removal'; k: number }
    | { t: 'deregister'; k: number }
    | { t: 'operator' }
    | { t: 'advance'; ms: number };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ t: fc.constant('expire' as const), k: fc.nat(KEYS - 1) }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('report' as const), k: fc.nat(KEYS - 1) }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('removal' as const), k: fc.nat(KEYS - 1) }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('deregister' as const), k: fc.nat(KEYS - 1) }) },
    { weight: 1, arbitrary: fc.constant({ t: 'operator' as const }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 800 }) }) },
  );
  const ttlOf = (k: number): number => 1_000 + (k % 4) * 1_000;
  const TICK_MS = 1_000;

  it('never below the minimum; deregistration always wins; release bounded in time and rate', () => {
    const stats = { runs: 0, engaged: 0, released: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.array(opArb, { maxLength: 150 }), (total, ops) => {
        const sp = new SelfPreservation(settings);
        let now = 0;
        // The test's own record of who went missing when (since the last end of a hold).
        const missingSince = new Map<string, number>();
        let floor = -Infinity;
        let holdStart: number | null = null;
        let releaseStart: number | null = null;
        let releasedInPhase = 0;
        let heldAtEnd = 0;
        const deregistered = new Set<string>();
        let engagedRuns = false;
        let releasedRuns = false;

        const observe = (released: Release[]): void => {
          const st = sp.status();
          for (const r of released) expect(deregistered.has(r.key)).toBe(false);
          if (released.length > 0) releasedRuns = true;
          if (releaseStart !== null) {
            releasedInPhase += released.length;
            // Rate bound.
            expect(releasedInPhase).toBeLessThanOrEqual(S.releaseBurst + Math.floor(((now - releaseStart) * S.releasePerSecond) / 1_000));
            // Time bound of the release phase.
            const releaseBoundMs = Math.ceil(Math.max(0, heldAtEnd - S.releaseBurst) / S.releasePerSecond) * 1_000 + TICK_MS;
            expect(now - releaseStart).toBeLessThanOrEqual(releaseBoundMs);
          }
          if (st.mode !== 'releasing') releaseStart = null;
          if (holdStart !== null && st.mode !== 'holding') {
            // Hold bound: ends within maxHoldMs (plus one tick of the caller's timer).
            expect(now - holdStart).toBeLessThanOrEqual(S.maxHoldMs + TICK_MS);
            holdStart = null;
            floor = now;
            if (st.mode === 'releasing') {
              releaseStart = now;
              releasedInPhase = released.length;
              heldAtEnd = st.held + released.length;
            }
          }
        };
        const tick = (): void => observe(sp.tick(total, now));

        for (const op of ops) {
          if (op.t === 'advance') {
            // The caller's timer ticks at least every TICK_MS.
            const end = now + op.ms;
            while (now < end) {
              now = Math.min(end, now + TICK_MS);
              tick();
            }
            continue;
          }
          if (op.t === 'operator') {
            sp.operatorRelease(now);
            tick();
            continue;
          }
          const k = key(op.k);
          if (op.t === 'expire') {
            if (!missingSince.has(k)) missingSince.set(k, now);
            deregistered.delete(k);
            const before = sp.mode;
            const d = sp.onExpiry(k, ttlOf(op.k), total, now);
            if (d === 'hold' && before === 'normal') {
              // Engaged: at least the minimum, and more than the fraction, went missing within their window.
              const within = [...missingSince].filter(([kk, t]) => t >= floor && now - t < ttlOf(Number(kk.slice(5))) * S.windowTtls).length;
              expect(within).toBeGreaterThanOrEqual(S.minInstances);
              expect(within).toBeGreaterThan(S.thresholdRatio * total);
              holdStart = now;
              engagedRuns = true;
            }
            if (d === 'hold') expect(sp.mode).toBe('holding');
            if (sp.mode === 'holding') expect(d).toBe('hold');
          } else if (op.t === 'report') {
            missingSince.delete(k);
            sp.onReport(k);
            expect(sp.isStale(k)).toBe(false);
          } else if (op.t === 'removal') {
            const d = sp.onRemovalDue(k, now);
            expect(d === 'hold').toBe(sp.mode === 'holding');
            if (d === 'remove') missingSince.delete(k);
          } else {
            missingSince.delete(k);
            deregistered.add(k);
            sp.onDeregister(k);
            expect(sp.isStale(k)).toBe(false);
          }
          // Reports and removals may end a hold: the caller ticks after them.
          tick();
        }
        // Time always ends it: keep ticking, and the bounds above hold to the end.
        for (let i = 0; i < 200 && sp.mode !== 'normal'; i++) {
          now += TICK_MS;
          tick();
        }
        expect(sp.mode).toBe('normal');
        expect(sp.status().held).toBe(0);
        stats.runs++;
        if (engagedRuns) stats.engaged++;
        if (releasedRuns) stats.released++;
      }),
      { seed: 909, numRuns: 1_000 },
    );
    // The schedules do exercise the rule: many runs engage, and many release.
    expect(stats.engaged).toBeGreaterThan(stats.runs / 5);
    expect(stats.released).toBeGreaterThan(stats.runs / 10);
  });

  it('fewer distinct missing instances than the minimum never hold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.array(fc.tuple(fc.nat(8), fc.nat(5_000)), { maxLength: 60 }), (total, evs) => {
        const sp = new SelfPreservation(); // minInstances 10: 9 distinct keys at most
        let now = 0;
        for (const [k, dt] of evs) {
          now += dt;
          expect(sp.onExpiry(key(k), TTL, total, now)).toBe('transition');
          sp.tick(total, now);
        }
      }),
      { seed: 910, numRuns: 300 },
    );
  });
});
