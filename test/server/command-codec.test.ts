// The Raft command codec: store types in, the same store types out, on every
// member alike; anything else in entry data is refused, never half-read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Compare, DeleteRangeRequest, PutRequest, RangeRequest, RequestOp, TxnRequest } from '../../src/kv/index.js';
import { CommandCodecError, decodeCommand, encodeCommand, type Command } from '../../src/server/command-codec.js';

const b = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const hex = (u: Uint8Array): string => Buffer.from(u).toString('hex');

// Arbitraries in the codec's canonical form: a field is present only if it is
// not zero (what the store's types mean by absent), except where presence is
// kept on purpose (compare targets and value).
const bytes = (min = 0) => fc.uint8Array({ minLength: min, maxLength: 12 }).map((u) => new Uint8Array(u));
const nonZeroInt = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.maxSafeInteger(), fc.maxSafeNat(), fc.constant(Number.MIN_SAFE_INTEGER))
  .filter((n) => n !== 0);
const anyInt = fc.oneof(fc.constant(0), nonZeroInt);
const leaseId = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).filter((n) => n !== 0n);

const put: fc.Arbitrary<PutRequest> = fc.record({
  key: bytes(), value: bytes(1), lease: leaseId, prevKv: fc.constant(true), ignoreValue: fc.constant(true), ignoreLease: fc.constant(true),
}, { requiredKeys: ['key'] });

const del: fc.Arbitrary<DeleteRangeRequest> = fc.record({ key: bytes(), rangeEnd: bytes(1), prevKv: fc.constant(true) }, { requiredKeys: ['key'] });

const range: fc.Arbitrary<RangeRequest> = fc.record({
  key: bytes(),
  rangeEnd: bytes(1),
  limit: nonZeroInt,
  revision: nonZeroInt,
  sortOrder: fc.constantFrom(1, 2) as fc.Arbitrary<RangeRequest['sortOrder']>,
  sortTarget: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<RangeRequest['sortTarget']>,
  serializable: fc.constant(true),
  keysOnly: fc.constant(true),
  countOnly: fc.constant(true),
  minModRevision: nonZeroInt,
  maxModRevision: nonZeroInt,
  minCreateRevision: nonZeroInt,
  maxCreateRevision: nonZeroInt,
}, { requiredKeys: ['key'] });

const compare: fc.Arbitrary<Compare> = fc.record({
  key: bytes(),
  rangeEnd: bytes(1),
  result: fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<Compare['result']>,
  target: fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<Compare['target']>,
  version: anyInt,
  createRevision: anyInt,
  modRevision: anyInt,
  value: bytes(),
  lease: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
}, { requiredKeys: ['key', 'result', 'target'] });

const { txn } = fc.letrec<{ txn: TxnRequest; op: RequestOp }>((tie) => ({
  txn: fc.record({
    compare: fc.array(compare, { maxLength: 3 }),
    success: fc.array(tie('op'), { maxLength: 3 }),
    failure: fc.array(tie('op'), { maxLength: 3 }),
  }),
  op: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant({}),
    range.map((r) => ({ requestRange: r })),
    put.map((r) => ({ requestPut: r })),
    del.map((r) => ({ requestDeleteRange: r })),
    tie('txn').map((t) => ({ requestTxn: t as TxnRequest })),
  ),
}));

const command: fc.Arbitrary<Command> = fc.oneof(
  put.map((request) => ({ type: 'put' as const, request })),
  del.map((request) => ({ type: 'deleteRange' as const, request })),
  txn.map((request) => ({ type: 'txn' as const, request })),
  fc.record({ revision: anyInt, physical: fc.constant(true) }, { requiredKeys: ['revision'] }).map((request) => ({ type: 'compaction' as const, request })),
  fc.record({ id: leaseId, ttl: anyInt }).map((request) => ({ type: 'leaseGrant' as const, request })),
  leaseId.map((id) => ({ type: 'leaseRevoke' as const, request: { id } })),
  fc.record({ memberId: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), name: fc.string(), clientUrls: fc.array(fc.string(), { maxLength: 3 }) })
    .map((m) => ({ type: 'publishMember' as const, ...m })),
);

describe('command codec', () => {
  it('decodes every command to exactly what was encoded, with its request id (fast-check)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), command, (id, c) => {
        const data = encodeCommand(id, c);
        const d = decodeCommand(data);
        expect(d.requestId).toBe(id);
        expect(d.command).toEqual(c);
        // Deterministic: the decoded command encodes to the same bytes.
        expect(hex(encodeCommand(d.requestId, d.command))).toBe(hex(data));
      }),
      { seed: 20261202, numRuns: 2000 },
    );
  });

  it('writes a Put in a few bytes beyond its key and value (hand-computed)', () => {
    const data = encodeCommand(0x0102030405060708n, { type: 'put', request: { key: b('k'), value: b('v'), prevKv: true } });
    // format · id (little-endian) · kind put · flags prevKv · key · value
    expect(hex(data)).toBe('01' + '0807060504030201' + '01' + '01' + '016b' + '0176');
    const leased = encodeCommand(1n, { type: 'put', request: { key: b('k'), lease: -2n } });
    expect(hex(leased)).toBe('01' + '0100000000000000' + '01' + '08' + '016b' + '00' + 'feffffffffffffff');
  });

  it('keeps the extremes of numbers and ids exact', () => {
    const c: Command = {
      type: 'txn',
      request: {
        compare: [{ key: b('a'), result: 0, target: 1, createRevision: Number.MAX_SAFE_INTEGER, lease: -(2n ** 63n) }],
        success: [{ requestRange: { key: b('a'), limit: Number.MIN_SAFE_INTEGER, revision: -1 } }],
        failure: [],
      },
    };
    expect(decodeCommand(encodeCommand(2n ** 64n - 1n, c))).toEqual({ requestId: 2n ** 64n - 1n, command: c });
    expect(() => encodeCommand(1n, { type: 'compaction', request: { revision: 2 ** 53 } })).toThrow(RangeError);
    expect(() => encodeCommand(1n, { type: 'leaseRevoke', request: { id: 2n ** 63n } })).toThrow(RangeError);
  });

  it('leaves absent what is zero: an empty value, a zero lease, false flags', () => {
    const d = decodeCommand(encodeCommand(1n, { type: 'put', request: { key: b('k'), value: new Uint8Array(0), lease: 0n, prevKv: false } }));
    expect(d.command).toEqual({ type: 'put', request: { key: b('k') } });
  });

  it('refuses entry data that is not a command: every truncation, trailing bytes, unknown tags', () => {
    const data = encodeCommand(7n, {
      type: 'txn',
      request: { compare: [{ key: b('a'), result: 0, target: 3, value: b('x') }], success: [{ requestPut: { key: b('a'), value: b('y') } }], failure: [{}] },
    });
    for (let n = 0; n < data.length; n++) expect(() => decodeCommand(data.subarray(0, n))).toThrow(CommandCodecError);
    expect(() => decodeCommand(new Uint8Array([...data, 0]))).toThrow(CommandCodecError);
    const bad = (at: number, v: number) => {
      const copy = new Uint8Array(data);
      copy[at] = v;
      return copy;
    };
    expect(() => decodeCommand(bad(0, 2))).toThrow(/unknown command format 2/);
    expect(() => decodeCommand(bad(9, 50))).toThrow(/unknown command kind 50/);
    // A count larger than the bytes left is refused before anything is allocated.
    expect(() => decodeCommand(new Uint8Array([1, 1, 0, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0x0f]))).toThrow(/count/);
  });
});
