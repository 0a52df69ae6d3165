// What the MVCC store is made of, shared by its parts: the state DB, the key index, the lease index and table, the revisions, the records of the batch in flight; opening and rebuilding it from disk.
//
// The parts (mvcc-store.ts applies, store-reads.ts reads, store-image.ts
// hashes, snapshots and restores) work on one StoreState. Work that needs a
// state with nothing in flight (apply, hash, snapshot, restore, close) runs
// through `exclusive`, one at a time. If a batch fails, memory is ahead of
// disk: `fail` records it and every later call refuses (`assertUsable`).

import type { AbstractBatchOptions, AbstractLevel, AbstractPutOptions } from 'abstract-level';
import { copyBytes } from './bytes.js';
import { decodeRecord, HISTORY_END, HISTORY_START, metaKey, parseRevKey, readU64, recordKey, revKey, u64Bytes, type HistoryRecord } from './codec.js';
import { Compactor, type StoreOp } from './compactor.js';
import { KeyIndex } from './key-index.js';
import { LeaseIndex } from './lease-index.js';
import { decodeLease, LEASES_END, LEASES_START, LeaseTable } from './lease-table.js';
import type { HistorySource, RevRef } from './range.js';
import type { LeaseChecker } from './types.js';

/** The state DB: a LevelDB (`level`) on disk, or any abstract-level store (memory-level in tests and simulation). */
export type Db = AbstractLevel<string | Uint8Array | Buffer, Uint8Array, Uint8Array>;

const FORMAT_VERSION = 1;

export const META = {
  format: metaKey('format'),
  applied: metaKey('applied'),
  revision: metaKey('rev'),
  compact: metaKey('compact'),
  compactDone: metaKey('compactDone'),
  restoring: metaKey('restoring'),
} as const;

/** Write options with classic-level's `sync` (an abstract-level store without it ignores it). */
type SyncOptions = AbstractBatchOptions<Uint8Array, Uint8Array> & AbstractPutOptions<Uint8Array, Uint8Array> & { sync: boolean };
/** Writes that must be on disk before they return (open, restore). */
export const SYNCED: SyncOptions = { sync: true };

export interface StoreStateOptions {
  sync: boolean;
  compactionBatchSize: number;
  leaseChecker?: LeaseChecker;
}

export class StoreState implements HistorySource {
  /** Options of apply batches: fsynced or not (MvccStoreOptions.sync). */
  readonly batchOptions: SyncOptions;
  readonly compactionBatchSize: number;
  leaseChecker: LeaseChecker;
  keyIndex = new KeyIndex();
  readonly leaseIdx = new LeaseIndex();
  readonly leaseTable = new LeaseTable();
  currentRev = 1;
  compactRev = 0;
  applied = 0;
  /** Every record with main <= durableRev is in the DB; newer ones are in `unflushed`. */
  durableRev = 1;
  readonly unflushed = new Map<number, HistoryRecord[]>();
  compactor: Compactor;
  closed = false;
  /** open() found an interrupted snapshot restore and started from an empty store. */
  wiped = false;
  private queue: Promise<unknown> = Promise.resolve();
  private failure: unknown = null;

  constructor(readonly db: Db, opts: StoreStateOptions) {
    this.batchOptions = { sync: opts.sync };
    this.compactionBatchSize = opts.compactionBatchSize;
    this.leaseChecker = opts.leaseChecker ?? { exists: (id) => this.leaseTable.has(id) };
    this.compactor = this.newCompactor(0);
  }

  /** HistorySource: the key index. */
  get index(): KeyIndex {
    return this.keyIndex;
  }

  /** HistorySource: the compacted revision. */
  get compactRevision(): number {
    return this.compactRev;
  }

  /** HistorySource: records in flight come from memory, the rest from the DB. */
  loadRecords(refs: readonly RevRef[]): Promise<HistoryRecord[]> {
    const out: HistoryRecord[] = new Array<HistoryRecord>(refs.length);
    const keys: Uint8Array[] = [];
    const slots: number[] = [];
    refs.forEach((ref, i) => {
      if (ref.main > this.durableRev) {
        const rec = this.unflushed.get(ref.main)?.[ref.sub];
        if (rec === undefined) throw new Error(`kv store: history record ${ref.main}.${ref.sub} missing`);
        out[i] = rec;
      } else {
        keys.push(revKey(ref.main, ref.sub));
        slots.push(i);
      }
    });
    if (keys.length === 0) return Promise.resolve(out);
    return this.db.getMany(keys).then((values) => {
      values.forEach((v, j) => {
        const slot = slots[j] ?? -1;
        const ref = refs[slot];
        if (v === undefined || ref === undefined) throw new Error('kv store: history record missing from disk');
        out[slot] = decodeRecord(ref.main, ref.sub, v);
      });
      return out;
    });
  }

  // ------------------------------------------------------------ open, rebuild

  /** Reads the DB into memory (a new DB gets the format record), finishing any interrupted compaction. */
  async load(): Promise<void> {
    if ((await this.db.get(META.restoring)) !== undefined) {
      await this.db.clear();
      this.wiped = true;
    }
    const format = await this.db.get(META.format);
    if (format === undefined) {
      const it = this.db.keys({ limit: 1 });
      const any = await it.next();
      await it.close();
      if (any !== undefined) throw new Error('kv store: the directory holds a LevelDB that is not a regd state DB');
      await this.db.batch([{ type: 'put', key: META.format, value: u64Bytes(FORMAT_VERSION) }, ...metaOps(0, 1, 0, 0)], SYNCED);
    } else if (readU64(format, 0) !== FORMAT_VERSION) {
      throw new Error(`kv store: unsupported state DB format ${readU64(format, 0)}`);
    }
    const [applied, rev, compact, compactDone] = await this.db.getMany([META.applied, META.revision, META.compact, META.compactDone]);
    const num = (v: Uint8Array | undefined): number => (v === undefined ? 0 : readU64(v, 0));
    this.resetMemory(num(applied), Math.max(1, num(rev)), num(compact));

    const it = this.db.iterator({ gte: HISTORY_START, lt: HISTORY_END });
    try {
      for (;;) {
        const batch = await it.nextv(1000);
        if (batch.length === 0) break;
        for (const [k, v] of batch) {
          const { main, sub } = parseRevKey(k);
          const rec = decodeRecord(main, sub, v);
          this.keyIndex.replay(rec.key, main, sub, rec.kv);
        }
      }
    } finally {
      await it.close();
    }
    const leases = this.db.iterator({ gte: LEASES_START, lt: LEASES_END });
    try {
      for (;;) {
        const batch = await leases.nextv(1000);
        if (batch.length === 0) break;
        for (const [k, v] of batch) this.leaseTable.set(decodeLease(k, v));
      }
    } finally {
      await leases.close();
    }
    this.finishRebuild(num(compactDone));
  }

  resetMemory(applied: number, rev: number, compact: number): void {
    this.keyIndex = new KeyIndex();
    this.leaseIdx.clear();
    this.leaseTable.clear();
    this.unflushed.clear();
    this.applied = applied;
    this.currentRev = rev;
    this.durableRev = rev;
    this.compactRev = compact;
  }

  /** After replaying records: own the live values, index leases, and redo any unfinished compaction. */
  finishRebuild(compactDone: number): void {
    for (const [, e] of this.keyIndex.entries()) {
      const kv = e.current;
      if (kv === null) continue;
      e.current = { ...kv, key: e.key, value: copyBytes(kv.value) };
      this.leaseIdx.attach(kv.lease, e.key);
    }
    const removed = this.keyIndex.compact(this.compactRev);
    this.compactor = this.newCompactor(compactDone);
    if (removed.mains.length > 0 || compactDone < this.compactRev) this.compactor.enqueue(this.compactRev, removed);
  }

  private newCompactor(doneRev: number): Compactor {
    return new Compactor(
      {
        write: (ops) => this.db.batch(ops),
        doneOp: (rev) => ({ type: 'put', key: META.compactDone, value: u64Bytes(rev) }),
        onError: (err) => this.fail(err),
      },
      doneRev,
      this.compactionBatchSize,
    );
  }

  /** Visit the kept history records up to `upTo`, in revision order, skipping compacted ones not yet deleted. */
  async scanKept(upTo: number, visit: (key: Uint8Array, value: Uint8Array, main: number, sub: number) => void): Promise<void> {
    const it = this.db.iterator({ gte: HISTORY_START, lt: revKey(upTo + 1, 0) });
    try {
      for (;;) {
        const batch = await it.nextv(1000);
        if (batch.length === 0) break;
        for (const [k, v] of batch) {
          const { main, sub } = parseRevKey(k);
          if (main <= this.compactRev && !this.keyIndex.hasRev(recordKey(v), main, sub)) continue;
          visit(k, v, main, sub);
        }
      }
    } finally {
      await it.close();
    }
  }

  // ------------------------------------------------------- order and failure

  /** Runs `fn` after everything queued before it, never two at once. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  fail(err: unknown): void {
    this.failure ??= err;
  }

  assertUsable(): void {
    if (this.closed) throw new Error('kv store: closed');
    if (this.failure !== null) throw new Error('kv store: failed earlier; restart the node', { cause: this.failure });
  }
}

/** The four meta records, as written by open and restore. */
export function metaOps(applied: number, rev: number, compact: number, compactDone: number): StoreOp[] {
  return [
    { type: 'put', key: META.applied, value: u64Bytes(applied) },
    { type: 'put', key: META.revision, value: u64Bytes(rev) },
    { type: 'put', key: META.compact, value: u64Bytes(compact) },
    { type: 'put', key: META.compactDone, value: u64Bytes(compactDone) },
  ];
}
