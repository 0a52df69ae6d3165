// Errors the store reports to clients. The gRPC layer maps `code` to a status
// code and sends `message` unchanged: etcd clients compare the text byte for
// byte, so every message here is etcd's own (reference §11).

/** gRPC status names the store can produce, with their numeric codes. */
export const KvErrorCodes = {
  INVALID_ARGUMENT: 3,
  NOT_FOUND: 5,
  FAILED_PRECONDITION: 9,
  OUT_OF_RANGE: 11,
} as const;
export type KvErrorCode = keyof typeof KvErrorCodes;

export const ErrorMessages = {
  EMPTY_KEY: 'etcdserver: key is not provided',
  KEY_NOT_FOUND: 'etcdserver: key not found',
  VALUE_PROVIDED: 'etcdserver: value is provided',
  LEASE_PROVIDED: 'etcdserver: lease is provided',
  TOO_MANY_OPS: 'etcdserver: too many operations in txn request',
  DUPLICATE_KEY: 'etcdserver: duplicate key given in txn request',
  COMPACTED: 'etcdserver: mvcc: required revision has been compacted',
  FUTURE_REV: 'etcdserver: mvcc: required revision is a future revision',
  LEASE_NOT_FOUND: 'etcdserver: requested lease not found',
  LEASE_EXISTS: 'etcdserver: lease already exists',
  LEASE_TTL_TOO_LARGE: 'etcdserver: too large lease TTL',
  REQUEST_TOO_LARGE: 'etcdserver: request is too large',
  // etcd 3.5+ text for an out-of-range sort enum; 3.4 has no check (it crashes).
  INVALID_SORT_OPTION: 'etcdserver: invalid sort option',
} as const;

export class KvError extends Error {
  readonly code: KvErrorCode;

  constructor(code: KvErrorCode, message: string) {
    super(message);
    this.name = 'KvError';
    this.code = code;
  }

  /** The numeric gRPC status code. */
  get grpcCode(): number {
    return KvErrorCodes[this.code];
  }
}

export const errEmptyKey = (): KvError => new KvError('INVALID_ARGUMENT', ErrorMessages.EMPTY_KEY);
export const errKeyNotFound = (): KvError => new KvError('INVALID_ARGUMENT', ErrorMessages.KEY_NOT_FOUND);
export const errValueProvided = (): KvError => new KvError('INVALID_ARGUMENT', ErrorMessages.VALUE_PROVIDED);
export const errLeaseProvided = (): KvError => new KvError('INVALID_ARGUMENT', ErrorMessages.LEASE_PROVIDED);
export const errTooManyOps = (): KvError => new KvError('INVALID_ARGUMENT', ErrorMessages.TOO_MANY_OPS);
export const errDuplicateKey = (): KvError => new KvError('INVALID_ARGUMENT', ErrorMessages.DUPLICATE_KEY);
export const errRequestTooLarge = (): KvError => new KvError('INVALID_ARGUMENT', ErrorMessages.REQUEST_TOO_LARGE);
export const errInvalidSortOption = (): KvError => new KvError('INVALID_ARGUMENT', ErrorMessages.INVALID_SORT_OPTION);
export const errCompacted = (): KvError => new KvError('OUT_OF_RANGE', ErrorMessages.COMPACTED);
export const errFutureRev = (): KvError => new KvError('OUT_OF_RANGE', ErrorMessages.FUTURE_REV);
export const errLeaseNotFound = (): KvError => new KvError('NOT_FOUND', ErrorMessages.LEASE_NOT_FOUND);
export const errLeaseExists = (): KvError => new KvError('FAILED_PRECONDITION', ErrorMessages.LEASE_EXISTS);
export const errLeaseTtlTooLarge = (): KvError => new KvError('OUT_OF_RANGE', ErrorMessages.LEASE_TTL_TOO_LARGE);
