import { credentials } from '@grpc/grpc-js';
import type { v3lockpb } from '../../src/generated/proto.js';
import { toInt64 } from '../../src/proto/long.js';
import { LockClient } from '../../src/proto/services.js';
import { attempt, CHANNEL_OPTIONS, unaryCall, type Outcome, type Unary } from './call.js';

const enc = new TextEncoder();

/** One client connection to one regd member for v3lockpb.Lock / Unlock. */
export class JepsenLockClient {
  private readonly client: InstanceType<typeof LockClient>;

  constructor(readonly node: string, endpoint: string) {
    this.client = new LockClient(endpoint, credentials.createInsecure(), CHANNEL_OPTIONS);
  }

  /** Waits for the lock (up to `timeoutMs`); the owner key on success. */
  lock(name: string, lease: bigint, timeoutMs: number): Promise<Outcome<{ key: Uint8Array }>> {
    return attempt(false, async () => {
      const r = await unaryCall(this.client.Lock.bind(this.client) as Unary<v3lockpb.ILockRequest, v3lockpb.LockResponse>,
        { name: enc.encode(name), lease: toInt64(lease) }, timeoutMs);
      return { key: r.key };
    });
  }

  unlock(key: Uint8Array, timeoutMs: number): Promise<Outcome<void>> {
    return attempt(false, async () => {
      await unaryCall(this.client.Unlock.bind(this.client) as Unary<v3lockpb.IUnlockRequest, v3lockpb.UnlockResponse>, { key }, timeoutMs);
    });
  }

  close(): void {
    this.client.close();
  }
}
