// The vocabulary of the MVCC store. Field names follow etcd's protobuf messages
// (etcdserverpb / mvccpb) in camelCase, so the gRPC layer maps them one to one.
//
// Conventions:
// - Keys and values are Uint8Array. Byte arrays handed out by the store are
//   shared with its caches: callers must treat them as read-only.
// - Revisions, versions, counts and limits are JS numbers: a store revision
//   stays far below 2^53.
// - Lease ids are bigint: they are int64 on the wire and often exceed 2^53.
// - Optional request fields mirror proto3 implicit presence: absent = zero.
// - Every response carries `revision`, the value for its header.revision.

import type { KvError } from './errors.js';

/** An int64 lease id; 0n means "no lease". */
export type LeaseId = bigint;
export const NO_LEASE: LeaseId = 0n;

/** mvccpb.KeyValue. */
export interface KeyValue {
  key: Uint8Array;
  createRevision: number;
  modRevision: number;
  version: number;
  value: Uint8Array;
  lease: LeaseId;
}

/** mvccpb.Event.EventType (numbers as on the wire). */
export const EventType = { PUT: 0, DELETE: 1 } as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

/**
 * mvccpb.Event. For DELETE, `kv` holds only `key` and `modRevision` (the
 * delete's revision); every other field is zero, as in etcd.
 * `prevKv` is the key's KeyValue just before this event, when it had one.
 */
export interface Event {
  type: EventType;
  kv: KeyValue;
  prevKv?: KeyValue;
}

export const SortOrder = { NONE: 0, ASCEND: 1, DESCEND: 2 } as const;
export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder];

export const SortTarget = { KEY: 0, VERSION: 1, CREATE: 2, MOD: 3, VALUE: 4 } as const;
export type SortTarget = (typeof SortTarget)[keyof typeof SortTarget];

/**
 * An interval of keys as etcd spells it: `[key, rangeEnd)`. `rangeEnd`
 * absent or empty means the single key `key`; `rangeEnd` = [0x00] means
 * every key >= `key`.
 */
export interface KeyRange {
  key: Uint8Array;
  rangeEnd?: Uint8Array;
}

export interface RangeRequest extends KeyRange {
  limit?: number;
  revision?: number;
  sortOrder?: SortOrder;
  sortTarget?: SortTarget;
  /** Not used by the store: the server decides how to serve the read. */
  serializable?: boolean;
  keysOnly?: boolean;
  countOnly?: boolean;
  minModRevision?: number;
  maxModRevision?: number;
  minCreateRevision?: number;
  maxCreateRevision?: number;
}

export interface RangeResponse {
  revision: number;
  kvs: KeyValue[];
  more: boolean;
  count: number;
}

export interface PutRequest {
  key: Uint8Array;
  value?: Uint8Array;
  lease?: LeaseId;
  prevKv?: boolean;
  ignoreValue?: boolean;
  ignoreLease?: boolean;
}

export interface PutResponse {
  revision: number;
  prevKv?: KeyValue;
}

export interface DeleteRangeRequest extends KeyRange {
  prevKv?: boolean;
}

export interface DeleteRangeResponse {
  revision: number;
  deleted: number;
  prevKvs: KeyValue[];
}

/**
 * etcdserverpb.RequestOp (`oneof request`). A decoded protobuf sets at most one
 * member; if a caller sets several, the first in field order is used. None
 * set is etcd's "empty RequestOp" (rejected with "key not found").
 */
export interface RequestOp {
  requestRange?: RangeRequest;
  requestPut?: PutRequest;
  requestDeleteRange?: DeleteRangeRequest;
  requestTxn?: TxnRequest;
}

/** etcdserverpb.ResponseOp: exactly one member, the kind of its RequestOp. */
export type ResponseOp =
  | { responseRange: RangeResponse }
  | { responsePut: PutResponse }
  | { responseDeleteRange: DeleteRangeResponse }
  | { responseTxn: TxnResponse };

export const CompareResult = { EQUAL: 0, GREATER: 1, LESS: 2, NOT_EQUAL: 3 } as const;
export type CompareResult = (typeof CompareResult)[keyof typeof CompareResult];

export const CompareTarget = { VERSION: 0, CREATE: 1, MOD: 2, VALUE: 3, LEASE: 4 } as const;
export type CompareTarget = (typeof CompareTarget)[keyof typeof CompareTarget];

/**
 * etcdserverpb.Compare. The `target_union` oneof is spread into optional
 * fields: the one matching `target` is compared; absent means 0 / empty,
 * which is also what etcd does when the oneof holds another member.
 */
export interface Compare extends KeyRange {
  result: CompareResult;
  target: CompareTarget;
  version?: number;
  createRevision?: number;
  modRevision?: number;
  value?: Uint8Array;
  lease?: LeaseId;
}

export interface TxnRequest {
  compare?: Compare[];
  success?: RequestOp[];
  failure?: RequestOp[];
}

/**
 * etcdserverpb.TxnResponse. For a txn nested in another, `revision` is 0:
 * etcd never fills the header of nested txn responses.
 */
export interface TxnResponse {
  revision: number;
  succeeded: boolean;
  responses: ResponseOp[];
}

export interface CompactionRequest {
  revision: number;
  /** The store always removes history before answering, so this changes nothing here. */
  physical?: boolean;
}

export interface CompactionResponse {
  revision: number;
}

/**
 * Whether a lease exists, asked when a Put attaches one. It must answer from
 * replicated state only (every member gives the same answer at the same
 * applied index), or members diverge.
 */
export interface LeaseChecker {
  exists(id: LeaseId): boolean;
}

/**
 * A lease grant as it is replicated: the id is already chosen (never 0) and
 * the TTL already raised to the minimum by the proposer, so every member
 * applies exactly the same thing.
 */
export interface LeaseGrantRequest {
  id: LeaseId;
  /** Seconds. */
  ttl: number;
}

export interface LeaseGrantResponse {
  revision: number;
  id: LeaseId;
  ttl: number;
}

export interface LeaseRevokeRequest {
  id: LeaseId;
}

export interface LeaseRevokeResponse {
  /** The revision of the deletes, or the current one if the lease had no keys. */
  revision: number;
  /** How many keys the revoke deleted. */
  deleted: number;
}

/** A lease in the replicated lease table. */
export interface Lease {
  id: LeaseId;
  /** The granted TTL in seconds. */
  ttl: number;
}

/**
 * Told about changes of the lease table after they are applied (the batch is
 * durable), in apply order. `reset` follows a snapshot restore: read the whole
 * table again.
 */
export interface LeaseListener {
  granted(lease: Lease): void;
  revoked(id: LeaseId): void;
  reset(): void;
}

/** One committed command for the state machine, as the apply loop hands it over. */
export type KvCommand =
  | { type: 'put'; request: PutRequest }
  | { type: 'deleteRange'; request: DeleteRangeRequest }
  | { type: 'txn'; request: TxnRequest }
  | { type: 'compaction'; request: CompactionRequest }
  | { type: 'leaseGrant'; request: LeaseGrantRequest }
  | { type: 'leaseRevoke'; request: LeaseRevokeRequest }
  /** An entry with no effect on the keyspace (leader no-op, conf change): only the applied index moves. */
  | { type: 'noop' };

export type KvCommandResponse =
  | { type: 'put'; response: PutResponse }
  | { type: 'deleteRange'; response: DeleteRangeResponse }
  | { type: 'txn'; response: TxnResponse }
  | { type: 'compaction'; response: CompactionResponse }
  | { type: 'leaseGrant'; response: LeaseGrantResponse }
  | { type: 'leaseRevoke'; response: LeaseRevokeResponse }
  | { type: 'noop'; revision: number };

export interface ApplyEntry {
  index: number;
  command: KvCommand;
}

/**
 * The outcome of applying one entry.
 * - `applied`: the command ran; `events` are its changes in order, all at `revision`.
 * - `rejected`: the command failed a deterministic check (same on every member);
 *   nothing changed but the applied index.
 * - `skipped`: `index` was already applied (replay after a restart).
 */
export type ApplyResult =
  | { status: 'applied'; index: number; revision: number; response: KvCommandResponse; events: Event[] }
  | { status: 'rejected'; index: number; revision: number; error: KvError }
  | { status: 'skipped'; index: number };

export interface EventsSinceOptions {
  /** At most this many revisions per call; a revision is never split. Default 1000 (etcd's catch-up batch). */
  limitRevisions?: number;
  /** Attach each event's previous KeyValue (the key at modRevision - 1), when not compacted away. */
  prevKv?: boolean;
}

export interface EventsSinceResult {
  /** Events in revision order, then in order of change within a revision. */
  events: Event[];
  /**
   * Every revision up to and including this one was scanned; continue from
   * `scannedThrough + 1`. Equal to `currentRevision` when caught up.
   */
  scannedThrough: number;
  currentRevision: number;
  compactRevision: number;
}

export interface HashResult {
  /** CRC32 of the kept history up to `revision`: equal state gives equal hashes. */
  hash: number;
  revision: number;
  compactRevision: number;
}

export interface KvSnapshot {
  /** The applied Raft index the image reflects. */
  appliedIndex: number;
  revision: number;
  data: Uint8Array;
}
