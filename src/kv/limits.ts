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

// Watch buffers (regd's own; etcd buffers 128 responses per stream). A live
// watcher whose stream is over a limit is not waited for: it drops back to
// catching up from history (see watch-hub.ts).

/** Responses of any kind queued for one client stream and not yet taken by the gRPC writer. */
export const WATCH_STREAM_MAX_PENDING_RESPONSES = 1024;
/** Bytes of events (keys + values + WATCH_EVENT_OVERHEAD_BYTES each) queued for one client stream. */
export const WATCH_STREAM_MAX_PENDING_BYTES = 8 * 1024 * 1024;
/** Event responses queued for one watcher. */
export const WATCH_WATCHER_MAX_PENDING_RESPONSES = 256;
/** What one queued event counts for besides its key and value bytes. */
export const WATCH_EVENT_OVERHEAD_BYTES = 64;
/** History reads for catching-up watchers running at once, over all streams. */
export const WATCH_CATCHUP_CONCURRENCY = 4;
/** etcd's default progress-notify interval (10 min; etcd adds up to 10% jitter). */
export const WATCH_PROGRESS_NOTIFY_INTERVAL_MS = 10 * 60 * 1000;
/** etcd's floor for the progress-notify interval. */
export const WATCH_PROGRESS_NOTIFY_MIN_INTERVAL_MS = 100;

/** etcd's MaxLeaseTTL: a longer TTL is refused with "too large lease TTL". */
export const MAX_LEASE_TTL = 9_000_000_000;

/** etcd's leaseRevokeRate: the most expired leases the leader revokes per second. */
export const LEASE_REVOKE_RATE = 1000;

/** etcd's minimum lease TTL in seconds, ceil(1.5 × election timeout); a shorter one is raised to it. */
export function minLeaseTtl(electionMs: number): number {
  return Math.max(1, Math.ceil((1.5 * electionMs) / 1000));
}
