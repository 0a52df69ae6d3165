// The KV service: range, put, delete, txn, compact.

import { etcdserverpb as pb } from '../generated/proto.js';
import { longToBigInt, toInt64 } from '../proto/long.js';
import { KVService } from '../proto/services.js';
import type { CallOptions, Transport } from './transport.js';
import {
  prefixEnd,
  revisionToLong,
  toBytes,
  toHeader,
  toKeyValue,
  type Bytes,
  type KeyValue,
  type ResponseHeader,
  type RevisionInput,
} from './types.js';

/** Which keys a range or delete covers (one key by default). */
export interface KeyRange {
  /** Every key from `key` up to (excluding) `rangeEnd`. */
  rangeEnd?: Bytes;
  /** Every key starting with `key` (ignored when `rangeEnd` is given). */
  prefix?: boolean;
  /** Every key >= `key` (ignored when `rangeEnd` or `prefix` is given). */
  fromKey?: boolean;
}

export type SortTarget = 'key' | 'version' | 'create' | 'mod' | 'value';
export type SortOrder = 'none' | 'ascend' | 'descend';

export interface RangeOptions extends KeyRange, CallOptions {
  /** At most this many keys (0: no limit). */
  limit?: number;
  /** Read at this revision (0 or absent: the latest). */
  revision?: RevisionInput;
  /** Served by the member alone, without a linearizable read barrier (may be stale). */
  serializable?: boolean;
  keysOnly?: boolean;
  countOnly?: boolean;
  sort?: { target: SortTarget; order: SortOrder };
}

export interface RangeResult {
  header: ResponseHeader;
  kvs: KeyValue[];
  /** True when `limit` cut the result short. */
  more: boolean;
  /** The number of keys in the range (before `limit`). */
  count: bigint;
}

export interface PutOptions extends CallOptions {
  /** Attach the key to this lease (0n or absent: none). */
  lease?: bigint;
  /** Return the key's previous version. */
  prevKv?: boolean;
  /** Keep the current value (only the lease changes). */
  ignoreValue?: boolean;
  /** Keep the current lease. */
  ignoreLease?: boolean;
}

export interface PutResult {
  header: ResponseHeader;
  prevKv?: KeyValue;
}

export interface DeleteOptions extends KeyRange, CallOptions {
  /** Return the deleted keys. */
  prevKv?: boolean;
}

export interface DeleteResult {
  header: ResponseHeader;
  deleted: bigint;
  prevKvs: KeyValue[];
}

export type CompareResult = 'equal' | 'not-equal' | 'greater' | 'less';

/** One condition of a transaction (`value` compares bytes, the others compare numbers). */
export type Compare = { key: Bytes; rangeEnd?: Bytes; result: CompareResult } & (
  | { target: 'value'; value: Bytes }
  | { target: 'version' | 'create' | 'mod'; value: RevisionInput }
  | { target: 'lease'; value: bigint }
);

/** One operation of a transaction. */
export type Op =
  | { get: { key: Bytes } & Omit<RangeOptions, keyof CallOptions> }
  | { put: { key: Bytes; value: Bytes } & Omit<PutOptions, keyof CallOptions> }
  | { delete: { key: Bytes } & Omit<DeleteOptions, keyof CallOptions> };

export interface TxnRequest {
  compare?: Compare[];
  success?: Op[];
  failure?: Op[];
}

/** The result of one operation of the branch that ran. */
export type OpResult =
  | { get: RangeResult }
  | { put: PutResult }
  | { delete: DeleteResult };

export interface TxnResult {
  header: ResponseHeader;
  /** True when every compare held (the `success` branch ran). */
  succeeded: boolean;
  responses: OpResult[];
}

const SORT_TARGET: Record<SortTarget, pb.RangeRequest.SortTarget> = {
  key: pb.RangeRequest.SortTarget.KEY,
  version: pb.RangeRequest.SortTarget.VERSION,
  create: pb.RangeRequest.SortTarget.CREATE,
  mod: pb.RangeRequest.SortTarget.MOD,
  value: pb.RangeRequest.SortTarget.VALUE,
};
const SORT_ORDER: Record<SortOrder, pb.RangeRequest.SortOrder> = {
  none: pb.RangeRequest.SortOrder.NONE,
  ascend: pb.RangeRequest.SortOrder.ASCEND,
  descend: pb.RangeRequest.SortOrder.DESCEND,
};
const COMPARE_RESULT: Record<CompareResult, pb.Compare.CompareResult> = {
  equal: pb.Compare.CompareResult.EQUAL,
  'not-equal': pb.Compare.CompareResult.NOT_EQUAL,
  greater: pb.Compare.CompareResult.GREATER,
  less: pb.Compare.CompareResult.LESS,
};
const FROM_KEY_END = new Uint8Array([0]);

/** The range_end field for a key range, or undefined for a single key. */
export function rangeEndOf(key: Bytes, r: KeyRange): Uint8Array | undefined {
  if (r.rangeEnd !== undefined) return toBytes(r.rangeEnd);
  if (r.prefix === true) return prefixEnd(key);
  if (r.fromKey === true) return FROM_KEY_END;
  return undefined;
}

function rangeRequest(key: Bytes, o: Omit<RangeOptions, keyof CallOptions> | undefined): pb.IRangeRequest {
  const req: pb.IRangeRequest = { key: toBytes(key) };
  if (o === undefined) return req;
  const end = rangeEndOf(key, o);
  if (end !== undefined) req.rangeEnd = end;
  if (o.limit !== undefined) req.limit = o.limit;
  if (o.revision !== undefined) req.revision = revisionToLong(o.revision);
  if (o.serializable === true) req.serializable = true;
  if (o.keysOnly === true) req.keysOnly = true;
  if (o.countOnly === true) req.countOnly = true;
  if (o.sort !== undefined) {
    req.sortTarget = SORT_TARGET[o.sort.target];
    req.sortOrder = SORT_ORDER[o.sort.order];
  }
  return req;
}

function putRequest(key: Bytes, value: Bytes, o: Omit<PutOptions, keyof CallOptions> | undefined): pb.IPutRequest {
  const req: pb.IPutRequest = { key: toBytes(key), value: toBytes(value) };
  if (o === undefined) return req;
  if (o.lease !== undefined && o.lease !== 0n) req.lease = toInt64(o.lease);
  if (o.prevKv === true) req.prevKv = true;
  if (o.ignoreValue === true) req.ignoreValue = true;
  if (o.ignoreLease === true) req.ignoreLease = true;
  return req;
}

function deleteRequest(key: Bytes, o: Omit<DeleteOptions, keyof CallOptions> | undefined): pb.IDeleteRangeRequest {
  const req: pb.IDeleteRangeRequest = { key: toBytes(key) };
  if (o === undefined) return req;
  const end = rangeEndOf(key, o);
  if (end !== undefined) req.rangeEnd = end;
  if (o.prevKv === true) req.prevKv = true;
  return req;
}

function compareOf(c: Compare): pb.ICompare {
  const out: pb.ICompare = { key: toBytes(c.key), result: COMPARE_RESULT[c.result] };
  if (c.rangeEnd !== undefined) out.rangeEnd = toBytes(c.rangeEnd);
  switch (c.target) {
    case 'value': out.target = pb.Compare.CompareTarget.VALUE; out.value = toBytes(c.value); break;
    case 'version': out.target = pb.Compare.CompareTarget.VERSION; out.version = revisionToLong(c.value); break;
    case 'create': out.target = pb.Compare.CompareTarget.CREATE; out.createRevision = revisionToLong(c.value); break;
    case 'mod': out.target = pb.Compare.CompareTarget.MOD; out.modRevision = revisionToLong(c.value); break;
    case 'lease': out.target = pb.Compare.CompareTarget.LEASE; out.lease = toInt64(c.value); break;
  }
  return out;
}

function opOf(op: Op): pb.IRequestOp {
  if ('get' in op) return { requestRange: rangeRequest(op.get.key, op.get) };
  if ('put' in op) return { requestPut: putRequest(op.put.key, op.put.value, op.put) };
  return { requestDeleteRange: deleteRequest(op.delete.key, op.delete) };
}

function rangeResult(r: pb.IRangeResponse): RangeResult {
  return { header: toHeader(r.header), kvs: (r.kvs ?? []).map(toKeyValue), more: r.more === true, count: longToBigInt(r.count) };
}

function putResult(r: pb.IPutResponse): PutResult {
  const out: PutResult = { header: toHeader(r.header) };
  if (r.prevKv !== null && r.prevKv !== undefined) out.prevKv = toKeyValue(r.prevKv);
  return out;
}

function deleteResult(r: pb.IDeleteRangeResponse): DeleteResult {
  return { header: toHeader(r.header), deleted: longToBigInt(r.deleted), prevKvs: (r.prevKvs ?? []).map(toKeyValue) };
}

function opResult(r: pb.IResponseOp): OpResult {
  if (r.responseRange) return { get: rangeResult(r.responseRange) };
  if (r.responsePut) return { put: putResult(r.responsePut) };
  return { delete: deleteResult(r.responseDeleteRange ?? {}) };
}

/** True when no operation of either branch writes (the transaction may be repeated safely). */
function readOnly(t: TxnRequest): boolean {
  return (t.success ?? []).every((o) => 'get' in o) && (t.failure ?? []).every((o) => 'get' in o);
}

/** KV: reads are retried on transient errors; writes only when the error proves they were not executed. */
export class KV {
  constructor(private readonly t: Transport) {}

  /** The keys in a range (one key by default). A linearizable read unless `serializable`. */
  async range(key: Bytes, options?: RangeOptions): Promise<RangeResult> {
    return rangeResult(await this.t.unary(KVService.Range, rangeRequest(key, options), 'idempotent', options));
  }

  /** One key, or undefined when it does not exist. */
  async get(key: Bytes, options?: Omit<RangeOptions, keyof KeyRange>): Promise<KeyValue | undefined> {
    const r = await this.t.unary(KVService.Range, rangeRequest(key, options), 'idempotent', options);
    const kv = r.kvs[0];
    return kv === undefined ? undefined : toKeyValue(kv);
  }

  /** Stores a value. May throw UnknownOutcomeError (the put may or may not have happened). */
  async put(key: Bytes, value: Bytes, options?: PutOptions): Promise<PutResult> {
    return putResult(await this.t.unary(KVService.Put, putRequest(key, value, options), 'write', options));
  }

  /** Deletes a key (or a range). May throw UnknownOutcomeError. */
  async delete(key: Bytes, options?: DeleteOptions): Promise<DeleteResult> {
    return deleteResult(await this.t.unary(KVService.DeleteRange, deleteRequest(key, options), 'write', options));
  }

  /** A transaction. A read-only one is retried like a read; one that writes may throw UnknownOutcomeError. */
  async txn(txn: TxnRequest, options?: CallOptions): Promise<TxnResult> {
    const req: pb.ITxnRequest = {
      compare: (txn.compare ?? []).map(compareOf),
      success: (txn.success ?? []).map(opOf),
      failure: (txn.failure ?? []).map(opOf),
    };
    const r = await this.t.unary(KVService.Txn, req, readOnly(txn) ? 'idempotent' : 'write', options);
    return { header: toHeader(r.header), succeeded: r.succeeded, responses: r.responses.map(opResult) };
  }

  /** Compacts the history up to `revision`. Compacting twice fails the second time, so it is not retried after sending. */
  async compact(revision: RevisionInput, options?: CallOptions & { physical?: boolean }): Promise<ResponseHeader> {
    const req: pb.ICompactionRequest = { revision: revisionToLong(revision) };
    if (options?.physical === true) req.physical = true;
    return toHeader((await this.t.unary(KVService.Compact, req, 'write', options)).header);
  }
}
