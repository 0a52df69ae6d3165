import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBytes } from '../../src/kv/bytes.js';
import { decodeRecord, encodeRecord, parseRevKey, readU64, recordKey, revKey, u64Bytes } from '../../src/kv/codec.js';
import { readSnapshot, SnapshotWriter } from '../../src/kv/snapshot.js';
import type { KeyValue } from '../../src/kv/index.js';

const bytes = fc.uint8Array({ maxLength: 40 }).map((a) => new Uint8Array(a));
const rev = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });

describe('codec', () => {
  it('round-trips put records, including large revisions and negative leases', () => {
    fc.assert(
      fc.property(
        bytes.filter((k) => k.length > 0),
        bytes,
        rev,
        rev,
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
        fc.nat(2 ** 32 - 1),
        (key, value, main, createRevision, version, lease, sub) => {
          const kv: KeyValue = { key, value, createRevision, modRevision: main, version, lease };
          const enc = encodeRecord(key, kv);
          const dec = decodeRecord(main, sub, enc);
          expect(dec).toEqual({ main, sub, key, kv });
          expect(recordKey(enc)).toEqual(key);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it('round-trips tombstones', () => {
    const enc = encodeRecord(Uint8Array.of(1, 2, 3), null);
    expect(decodeRecord(9, 4, enc)).toEqual({ main: 9, sub: 4, key: Uint8Array.of(1, 2, 3), kv: null });
  });

  it('decodes to plain Uint8Array views even from a Buffer', () => {
    const enc = Buffer.from(encodeRecord(Uint8Array.of(7), { key: Uint8Array.of(7), value: Uint8Array.of(8), createRevision: 2, modRevision: 2, version: 1, lease: 0n }));
    const dec = decodeRecord(2, 0, enc);
    expect(Object.getPrototypeOf(dec.key)).toBe(Uint8Array.prototype);
    expect(Object.getPrototypeOf(dec.kv?.value)).toBe(Uint8Array.prototype);
  });

  it('revision keys sort in (main, sub) order and round-trip', () => {
    fc.assert(
      fc.property(rev, fc.nat(2 ** 32 - 1), rev, fc.nat(2 ** 32 - 1), (m1, s1, m2, s2) => {
        expect(parseRevKey(revKey(m1, s1))).toEqual({ main: m1, sub: s1 });
        const want = m1 !== m2 ? Math.sign(m1 - m2) : Math.sign(s1 - s2);
        expect(Math.sign(compareBytes(revKey(m1, s1), revKey(m2, s2)))).toBe(want);
      }),
      { seed: 11, numRuns: 500 },
    );
    expect(readU64(u64Bytes(Number.MAX_SAFE_INTEGER), 0)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('rejects malformed records', () => {
    expect(() => decodeRecord(1, 0, Uint8Array.of(9))).toThrow('bad record flags');
    expect(() => decodeRecord(1, 0, Uint8Array.of(0, 5, 1))).toThrow('truncated');
  });
});

describe('snapshot format', () => {
  it('round-trips and detects damage', () => {
    const w = new SnapshotWriter({ appliedIndex: 12, revision: 2 ** 40, compactRevision: 3 });
    w.add(5, 0, Uint8Array.of(1, 2));
    w.add(5, 1, new Uint8Array());
    const data = w.finish();
    const { meta, records } = readSnapshot(data);
    expect(meta).toEqual({ appliedIndex: 12, revision: 2 ** 40, compactRevision: 3 });
    expect(records.map((r) => [r.main, r.sub, [...r.bytes]])).toEqual([
      [5, 0, [1, 2]],
      [5, 1, []],
    ]);
    for (let i = 0; i < data.length; i++) {
      const bad = new Uint8Array(data);
      bad[i] = (bad[i] ?? 0) ^ 1;
      expect(() => readSnapshot(bad)).toThrow();
    }
  });
});
