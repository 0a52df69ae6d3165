import type { ServerUnaryCall } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { checkUserKey } from '../kv/reserved.js';
import { longToBigInt } from '../proto/long.js';
import { header } from './kv-convert.js';
import type { LockServer } from '../proto/services.js';
import { acquireLock, releaseLock } from '../lock/lock.js';
import type { KeyEvents, RecipeKv } from '../lock/recipe-kv.js';
import { ServerError } from '../server/server-error.js';
import { unary } from './grpc-call.js';
import type { NodeView } from './node-view.js';

/** The TTL of the lease etcd grants itself when Lock is called without one (nobody keeps it alive). */
export const LOCK_DEFAULT_LEASE_TTL = 60;

export interface LockDeps {
  kv: RecipeKv;
  events: KeyEvents;
  grantLease(ttl: number): Promise<bigint>;
}

/** An AbortSignal that fires when the client cancels the call. */
export function cancelSignal<Req, Res>(call: ServerUnaryCall<Req, Res>): AbortSignal {
  const ac = new AbortController();
  call.on('cancelled', () => ac.abort(new ServerError('UNAVAILABLE', 'request canceled')));
  return ac.signal;
}

/** v3lockpb.Lock: etcd's lock recipe run server-side on the caller's lease. */
export function lockService(node: NodeView, deps: LockDeps, log: Logger): LockServer {
  return {
    Lock: unary(log, 'Lock', async (req, call) => {
      if (!req.name || req.name.length === 0) throw new ServerError('INVALID_ARGUMENT', 'etcdserver: key is not provided');
      checkUserKey(req.name);
      let lease = longToBigInt(req.lease ?? 0);
      if (lease === 0n) lease = await deps.grantLease(LOCK_DEFAULT_LEASE_TTL);
      const held = await acquireLock(deps.kv, deps.events, req.name, lease, cancelSignal(call));
      return { header: header(node.headerBase(), held.revision), key: held.key };
    }),
    Unlock: unary(log, 'Unlock', async (req) => {
      const key = req.key ?? new Uint8Array(0);
      checkUserKey(key);
      const revision = await releaseLock(deps.kv, key);
      return { header: header(node.headerBase(), revision) };
    }),
  };
}
