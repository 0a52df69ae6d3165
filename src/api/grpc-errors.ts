import { status, type Metadata, type ServiceError } from '@grpc/grpc-js';
import { KvError } from '../kv/index.js';
import { ServerError, type ServerErrorCode } from '../server/server-error.js';

const CODES: Record<ServerErrorCode, status> = {
  INVALID_ARGUMENT: status.INVALID_ARGUMENT,
  NOT_FOUND: status.NOT_FOUND,
  FAILED_PRECONDITION: status.FAILED_PRECONDITION,
  OUT_OF_RANGE: status.OUT_OF_RANGE,
  RESOURCE_EXHAUSTED: status.RESOURCE_EXHAUSTED,
  UNAVAILABLE: status.UNAVAILABLE,
  PERMISSION_DENIED: status.PERMISSION_DENIED,
  UNAUTHENTICATED: status.UNAUTHENTICATED,
  DATA_LOSS: status.DATA_LOSS,
  UNKNOWN: status.UNKNOWN,
};

/**
 * The gRPC status for an error. Known errors keep etcd's exact text (clients
 * compare it); anything else is a bug on our side and reaches the client as
 * UNKNOWN with its message, never as a crash of the node.
 */
export function toServiceError(err: unknown): Partial<ServiceError> {
  if (err instanceof KvError) return { code: err.grpcCode, details: err.message, message: err.message };
  if (err instanceof ServerError) return { code: CODES[err.code], details: err.message, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { code: status.UNKNOWN, details: message, message };
}

/** etcd's `hasleader` metadata: refuse at once when this member knows no leader. */
export function requireLeaderIfAsked(metadata: Metadata, hasLeader: boolean): void {
  if (!hasLeader && metadata.get('hasleader')[0] === 'true') throw new ServerError('UNAVAILABLE', 'etcdserver: no leader');
}
