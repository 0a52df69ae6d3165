// v3lock: distributed locks held by a lease (the server's Lock service).

import { toInt64 } from '../proto/long.js';
import { LockService } from '../proto/services.js';
import type { CallOptions, Transport } from './transport.js';
import { toBytes, toHeader, type Bytes, type ResponseHeader } from './types.js';

export interface LockResult {
  header: ResponseHeader;
  /** The key that holds the lock while it exists; give it to `unlock`. */
  key: Uint8Array;
}

/**
 * Locks. Both calls are writes: a Lock whose answer is lost may hold the lock
 * (until its lease ends), so it surfaces as UnknownOutcomeError, never retried.
 */
export class Lock {
  constructor(private readonly t: Transport) {}

  /** Waits until the lock `name` is held with `lease` (up to the call's deadline: pass `timeoutMs` for long waits). */
  async lock(name: Bytes, lease: bigint, options?: CallOptions): Promise<LockResult> {
    const r = await this.t.unary(LockService.Lock, { name: toBytes(name), lease: toInt64(lease) }, 'write', options);
    return { header: toHeader(r.header), key: r.key };
  }

  /** Releases a lock by the key `lock` returned. */
  async unlock(key: Uint8Array, options?: CallOptions): Promise<ResponseHeader> {
    return toHeader((await this.t.unary(LockService.Unlock, { key }, 'write', options)).header);
  }
}
