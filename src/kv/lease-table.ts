// The replicated lease table: which leases exist and their granted TTLs.
// It is state machine state like the keyspace: written to LevelDB in the same
// batch as the applied index, carried in snapshots, rebuilt on open. Expiry
// is not here: deadlines are the leader's business (src/server/lessor.ts),
// and a lease leaves this table only when a revoke is applied.
//
// LevelDB layout:
//   'l' <id as 8 bytes, two's complement, big-endian>  ->  <ttl u64 BE>

import { readU64, u64Bytes } from './codec.js';
import type { Lease, LeaseId } from './types.js';

export const LEASE_PREFIX = 0x6c; // 'l'
const LEASE_KEY_BYTES = 9;

/** The first key of the lease table, and the key just past it. */
export const LEASES_START = Uint8Array.of(LEASE_PREFIX);
export const LEASES_END = Uint8Array.of(LEASE_PREFIX + 1);

export function leaseKey(id: LeaseId): Uint8Array {
  const k = new Uint8Array(LEASE_KEY_BYTES);
  k[0] = LEASE_PREFIX;
  new DataView(k.buffer).setBigInt64(1, id);
  return k;
}

export function leaseValue(ttl: number): Uint8Array {
  return u64Bytes(ttl);
}

/** A lease from its LevelDB key and value; throws on a malformed record. */
export function decodeLease(key: Uint8Array, value: Uint8Array): Lease {
  if (key.length !== LEASE_KEY_BYTES || key[0] !== LEASE_PREFIX || value.length !== 8) {
    throw new Error('kv lease table: malformed lease record');
  }
  const id = new DataView(key.buffer, key.byteOffset, key.byteLength).getBigInt64(1);
  return { id, ttl: readU64(value, 0) };
}

export class LeaseTable {
  private readonly byId = new Map<LeaseId, Lease>();

  has(id: LeaseId): boolean {
    return this.byId.has(id);
  }

  get(id: LeaseId): Lease | undefined {
    const l = this.byId.get(id);
    return l === undefined ? undefined : { ...l };
  }

  set(lease: Lease): void {
    this.byId.set(lease.id, { id: lease.id, ttl: lease.ttl });
  }

  delete(id: LeaseId): boolean {
    return this.byId.delete(id);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Every lease, sorted by id (the order snapshots write them in). */
  all(): Lease[] {
    return [...this.byId.values()].map((l) => ({ ...l })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  clear(): void {
    this.byId.clear();
  }
}
