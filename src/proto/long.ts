// 64-bit integers at the protobuf boundary.
//
// The generated code (src/generated/proto.js) decodes every int64/uint64 field
// to a `Long` (exact; uint64 fields give unsigned Longs) and accepts a `number`
// or a `Long` when encoding. These helpers convert:
//
//   - to a JS number, with a range check: revisions, counts, TTLs, Raft terms
//     and indexes, which never leave the safe-integer range in practice;
//   - to a bigint: lease ids, member ids and cluster ids, which are random
//     64-bit values (often >= 2^53, and >= 2^63 for uint64 fields);
//   - back to a Long for encoding, from a bigint or a number (a bigint given
//     straight to the generated encoder would silently encode as 0).

import protobuf from 'protobufjs/minimal.js';
import type Long from 'long';

export type { Long };

/** What a generated int64/uint64 field holds: a Long once decoded, a number if set by hand. */
export type LongField = Long | number | null | undefined;

/** Anything the helpers accept as a 64-bit integer. */
export type Int64Input = Long | number | bigint;

// The Long class protobufjs itself uses (resolved from its own `long` dependency).
const LongCtor = protobuf.util.Long as unknown as typeof Long | null | undefined;
if (LongCtor === null || LongCtor === undefined) {
  throw new Error('protobufjs did not find the `long` package: 64-bit fields would lose precision');
}
const LongClass: typeof Long = LongCtor;

const TWO_32 = 4294967296;
const MAX_HIGH_SAFE = 0x1fffff; // high word of Number.MAX_SAFE_INTEGER
const MIN_HIGH_SAFE = -0x200000; // high word of Number.MIN_SAFE_INTEGER
const U64_MAX = (1n << 64n) - 1n;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

/** True for a Long (from this or any other copy of the `long` package). */
export function isLong(v: unknown): v is Long {
  return typeof v === 'object' && v !== null && typeof (v as { low?: unknown }).low === 'number' &&
    typeof (v as { high?: unknown }).high === 'number' && typeof (v as { unsigned?: unknown }).unsigned === 'boolean';
}

/**
 * A decoded 64-bit field as a JS number. `null`/`undefined` (an unset field)
 * give 0. Throws a RangeError if the value is not a safe integer, rather than
 * rounding it.
 */
export function longToNumber(v: LongField, what = 'value'): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new RangeError(`${what} ${v} is not a safe integer`);
    return v;
  }
  const low = v.low >>> 0;
  if (v.unsigned) {
    const high = v.high >>> 0;
    if (high > MAX_HIGH_SAFE) throw new RangeError(`${what} ${longToBigInt(v)} is beyond Number.MAX_SAFE_INTEGER`);
    return high * TWO_32 + low;
  }
  const high = v.high | 0;
  if (high <= MAX_HIGH_SAFE && high >= MIN_HIGH_SAFE) {
    const n = high * TWO_32 + low;
    if (Number.isSafeInteger(n)) return n;
  }
  throw new RangeError(`${what} ${longToBigInt(v)} is outside the safe integer range`);
}

/**
 * A decoded 64-bit field as a bigint, exactly: an unsigned Long (uint64 field)
 * gives 0..2^64-1, a signed one (int64 field) -2^63..2^63-1. `null`/`undefined`
 * give 0n. A number must be an integer.
 */
export function longToBigInt(v: LongField): bigint {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new RangeError(`${v} is not an integer`);
    return BigInt(v);
  }
  const u = (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0);
  return v.unsigned ? u : BigInt.asIntN(64, u);
}

/** A 64-bit field read as unsigned whatever its declared signedness (for ids carried in int64 fields). */
export function longToUnsignedBigInt(v: LongField): bigint {
  return BigInt.asUintN(64, longToBigInt(v));
}

function fromBigInt(v: bigint, unsigned: boolean): Long {
  const u = BigInt.asUintN(64, v);
  return LongClass.fromBits(Number(u & 0xffffffffn) | 0, Number(u >> 32n) | 0, unsigned);
}

/**
 * A value for a uint64 field: a bigint in [0, 2^64), a non-negative safe
 * integer, or a Long (taken as unsigned bits). Throws a RangeError otherwise.
 */
export function toUint64(v: Int64Input): Long {
  if (typeof v === 'bigint') {
    if (v < 0n || v > U64_MAX) throw new RangeError(`${v} does not fit a uint64`);
    return fromBigInt(v, true);
  }
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${v} is not a non-negative safe integer`);
    return LongClass.fromBits(v % TWO_32 | 0, Math.floor(v / TWO_32) | 0, true);
  }
  return v.unsigned ? v : LongClass.fromBits(v.low, v.high, true);
}

/**
 * A value for an int64 field: a bigint in [-2^63, 2^63), a safe integer, or a
 * Long (taken as signed bits). Throws a RangeError otherwise.
 */
export function toInt64(v: Int64Input): Long {
  if (typeof v === 'bigint') {
    if (v < I64_MIN || v > I64_MAX) throw new RangeError(`${v} does not fit an int64`);
    return fromBigInt(v, false);
  }
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new RangeError(`${v} is not a safe integer`);
    return LongClass.fromNumber(v, false);
  }
  return v.unsigned ? LongClass.fromBits(v.low, v.high, false) : v;
}

/** An unsigned 64-bit id as etcdctl prints it: lowercase hex, no prefix. */
export function idToHex(v: bigint | LongField): string {
  return (typeof v === 'bigint' ? BigInt.asUintN(64, v) : longToUnsignedBigInt(v)).toString(16);
}

/** Parses a hex id (as etcdctl prints and accepts it) into an unsigned bigint. */
export function idFromHex(s: string): bigint {
  if (!/^(0x)?[0-9a-fA-F]{1,16}$/.test(s)) throw new RangeError(`not a 64-bit hex id: ${JSON.stringify(s)}`);
  return BigInt(s.startsWith('0x') ? s : `0x${s}`);
}
