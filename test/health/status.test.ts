// Instance status: worst of its checks; maintenance is critical with its reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instanceHealth, worseStatus, type CheckSummary } from '../../src/health/status.js';
import { CHECK_STATUSES, type CheckStatus } from '../../src/health/check.js';

const c = (checkId: string, status: CheckStatus, output = ''): CheckSummary => ({ checkId, status, output });

describe('instanceHealth', () => {
  const cases: Array<[string, CheckSummary[], CheckStatus, string | null]> = [
    ['no checks: passing', [], 'passing', null],
    ['all passing', [c('a', 'passing'), c('b', 'passing')], 'passing', 'a'],
    ['one warning', [c('a', 'passing'), c('b', 'warning')], 'warning', 'b'],
    ['critical beats warning', [c('a', 'warning'), c('b', 'critical'), c('c', 'passing')], 'critical', 'b'],
    ['ties: the first check id, whatever the order', [c('z', 'critical'), c('m', 'critical')], 'critical', 'm'],
  ];
  it.each(cases)('%s', (_n, checks, status, checkId) => {
    const h = instanceHealth(checks, null);
    expect(h.status).toBe(status);
    if (checkId === null) expect(h.cause).toEqual({ kind: 'no-checks' });
    else expect(h.cause).toMatchObject({ kind: 'check', checkId });
  });

  it('carries the worst check output', () => {
    expect(instanceHealth([c('a', 'critical', 'connection refused')], null).cause).toEqual({ kind: 'check', checkId: 'a', output: 'connection refused' });
  });

  it('maintenance is critical with its reason, even when every check passes or there are none', () => {
    expect(instanceHealth([c('a', 'passing')], { reason: 'kernel upgrade' })).toEqual({ status: 'critical', cause: { kind: 'maintenance', reason: 'kernel upgrade' } });
    expect(instanceHealth([], { reason: '' })).toEqual({ status: 'critical', cause: { kind: 'maintenance', reason: '' } });
  });

  it('property: the status is the worst check status, independent of order; maintenance is always critical', () => {
    const statusArb = fc.constantFrom<CheckStatus>(...CHECK_STATUSES);
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ checkId: fc.string({ minLength: 1, maxLength: 4 }), status: statusArb, output: fc.string() }), { selector: (x) => x.checkId, maxLength: 10 }), fc.boolean(), (checks, maint) => {
        const worst = checks.reduce<CheckStatus>((w, x) => worseStatus(w, x.status), 'passing');
        const h = instanceHealth(checks, maint ? { reason: 'm' } : null);
        expect(h.status).toBe(maint ? 'critical' : worst);
        expect(instanceHealth([...checks].reverse(), maint ? { reason: 'm' } : null)).toEqual(h);
        const cause = h.cause;
        if (!maint && checks.length > 0) expect(cause.kind === 'check' && checks.some((x) => x.checkId === cause.checkId && x.status === worst)).toBe(true);
      }),
      { seed: 31, numRuns: 500 },
    );
  });

  it('worseStatus orders passing < warning < critical', () => {
    expect(worseStatus('passing', 'warning')).toBe('warning');
    expect(worseStatus('critical', 'warning')).toBe('critical');
    expect(worseStatus('warning', 'passing')).toBe('warning');
  });
});
