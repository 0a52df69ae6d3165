// Limits of the service registry. Every one is checked by validateRegistration
// (validate.ts) before a registration is proposed, and again when it is applied.
// The check output limit and the damping thresholds' bound are health's
// (src/health/check.ts: MAX_CHECK_OUTPUT_BYTES, MAX_FLAP_THRESHOLD).

/** Service names, instance ids and check ids: letters, digits, '.', '_', '-', at most this many bytes. */
export const MAX_ID_BYTES = 128;
/** Meta pairs of one instance. */
export const MAX_META_PAIRS = 64;
/** One meta key (same characters as an id). */
export const MAX_META_KEY_BYTES = 128;
/** One meta value (any text). */
export const MAX_META_VALUE_BYTES = 512;
/** Tags of one instance. */
export const MAX_TAGS = 64;
/** One tag (any text without control characters). */
export const MAX_TAG_BYTES = 256;
/** An instance's address (a host name or an IP literal). */
export const MAX_ADDRESS_BYTES = 255;
/** Checks of one instance. */
export const MAX_CHECKS_PER_INSTANCE = 32;
/** A check's target: an http(s) URL, or host:port for tcp and grpc. */
export const MAX_CHECK_TARGET_BYTES = 2048;
/** The grpc.health.v1 service name a grpc check asks about. */
export const MAX_GRPC_SERVICE_BYTES = 256;
/** A maintenance reason. */
export const MAX_MAINTENANCE_REASON_BYTES = 512;

export const MIN_PORT = 1;
export const MAX_PORT = 65_535;

/** Active checks run at most once a second (Consul's MinInterval). */
export const MIN_CHECK_INTERVAL_MS = 1_000;
/** And at least once a day. */
export const MAX_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1_000;
/** Timeout of an active check when none is given (Consul's HTTP/TCP default). */
export const DEFAULT_CHECK_TIMEOUT_MS = 10_000;
export const MIN_CHECK_TIMEOUT_MS = 1;
export const MAX_CHECK_TIMEOUT_MS = 5 * 60 * 1_000;
/** A TTL check's TTL. */
export const MIN_CHECK_TTL_MS = 1_000;
export const MAX_CHECK_TTL_MS = 24 * 60 * 60 * 1_000;
/** deregister_critical_after: how long a check may stay critical before its instance is removed. */
export const MIN_DEREGISTER_CRITICAL_AFTER_MS = 1_000;
export const MAX_DEREGISTER_CRITICAL_AFTER_MS = 30 * 24 * 60 * 60 * 1_000;
