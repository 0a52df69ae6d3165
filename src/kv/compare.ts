// Txn compares (reference §10.6), evaluated against the live state.

import { compareBytes, EMPTY_BYTES, toInterval } from './bytes.js';
import type { KeyIndex } from './key-index.js';
import { CompareResult, CompareTarget, type Compare, type KeyValue } from './types.js';

/** What a key that does not exist compares as (every target but VALUE). */
const ZERO_KV: KeyValue = { key: EMPTY_BYTES, createRevision: 0, modRevision: 0, version: 0, value: EMPTY_BYTES, lease: 0n };

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

function cmpBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One compare against one KeyValue. Unknown targets compare equal and unknown results hold, as in etcd. */
export function compareKeyValue(c: Compare, kv: KeyValue): boolean {
  let result: number;
  switch (c.target) {
    case CompareTarget.VALUE:
      result = sign(compareBytes(kv.value, c.value ?? EMPTY_BYTES));
      break;
    case CompareTarget.CREATE:
      result = sign(kv.createRevision - (c.createRevision ?? 0));
      break;
    case CompareTarget.MOD:
      result = sign(kv.modRevision - (c.modRevision ?? 0));
      break;
    case CompareTarget.VERSION:
      result = sign(kv.version - (c.version ?? 0));
      break;
    case CompareTarget.LEASE:
      result = cmpBig(kv.lease, c.lease ?? 0n);
      break;
    default:
      result = 0;
  }
  switch (c.result) {
    case CompareResult.EQUAL:
      return result === 0;
    case CompareResult.NOT_EQUAL:
      return result !== 0;
    case CompareResult.GREATER:
      return result > 0;
    case CompareResult.LESS:
      return result < 0;
    default:
      return true;
  }
}

/**
 * A compare holds when it holds for every live key in its interval. With no
 * key there: VALUE is false (there is no value to compare, and an empty value
 * is a real value), anything else compares against a zeroed KeyValue.
 */
export function evaluateCompare(index: KeyIndex, c: Compare): boolean {
  let any = false;
  let ok = true;
  index.forEachInRange(toInterval(c), (e) => {
    if (e.current === null) return true;
    any = true;
    ok = compareKeyValue(c, e.current);
    return ok;
  });
  if (!any) return c.target === CompareTarget.VALUE ? false : compareKeyValue(c, ZERO_KV);
  return ok;
}

export function evaluateCompares(index: KeyIndex, compares: readonly Compare[]): boolean {
  return compares.every((c) => evaluateCompare(index, c));
}
