// The one place where etcd's wire messages (generated protobuf types) become
// the KV store's own request types, and the store's responses become wire
// messages with a header. Below the API nothing sees protobuf. Absent
// (null/undefined) protobuf fields map to absent fields, and zero values are
// left out of responses so messages stay small. An int64 field beyond 2^53
// where the store keeps a number is InvalidArgument, not a crash. Every request
// is kept out of the reserved keyspace here (src/kv/reserved.ts): a reserved key
// is InvalidArgument, a range reaching into it ends where it begins.
import type { etcdserverpb, mvccpb } from '../generated/proto.js';
import type {
  Compare, CompactionRequest, DeleteRangeRequest, DeleteRangeResponse, Event, KeyValue, PutRequest, PutResponse,
  RangeRequest, RangeResponse, RequestOp, ResponseOp, TxnRequest, TxnResponse,
} from '../kv/index.js';
import { checkUserKey, clampUserRange } from '../kv/reserved.js';
import { longToBigInt, longToNumber, toInt64, toUint64, type LongField } from '../proto/long.js';
import { ServerError } from '../server/server-error.js';

function num(v: LongField | null | undefined, what: string): number | undefined {
  if (v === null || v === undefined) return undefined;
  try {
    return longToNumber(v, what);
  } catch (err) {
    throw new ServerError('INVALID_ARGUMENT', `etcdserver: ${(err as Error).message}`);
  }
}
const bytes = (v: Uint8Array | null | undefined): Uint8Array | undefined =>
  v === null || v === undefined || v.length === 0 ? undefined : v;
const EMPTY = new Uint8Array(0);

/** `[key, range_end)` of a request, kept out of the reserved keyspace. */
function userRange(key: Uint8Array | null | undefined, rangeEnd: Uint8Array | null | undefined): { key: Uint8Array; rangeEnd?: Uint8Array } {
  const k = key ?? EMPTY;
  const end = clampUserRange(k, bytes(rangeEnd));
  return end === undefined ? { key: k } : { key: k, rangeEnd: end };
}

export function rangeRequestFromPb(r: etcdserverpb.IRangeRequest): RangeRequest {
  const out: RangeRequest = userRange(r.key, r.rangeEnd);
  const limit = num(r.limit, 'limit');
  if (limit) out.limit = limit;
  const revision = num(r.revision, 'revision');
  if (revision) out.revision = revision;
  if (r.sortOrder) out.sortOrder = r.sortOrder as RangeRequest['sortOrder'];
  if (r.sortTarget) out.sortTarget = r.sortTarget as RangeRequest['sortTarget'];
  if (r.serializable) out.serializable = true;
  if (r.keysOnly) out.keysOnly = true;
  if (r.countOnly) out.countOnly = true;
  const minMod = num(r.minModRevision, 'min_mod_revision');
  if (minMod) out.minModRevision = minMod;
  const maxMod = num(r.maxModRevision, 'max_mod_revision');
  if (maxMod) out.maxModRevision = maxMod;
  const minCreate = num(r.minCreateRevision, 'min_create_revision');
  if (minCreate) out.minCreateRevision = minCreate;
  const maxCreate = num(r.maxCreateRevision, 'max_create_revision');
  if (maxCreate) out.maxCreateRevision = maxCreate;
  return out;
}

export function putRequestFromPb(r: etcdserverpb.IPutRequest): PutRequest {
  const out: PutRequest = { key: r.key ?? EMPTY };
  checkUserKey(out.key);
  if (r.value !== null && r.value !== undefined) out.value = r.value;
  if (r.lease !== null && r.lease !== undefined) {
    const lease = longToBigInt(r.lease);
    if (lease !== 0n) out.lease = lease;
  }
  if (r.prevKv) out.prevKv = true;
  if (r.ignoreValue) out.ignoreValue = true;
  if (r.ignoreLease) out.ignoreLease = true;
  return out;
}

export function deleteRangeRequestFromPb(r: etcdserverpb.IDeleteRangeRequest): DeleteRangeRequest {
  const out: DeleteRangeRequest = userRange(r.key, r.rangeEnd);
  if (r.prevKv) out.prevKv = true;
  return out;
}

function compareFromPb(c: etcdserverpb.ICompare): Compare {
  const out: Compare = {
    ...userRange(c.key, c.rangeEnd),
    result: (c.result ?? 0) as Compare['result'],
    target: (c.target ?? 0) as Compare['target'],
  };
  // Only the oneof member that is set is read; an unset or mismatched member compares against zero.
  const version = num(c.version, 'compare version');
  if (version !== undefined) out.version = version;
  const create = num(c.createRevision, 'compare create_revision');
  if (create !== undefined) out.createRevision = create;
  const mod = num(c.modRevision, 'compare mod_revision');
  if (mod !== undefined) out.modRevision = mod;
  if (c.value !== null && c.value !== undefined) out.value = c.value;
  if (c.lease !== null && c.lease !== undefined) out.lease = longToBigInt(c.lease);
  return out;
}

function requestOpFromPb(op: etcdserverpb.IRequestOp): RequestOp {
  if (op.requestRange) return { requestRange: rangeRequestFromPb(op.requestRange) };
  if (op.requestPut) return { requestPut: putRequestFromPb(op.requestPut) };
  if (op.requestDeleteRange) return { requestDeleteRange: deleteRangeRequestFromPb(op.requestDeleteRange) };
  if (op.requestTxn) return { requestTxn: txnRequestFromPb(op.requestTxn) };
  return {};
}

export function txnRequestFromPb(t: etcdserverpb.ITxnRequest): TxnRequest {
  return {
    compare: (t.compare ?? []).map(compareFromPb),
    success: (t.success ?? []).map(requestOpFromPb),
    failure: (t.failure ?? []).map(requestOpFromPb),
  };
}

export function compactionRequestFromPb(c: etcdserverpb.ICompactionRequest): CompactionRequest {
  return { revision: num(c.revision, 'revision') ?? 0, ...(c.physical ? { physical: true } : {}) };
}

// ------------------------------------------------------------------ responses

/** The header fields every response carries; `revision` is filled per response. */
export interface HeaderBase {
  clusterId: bigint;
  memberId: bigint;
  raftTerm: number;
}

export function header(base: HeaderBase, revision: number): etcdserverpb.IResponseHeader {
  return { clusterId: toUint64(base.clusterId), memberId: toUint64(base.memberId), revision, raftTerm: base.raftTerm };
}

export function keyValueToPb(kv: KeyValue): mvccpb.IKeyValue {
  const out: mvccpb.IKeyValue = { key: kv.key };
  if (kv.createRevision) out.createRevision = kv.createRevision;
  if (kv.modRevision) out.modRevision = kv.modRevision;
  if (kv.version) out.version = kv.version;
  if (kv.value.length > 0) out.value = kv.value;
  if (kv.lease !== 0n) out.lease = toInt64(kv.lease);
  return out;
}

/** `withPrevKv` false leaves out a prev_kv the event carries (a watcher that did not ask for it). */
export function eventToPb(e: Event, withPrevKv = true): mvccpb.IEvent {
  const out: mvccpb.IEvent = { kv: keyValueToPb(e.kv) };
  if (e.type !== 0) out.type = e.type as mvccpb.Event.EventType;
  if (withPrevKv && e.prevKv !== undefined) out.prevKv = keyValueToPb(e.prevKv);
  return out;
}

export function rangeResponseToPb(r: RangeResponse, h: etcdserverpb.IResponseHeader): etcdserverpb.IRangeResponse {
  const out: etcdserverpb.IRangeResponse = { header: h, kvs: r.kvs.map(keyValueToPb) };
  if (r.more) out.more = true;
  if (r.count) out.count = r.count;
  return out;
}

export function putResponseToPb(r: PutResponse, h: etcdserverpb.IResponseHeader): etcdserverpb.IPutResponse {
  const out: etcdserverpb.IPutResponse = { header: h };
  if (r.prevKv !== undefined) out.prevKv = keyValueToPb(r.prevKv);
  return out;
}

export function deleteRangeResponseToPb(r: DeleteRangeResponse, h: etcdserverpb.IResponseHeader): etcdserverpb.IDeleteRangeResponse {
  const out: etcdserverpb.IDeleteRangeResponse = { header: h, prevKvs: r.prevKvs.map(keyValueToPb) };
  if (r.deleted) out.deleted = r.deleted;
  return out;
}

function responseOpToPb(op: ResponseOp): etcdserverpb.IResponseOp {
  // etcd fills only `revision` in the headers of a txn's sub-responses.
  if ('responseRange' in op) return { responseRange: rangeResponseToPb(op.responseRange, { revision: op.responseRange.revision }) };
  if ('responsePut' in op) return { responsePut: putResponseToPb(op.responsePut, { revision: op.responsePut.revision }) };
  if ('responseDeleteRange' in op) {
    return { responseDeleteRange: deleteRangeResponseToPb(op.responseDeleteRange, { revision: op.responseDeleteRange.revision }) };
  }
  return { responseTxn: txnResponseToPb(op.responseTxn, { revision: op.responseTxn.revision }) };
}

export function txnResponseToPb(r: TxnResponse, h: etcdserverpb.IResponseHeader): etcdserverpb.ITxnResponse {
  const out: etcdserverpb.ITxnResponse = { header: h, responses: r.responses.map(responseOpToPb) };
  if (r.succeeded) out.succeeded = true;
  return out;
}
