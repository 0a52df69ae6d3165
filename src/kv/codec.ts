// Binary layout of the state DB. Everything is hand-encoded: the apply path
// writes one record per change and must not pay for JSON.
//
// Keys:
//   'r' <main u64 BE> <sub u32 BE>  -> history record (one change of one key)
//   'm' <name>                      -> meta value
// Big-endian revision keys sort in revision order under LevelDB's bytewise
// comparator, so history scans in revision order are plain range scans.
//
// History record value:
//   flags u8 (bit 0: tombstone, bit 1: has lease)
//   varint key length, key
//   if not a tombstone: varint create_revision, varint version,
//                       [int64 BE lease if bit 1], value (the rest)

import type { KeyValue } from './types.js';

export const HISTORY_PREFIX = 0x72; // 'r'
export const META_PREFIX = 0x6d; // 'm'
export const REV_KEY_BYTES = 13;

const FLAG_TOMBSTONE = 1;
const FLAG_LEASE = 2;
const TWO_32 = 0x1_0000_0000;

/** One change of one key at revision (main, sub). `kv` is null for a delete. */
export interface HistoryRecord {
  main: number;
  sub: number;
  key: Uint8Array;
  kv: KeyValue | null;
}

export function writeU64(buf: Uint8Array, off: number, n: number): void {
  const hi = Math.floor(n / TWO_32);
  const lo = n >>> 0;
  buf[off] = hi >>> 24;
  buf[off + 1] = (hi >>> 16) & 0xff;
  buf[off + 2] = (hi >>> 8) & 0xff;
  buf[off + 3] = hi & 0xff;
  writeU32(buf, off + 4, lo);
}

export function readU64(buf: Uint8Array, off: number): number {
  return readU32(buf, off) * TWO_32 + readU32(buf, off + 4);
}

export function writeU32(buf: Uint8Array, off: number, n: number): void {
  buf[off] = n >>> 24;
  buf[off + 1] = (n >>> 16) & 0xff;
  buf[off + 2] = (n >>> 8) & 0xff;
  buf[off + 3] = n & 0xff;
}

export function readU32(buf: Uint8Array, off: number): number {
  return ((buf[off] ?? 0) * 0x100_0000) + (((buf[off + 1] ?? 0) << 16) | ((buf[off + 2] ?? 0) << 8) | (buf[off + 3] ?? 0));
}

export function u64Bytes(n: number): Uint8Array {
  const b = new Uint8Array(8);
  writeU64(b, 0, n);
  return b;
}

export function revKey(main: number, sub: number): Uint8Array {
  const k = new Uint8Array(REV_KEY_BYTES);
  k[0] = HISTORY_PREFIX;
  writeU64(k, 1, main);
  writeU32(k, 9, sub);
  return k;
}

export function parseRevKey(k: Uint8Array): { main: number; sub: number } {
  if (k.length !== REV_KEY_BYTES || k[0] !== HISTORY_PREFIX) throw new Error('kv codec: not a revision key');
  return { main: readU64(k, 1), sub: readU32(k, 9) };
}

/** The first key of history, and the key just past all of it. */
export const HISTORY_START = Uint8Array.of(HISTORY_PREFIX);
export const HISTORY_END = Uint8Array.of(HISTORY_PREFIX + 1);

export function metaKey(name: string): Uint8Array {
  const k = new Uint8Array(1 + name.length);
  k[0] = META_PREFIX;
  for (let i = 0; i < name.length; i++) k[i + 1] = name.charCodeAt(i);
  return k;
}

function varintSize(n: number): number {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    size++;
  }
  return size;
}

// Multiplication rather than bit shifts: revisions go past 2^31.
function writeVarint(buf: Uint8Array, off: number, n: number): number {
  while (n >= 0x80) {
    buf[off++] = (n % 0x80) | 0x80;
    n = Math.floor(n / 0x80);
  }
  buf[off++] = n;
  return off;
}

function readVarint(buf: Uint8Array, pos: { off: number }): number {
  let n = 0;
  let mul = 1;
  for (;;) {
    const b = buf[pos.off++];
    if (b === undefined) throw new Error('kv codec: truncated varint');
    n += (b & 0x7f) * mul;
    if (b < 0x80) return n;
    mul *= 0x80;
    if (mul > 2 ** 56) throw new Error('kv codec: varint too long');
  }
}

export function encodeRecord(key: Uint8Array, kv: KeyValue | null): Uint8Array {
  if (kv === null) {
    const buf = new Uint8Array(1 + varintSize(key.length) + key.length);
    buf[0] = FLAG_TOMBSTONE;
    const off = writeVarint(buf, 1, key.length);
    buf.set(key, off);
    return buf;
  }
  const hasLease = kv.lease !== 0n;
  const size =
    1 + varintSize(key.length) + key.length + varintSize(kv.createRevision) + varintSize(kv.version) + (hasLease ? 8 : 0) + kv.value.length;
  const buf = new Uint8Array(size);
  buf[0] = hasLease ? FLAG_LEASE : 0;
  let off = writeVarint(buf, 1, key.length);
  buf.set(key, off);
  off += key.length;
  off = writeVarint(buf, off, kv.createRevision);
  off = writeVarint(buf, off, kv.version);
  if (hasLease) {
    new DataView(buf.buffer, buf.byteOffset, buf.byteLength).setBigInt64(off, kv.lease);
    off += 8;
  }
  buf.set(kv.value, off);
  return buf;
}

/** Decode a history record. Key and value are views into `buf` (plain Uint8Array, even if `buf` is a Buffer). */
export function decodeRecord(main: number, sub: number, input: Uint8Array): HistoryRecord {
  const buf = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const flags = buf[0];
  if (flags === undefined || flags > 3) throw new Error('kv codec: bad record flags');
  const pos = { off: 1 };
  const keyLen = readVarint(buf, pos);
  if (pos.off + keyLen > buf.length) throw new Error('kv codec: truncated record key');
  const key = buf.subarray(pos.off, pos.off + keyLen);
  pos.off += keyLen;
  if ((flags & FLAG_TOMBSTONE) !== 0) return { main, sub, key, kv: null };
  const createRevision = readVarint(buf, pos);
  const version = readVarint(buf, pos);
  let lease = 0n;
  if ((flags & FLAG_LEASE) !== 0) {
    if (pos.off + 8 > buf.length) throw new Error('kv codec: truncated record lease');
    lease = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getBigInt64(pos.off);
    pos.off += 8;
  }
  const value = buf.subarray(pos.off);
  return { main, sub, key, kv: { key, createRevision, modRevision: main, version, value, lease } };
}

/** Only the key of a record, without decoding the rest. */
export function recordKey(buf: Uint8Array): Uint8Array {
  const pos = { off: 1 };
  const keyLen = readVarint(buf, pos);
  return buf.subarray(pos.off, pos.off + keyLen);
}

export function isTombstoneRecord(buf: Uint8Array): boolean {
  return ((buf[0] ?? 0) & FLAG_TOMBSTONE) !== 0;
}
