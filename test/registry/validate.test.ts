// Registration validation: every rule and limit, each with the field it names
// and its code; defaults; and fast-check properties over generated registrations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHECK_TIMEOUT_MS,
  MAX_CHECKS_PER_INSTANCE,
  MAX_ID_BYTES,
  MAX_META_KEY_BYTES,
  MAX_META_PAIRS,
  MAX_META_VALUE_BYTES,
  MAX_TAGS,
  MIN_CHECK_INTERVAL_MS,
} from '../../src/registry/limits.js';
import type { CheckDefinition, ServiceRegistration } from '../../src/registry/model.js';
import {
  describeIssues,
  MAX_REPORTED_ISSUES,
  validateRegistration,
  type RegistrationIssue,
} from '../../src/registry/validate.js';

const base: ServiceRegistration = { service: 'web', id: 'web-1', address: '10.0.0.7', port: 8080 };
const ttl: CheckDefinition = { checkId: 'alive', kind: 'ttl', ttlMs: 10_000 };
const http: CheckDefinition = { checkId: 'http', kind: 'http', intervalMs: 5_000, target: 'http://10.0.0.7:8080/health' };

function issuesOf(r: ServiceRegistration): RegistrationIssue[] {
  const v = validateRegistration(r);
  return v.ok ? [] : v.issues;
}
const meta = (n: number): Record<string, string> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));

describe('validateRegistration: rejections', () => {
  const cases: Array<[string, ServiceRegistration, string, string, string]> = [
    ['empty service', { ...base, service: '' }, 'service', 'REQUIRED', 'must not be empty'],
    ['service with a space', { ...base, service: 'my web' }, 'service', 'INVALID_CHARACTERS', "may contain only letters, digits, '.', '_' and '-'"],
    ['service with a slash', { ...base, service: 'a/b' }, 'service', 'INVALID_CHARACTERS', "may contain only letters, digits, '.', '_' and '-'"],
    ['service of 129 bytes', { ...base, service: 'a'.repeat(MAX_ID_BYTES + 1) }, 'service', 'TOO_LONG', 'must be at most 128 bytes'],
    ['non-ASCII id', { ...base, id: 'wéb' }, 'id', 'INVALID_CHARACTERS', "may contain only letters, digits, '.', '_' and '-'"],
    ['empty id', { ...base, id: '' }, 'id', 'REQUIRED', 'must not be empty'],
    ['empty address', { ...base, address: '' }, 'address', 'REQUIRED', 'must not be empty'],
    ['address with a space', { ...base, address: 'a b' }, 'address', 'INVALID_CHARACTERS', 'must be a host name or an IP address'],
    ['port 0', { ...base, port: 0 }, 'port', 'OUT_OF_RANGE', 'must be at least 1'],
    ['port 65536', { ...base, port: 65_536 }, 'port', 'OUT_OF_RANGE', 'must be at most 65535'],
    ['port 80.5', { ...base, port: 80.5 }, 'port', 'NOT_AN_INTEGER', 'must be an integer'],
    ['port NaN', { ...base, port: Number.NaN }, 'port', 'NOT_AN_INTEGER', 'must be an integer'],
    ['65 tags', { ...base, tags: Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`) }, 'tags', 'TOO_MANY', 'at most 64 tags'],
    ['empty tag', { ...base, tags: ['a', ''] }, 'tags[1]', 'REQUIRED', 'must not be empty'],
    ['tag with a newline', { ...base, tags: ['a\nb'] }, 'tags[0]', 'INVALID_CHARACTERS', 'must not contain control characters'],
    ['65 meta pairs', { ...base, meta: meta(MAX_META_PAIRS + 1) }, 'meta', 'TOO_MANY', 'at most 64 pairs'],
    ['meta key of 129 bytes', { ...base, meta: { ['k'.repeat(MAX_META_KEY_BYTES + 1)]: 'v' } }, `meta["${'k'.repeat(40)}…"]`, 'TOO_LONG', 'key must be at most 128 bytes'],
    ['meta key with a space', { ...base, meta: { 'a b': 'v' } }, 'meta["a b"]', 'INVALID_CHARACTERS', "key may contain only letters, digits, '.', '_' and '-'"],
    ['empty meta key', { ...base, meta: { '': 'v' } }, 'meta[""]', 'REQUIRED', 'key must not be empty'],
    ['meta value of 513 bytes', { ...base, meta: { k: 'v'.repeat(MAX_META_VALUE_BYTES + 1) } }, 'meta["k"]', 'TOO_LONG', 'must be at most 512 bytes'],
    // 171 × 'é' is 342 bytes: under 512 characters but the limit is in bytes.
    ['meta value of 257 two-byte characters', { ...base, meta: { k: 'é'.repeat(257) } }, 'meta["k"]', 'TOO_LONG', 'must be at most 512 bytes'],
    ['maintenance reason of 513 bytes', { ...base, maintenance: { reason: 'r'.repeat(513) } }, 'maintenance.reason', 'TOO_LONG', 'must be at most 512 bytes'],
    ['33 checks', { ...base, checks: Array.from({ length: MAX_CHECKS_PER_INSTANCE + 1 }, (_, i) => ({ ...ttl, checkId: `c${i}` })) }, 'checks', 'TOO_MANY', 'at most 32 checks'],
    ['ttl check without ttl', { ...base, checks: [{ checkId: 'a', kind: 'ttl' }] }, 'checks[0].ttl_ms', 'REQUIRED', 'a ttl check needs a ttl'],
    ['ttl below 1 s', { ...base, checks: [{ ...ttl, ttlMs: 999 }] }, 'checks[0].ttl_ms', 'OUT_OF_RANGE', 'must be at least 1000 ms'],
    ['ttl check with an interval', { ...base, checks: [{ ...ttl, intervalMs: 5_000 }] }, 'checks[0].interval_ms', 'NOT_APPLICABLE', 'applies only to http, tcp and grpc checks'],
    ['ttl check with damping', { ...base, checks: [{ ...ttl, failuresBeforeCritical: 3 }] }, 'checks[0].failures_before_critical', 'NOT_APPLICABLE', 'applies only to http, tcp and grpc checks'],
    ['http check with a ttl', { ...base, checks: [{ ...http, ttlMs: 5_000 }] }, 'checks[0].ttl_ms', 'NOT_APPLICABLE', 'applies only to ttl checks'],
    ['interval below 1 s (second check)', { ...base, checks: [ttl, { ...http, intervalMs: 999 }] }, 'checks[1].interval_ms', 'OUT_OF_RANGE', 'must be at least 1000 ms'],
    ['http check without interval', { ...base, checks: [{ checkId: 'h', kind: 'http', target: 'http://x/' }] }, 'checks[0].interval_ms', 'REQUIRED', 'an http check needs an interval'],
    ['timeout 0', { ...base, checks: [{ ...http, timeoutMs: 0 }] }, 'checks[0].timeout_ms', 'OUT_OF_RANGE', 'must be at least 1 ms'],
    ['http check without target', { ...base, checks: [{ checkId: 'h', kind: 'http', intervalMs: 1_000 }] }, 'checks[0].target', 'REQUIRED', 'must not be empty'],
    ['http target not a URL', { ...base, checks: [{ ...http, target: 'ftp://x/' }] }, 'checks[0].target', 'INVALID_VALUE', 'must be an http:// or https:// URL'],
    ['tcp target without port', { ...base, checks: [{ checkId: 't', kind: 'tcp', intervalMs: 1_000, target: 'db.local' }] }, 'checks[0].target', 'INVALID_VALUE', 'must be host:port with a port from 1 to 65535'],
    ['tcp target port 70000', { ...base, checks: [{ checkId: 't', kind: 'tcp', intervalMs: 1_000, target: 'db:70000' }] }, 'checks[0].target', 'INVALID_VALUE', 'must be host:port with a port from 1 to 65535'],
    ['grpc_service on http', { ...base, checks: [{ ...http, grpcService: 'x' }] }, 'checks[0].grpc_service', 'NOT_APPLICABLE', 'applies only to grpc checks'],
    ['unknown kind', { ...base, checks: [{ checkId: 'x', kind: 'script' as 'ttl' }] }, 'checks[0].kind', 'INVALID_VALUE', 'must be one of ttl, http, tcp, grpc'],
    ['unknown status', { ...base, checks: [{ ...ttl, status: 'ok' as 'passing' }] }, 'checks[0].status', 'INVALID_VALUE', 'must be one of passing, warning, critical'],
    ['bad check id', { ...base, checks: [{ ...ttl, checkId: 'a:b' }] }, 'checks[0].check_id', 'INVALID_CHARACTERS', "may contain only letters, digits, '.', '_' and '-'"],
    ['duplicate check id', { ...base, checks: [ttl, { ...http, checkId: 'alive' }] }, 'checks[1].check_id', 'DUPLICATE', 'alive appears twice'],
    ['failures_before_warning above critical', { ...base, checks: [{ ...http, failuresBeforeWarning: 4, failuresBeforeCritical: 3 }] }, 'checks[0].failures_before_warning', 'INCONSISTENT', 'must not be above failures_before_critical'],
    ['negative success_before_passing', { ...base, checks: [{ ...http, successBeforePassing: -1 }] }, 'checks[0].success_before_passing', 'OUT_OF_RANGE', 'must be at least 0'],
    ['failures_before_critical 101', { ...base, checks: [{ ...http, failuresBeforeCritical: 101 }] }, 'checks[0].failures_before_critical', 'OUT_OF_RANGE', 'must be at most 100'],
    ['deregister_critical_after below 1 s', { ...base, checks: [{ ...ttl, deregisterCriticalAfterMs: 500 }] }, 'checks[0].deregister_critical_after_ms', 'OUT_OF_RANGE', 'must be at least 1000 ms'],
  ];
  it.each(cases)('%s → %s', (_name, reg, field, code, message) => {
    const issues = issuesOf(reg);
    expect(issues).toContainEqual({ field, code, message });
  });

  it('the brief example reads as the API will send it', () => {
    const issues = issuesOf({ ...base, checks: [ttl, { ...http, intervalMs: 10 }] });
    expect(describeIssues(issues)).toBe('checks[1].interval_ms: must be at least 1000 ms');
  });

  it('reports every issue, at most MAX_REPORTED_ISSUES of them', () => {
    expect(issuesOf({ service: '', id: '', address: '', port: 0 }).map((i) => i.field)).toEqual(['service', 'id', 'address', 'port']);
    const many = { ...base, tags: Array.from({ length: MAX_TAGS }, () => '') };
    expect(issuesOf(many)).toHaveLength(MAX_REPORTED_ISSUES);
  });
});

describe('validateRegistration: accepted, with defaults', () => {
  it('limits are inclusive', () => {
    const r: ServiceRegistration = {
      service: 'a'.repeat(MAX_ID_BYTES),
      id: 'A.b_c-9',
      address: '::1',
      port: 65_535,
      tags: Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`),
      meta: { ...meta(MAX_META_PAIRS - 1), ['k'.repeat(MAX_META_KEY_BYTES)]: 'v'.repeat(MAX_META_VALUE_BYTES) },
      checks: [{ ...http, intervalMs: MIN_CHECK_INTERVAL_MS }],
    };
    expect(issuesOf(r)).toEqual([]);
  });

  it('fills in every default', () => {
    const v = validateRegistration({
      ...base,
      address: 'fe80::1',
      meta: { b: '2', a: '1' },
      checks: [ttl, http, { checkId: 'g', kind: 'grpc', intervalMs: 2_000 }, { checkId: 'd', kind: 'tcp', intervalMs: 2_000, failuresBeforeCritical: 3 }],
    });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const [t, h, g, d] = v.registration.checks;
    expect(v.registration.meta).toEqual([['a', '1'], ['b', '2']]);
    expect(v.registration.tags).toEqual([]);
    expect(v.registration.maintenance).toBeNull();
    expect(t).toEqual({ kind: 'ttl', checkId: 'alive', ttlMs: 10_000, deregisterCriticalAfterMs: null, status: 'critical', successBeforePassing: 0, failuresBeforeWarning: 0, failuresBeforeCritical: 0 });
    expect(h).toMatchObject({ status: 'critical', timeoutMs: DEFAULT_CHECK_TIMEOUT_MS, grpcService: '' });
    expect(g).toMatchObject({ target: '[fe80::1]:8080', grpcService: '' });
    // failures_before_warning defaults to failures_before_critical, as in Consul.
    expect(d).toMatchObject({ target: '[fe80::1]:8080', failuresBeforeCritical: 3, failuresBeforeWarning: 3 });
  });

  it('0 and null deregister_critical_after mean never, as an absent one', () => {
    for (const d of [0, null]) {
      const v = validateRegistration({ ...base, checks: [{ ...ttl, deregisterCriticalAfterMs: d }] });
      expect(v.ok && v.registration.checks[0]!.deregisterCriticalAfterMs).toBeNull();
    }
  });

  it('keeps an initial status', () => {
    const v = validateRegistration({ ...base, checks: [{ ...ttl, status: 'passing' }] });
    expect(v.ok && v.registration.checks[0]!.status).toBe('passing');
  });
});

describe('validateRegistration: properties', () => {
  const idArb = fc.stringMatching(/^[A-Za-z0-9._-]{1,128}$/);
  const checkArb: fc.Arbitrary<CheckDefinition> = fc.oneof(
    fc.record({ checkId: idArb, kind: fc.constant('ttl' as const), ttlMs: fc.integer({ min: 1_000, max: 86_400_000 }) }),
    fc.record({
      checkId: idArb,
      kind: fc.constantFrom('tcp' as const, 'grpc' as const),
      intervalMs: fc.integer({ min: 1_000, max: 86_400_000 }),
      failuresBeforeCritical: fc.integer({ min: 0, max: 100 }),
    }),
  );
  // eslint-disable-next-line no-control-regex
  const controlChars = /[\u0000-\u001f\u007f]/;
  const regArb: fc.Arbitrary<ServiceRegistration> = fc.record({
    service: idArb,
    id: idArb,
    address: fc.constantFrom('10.0.0.1', 'host.example', '::1'),
    port: fc.integer({ min: 1, max: 65_535 }),
    tags: fc.array(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !controlChars.test(s)), { maxLength: MAX_TAGS }),
    meta: fc.dictionary(fc.stringMatching(/^[A-Za-z0-9._-]{1,128}$/), fc.string({ maxLength: 128 }), { maxKeys: MAX_META_PAIRS }),
    checks: fc.uniqueArray(checkArb, { maxLength: 8, selector: (c) => c.checkId }),
  });

  it('every registration within the rules is accepted, and validation is idempotent on its output', () => {
    fc.assert(
      fc.property(regArb, (r) => {
        const v = validateRegistration(r);
        expect(v.ok ? [] : v.issues).toEqual([]);
        if (!v.ok) return;
        const again = validateRegistration({ ...v.registration, meta: Object.fromEntries(v.registration.meta) });
        expect(again.ok && again.registration).toEqual(v.registration);
      }),
      { seed: 4242, numRuns: 300 },
    );
  });

  it('an interval below the minimum is always refused, naming that check', () => {
    fc.assert(
      fc.property(regArb, fc.integer({ min: -10, max: MIN_CHECK_INTERVAL_MS - 1 }), (r, interval) => {
        const checks = [...(r.checks ?? []), { checkId: 'zz-active', kind: 'tcp' as const, intervalMs: interval }];
        const field = `checks[${checks.length - 1}].interval_ms`;
        expect(issuesOf({ ...r, checks })).toContainEqual({ field, code: 'OUT_OF_RANGE', message: 'must be at least 1000 ms' });
      }),
      { seed: 4243, numRuns: 200 },
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (service, port, checks, meta) => {
        const r = { ...base, service, port, checks: Array.isArray(checks) ? checks : undefined, meta: typeof meta === 'object' && meta !== null ? meta : undefined };
        const v = validateRegistration(r as unknown as ServiceRegistration);
        expect(typeof v.ok).toBe('boolean');
      }),
      { seed: 4244, numRuns: 300 },
    );
  });
});
