import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { toServiceError } from './grpc-errors.js';

/**
 * Adapts an async handler to grpc-js: its result or error becomes the reply.
 * Errors are mapped to gRPC statuses; unexpected ones are logged.
 */
export function unary<Req, Res>(log: Logger, method: string, f: (req: Req, call: ServerUnaryCall<Req, Res>) => Promise<Res>) {
  return (call: ServerUnaryCall<Req, Res>, cb: sendUnaryData<Res>): void => {
    let p: Promise<Res>;
    try {
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
