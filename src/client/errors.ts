// The client's errors: one class per gRPC status (and per etcd error that
// callers branch on), each carrying the status code and the server's message
// text byte for byte (`etcdserver: requested lease not found`, ...), plus
// UnknownOutcomeError for a write that may or may not have been applied.

/** gRPC status codes, by name (the numbers are the wire values). */
export const StatusCode = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;

export type StatusCode = (typeof StatusCode)[keyof typeof StatusCode];

const CODE_NAMES: readonly string[] = Object.keys(StatusCode);

/** The name of a status code (`UNAVAILABLE`), or its number as text if unknown. */
export function statusName(code: number): string {
  return CODE_NAMES[code] ?? String(code);
}

/**
 * Every error the client throws. `code` is the gRPC status code, `details`
 * the server's message text exactly as sent (etcd clients compare it), and
 * `message` is `<STATUS NAME>: <details>`.
 */
export class RegdError extends Error {
  constructor(readonly code: number, readonly details: string, options?: { cause?: unknown }) {
    super(`${statusName(code)}: ${details}`, options);
    this.name = new.target.name;
  }
}

export class CancelledError extends RegdError {}
export class InvalidArgumentError extends RegdError {}
export class DeadlineExceededError extends RegdError {}
export class NotFoundError extends RegdError {}
export class AlreadyExistsError extends RegdError {}
export class PermissionDeniedError extends RegdError {}
export class ResourceExhaustedError extends RegdError {}
export class FailedPreconditionError extends RegdError {}
export class AbortedError extends RegdError {}
export class OutOfRangeError extends RegdError {}
export class UnimplementedError extends RegdError {}
export class InternalError extends RegdError {}
export class UnavailableError extends RegdError {}
export class DataLossError extends RegdError {}
export class UnauthenticatedError extends RegdError {}

/** `etcdserver: requested lease not found` (also what a keep-alive answering TTL 0 means). */
export class LeaseNotFoundError extends NotFoundError {}

/**
 * `mvcc: required revision has been compacted`: a read or watch asked for a
 * revision older than the compaction point. `compactRevision` is that point
 * when the server said it (a watch does), else 0n.
 */
export class CompactedError extends OutOfRangeError {
  constructor(details: string, readonly compactRevision = 0n) {
    super(StatusCode.OUT_OF_RANGE, details);
  }
}

/** `mvcc: required revision is a future revision`. */
export class FutureRevisionError extends OutOfRangeError {}

/** `etcdserver: no leader` / `not leader`: the member refused before proposing. */
export class NoLeaderError extends UnavailableError {}

/** The client was closed before or during the call. */
export class ClientClosedError extends RegdError {
  constructor() {
    super(StatusCode.CANCELLED, 'the client is closed');
  }
}

/**
 * A write whose outcome is unknown: it was sent, and then the connection
 * broke, the deadline passed or the server failed without saying it was not
 * applied. It may have taken effect, or may still take effect later; the
 * client never retries it. `cause` is the error the call ended with (its
 * code and details are copied here).
 */
export class UnknownOutcomeError extends RegdError {
  constructor(override readonly cause: RegdError) {
    super(cause.code, cause.details, { cause });
  }
}

const BY_CODE: Record<number, new (code: number, details: string) => RegdError> = {
  [StatusCode.CANCELLED]: CancelledError,
  [StatusCode.INVALID_ARGUMENT]: InvalidArgumentError,
  [StatusCode.DEADLINE_EXCEEDED]: DeadlineExceededError,
  [StatusCode.NOT_FOUND]: NotFoundError,
  [StatusCode.ALREADY_EXISTS]: AlreadyExistsError,
  [StatusCode.PERMISSION_DENIED]: PermissionDeniedError,
  [StatusCode.RESOURCE_EXHAUSTED]: ResourceExhaustedError,
  [StatusCode.FAILED_PRECONDITION]: FailedPreconditionError,
  [StatusCode.ABORTED]: AbortedError,
  [StatusCode.OUT_OF_RANGE]: OutOfRangeError,
  [StatusCode.UNIMPLEMENTED]: UnimplementedError,
  [StatusCode.INTERNAL]: InternalError,
  [StatusCode.UNAVAILABLE]: UnavailableError,
  [StatusCode.DATA_LOSS]: DataLossError,
  [StatusCode.UNAUTHENTICATED]: UnauthenticatedError,
};

const LEASE_NOT_FOUND = 'etcdserver: requested lease not found';
const COMPACTED = ['mvcc: required revision has been compacted', 'etcdserver: mvcc: required revision has been compacted'];
const FUTURE_REV = ['mvcc: required revision is a future revision', 'etcdserver: mvcc: required revision is a future revision'];

/** Server messages that prove a request was refused before it was proposed to Raft. */
const NOT_PROPOSED = ['etcdserver: no leader', 'etcdserver: not leader', 'etcdserver: too many requests'];

/** The error class for a status code and message. */
export function errorFromStatus(code: number, details: string): RegdError {
  if (code === StatusCode.NOT_FOUND && details === LEASE_NOT_FOUND) return new LeaseNotFoundError(code, details);
  if (code === StatusCode.OUT_OF_RANGE) {
    if (COMPACTED.includes(details)) return new CompactedError(details);
    if (FUTURE_REV.includes(details)) return new FutureRevisionError(code, details);
  }
  if (code === StatusCode.UNAVAILABLE && (details === 'etcdserver: no leader' || details === 'etcdserver: not leader')) {
    return new NoLeaderError(code, details);
  }
  const Ctor = BY_CODE[code] ?? RegdError;
  return new Ctor(code, details);
}

/**
 * True when the error proves the request was never executed: it never left
 * this process (no connection to the endpoint, or the deadline passed while
 * waiting for one), or the server refused it before proposing it.
 */
export function provesNotExecuted(code: number, details: string): boolean {
  if (NOT_PROPOSED.includes(details)) return true;
  if (code === StatusCode.UNAVAILABLE) return details.startsWith('No connection established');
  if (code === StatusCode.DEADLINE_EXCEEDED) {
    return details.includes('Waiting for LB pick') || details.includes('waiting for name resolution') || details.includes('waiting for metadata filters');
  }
  return false;
}

/** Status codes after which a sent write may or may not have been applied. */
const OUTCOME_UNKNOWN_CODES: ReadonlySet<number> = new Set([
  StatusCode.CANCELLED,
  StatusCode.UNKNOWN,
  StatusCode.DEADLINE_EXCEEDED,
  StatusCode.ABORTED,
  StatusCode.INTERNAL,
  StatusCode.UNAVAILABLE,
  StatusCode.DATA_LOSS,
]);

/** True when a sent write that failed with this status may still have been applied. */
export function outcomeUnknown(code: number, details: string): boolean {
  return OUTCOME_UNKNOWN_CODES.has(code) && !provesNotExecuted(code, details);
}
