// The reserved part of the keyspace: every key that starts with the two bytes
// 0xff 0xff, i.e. every key >= RESERVED_KEY_PREFIX. The service registry keeps
// its records there as ordinary MVCC keys (same revisions, batches, snapshots
// and watch hub). The store itself treats them like any other key; only the
// etcd API keeps its clients out, with the rules below, so that etcdctl and
// etcd client libraries can neither see nor change registry records.

import { compareBytes, isFromKey } from './bytes.js';
import { KvError } from './errors.js';

export const RESERVED_KEY_PREFIX: Uint8Array = Uint8Array.of(0xff, 0xff);

/** regd's own text (etcd has no reserved keys). */
export const RESERVED_KEY_MESSAGE = 'etcdserver: key is reserved for the service registry';

export const errReservedKey = (): KvError => new KvError('INVALID_ARGUMENT', RESERVED_KEY_MESSAGE);

/** Whether `key` lies in the reserved part (starts with 0xff 0xff). */
export function isReservedKey(key: Uint8Array): boolean {
  return key.length >= 2 && key[0] === 0xff && key[1] === 0xff;
}

/** Refuses a reserved key: the key of a Put, or of a Lock, Campaign or Unlock. */
export function checkUserKey(key: Uint8Array): void {
  if (isReservedKey(key)) throw errReservedKey();
}

/**
 * The `range_end` an etcd API request over `[key, range_end)` runs with, so
 * that it stays out of the reserved part (reference §10.1 for the forms):
 * - `key` reserved: refused, whether a single key or a range.
 * - `range_end` absent or empty (the single key `key`): unchanged.
 * - `range_end` = "\0" (every key >= key) or beyond RESERVED_KEY_PREFIX:
 *   RESERVED_KEY_PREFIX, so the range ends where the reserved part begins.
 * - any other `range_end` (below the prefix, or <= key: an empty range): unchanged.
 * The store then counts and limits over the clamped range, so `count` and
 * `more` describe the user keys only.
 */
export function clampUserRange(key: Uint8Array, rangeEnd: Uint8Array | undefined): Uint8Array | undefined {
  checkUserKey(key);
  if (rangeEnd === undefined || rangeEnd.length === 0) return rangeEnd;
  if (isFromKey(rangeEnd) || compareBytes(rangeEnd, RESERVED_KEY_PREFIX) > 0) return RESERVED_KEY_PREFIX;
  return rangeEnd;
}
