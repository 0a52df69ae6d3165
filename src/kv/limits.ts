// Size limits (reference §13, etcd 3.4 defaults).

/** etcd's --max-request-bytes: 1.5 MiB, checked by etcd on the encoded Raft request. */
export const MAX_REQUEST_BYTES = 1_572_864;

/** etcd's --max-txn-ops: the most compares, or ops in one branch, of a txn (nested txns likewise). */
export const MAX_TXN_OPS = 128;

/**
 * etcd has no limit on keys or values of their own: only the whole request is
 * bounded. These match that, and give one place to tighten them.
 */
export const MAX_KEY_BYTES = MAX_REQUEST_BYTES;
export const MAX_VALUE_BYTES = MAX_REQUEST_BYTES;

/** etcd sends a catching-up watcher at most this many revisions per response. */
export const WATCH_CATCHUP_MAX_REVISIONS = 1000;
