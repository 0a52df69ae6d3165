// Which keys are attached to which lease. The KeyValue's `lease` field is the
// source of truth; this is the reverse map a lessor needs to revoke a lease
// (delete all its keys) without scanning the keyspace. Rebuilt on open.

import { bytesToMapKey, compareBytes } from './bytes.js';
import type { LeaseId } from './types.js';

export class LeaseIndex {
  private readonly byLease = new Map<LeaseId, Map<string, Uint8Array>>();

  attach(lease: LeaseId, key: Uint8Array): void {
    if (lease === 0n) return;
    let keys = this.byLease.get(lease);
    if (keys === undefined) {
      keys = new Map();
      this.byLease.set(lease, keys);
    }
    keys.set(bytesToMapKey(key), key);
  }

  detach(lease: LeaseId, key: Uint8Array): void {
    if (lease === 0n) return;
    const keys = this.byLease.get(lease);
    if (keys === undefined) return;
    keys.delete(bytesToMapKey(key));
    if (keys.size === 0) this.byLease.delete(lease);
  }

  /** The keys attached to `lease`, sorted (the order etcd deletes them in on revoke). */
  keys(lease: LeaseId): Uint8Array[] {
    const keys = this.byLease.get(lease);
    if (keys === undefined) return [];
    return [...keys.values()].sort(compareBytes);
  }

  /** Leases that have at least one key attached. */
  leases(): LeaseId[] {
    return [...this.byLease.keys()];
  }

  clear(): void {
    this.byLease.clear();
  }
}
