// The MVCC store (etcd's keyspace semantics over LevelDB): its public face, and applying committed commands.
//
// Apply path. Committed entries are applied one batch at a time (never two
// concurrently). Each command is computed synchronously against memory (the
// key index with its cache of live values), then the history records, the
// new revision and the applied index go to LevelDB in ONE batch. Memory is
// updated before the batch lands: the entry is already durable in the Raft
// log, so after a crash replay from the applied index rebuilds the same
// state. Records written by the batch in flight are kept in `unflushed`
// so history reads never miss them. If a batch fails, memory is ahead of
// disk: the store refuses all further work, and the node must restart.
//
// Commands arrive validated: the proposer ran validate.ts on them before they
// entered the log, and every member applies the same bytes, so one check is
// enough. What depends on the state (that a lease exists, compares, revisions
// in range) is checked here, the same way on every member.
//
// The other parts: store-state.ts (what the store is made of; open and
// rebuild), store-reads.ts (Range, read-only Txn, eventsSince) and
// store-image.ts (hash, snapshot, restore).

import { Level } from 'level';
import { encodeRecord, revKey, u64Bytes, type HistoryRecord } from './codec.js';
import type { StoreOp } from './compactor.js';
import { errCompacted, errFutureRev, errLeaseExists, errLeaseNotFound, KvError } from './errors.js';
import type { KeyIndex, RemovedRevisions } from './key-index.js';
import { leaseKey, leaseValue } from './lease-table.js';
import type { HistorySource, RevRef } from './range.js';
import { hash, restore, snapshot } from './store-image.js';
import { eventsSince, range, readTxn } from './store-reads.js';
import { META, StoreState, type Db } from './store-state.js';
import { applyDeleteRange, applyPut, checkPlan, executeTxn, isReadOnlyTxn, planTxn, prefetchRanges } from './txn.js';
import type {
  ApplyEntry,
  ApplyResult,
  Event,
  EventsSinceOptions,
  EventsSinceResult,
  HashResult,
  KeyRange,
  KvCommand,
  KvCommandResponse,
  KvSnapshot,
  Lease,
  LeaseChecker,
  LeaseId,
  LeaseListener,
  RangeRequest,
  RangeResponse,
  TxnRequest,
  TxnResponse,
} from './types.js';
import { WriteTxn } from './write-txn.js';

export interface MvccStoreOptions {
  /**
   * fsync every apply batch. Default false: the Raft log is the durability
   * source, and a state DB that lost its tail is rebuilt by replaying it.
   */
  sync?: boolean;
  /**
   * Answers whether a lease exists when a Put attaches one. Default: the
   * store's own replicated lease table (leases granted by `leaseGrant`).
   * Tests of the keyspace alone may pass their own.
   */
  leaseChecker?: LeaseChecker;
  /** Records deleted per background compaction batch. Default 10,000. */
  compactionBatchSize?: number;
}

/** A lease table change, announced to the listener once its batch is durable. */
type LeaseNote = { granted: Lease } | { revoked: LeaseId };

export class MvccStore implements HistorySource {
  private readonly s: StoreState;
  private leaseListener: LeaseListener | null = null;

  private constructor(s: StoreState) {
    this.s = s;
  }

  /** Open (or create) the state DB at `location` and rebuild the in-memory index from it. */
  static open(location: string, opts: MvccStoreOptions = {}): Promise<MvccStore> {
    return MvccStore.openDb(new Level<Uint8Array, Uint8Array>(location, { keyEncoding: 'view', valueEncoding: 'view' }), opts);
  }

  /**
   * Open the store on a DB given by the caller (opened here if it is not yet),
   * such as a memory-level for simulation. It must take and give Uint8Array views.
   */
  static async openDb(db: Db, opts: MvccStoreOptions = {}): Promise<MvccStore> {
    await db.open();
    const s = new StoreState(db, {
      sync: opts.sync ?? false,
      compactionBatchSize: opts.compactionBatchSize ?? 10_000,
      ...(opts.leaseChecker !== undefined ? { leaseChecker: opts.leaseChecker } : {}),
    });
    try {
      await s.load();
    } catch (err) {
      await db.close();
      throw err;
    }
    return new MvccStore(s);
  }

  /** The store revision: 1 for a new store, +1 per revision that changed keys. */
  get revision(): number {
    return this.s.currentRev;
  }

  /** The compacted revision; 0 if never compacted. Reads below it fail. */
  get compactRevision(): number {
    return this.s.compactRev;
  }

  /** The last Raft index applied (in memory; the batch holding it may still be landing). */
  get appliedIndex(): number {
    return this.s.applied;
  }

  /** True if open() found an interrupted snapshot restore and started from an empty store. */
  get wipedInterruptedRestore(): boolean {
    return this.s.wiped;
  }

  /** The key index (HistorySource); read-only use. */
  get index(): KeyIndex {
    return this.s.keyIndex;
  }

  /** HistorySource: records in flight come from memory, the rest from LevelDB. */
  loadRecords(refs: readonly RevRef[]): Promise<HistoryRecord[]> {
    return this.s.loadRecords(refs);
  }

  setLeaseChecker(checker: LeaseChecker): void {
    this.s.leaseChecker = checker;
  }

  /** Keys attached to `lease`, sorted by key. */
  leaseKeys(lease: LeaseId): Uint8Array[] {
    return this.s.leaseIdx.keys(lease);
  }

  /** Leases with at least one key attached. */
  leasesWithKeys(): LeaseId[] {
    return this.s.leaseIdx.leases();
  }

  /** A lease of the replicated lease table (as of the applied index), if it exists. */
  lease(id: LeaseId): Lease | undefined {
    return this.s.leaseTable.get(id);
  }

  /** Every lease of the replicated lease table, sorted by id. */
  leases(): Lease[] {
    return this.s.leaseTable.all();
  }

  /** How many leases the table holds. */
  get leaseCount(): number {
    return this.s.leaseTable.size;
  }

  /**
   * Be told of grants and revokes after they are applied and durable, and of
   * snapshot restores. One listener; null removes it. It must not throw.
   */
  setLeaseListener(listener: LeaseListener | null): void {
    this.leaseListener = listener;
  }

  // ---------------------------------------------------------------- reads

  /** Range at the current or a past revision (reference §10.3) of a validated request. Rejects with KvError. */
  range(req: RangeRequest): Promise<RangeResponse> {
    return range(this.s, req);
  }

  /** A validated read-only txn (see isReadOnlyTxn) from local state, without Raft. */
  readTxn(req: TxnRequest): Promise<TxnResponse> {
    return readTxn(this.s, req);
  }

  /** History for a watcher catching up (store-reads.ts). */
  eventsSince(startRevision: number, range: KeyRange, opts: EventsSinceOptions = {}): Promise<EventsSinceResult> {
    return eventsSince(this.s, startRevision, range, opts);
  }

  // ------------------------------------------------- hash, snapshot, restore

  /** CRC32 over the kept history up to `revision` (0 = current), like etcd's HashKV. */
  hash(revision = 0): Promise<HashResult> {
    return hash(this.s, revision);
  }

  /** A full image of the state at the applied index, for Raft snapshots. */
  snapshot(): Promise<KvSnapshot> {
    return snapshot(this.s);
  }

  /** Replace the whole state with a snapshot image (crash-safe, see store-image.ts). */
  restore(data: Uint8Array): Promise<void> {
    return restore(this.s, data, () => this.leaseListener?.reset());
  }

  /** Resolves once the history dropped by the compaction at `revision` is gone from disk (etcd's `physical`). */
  whenCompacted(revision: number): Promise<void> {
    return this.s.compactor.whenDone(revision);
  }

  /** Wait for the apply in flight, stop background compaction (it resumes on open), close the DB. */
  close(): Promise<void> {
    return this.s.exclusive(async () => {
      if (this.s.closed) return;
      this.s.closed = true;
      await this.s.compactor.stop();
      await this.s.db.close();
    });
  }

  // ---------------------------------------------------------------- apply

  apply(index: number, command: KvCommand): Promise<ApplyResult> {
    return this.applyBatch([{ index, command }]).then((r) => {
      const first = r[0];
      if (first === undefined) throw new Error('kv store: no result');
      return first;
    });
  }

  /** Apply validated entries in order, in one LevelDB batch. Entries at or below the applied index are skipped. */
  applyBatch(entries: readonly ApplyEntry[]): Promise<ApplyResult[]> {
    return this.s.exclusive(() => this.applyEntries(entries));
  }

  private async applyEntries(entries: readonly ApplyEntry[]): Promise<ApplyResult[]> {
    this.s.assertUsable();
    const ops: StoreOp[] = [];
    const results: ApplyResult[] = [];
    const compactions: Array<{ rev: number; removed: RemovedRevisions }> = [];
    const leaseNotes: LeaseNote[] = [];
    const before = { applied: this.s.applied, rev: this.s.currentRev, compact: this.s.compactRev };
    try {
      for (const entry of entries) {
        if (entry.index <= this.s.applied) {
          results.push({ status: 'skipped', index: entry.index });
          continue;
        }
        results.push(await this.applyOne(entry, ops, compactions, leaseNotes));
        this.s.applied = entry.index;
      }
    } catch (err) {
      this.s.fail(err);
      throw err;
    }
    if (this.s.applied === before.applied) return results;
    ops.push({ type: 'put', key: META.applied, value: u64Bytes(this.s.applied) });
    if (this.s.currentRev !== before.rev) ops.push({ type: 'put', key: META.revision, value: u64Bytes(this.s.currentRev) });
    if (this.s.compactRev !== before.compact) ops.push({ type: 'put', key: META.compact, value: u64Bytes(this.s.compactRev) });
    try {
      await this.s.db.batch(ops, this.s.batchOptions);
    } catch (err) {
      this.s.fail(err);
      throw err;
    }
    this.s.durableRev = this.s.currentRev;
    this.s.unflushed.clear();
    for (const c of compactions) this.s.compactor.enqueue(c.rev, c.removed);
    const listener = this.leaseListener;
    if (listener !== null) {
      for (const n of leaseNotes) {
        if ('granted' in n) listener.granted(n.granted);
        else listener.revoked(n.revoked);
      }
    }
    return results;
  }

  private async applyOne(
    entry: ApplyEntry,
    ops: StoreOp[],
    compactions: Array<{ rev: number; removed: RemovedRevisions }>,
    leaseNotes: LeaseNote[],
  ): Promise<ApplyResult> {
    const { index, command: cmd } = entry;
    const done = (response: KvCommandResponse, events: Event[]): ApplyResult => ({
      status: 'applied',
      index,
      revision: this.s.currentRev,
      response,
      events,
    });
    try {
      switch (cmd.type) {
        case 'noop':
          return done({ type: 'noop', revision: this.s.currentRev }, []);
        case 'put': {
          const req = cmd.request;
          // etcd checks the lease before ignore_* for a plain Put (the other way round in a txn).
          const lease = req.lease ?? 0n;
          if (lease !== 0n && !this.s.leaseChecker.exists(lease)) throw errLeaseNotFound();
          const wtx = this.begin(false);
          const response = applyPut(wtx, req);
          this.commit(wtx, ops);
          return done({ type: 'put', response }, wtx.events);
        }
        case 'deleteRange': {
          const wtx = this.begin(false);
          const response = applyDeleteRange(wtx, cmd.request);
          this.commit(wtx, ops);
          return done({ type: 'deleteRange', response }, wtx.events);
        }
        case 'txn': {
          const req = cmd.request;
          const plan = planTxn(this.s.keyIndex, req);
          checkPlan(plan, this.checkContext(), !isReadOnlyTxn(req));
          const fetched = prefetchRanges(plan, this.s, this.s.currentRev, false);
          const pre = fetched instanceof Promise ? await fetched : fetched;
          const wtx = this.begin(true);
          let response: TxnResponse;
          try {
            response = executeTxn(plan, wtx, this.s, pre);
          } catch (err) {
            wtx.rollback();
            throw err;
          }
          this.commit(wtx, ops);
          return done({ type: 'txn', response }, wtx.events);
        }
        case 'compaction': {
          const rev = cmd.request.revision;
          if (rev <= this.s.compactRev) throw errCompacted();
          if (rev > this.s.currentRev) throw errFutureRev();
          this.s.compactRev = rev;
          compactions.push({ rev, removed: this.s.keyIndex.compact(rev) });
          return done({ type: 'compaction', response: { revision: this.s.currentRev } }, []);
        }
        case 'leaseGrant': {
          const { id, ttl } = cmd.request;
          if (this.s.leaseTable.has(id)) throw errLeaseExists();
          const lease: Lease = { id, ttl };
          this.s.leaseTable.set(lease);
          ops.push({ type: 'put', key: leaseKey(id), value: leaseValue(ttl) });
          leaseNotes.push({ granted: lease });
          return done({ type: 'leaseGrant', response: { revision: this.s.currentRev, id, ttl } }, []);
        }
        case 'leaseRevoke': {
          const id = cmd.request.id;
          if (!this.s.leaseTable.has(id)) throw errLeaseNotFound();
          // Every attached key goes at one new revision, in key order (none: the revision stays).
          const wtx = this.begin(false);
          for (const key of this.s.leaseIdx.keys(id)) wtx.deleteRange({ single: true, key });
          this.commit(wtx, ops);
          this.s.leaseTable.delete(id);
          ops.push({ type: 'del', key: leaseKey(id) });
          leaseNotes.push({ revoked: id });
          return done({ type: 'leaseRevoke', response: { revision: this.s.currentRev, deleted: wtx.changes.length } }, wtx.events);
        }
      }
    } catch (err) {
      if (err instanceof KvError) return { status: 'rejected', index, revision: this.s.currentRev, error: err };
      throw err;
    }
  }

  private begin(journal: boolean): WriteTxn {
    return new WriteTxn(this.s.keyIndex, this.s.leaseIdx, this.s.currentRev, journal);
  }

  private commit(wtx: WriteTxn, ops: StoreOp[]): void {
    if (wtx.changes.length === 0) return;
    const main = wtx.beginRev + 1;
    for (const c of wtx.changes) ops.push({ type: 'put', key: revKey(c.main, c.sub), value: encodeRecord(c.key, c.kv) });
    this.s.unflushed.set(main, wtx.changes);
    this.s.currentRev = main;
  }

  private checkContext(): Parameters<typeof checkPlan>[1] {
    return { index: this.s.keyIndex, leases: this.s.leaseChecker, currentRevision: this.s.currentRev, compactRevision: this.s.compactRev };
  }
}
