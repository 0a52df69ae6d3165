// Byte-string helpers: etcd orders keys by unsigned byte comparison, which is
// exactly Buffer.compare (memcmp, then length).

import type { KeyRange } from './types.js';

export const EMPTY_BYTES: Uint8Array = new Uint8Array(0);

/**
 * Unsigned byte order; only the sign of the result means anything. A JS
 * loop for short keys: the B-tree compares on every lookup, and for typical
 * keys a native Buffer.compare call costs more than the comparison itself.
 */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = a.length < b.length ? a.length : b.length;
  if (n > 64) return Buffer.compare(a, b);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/**
 * An owned, plain copy. Request bytes often view a larger receive buffer
 * (protobuf decoding slices it); keeping such a view in the store would pin
 * the whole buffer, and the caller could change it under us.
 */
export function copyBytes(a: Uint8Array): Uint8Array {
  return new Uint8Array(a);
}

/** A lossless string form of bytes, for use as a Map/Set key. */
export function bytesToMapKey(a: Uint8Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('latin1');
}

export function mapKeyToBytes(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'latin1'));
}

/**
 * A resolved key interval: a single key, or `[start, end)` where `end`
 * undefined means unbounded.
 */
export type KeyInterval =
  | { single: true; key: Uint8Array }
  | { single: false; start: Uint8Array; end: Uint8Array | undefined };

/** etcd's `range_end` = "\0": every key >= key. */
export function isFromKey(rangeEnd: Uint8Array | undefined): boolean {
  return rangeEnd !== undefined && rangeEnd.length === 1 && rangeEnd[0] === 0;
}

export function toInterval(r: KeyRange): KeyInterval {
  const end = r.rangeEnd;
  if (end === undefined || end.length === 0) return { single: true, key: r.key };
  return { single: false, start: r.key, end: isFromKey(end) ? undefined : end };
}

export function intervalContains(iv: KeyInterval, k: Uint8Array): boolean {
  if (iv.single) return bytesEqual(iv.key, k);
  if (compareBytes(k, iv.start) < 0) return false;
  return iv.end === undefined || compareBytes(k, iv.end) < 0;
}
