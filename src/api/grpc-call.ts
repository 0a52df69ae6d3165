// Where a call meets grpc-js: the unary adapter (with etcd's `hasleader` check), and errors mapped to gRPC statuses.
import { status, type Metadata, type sendUnaryData, type ServerUnaryCall, type ServiceError } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { KvError } from '../kv/index.js';
import { RegistryError } from '../registry/errors.js';
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
  if (err instanceof ServerError || err instanceof RegistryError) return { code: CODES[err.code], details: err.message, message: err.message };
  // An answer relayed from another member (a forwarded call) keeps its status.
  if (err instanceof Error && typeof (err as Partial<ServiceError>).code === 'number' && typeof (err as Partial<ServiceError>).details === 'string') {
    const e = err as ServiceError;
    return { code: e.code, details: e.details, message: e.details };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: status.UNKNOWN, details: message, message };
}

/** etcd's `hasleader` metadata: refuse at once when this member knows no leader. */
export function requireLeaderIfAsked(metadata: Metadata, hasLeader: boolean): void {
  if (!hasLeader && metadata.get('hasleader')[0] === 'true') throw new ServerError('UNAVAILABLE', 'etcdserver: no leader');
}

export interface UnaryOptions {
  /** Honour etcd's `hasleader` metadata: refuse at once while this answers false. */
  hasLeader?: () => boolean;
}

/**
 * Adapts an async handler to grpc-js: its result or error becomes the reply.
 * Errors are mapped to gRPC statuses; unexpected ones are logged.
 */
export function unary<Req, Res>(
  log: Logger,
  method: string,
  f: (req: Req, call: ServerUnaryCall<Req, Res>) => Promise<Res>,
  opts: UnaryOptions = {},
) {
  const hasLeader = opts.hasLeader;
  return (call: ServerUnaryCall<Req, Res>, cb: sendUnaryData<Res>): void => {
    let p: Promise<Res>;
    try {
      if (hasLeader !== undefined) requireLeaderIfAsked(call.metadata, hasLeader());
      p = f(call.request, call);
    } catch (err) {
      p = Promise.reject(err);
    }
    p.then(
      (res) => cb(null, res),
      (err: unknown) => {
        const e = toServiceError(err);
        if (e.code === 2) log.warn({ err, method }, 'request failed unexpectedly');
        cb(e, null);
      },
    );
  };
}
