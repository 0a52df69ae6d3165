import {
  CompareResult, CompareTarget, SortOrder, SortTarget,
  type Compare, type DeleteRangeRequest, type DeleteRangeResponse, type KeyValue, type RangeRequest, type RangeResponse, type ResponseOp,
  type TxnRequest, type TxnResponse,
} from '../kv/index.js';

/** The KV operations the lock and election recipes run, each linearizable (through Raft or ReadIndex). */
export interface RecipeKv {
  txn(req: TxnRequest): Promise<TxnResponse>;
  range(req: RangeRequest): Promise<RangeResponse>;
  deleteRange(req: DeleteRangeRequest): Promise<DeleteRangeResponse>;
}

/** CREATE(key) == rev: the key exists with that create revision (0: the key does not exist). */
export function createRevisionIs(key: Uint8Array, rev: number): Compare {
  return { result: CompareResult.EQUAL, target: CompareTarget.CREATE, key, createRevision: rev };
}

/** The owner of a lock or election under `prefix`: the key with the lowest create revision. */
export function ownerRange(prefix: Uint8Array): RangeRequest {
  return { key: prefix, rangeEnd: prefixEnd(prefix), sortOrder: SortOrder.ASCEND, sortTarget: SortTarget.CREATE, limit: 1 };
}

/** Waits for changes of single keys, from a revision on (backed by the watch hub). */
export interface KeyEvents {
  /** Resolves once `key` is deleted at a revision >= `fromRevision` (at once if that already happened). */
  waitDeleted(key: Uint8Array, fromRevision: number, signal: AbortSignal): Promise<void>;
}

const enc = new TextEncoder();

export function bytes(s: string): Uint8Array {
  return enc.encode(s);
}

/** The first key-value of a txn sub-response, if it is a range that found one. */
export function firstKv(op: ResponseOp | undefined): KeyValue | undefined {
  return op !== undefined && 'responseRange' in op ? op.responseRange.kvs[0] : undefined;
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The end of the range of every key starting with `prefix` (etcd's client-side prefix rule). */
export function prefixEnd(prefix: Uint8Array): Uint8Array {
  for (let i = prefix.length - 1; i >= 0; i--) {
    if (prefix[i]! < 0xff) {
      const end = prefix.slice(0, i + 1);
      end[i]! += 1;
      return end;
    }
  }
  return new Uint8Array([0]);
}

/** `name + "/" + <lease id in lowercase hex>`: the key a session's lease owns under a lock or election. */
export function ownerKey(prefix: Uint8Array, lease: bigint): Uint8Array {
  return concat(prefix, bytes(lease.toString(16)));
}

/**
 * Waits until no key under `prefix` has a create revision below `myRev`: each
 * waiter watches only the nearest key ahead of it, so a release wakes one
 * waiter instead of all (no thundering herd).
 */
export async function waitForPredecessors(kv: RecipeKv, events: KeyEvents, prefix: Uint8Array, myRev: number, signal: AbortSignal): Promise<void> {
  for (;;) {
    signal.throwIfAborted();
    const r = await kv.range({
      key: prefix,
      rangeEnd: prefixEnd(prefix),
      maxCreateRevision: myRev - 1,
      sortOrder: SortOrder.DESCEND,
      sortTarget: SortTarget.CREATE,
      limit: 1,
    });
    const ahead: KeyValue | undefined = r.kvs[0];
    if (ahead === undefined) return;
    await events.waitDeleted(ahead.key, r.revision + 1, signal);
  }
}
