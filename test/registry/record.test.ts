// The registry's stored records: keys, decoding that never throws, and the
// discovery filter.
import { describe, expect, it } from 'vitest';
import {
  ALL_INSTANCES_PREFIX, decodeInstanceRecord, decodeSelfPreservationRecord, encodeRecord, instanceStoreKey, instanceView, prefixEnd, RESERVED_PREFIX,
  SELF_PRESERVATION_KEY, servicePrefix, type InstanceRecord,
} from '../../src/registry/record.js';
import { matchesFilter } from '../../src/registry/store.js';
import { validateRegistration } from '../../src/registry/validate.js';

const enc = new TextEncoder();

function record(over: Partial<Parameters<typeof validateRegistration>[0]> = {}, statuses: Array<'passing' | 'warning' | 'critical'> = []): InstanceRecord {
  const v = validateRegistration({ service: 'web', id: 'w1', address: '127.0.0.1', port: 80, ...over });
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return { v: 1, reg: v.registration, checks: v.registration.checks.map((c, i) => ({ status: statuses[i] ?? c.status, output: '', statusChangedMs: 1 })), stale: false };
}

function startsWith(a: Uint8Array, p: Uint8Array): boolean {
  return p.every((b, i) => a[i] === b);
}

describe('keys', () => {
  it('every record key is in the reserved part of the keyspace', () => {
    for (const k of [instanceStoreKey('web', 'w1'), SELF_PRESERVATION_KEY, servicePrefix('web'), ALL_INSTANCES_PREFIX]) {
      expect(startsWith(k, RESERVED_PREFIX)).toBe(true);
    }
  });

  it("a service's prefix holds its instances and no other service's", () => {
    const p = servicePrefix('web');
    expect(startsWith(instanceStoreKey('web', 'w1'), p)).toBe(true);
    expect(startsWith(instanceStoreKey('webapp', 'w1'), p)).toBe(false);
    expect(startsWith(instanceStoreKey('we', 'bw1'), p)).toBe(false);
    // The self-preservation record is outside every instance range.
    expect(startsWith(SELF_PRESERVATION_KEY, ALL_INSTANCES_PREFIX)).toBe(false);
  });

  it('prefixEnd bounds a prefix', () => {
    expect([...prefixEnd(enc.encode('ab'))]).toEqual([...enc.encode('ac')]);
    expect([...prefixEnd(Uint8Array.of(0x61, 0xff))]).toEqual([0x62]);
    expect([...prefixEnd(Uint8Array.of(0xff, 0xff))]).toEqual([0]);
  });
});

describe('decoding', () => {
  it('round-trips a record', () => {
    const r = record({ checks: [{ checkId: 'ttl', kind: 'ttl', ttlMs: 5000 }] });
    expect(decodeInstanceRecord(encodeRecord(r))).toEqual(r);
  });

  it.each([
    ['not JSON', '{'],
    ['another version', JSON.stringify({ v: 2, reg: {}, checks: [] })],
    ['no registration', JSON.stringify({ v: 1, checks: [] })],
    ['checks of another length', JSON.stringify({ v: 1, reg: { service: 's', id: 'i', checks: [{}] }, checks: [] })],
    ['a bad status', JSON.stringify({ v: 1, reg: { service: 's', id: 'i', checks: [{}] }, checks: [{ status: 'dead', output: '', statusChangedMs: 1 }] })],
    ['an array', '[]'],
    ['null', 'null'],
  ])('reads %s as absent, without throwing', (_name, text) => {
    expect(decodeInstanceRecord(enc.encode(text))).toBeUndefined();
  });

  it('reads a missing or bad self-preservation record as inactive', () => {
    expect(decodeSelfPreservationRecord(undefined)).toEqual({ v: 1, active: false, sinceMs: 0 });
    expect(decodeSelfPreservationRecord(enc.encode('x'))).toEqual({ v: 1, active: false, sinceMs: 0 });
    expect(decodeSelfPreservationRecord(encodeRecord({ v: 1, active: true, sinceMs: 5 }))).toEqual({ v: 1, active: true, sinceMs: 5 });
  });
});

describe('the discovery filter', () => {
  const view = (r: InstanceRecord) => instanceView(r, 1, 1);
  const tagged = view(record({ tags: ['v1', 'blue'], meta: { zone: 'a', tier: 'web' } }));

  it.each([
    [{}, true],
    [{ tags: ['v1'] }, true],
    [{ tags: ['v1', 'blue'] }, true],
    [{ tags: ['v1', 'green'] }, false],
    [{ meta: [['zone', 'a']] as Array<[string, string]> }, true],
    [{ meta: [['zone', 'a'], ['tier', 'web']] as Array<[string, string]> }, true],
    [{ meta: [['zone', 'b']] as Array<[string, string]> }, false],
    [{ meta: [['region', 'a']] as Array<[string, string]> }, false],
    [{ passingOnly: true }, true],
  ])('%j matches: %s', (filter, expected) => {
    expect(matchesFilter(tagged, filter)).toBe(expected);
  });

  it('passing only leaves out warning, critical and maintenance', () => {
    const checks = [{ checkId: 'a', kind: 'ttl' as const, ttlMs: 5000 }, { checkId: 'b', kind: 'ttl' as const, ttlMs: 5000 }];
    expect(matchesFilter(view(record({ checks }, ['passing', 'passing'])), { passingOnly: true })).toBe(true);
    expect(matchesFilter(view(record({ checks }, ['passing', 'warning'])), { passingOnly: true })).toBe(false);
    expect(matchesFilter(view(record({ checks }, ['critical', 'passing'])), { passingOnly: true })).toBe(false);
    expect(matchesFilter(view(record({ checks, maintenance: { reason: 'x' } }, ['passing', 'passing'])), { passingOnly: true })).toBe(false);
  });
});
