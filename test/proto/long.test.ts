// The 64-bit helpers: exact bigint conversion for ids, range-checked numbers
// for revisions and counts, and encoding from bigint or number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { etcdserverpb } from '../../src/generated/proto.js';
import {
  idFromHex, idToHex, isLong, longToBigInt, longToNumber, longToUnsignedBigInt, toInt64, toUint64,
} from '../../src/proto/long.js';

const U64_MAX = 2n ** 64n - 1n;

describe('bigint ids', () => {
  it('a uint64 member id >= 2^63 round-trips exactly through the wire', () => {
    for (const id of [2n ** 63n, 2n ** 63n + 12345n, 0xdeadbeefcafebaben, U64_MAX]) {
      const b = etcdserverpb.ResponseHeader.encode({ memberId: toUint64(id), clusterId: toUint64(id) }).finish();
      const d = etcdserverpb.ResponseHeader.decode(b);
      expect(isLong(d.memberId)).toBe(true);
      expect(longToBigInt(d.memberId)).toBe(id);
      expect(longToBigInt(d.clusterId)).toBe(id);
      expect(idToHex(d.memberId)).toBe(id.toString(16));
    }
  });

  it('any uint64 and any int64 round-trip (property)', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: U64_MAX }), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (u, i) => {
      const m = etcdserverpb.Member.decode(etcdserverpb.Member.encode({ ID: toUint64(u) }).finish());
      expect(longToBigInt(m.ID)).toBe(u);
      const l = etcdserverpb.LeaseGrantRequest.decode(etcdserverpb.LeaseGrantRequest.encode({ ID: toInt64(i) }).finish());
      expect(longToBigInt(l.ID)).toBe(i);
      expect(longToBigInt(toUint64(u))).toBe(u);
      expect(longToBigInt(toInt64(i))).toBe(i);
    }), { numRuns: 1000 });
  });

  it('refuses values that do not fit', () => {
    expect(() => toUint64(-1n)).toThrow(RangeError);
    expect(() => toUint64(2n ** 64n)).toThrow(RangeError);
    expect(() => toInt64(2n ** 63n)).toThrow(RangeError);
    expect(() => toInt64(-(2n ** 63n) - 1n)).toThrow(RangeError);
    expect(() => toUint64(-1)).toThrow(RangeError);
    expect(() => toUint64(1.5)).toThrow(RangeError);
    expect(() => toInt64(2 ** 53)).toThrow(RangeError);
  });

  it('reads an int64 field as unsigned when asked (an id carried in an int64)', () => {
    expect(longToUnsignedBigInt(toInt64(-1n))).toBe(U64_MAX);
    expect(longToBigInt(toInt64(-1n))).toBe(-1n);
  });

  it('hex ids as etcdctl prints them', () => {
    expect(idToHex(2n ** 63n)).toBe('8000000000000000');
    expect(idFromHex('8000000000000000')).toBe(2n ** 63n);
    expect(idFromHex('0x1f')).toBe(31n);
    expect(() => idFromHex('1ffffffffffffffff')).toThrow(RangeError);
    expect(() => idFromHex('xyz')).toThrow(RangeError);
  });
});

describe('numbers', () => {
  it('converts within the safe range, including negatives, and refuses beyond it', () => {
    expect(longToNumber(toInt64(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(longToNumber(toInt64(Number.MIN_SAFE_INTEGER))).toBe(Number.MIN_SAFE_INTEGER);
    expect(longToNumber(toUint64(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(longToNumber(toInt64(-1))).toBe(-1);
    expect(longToNumber(toUint64(2 ** 32))).toBe(2 ** 32);
    expect(() => longToNumber(toInt64(2n ** 53n))).toThrow(RangeError);
    expect(() => longToNumber(toInt64(-(2n ** 53n)))).toThrow(RangeError);
    expect(() => longToNumber(toUint64(U64_MAX))).toThrow(RangeError);
    expect(() => longToNumber(toUint64(U64_MAX), 'revision')).toThrow(/revision/);
    expect(longToNumber(null)).toBe(0);
    expect(longToNumber(undefined)).toBe(0);
    expect(longToNumber(7)).toBe(7);
  });

  it('every safe integer survives an int64 field (property)', () => {
    fc.assert(fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
      const d = etcdserverpb.RangeRequest.decode(etcdserverpb.RangeRequest.encode({ revision: n }).finish());
      expect(longToNumber(d.revision)).toBe(n);
      expect(longToNumber(toInt64(n))).toBe(n);
      if (n >= 0) expect(longToNumber(toUint64(n))).toBe(n);
    }), { numRuns: 1000 });
  });

  it('a plain number is accepted by the generated encoder for 64-bit fields', () => {
    const a = etcdserverpb.PutRequest.encode({ lease: 123456789012 }).finish();
    const b = etcdserverpb.PutRequest.encode({ lease: toInt64(123456789012n) }).finish();
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
