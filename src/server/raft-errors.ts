// What a client sees when the Raft core refuses a request: each RaftError code
// becomes the error etcd returns in the same situation.

import { RaftError } from '../raft/index.js';
import { ServerError } from './server-error.js';

export function mapRaftError(err: unknown): Error {
  if (!(err instanceof RaftError)) return err as Error;
  switch (err.code) {
    case 'NO_LEADER':
      return new ServerError('UNAVAILABLE', 'etcdserver: no leader');
    case 'TRANSFERRING':
      return new ServerError('UNAVAILABLE', 'etcdserver: leader changed');
    case 'TOO_MANY_UNCOMMITTED':
      return new ServerError('RESOURCE_EXHAUSTED', 'etcdserver: too many requests');
    case 'NOT_LEADER':
      return new ServerError('FAILED_PRECONDITION', 'etcdserver: not leader');
    case 'INVALID_TRANSFEREE':
      return new ServerError('FAILED_PRECONDITION', 'etcdserver: bad leader transferee');
    case 'CONF_PENDING':
      return new ServerError('FAILED_PRECONDITION', 'etcdserver: unhealthy cluster');
    case 'INVALID_CONF':
      return new ServerError('INVALID_ARGUMENT', err.message);
    case 'NOT_MEMBER':
      return new ServerError('UNAVAILABLE', 'etcdserver: server stopped');
  }
}

/** A request that waited longer than the request timeout. */
export function timedOut(): ServerError {
  return new ServerError('UNAVAILABLE', 'etcdserver: request timed out');
}
