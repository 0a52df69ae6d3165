// The MVCC state machine: etcd's keyspace semantics over LevelDB.
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
// Reads (range, readTxn, eventsSince) run outside that queue. They decide
// everything from memory in one synchronous step and issue their disk reads
// in that same step (LevelDB reads see a snapshot taken when issued).
//
// Snapshot, hash and restore go through the apply queue: they need a state
// with nothing in flight.

import { Level } from 'level';
import { crc32 } from 'node:zlib';
import { bytesToMapKey, copyBytes, EMPTY_BYTES, intervalContains, toInterval } from './bytes.js';
import {
  decodeRecord,
  encodeRecord,
  HISTORY_END,
  HISTORY_START,
  metaKey,
  parseRevKey,
  readU64,
  recordKey,
  revKey,
  u64Bytes,
  type HistoryRecord,
} from './codec.js';
import { Compactor, type StoreOp } from './compactor.js';
import { errCompacted, errFutureRev, errLeaseExists, errLeaseNotFound, KvError } from './errors.js';
import { KeyIndex, type RemovedRevisions } from './key-index.js';
import { LeaseIndex } from './lease-index.js';
import { decodeLease, LEASES_END, LEASES_START, leaseKey, LeaseTable, leaseValue } from './lease-table.js';
import { WATCH_CATCHUP_MAX_REVISIONS } from './limits.js';
import { runRange, type HistorySource, type RevRef } from './range.js';
import { readSnapshot, SnapshotWriter } from './snapshot.js';
import { applyDeleteRange, applyPut, checkPlan, executeTxn, isReadOnlyTxn, planTxn, prefetchRanges } from './txn.js';
import {
  EventType,
  type ApplyEntry,
  type ApplyResult,
  type Event,
  type EventsSinceOptions,
  type EventsSinceResult,
  type HashResult,
  type KeyRange,
  type KvCommand,
  type KvCommandResponse,
  type KvSnapshot,
  type Lease,
  type LeaseChecker,
  type LeaseId,
  type LeaseListener,
  type RangeRequest,
  type RangeResponse,
  type TxnRequest,
  type TxnResponse,
} from './types.js';
import { checkDeleteRangeRequest, checkLeaseGrantRequest, checkPutRequest, checkRangeRequest, validateTxn } from './validate.js';
import { WriteTxn } from './write-txn.js';

const FORMAT_VERSION = 1;

const META = {
  format: metaKey('format'),
  applied: metaKey('applied'),
  revision: metaKey('rev'),
  compact: metaKey('compact'),
  compactDone: metaKey('compactDone'),
  restoring: metaKey('restoring'),
} as const;

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

type Db = Level<Uint8Array, Uint8Array>;

export class MvccStore implements HistorySource {
  private readonly db: Db;
  private readonly sync: boolean;
  private readonly compactionBatchSize: number;
  private leaseChecker: LeaseChecker;
  private keyIndex = new KeyIndex();
  private readonly leaseIdx = new LeaseIndex();
  private readonly leaseTable = new LeaseTable();
  private leaseListener: LeaseListener | null = null;
  private currentRev = 1;
  private compactRev = 0;
  private applied = 0;
  /** Every record with main <= durableRev is in LevelDB; newer ones are in `unflushed`. */
  private durableRev = 1;
  private readonly unflushed = new Map<number, HistoryRecord[]>();
  private compactor: Compactor;
  private queue: Promise<unknown> = Promise.resolve();
  private failure: unknown = null;
  private closed = false;
  private wiped = false;

  private constructor(db: Db, opts: MvccStoreOptions) {
    this.db = db;
    this.sync = opts.sync ?? false;
    this.leaseChecker = opts.leaseChecker ?? { exists: (id) => this.leaseTable.has(id) };
    this.compactionBatchSize = opts.compactionBatchSize ?? 10_000;
    this.compactor = this.newCompactor(0);
  }

  /** Open (or create) the state DB at `location` and rebuild the in-memory index from it. */
  static async open(location: string, opts: MvccStoreOptions = {}): Promise<MvccStore> {
    const db: Db = new Level<Uint8Array, Uint8Array>(location, { keyEncoding: 'view', valueEncoding: 'view' });
    await db.open();
    const store = new MvccStore(db, opts);
    try {
      await store.load();
    } catch (err) {
      await db.close();
      throw err;
    }
    return store;
  }

  /** The store revision: 1 for a new store, +1 per revision that changed keys. */
  get revision(): number {
    return this.currentRev;
  }

  /** The compacted revision; 0 if never compacted. Reads below it fail. */
  get compactRevision(): number {
    return this.compactRev;
  }

  /** The last Raft index applied (in memory; the batch holding it may still be landing). */
  get appliedIndex(): number {
    return this.applied;
  }

  /** True if open() found an interrupted snapshot restore and started from an empty store. */
  get wipedInterruptedRestore(): boolean {
    return this.wiped;
  }

  /** The key index (HistorySource); read-only use. */
  get index(): KeyIndex {
    return this.keyIndex;
  }

  setLeaseChecker(checker: LeaseChecker): void {
    this.leaseChecker = checker;
  }

  /** Keys attached to `lease`, sorted by key. */
  leaseKeys(lease: LeaseId): Uint8Array[] {
    return this.leaseIdx.keys(lease);
  }

  /** Leases with at least one key attached. */
  leasesWithKeys(): LeaseId[] {
    return this.leaseIdx.leases();
  }

  /** A lease of the replicated lease table (as of the applied index), if it exists. */
  lease(id: LeaseId): Lease | undefined {
    return this.leaseTable.get(id);
  }

  /** Every lease of the replicated lease table, sorted by id. */
  leases(): Lease[] {
    return this.leaseTable.all();
  }

  /** How many leases the table holds. */
  get leaseCount(): number {
    return this.leaseTable.size;
  }

  /**
   * Be told of grants and revokes after they are applied and durable, and of
   * snapshot restores. One listener; null removes it. It must not throw.
   */
  setLeaseListener(listener: LeaseListener | null): void {
    this.leaseListener = listener;
  }

  // ---------------------------------------------------------------- apply

  apply(index: number, command: KvCommand): Promise<ApplyResult> {
    return this.applyBatch([{ index, command }]).then((r) => {
      const first = r[0];
      if (first === undefined) throw new Error('kv store: no result');
      return first;
    });
  }

  /** Apply entries in order, in one LevelDB batch. Entries at or below the applied index are skipped. */
  applyBatch(entries: readonly ApplyEntry[]): Promise<ApplyResult[]> {
    return this.exclusive(() => this.applyEntries(entries));
  }

  private async applyEntries(entries: readonly ApplyEntry[]): Promise<ApplyResult[]> {
    this.assertUsable();
    const ops: StoreOp[] = [];
    const results: ApplyResult[] = [];
    const compactions: Array<{ rev: number; removed: RemovedRevisions }> = [];
    const leaseNotes: LeaseNote[] = [];
    const before = { applied: this.applied, rev: this.currentRev, compact: this.compactRev };
    try {
      for (const entry of entries) {
        if (entry.index <= this.applied) {
          results.push({ status: 'skipped', index: entry.index });
          continue;
        }
        results.push(await this.applyOne(entry, ops, compactions, leaseNotes));
        this.applied = entry.index;
      }
    } catch (err) {
      this.fail(err);
      throw err;
    }
    if (this.applied === before.applied) return results;
    ops.push({ type: 'put', key: META.applied, value: u64Bytes(this.applied) });
    if (this.currentRev !== before.rev) ops.push({ type: 'put', key: META.revision, value: u64Bytes(this.currentRev) });
    if (this.compactRev !== before.compact) ops.push({ type: 'put', key: META.compact, value: u64Bytes(this.compactRev) });
    try {
      await this.db.batch(ops, { sync: this.sync });
    } catch (err) {
      this.fail(err);
      throw err;
    }
    this.durableRev = this.currentRev;
    this.unflushed.clear();
    for (const c of compactions) this.compactor.enqueue(c.rev, c.removed);
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
      revision: this.currentRev,
      response,
      events,
    });
    try {
      switch (cmd.type) {
        case 'noop':
          return done({ type: 'noop', revision: this.currentRev }, []);
        case 'put': {
          const req = cmd.request;
          checkPutRequest(req);
          // etcd checks the lease before ignore_* for a plain Put (the other way round in a txn).
          const lease = req.lease ?? 0n;
          if (lease !== 0n && !this.leaseChecker.exists(lease)) throw errLeaseNotFound();
          const wtx = this.begin(false);
          const response = applyPut(wtx, req);
          this.commit(wtx, ops);
          return done({ type: 'put', response }, wtx.events);
        }
        case 'deleteRange': {
          checkDeleteRangeRequest(cmd.request);
          const wtx = this.begin(false);
          const response = applyDeleteRange(wtx, cmd.request);
          this.commit(wtx, ops);
          return done({ type: 'deleteRange', response }, wtx.events);
        }
        case 'txn': {
          const req = cmd.request;
          validateTxn(req);
          const plan = planTxn(this.keyIndex, req);
          checkPlan(plan, this.checkContext(), !isReadOnlyTxn(req));
          const fetched = prefetchRanges(plan, this, this.currentRev, false);
          const pre = fetched instanceof Promise ? await fetched : fetched;
          const wtx = this.begin(true);
          let response: TxnResponse;
          try {
            response = executeTxn(plan, wtx, this, pre);
          } catch (err) {
            wtx.rollback();
            throw err;
          }
          this.commit(wtx, ops);
          return done({ type: 'txn', response }, wtx.events);
        }
        case 'compaction': {
          const rev = cmd.request.revision;
          if (rev <= this.compactRev) throw errCompacted();
          if (rev > this.currentRev) throw errFutureRev();
          this.compactRev = rev;
          compactions.push({ rev, removed: this.keyIndex.compact(rev) });
          return done({ type: 'compaction', response: { revision: this.currentRev } }, []);
        }
        case 'leaseGrant': {
          const { id, ttl } = cmd.request;
          checkLeaseGrantRequest(cmd.request);
          if (this.leaseTable.has(id)) throw errLeaseExists();
          const lease: Lease = { id, ttl };
          this.leaseTable.set(lease);
          ops.push({ type: 'put', key: leaseKey(id), value: leaseValue(ttl) });
          leaseNotes.push({ granted: lease });
          return done({ type: 'leaseGrant', response: { revision: this.currentRev, id, ttl } }, []);
        }
        case 'leaseRevoke': {
          const id = cmd.request.id;
          if (!this.leaseTable.has(id)) throw errLeaseNotFound();
          // Every attached key goes at one new revision, in key order (none: the revision stays).
          const wtx = this.begin(false);
          for (const key of this.leaseIdx.keys(id)) wtx.deleteRange({ single: true, key });
          this.commit(wtx, ops);
          this.leaseTable.delete(id);
          ops.push({ type: 'del', key: leaseKey(id) });
          leaseNotes.push({ revoked: id });
          return done({ type: 'leaseRevoke', response: { revision: this.currentRev, deleted: wtx.changes.length } }, wtx.events);
        }
      }
    } catch (err) {
      if (err instanceof KvError) return { status: 'rejected', index, revision: this.currentRev, error: err };
      throw err;
    }
  }

  private begin(journal: boolean): WriteTxn {
    return new WriteTxn(this.keyIndex, this.leaseIdx, this.currentRev, journal);
  }

  private commit(wtx: WriteTxn, ops: StoreOp[]): void {
    if (wtx.changes.length === 0) return;
    const main = wtx.beginRev + 1;
    for (const c of wtx.changes) ops.push({ type: 'put', key: revKey(c.main, c.sub), value: encodeRecord(c.key, c.kv) });
    this.unflushed.set(main, wtx.changes);
    this.currentRev = main;
  }

  private checkContext(): Parameters<typeof checkPlan>[1] {
    return { index: this.keyIndex, leases: this.leaseChecker, currentRevision: this.currentRev, compactRevision: this.compactRev };
  }

  // ---------------------------------------------------------------- reads

  /** Range at the current or a past revision (reference §10.3). Rejects with KvError. */
  async range(req: RangeRequest): Promise<RangeResponse> {
    this.assertUsable();
    checkRangeRequest(req);
    return runRange(this, req, this.currentRev);
  }

  /**
   * Serve a read-only txn (see isReadOnlyTxn) from local state, without Raft.
   * Compares and ranges all see one revision.
   */
  async readTxn(req: TxnRequest): Promise<TxnResponse> {
    this.assertUsable();
    validateTxn(req);
    if (!isReadOnlyTxn(req)) throw new Error('kv store: readTxn needs a txn made only of ranges');
    const rev = this.currentRev;
    const plan = planTxn(this.keyIndex, req);
    checkPlan(plan, this.checkContext(), false);
    const pre = await prefetchRanges(plan, this, rev, true);
    // Every range is prefetched, so this txn never looks at the (moving) live state.
    return executeTxn(plan, new WriteTxn(this.keyIndex, this.leaseIdx, rev, false), this, pre);
  }

  /**
   * History for a watcher catching up: the events of revisions
   * >= startRevision whose key is in `range`. Rejects with "compacted" below
   * the compacted revision. As in etcd, a watcher starting exactly at the
   * compacted revision sees that revision's puts but not its deletes
   * (compaction dropped them).
   */
  async eventsSince(startRevision: number, range: KeyRange, opts: EventsSinceOptions = {}): Promise<EventsSinceResult> {
    this.assertUsable();
    const limit = Math.max(1, opts.limitRevisions ?? WATCH_CATCHUP_MAX_REVISIONS);
    const cur = this.currentRev;
    const compact = this.compactRev;
    const durable = this.durableRev;
    if (startRevision < compact) throw errCompacted();
    const start = Math.max(startRevision, 1);
    const base = { currentRevision: cur, compactRevision: compact };
    if (start > cur) return { events: [], scannedThrough: cur, ...base };

    // Captured together with the iterator below, in one synchronous step.
    const pending: HistoryRecord[] = [];
    for (const [main, recs] of this.unflushed) if (main >= start) pending.push(...recs);
    pending.sort((a, b) => a.main - b.main || a.sub - b.sub);
    const it = start <= durable ? this.db.iterator({ gte: revKey(start, 0), lt: revKey(durable + 1, 0) }) : null;

    const records: HistoryRecord[] = [];
    let revs = 0;
    let lastMain = 0;
    let full = false;
    const take = (rec: HistoryRecord): boolean => {
      if (rec.main !== lastMain) {
        if (revs === limit) {
          full = true;
          return false;
        }
        revs++;
        lastMain = rec.main;
      }
      records.push(rec);
      return true;
    };
    if (it !== null) {
      try {
        scan: for (;;) {
          const batch = await it.nextv(256);
          if (batch.length === 0) break;
          for (const [k, v] of batch) {
            const { main, sub } = parseRevKey(k);
            if (!take(decodeRecord(main, sub, v))) break scan;
          }
        }
      } finally {
        await it.close();
      }
    }
    if (!full) for (const rec of pending) if (!take(rec)) break;

    // At the compacted revision itself, deletes (and anything a delete in the
    // same revision superseded) are gone from the index and may or may not
    // still be on disk: leave them out so the answer does not depend on that.
    const droppedAtCompact = new Set<string>();
    for (const r of records) if (r.main === compact && r.kv === null) droppedAtCompact.add(bytesToMapKey(r.key));
    const iv = toInterval(range);
    const events: Event[] = [];
    for (const rec of records) {
      if (rec.main <= compact && (rec.kv === null || droppedAtCompact.has(bytesToMapKey(rec.key)))) continue;
      if (!intervalContains(iv, rec.key)) continue;
      events.push(
        rec.kv !== null
          ? { type: EventType.PUT, kv: { ...rec.kv } }
          : {
              type: EventType.DELETE,
              kv: { key: rec.key, createRevision: 0, modRevision: rec.main, version: 0, value: EMPTY_BYTES, lease: 0n },
            },
      );
    }
    if (opts.prevKv === true) await this.attachPrevKvs(events);
    return { events, scannedThrough: full ? lastMain : cur, ...base };
  }

  /** etcd's watch prev_kv: the key at modRevision - 1; none for a create or when compacted away. */
  private async attachPrevKvs(events: Event[]): Promise<void> {
    const refs: RevRef[] = [];
    const targets: Event[] = [];
    for (const ev of events) {
      const main = ev.kv.modRevision;
      if (ev.type === EventType.PUT && ev.kv.createRevision === main) continue;
      const at = main - 1;
      if (at < this.compactRev) continue;
      const e = this.keyIndex.get(ev.kv.key);
      const info = e === undefined ? null : this.keyIndex.revAt(e, at);
      if (e === undefined || info === null) continue;
      if (info.latest && e.current !== null) {
        ev.prevKv = { ...e.current };
        continue;
      }
      refs.push({ main: info.main, sub: info.sub });
      targets.push(ev);
    }
    if (refs.length === 0) return;
    const recs = await this.loadRecords(refs);
    recs.forEach((r, i) => {
      const ev = targets[i];
      if (ev !== undefined && r.kv !== null) ev.prevKv = { ...r.kv };
    });
  }

  /** HistorySource: records in flight come from memory, the rest from LevelDB. */
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

  // ------------------------------------------------- hash, snapshot, restore

  /**
   * CRC32 over the kept history up to `revision` (0 = current), like etcd's
   * HashKV: members with equal state have equal hashes, whatever the state of
   * their background compaction.
   */
  hash(revision = 0): Promise<HashResult> {
    return this.exclusive(async () => {
      this.assertUsable();
      const compact = this.compactRev;
      if (revision > 0 && revision <= compact) throw errCompacted();
      if (revision > this.currentRev) throw errFutureRev();
      const rev = revision > 0 ? revision : this.currentRev;
      let h = 0;
      await this.scanKept(rev, (k, v) => {
        h = crc32(k, h);
        h = crc32(v, h);
      });
      return { hash: h >>> 0, revision: rev, compactRevision: compact };
    });
  }

  /** A full image of the state at the applied index, for Raft snapshots. */
  snapshot(): Promise<KvSnapshot> {
    return this.exclusive(async () => {
      this.assertUsable();
      const meta = { appliedIndex: this.applied, revision: this.currentRev, compactRevision: this.compactRev };
      const w = new SnapshotWriter(meta);
      await this.scanKept(this.currentRev, (_k, v, main, sub) => w.add(main, sub, v));
      w.setLeases(this.leaseTable.all());
      return { appliedIndex: meta.appliedIndex, revision: meta.revision, data: w.finish() };
    });
  }

  /**
   * Replace the whole state with a snapshot image. A marker makes this safe
   * against a crash half way: the next open() finds it and starts empty
   * (see wipedInterruptedRestore), so the server restores again.
   */
  restore(data: Uint8Array): Promise<void> {
    return this.exclusive(async () => {
      this.assertUsable();
      const { meta, records, leases } = readSnapshot(data);
      await this.compactor.stop();
      try {
        await this.db.put(META.restoring, u64Bytes(1), { sync: true });
        await this.db.clear({ gte: HISTORY_START, lt: HISTORY_END });
        await this.db.clear({ gte: LEASES_START, lt: LEASES_END });
        for (let i = 0; i < leases.length; i += this.compactionBatchSize) {
          const ops: StoreOp[] = leases
            .slice(i, i + this.compactionBatchSize)
            .map((l) => ({ type: 'put', key: leaseKey(l.id), value: leaseValue(l.ttl) }));
          await this.db.batch(ops);
        }
        for (let i = 0; i < records.length; i += this.compactionBatchSize) {
          const ops: StoreOp[] = records
            .slice(i, i + this.compactionBatchSize)
            .map((r) => ({ type: 'put', key: revKey(r.main, r.sub), value: r.bytes }));
          await this.db.batch(ops);
        }
        await this.db.batch(
          [
            ...this.metaOps(meta.appliedIndex, meta.revision, meta.compactRevision, meta.compactRevision),
            { type: 'del', key: META.restoring },
          ],
          { sync: true },
        );
      } catch (err) {
        this.fail(err);
        throw err;
      }
      this.resetMemory(meta.appliedIndex, meta.revision, meta.compactRevision);
      for (const r of records) {
        const rec = decodeRecord(r.main, r.sub, r.bytes);
        this.keyIndex.replay(rec.key, rec.main, rec.sub, rec.kv);
      }
      for (const l of leases) this.leaseTable.set(l);
      this.finishRebuild(meta.compactRevision);
      this.leaseListener?.reset();
    });
  }

  /** Resolves once the history dropped by the compaction at `revision` is gone from disk (etcd's `physical`). */
  whenCompacted(revision: number): Promise<void> {
    return this.compactor.whenDone(revision);
  }

  /** Wait for the apply in flight, stop background compaction (it resumes on open), close the DB. */
  close(): Promise<void> {
    return this.exclusive(async () => {
      if (this.closed) return;
      this.closed = true;
      await this.compactor.stop();
      await this.db.close();
    });
  }

  // --------------------------------------------------------------- internals

  private async load(): Promise<void> {
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
      await this.db.batch([{ type: 'put', key: META.format, value: u64Bytes(FORMAT_VERSION) }, ...this.metaOps(0, 1, 0, 0)], {
        sync: true,
      });
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

  private resetMemory(applied: number, rev: number, compact: number): void {
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
  private finishRebuild(compactDone: number): void {
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

  private metaOps(applied: number, rev: number, compact: number, compactDone: number): StoreOp[] {
    return [
      { type: 'put', key: META.applied, value: u64Bytes(applied) },
      { type: 'put', key: META.revision, value: u64Bytes(rev) },
      { type: 'put', key: META.compact, value: u64Bytes(compact) },
      { type: 'put', key: META.compactDone, value: u64Bytes(compactDone) },
    ];
  }

  /** Visit the kept history records up to `upTo`, in revision order, skipping compacted ones not yet deleted. */
  private async scanKept(upTo: number, visit: (key: Uint8Array, value: Uint8Array, main: number, sub: number) => void): Promise<void> {
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

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private fail(err: unknown): void {
    this.failure ??= err;
  }

  private assertUsable(): void {
    if (this.closed) throw new Error('kv store: closed');
    if (this.failure !== null) throw new Error('kv store: failed earlier; restart the node', { cause: this.failure });
  }
}
