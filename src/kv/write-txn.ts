// The changes of one revision. Writes go straight into the key index (so
// reads later in the same txn see them) and are journaled so a txn that fails
// half way can be undone before anyone else runs. Every change gets the
// revision beginRev + 1 and the next sub-revision.

import { copyBytes, EMPTY_BYTES, type KeyInterval } from './bytes.js';
import type { HistoryRecord } from './codec.js';
import type { KeyIndex, KeyEntry } from './key-index.js';
import type { LeaseIndex } from './lease-index.js';
import { EventType, type Event, type KeyValue, type LeaseId } from './types.js';

export class WriteTxn {
  readonly beginRev: number;
  readonly changes: HistoryRecord[] = [];
  readonly events: Event[] = [];
  private readonly index: KeyIndex;
  private readonly leases: LeaseIndex;
  /** Null when the caller never rolls back (a plain put or delete cannot fail half way). */
  private readonly undo: Array<() => void> | null;

  constructor(index: KeyIndex, leases: LeaseIndex, beginRev: number, journal = true) {
    this.index = index;
    this.leases = leases;
    this.beginRev = beginRev;
    this.undo = journal ? [] : null;
  }

  /** The revision reads in this txn run at: beginRev until the first change, then beginRev + 1. */
  get rev(): number {
    return this.changes.length > 0 ? this.beginRev + 1 : this.beginRev;
  }

  /** The live KeyValue of `key` as this txn sees it. */
  current(key: Uint8Array): KeyValue | null {
    return this.index.get(key)?.current ?? null;
  }

  /** Put `key`; returns the previous live KeyValue, if any. */
  put(key: Uint8Array, value: Uint8Array, lease: LeaseId): KeyValue | null {
    const main = this.beginRev + 1;
    const sub = this.changes.length;
    const existing = this.index.get(key);
    let e: KeyEntry;
    if (this.undo !== null) {
      const state = this.index.saveState(existing, existing?.key ?? copyBytes(key));
      this.undo.push(() => this.index.restoreState(state));
      e = existing ?? this.index.insert(state.entry);
    } else {
      e = existing ?? this.index.getOrCreate(copyBytes(key));
    }

    const prev = e.current;
    const kv: KeyValue = {
      key: e.key,
      createRevision: prev !== null ? prev.createRevision : main,
      modRevision: main,
      version: prev !== null ? prev.version + 1 : 1,
      value: copyBytes(value),
      lease,
    };
    this.index.put(e, main, sub, kv);
    // etcd: a put detaches the key from its old lease and attaches the new one.
    if (prev !== null) this.detachLease(prev.lease, e.key);
    this.attachLease(lease, e.key);

    this.changes.push({ main, sub, key: e.key, kv });
    const ev: Event = { type: EventType.PUT, kv: { ...kv } };
    if (prev !== null) ev.prevKv = { ...prev };
    this.events.push(ev);
    return prev;
  }

  /** Delete every live key in `iv`; returns the deleted KeyValues in key order. */
  deleteRange(iv: KeyInterval): KeyValue[] {
    const victims: KeyEntry[] = [];
    this.index.forEachInRange(iv, (e) => {
      if (e.current !== null) victims.push(e);
    });
    const deleted: KeyValue[] = [];
    const main = this.beginRev + 1;
    for (const e of victims) {
      const prev = e.current;
      if (prev === null) continue;
      const sub = this.changes.length;
      if (this.undo !== null) {
        const state = this.index.saveState(e, e.key);
        this.undo.push(() => this.index.restoreState(state));
      }
      this.index.tombstone(e, main, sub);
      this.detachLease(prev.lease, e.key);
      this.changes.push({ main, sub, key: e.key, kv: null });
      this.events.push({
        type: EventType.DELETE,
        kv: { key: e.key, createRevision: 0, modRevision: main, version: 0, value: EMPTY_BYTES, lease: 0n },
        prevKv: { ...prev },
      });
      deleted.push(prev);
    }
    return deleted;
  }

  /** Undo every change, newest first. */
  rollback(): void {
    if (this.undo === null) throw new Error('kv write txn: rollback without a journal');
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]?.();
    this.undo.length = 0;
    this.changes.length = 0;
    this.events.length = 0;
  }

  private attachLease(lease: LeaseId, key: Uint8Array): void {
    if (lease === 0n) return;
    this.leases.attach(lease, key);
    this.undo?.push(() => this.leases.detach(lease, key));
  }

  private detachLease(lease: LeaseId, key: Uint8Array): void {
    if (lease === 0n) return;
    this.leases.detach(lease, key);
    this.undo?.push(() => this.leases.attach(lease, key));
  }
}
