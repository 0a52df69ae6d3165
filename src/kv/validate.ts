// Checks that depend only on the request, never on the store's state. etcd runs
// them in its gRPC handlers before proposing; the API layer should call
// `validateCommand` for the same early answer. The store runs them again at
// apply time: they are deterministic, so every member rejects the same entries,
// and a bad proposal can never reach the state machine half-checked.

import { bytesToMapKey, intervalContains, toInterval, type KeyInterval } from './bytes.js';
import {
  errDuplicateKey,
  errEmptyKey,
  errInvalidSortOption,
  errKeyNotFound,
  errLeaseNotFound,
  errLeaseProvided,
  errLeaseTtlTooLarge,
  errRequestTooLarge,
  errTooManyOps,
  errValueProvided,
} from './errors.js';
import { MAX_KEY_BYTES, MAX_LEASE_TTL, MAX_TXN_OPS, MAX_VALUE_BYTES } from './limits.js';
import {
  SortOrder,
  SortTarget,
  type DeleteRangeRequest,
  type KvCommand,
  type LeaseGrantRequest,
  type PutRequest,
  type RangeRequest,
  type RequestOp,
  type TxnRequest,
} from './types.js';

/** Which member of a RequestOp's oneof is set (the first in field order). */
export type ResolvedOp =
  | { kind: 'range'; req: RangeRequest }
  | { kind: 'put'; req: PutRequest }
  | { kind: 'deleteRange'; req: DeleteRangeRequest }
  | { kind: 'txn'; req: TxnRequest }
  | { kind: 'none' };

export function resolveOp(op: RequestOp): ResolvedOp {
  if (op.requestRange) return { kind: 'range', req: op.requestRange };
  if (op.requestPut) return { kind: 'put', req: op.requestPut };
  if (op.requestDeleteRange) return { kind: 'deleteRange', req: op.requestDeleteRange };
  if (op.requestTxn) return { kind: 'txn', req: op.requestTxn };
  return { kind: 'none' };
}

// Defensive about undefined: requests arrive from a decoder, not from typed code.
function isEmpty(b: Uint8Array | undefined): boolean {
  return b === undefined || b.length === 0;
}

const SORT_ORDERS: ReadonlySet<number> = new Set(Object.values(SortOrder));
const SORT_TARGETS: ReadonlySet<number> = new Set(Object.values(SortTarget));

export function checkRangeRequest(r: RangeRequest): void {
  if (isEmpty(r.key)) throw errEmptyKey();
  if (!SORT_ORDERS.has(r.sortOrder ?? 0) || !SORT_TARGETS.has(r.sortTarget ?? 0)) throw errInvalidSortOption();
}

export function checkPutRequest(r: PutRequest): void {
  if (isEmpty(r.key)) throw errEmptyKey();
  if (r.ignoreValue === true && !isEmpty(r.value)) throw errValueProvided();
  if (r.ignoreLease === true && (r.lease ?? 0n) !== 0n) throw errLeaseProvided();
  if (r.key.length > MAX_KEY_BYTES || (r.value?.length ?? 0) > MAX_VALUE_BYTES) throw errRequestTooLarge();
}

export function checkDeleteRangeRequest(r: DeleteRangeRequest): void {
  if (isEmpty(r.key)) throw errEmptyKey();
}

/**
 * A replicated grant: the proposer has chosen the id and raised the TTL to the
 * minimum. etcd's lessor answers a grant of lease 0 with "lease not found".
 */
export function checkLeaseGrantRequest(r: LeaseGrantRequest): void {
  if (r.ttl > MAX_LEASE_TTL) throw errLeaseTtlTooLarge();
  if (r.id === 0n) throw errLeaseNotFound();
}

/** etcd's checkTxnRequest: op counts, compare keys, then every op (recursing into nested txns). */
export function checkTxnRequest(r: TxnRequest, maxTxnOps: number = MAX_TXN_OPS): void {
  const compares = r.compare ?? [];
  const success = r.success ?? [];
  const failure = r.failure ?? [];
  if (Math.max(compares.length, success.length, failure.length) > maxTxnOps) throw errTooManyOps();
  for (const c of compares) if (isEmpty(c.key)) throw errEmptyKey();
  for (const op of success) checkRequestOp(op, maxTxnOps);
  for (const op of failure) checkRequestOp(op, maxTxnOps);
}

function checkRequestOp(op: RequestOp, maxTxnOps: number): void {
  const r = resolveOp(op);
  switch (r.kind) {
    case 'range':
      return checkRangeRequest(r.req);
    case 'put':
      return checkPutRequest(r.req);
    case 'deleteRange':
      return checkDeleteRangeRequest(r.req);
    case 'txn':
      return checkTxnRequest(r.req, maxTxnOps);
    case 'none':
      throw errKeyNotFound(); // etcd's answer to an empty RequestOp
  }
}

interface Writes {
  puts: Map<string, Uint8Array>;
  dels: KeyInterval[];
}

function deleted(dels: KeyInterval[], key: Uint8Array): boolean {
  return dels.some((iv) => intervalContains(iv, key));
}

/**
 * etcd's checkIntervals: within one branch, no two puts to one key and no put
 * inside a delete range, looking into nested txns. A nested txn's success and
 * failure branches may put the same key (only one runs). The traversal order is
 * etcd's, including what it lets through: a nested txn's deletes are only
 * checked against puts that come after it.
 *
 * One deliberate difference: a delete with range_end "\0" (every key >= key)
 * counts as the unbounded range it is (reference §10.1/§10.6). etcd's interval
 * tree reads "\0" as a literal end byte, so etcd itself misses a put inside
 * such a delete.
 */
function checkIntervals(reqs: RequestOp[]): Writes {
  const dels: KeyInterval[] = [];
  for (const op of reqs) {
    const r = resolveOp(op);
    if (r.kind === 'deleteRange') dels.push(toInterval(r.req));
  }
  const puts = new Map<string, Uint8Array>();
  for (const op of reqs) {
    const r = resolveOp(op);
    if (r.kind !== 'txn') continue;
    const then = checkIntervals(r.req.success ?? []);
    const otherwise = checkIntervals(r.req.failure ?? []);
    for (const [k, key] of then.puts) {
      if (puts.has(k) || deleted(dels, key)) throw errDuplicateKey();
      puts.set(k, key);
    }
    for (const [k, key] of otherwise.puts) {
      if (puts.has(k) && !then.puts.has(k)) throw errDuplicateKey();
      if (deleted(dels, key)) throw errDuplicateKey();
      puts.set(k, key);
    }
    dels.push(...then.dels, ...otherwise.dels);
  }
  for (const op of reqs) {
    const r = resolveOp(op);
    if (r.kind !== 'put') continue;
    const k = bytesToMapKey(r.req.key);
    if (puts.has(k) || deleted(dels, r.req.key)) throw errDuplicateKey();
    puts.set(k, r.req.key);
  }
  return { puts, dels };
}

/** Everything etcd checks on a txn before proposing it, in etcd's order. */
export function validateTxn(r: TxnRequest, maxTxnOps: number = MAX_TXN_OPS): void {
  checkTxnRequest(r, maxTxnOps);
  checkIntervals(r.success ?? []);
  checkIntervals(r.failure ?? []);
}

/** Static checks for a command; throws KvError. */
export function validateCommand(cmd: KvCommand): void {
  switch (cmd.type) {
    case 'put':
      return checkPutRequest(cmd.request);
    case 'deleteRange':
      return checkDeleteRangeRequest(cmd.request);
    case 'txn':
      return validateTxn(cmd.request);
    case 'leaseGrant':
      return checkLeaseGrantRequest(cmd.request);
    case 'compaction':
    case 'leaseRevoke':
    case 'noop':
      return;
  }
}
