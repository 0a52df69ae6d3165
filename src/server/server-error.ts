/**
 * An error a client sees, with the gRPC status name it maps to. Messages that
 * etcd defines are used byte for byte: etcd clients compare the text.
 */
export type ServerErrorCode =
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'FAILED_PRECONDITION'
  | 'OUT_OF_RANGE'
  | 'RESOURCE_EXHAUSTED'
  | 'UNAVAILABLE'
  | 'PERMISSION_DENIED'
  | 'UNAUTHENTICATED'
  | 'DATA_LOSS'
  | 'UNKNOWN';

export class ServerError extends Error {
  constructor(readonly code: ServerErrorCode, message: string) {
    super(message);
    this.name = 'ServerError';
  }
}
