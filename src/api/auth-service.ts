import { unary } from './grpc-call.js';
import type { Logger } from 'pino';
import type { AuthServer } from '../proto/services.js';
import { ServerError } from '../server/server-error.js';

const NOT_ENABLED = 'etcdserver: authentication is not enabled';

/**
 * etcdserverpb.Auth while authentication is disabled: Authenticate fails with
 * etcd's exact error, which etcd clients ignore, so `etcdctl --user` works.
 */
export function authService(log: Logger): Partial<AuthServer> {
  return {
    Authenticate: unary(log, 'Authenticate', async () => {
      throw new ServerError('FAILED_PRECONDITION', NOT_ENABLED);
    }),
  };
}
