// The watch hub: delivers each applied revision's events to the watchers
// that want them, and brings watchers that are behind up to date from history.
//
// Feeding. The apply loop calls notify(revision, events) once per revision
// that changed keys, in apply order, after the store batch holding it was
// applied (so every revision up to `revision` is readable with eventsSince).
// `revision` is the hub's view of the store: created responses carry it, and
// a watcher from "now" starts at revision + 1. The store's own revision may
// be ahead of it while a batch is being applied.
//
// Synced watchers are indexed: single-key watchers by key in a map, range
// watchers in a list checked one by one. notify() matches each event, queues
// one response per watcher for the revision (sharing the events array when a
// watcher takes all of it) and never waits: a watcher whose stream is over its
// buffer limit drops to unsynced instead (watch-stream.ts).
//
// Unsynced watchers catch up per stream, one watcher at a time, round robin:
// eventsSince(nextRev) reads at most WATCH_CATCHUP_MAX_REVISIONS revisions;
// those up to the last notified revision are queued as one response (with
// that revision in its header) and nextRev moves past them. Revisions the
// read saw beyond it (a batch still landing) are left for later, so nothing
// newer than the hub's revision is ever sent and every header on a stream is
// the hub's revision at the time. When nextRev is beyond the last notified
// revision the watcher joins the synced set: every revision from nextRev on
// is still to be notified, so there is no gap and no duplicate. (Synced
// watchers skip revisions below nextRev: a start revision in the future.) History reads run only while the stream's queue is below
// half its limits, and at most WATCH_CATCHUP_CONCURRENCY at once over all
// streams, so a slow client costs memory of one read at most and never slows
// the apply loop.
//
// Compaction. A watcher whose next revision is below the compacted revision
// (or at it, once it has started: the deletes of that revision are gone) gets
// a compacted response and stops.

import { bytesToMapKey, intervalContains } from './bytes.js';
import { ErrorMessages, KvError } from './errors.js';
import {
  WATCH_CATCHUP_CONCURRENCY,
  WATCH_CATCHUP_MAX_REVISIONS,
  WATCH_STREAM_MAX_PENDING_BYTES,
  WATCH_STREAM_MAX_PENDING_RESPONSES,
  WATCH_WATCHER_MAX_PENDING_RESPONSES,
} from './limits.js';
import type { Event, EventsSinceOptions, EventsSinceResult, KeyRange } from './types.js';
import { WatchStream, type WatchLimits, type WatchStreamHost, type WatchStreamSink } from './watch-stream.js';
import type { Watcher } from './watcher.js';

/** What the hub reads from the store (MvccStore has it). */
export interface WatchHistory {
  readonly revision: number;
  readonly compactRevision: number;
  eventsSince(startRevision: number, range: KeyRange, opts?: EventsSinceOptions): Promise<EventsSinceResult>;
}

export interface WatchHubOptions extends Partial<WatchLimits> {
  /** Revisions per history read (default WATCH_CATCHUP_MAX_REVISIONS). */
  catchUpRevisions?: number;
  /** History reads at once over all streams (default WATCH_CATCHUP_CONCURRENCY). */
  catchUpConcurrency?: number;
}

export interface WatchHubStats {
  streams: number;
  watchers: number;
  synced: number;
  unsynced: number;
  /** Responses queued on all streams, not yet taken by their writers. */
  queued: number;
  /** Bytes of events queued on all streams. */
  queuedBytes: number;
}

export class WatchHub implements WatchStreamHost {
  readonly limits: WatchLimits;
  private readonly store: WatchHistory;
  private readonly catchUpRevisions: number;
  private readonly concurrency: number;
  private rev: number;
  private readonly streams = new Set<WatchStream>();
  private readonly byKey = new Map<string, Set<Watcher>>();
  private readonly ranged = new Set<Watcher>();
  private syncedCount = 0;
  /** Watchers matched by the revision being notified (reused). */
  private readonly touched: Watcher[] = [];
  private reads = 0;
  private readonly readWaiters: Array<() => void> = [];
  private loops = 0;
  private idleWaiters: Array<() => void> = [];
  private isClosed = false;

  constructor(store: WatchHistory, opts: WatchHubOptions = {}) {
    this.store = store;
    this.rev = store.revision;
    this.limits = {
      maxStreamResponses: opts.maxStreamResponses ?? WATCH_STREAM_MAX_PENDING_RESPONSES,
      maxStreamBytes: opts.maxStreamBytes ?? WATCH_STREAM_MAX_PENDING_BYTES,
      maxWatcherResponses: opts.maxWatcherResponses ?? WATCH_WATCHER_MAX_PENDING_RESPONSES,
    };
    this.catchUpRevisions = Math.max(1, opts.catchUpRevisions ?? WATCH_CATCHUP_MAX_REVISIONS);
    this.concurrency = Math.max(1, opts.catchUpConcurrency ?? WATCH_CATCHUP_CONCURRENCY);
  }

  /** The last revision notified: every event up to it has been offered to the synced watchers. */
  get revision(): number {
    return this.rev;
  }

  get compactRevision(): number {
    return this.store.compactRevision;
  }

  get stats(): WatchHubStats {
    let watchers = 0;
    let unsynced = 0;
    let queued = 0;
    let queuedBytes = 0;
    for (const s of this.streams) {
      watchers += s.watcherCount;
      unsynced += s.unsynced.size;
      queued += s.pending;
      queuedBytes += s.pendingEventBytes;
    }
    return { streams: this.streams.size, watchers, synced: this.syncedCount, unsynced, queued, queuedBytes };
  }

  /** A new client stream. */
  openStream(sink: WatchStreamSink): WatchStream {
    const s = new WatchStream(this, sink);
    if (this.isClosed) {
      s.close();
      return s;
    }
    this.streams.add(s);
    return s;
  }

  /**
   * One applied revision's events, in apply order. Revisions that changed
   * nothing are not notified. A revision more than one ahead (a snapshot was
   * installed) first sends every synced watcher back to history.
   */
  notify(revision: number, events: readonly Event[]): void {
    if (revision <= this.rev) return;
    if (revision > this.rev + 1) this.resyncTo(revision - 1);
    this.rev = revision;
    if (events.length === 0 || this.syncedCount === 0) return;
    const touched = this.touched;
    const byKey = this.byKey.size > 0 ? this.byKey : null;
    const ranged = this.ranged.size > 0 ? this.ranged : null;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (byKey !== null) {
        const set = byKey.get(bytesToMapKey(e.kv.key));
        if (set !== undefined) for (const w of set) this.match(w, e, i, revision, events);
      }
      if (ranged !== null) for (const w of ranged) if (intervalContains(w.interval, e.kv.key)) this.match(w, e, i, revision, events);
    }
    for (let i = 0; i < touched.length; i++) {
      const w = touched[i]!;
      const evs = w.scratch ?? (w.firstHit === 0 && w.lastHit === events.length - 1 ? events : events.slice(w.firstHit, w.lastHit + 1));
      w.scratch = null;
      w.hits = 0;
      // An earlier offer in this loop cannot have removed it: each watcher is offered once.
      w.stream.offerLive(w, revision, evs);
    }
    touched.length = 0;
  }

  /**
   * The store was replaced by a snapshot (its revision jumped): synced
   * watchers catch up on what they missed from history.
   */
  resync(): void {
    if (this.store.revision > this.rev) this.resyncTo(this.store.revision);
  }

  /** Resolves once no catch-up is running (for tests and shutdown). */
  settled(): Promise<void> {
    if (this.loops === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Ends every stream (the member stops). */
  close(): void {
    this.isClosed = true;
    for (const s of [...this.streams]) s.hubClosed();
  }

  // ------------------------------------------------------ WatchStreamHost

  addSynced(w: Watcher): void {
    if (w.singleKey !== null) {
      let set = this.byKey.get(w.singleKey);
      if (set === undefined) {
        set = new Set();
        this.byKey.set(w.singleKey, set);
      }
      set.add(w);
    } else {
      this.ranged.add(w);
    }
    this.syncedCount++;
  }

  removeSynced(w: Watcher): void {
    if (w.singleKey !== null) {
      const set = this.byKey.get(w.singleKey);
      if (set === undefined || !set.delete(w)) return;
      if (set.size === 0) this.byKey.delete(w.singleKey);
    } else if (!this.ranged.delete(w)) {
      return;
    }
    this.syncedCount--;
  }

  scheduleCatchUp(s: WatchStream): void {
    if (s.catchingUp || s.closed) return;
    s.catchingUp = true;
    this.loops++;
    void this.runCatchUp(s);
  }

  streamClosed(s: WatchStream): void {
    this.streams.delete(s);
  }

  // ------------------------------------------------------------ internals

  private match(w: Watcher, e: Event, i: number, revision: number, events: readonly Event[]): void {
    if (revision < w.nextRev || !w.accepts(e)) return;
    if (w.hits === 0) {
      this.touched.push(w);
      w.firstHit = i;
    } else if (w.scratch === null && w.lastHit !== i - 1) {
      // Not one contiguous run of the revision's events any more: copy the run so far.
      w.scratch = events.slice(w.firstHit, w.lastHit + 1);
    }
    if (w.scratch !== null) w.scratch.push(e);
    w.lastHit = i;
    w.hits++;
  }

  private resyncTo(revision: number): void {
    const behind: Watcher[] = [];
    for (const set of this.byKey.values()) for (const w of set) if (w.nextRev <= revision) behind.push(w);
    for (const w of this.ranged) if (w.nextRev <= revision) behind.push(w);
    const streams = new Set<WatchStream>();
    for (const w of behind) {
      this.removeSynced(w);
      w.state = 'unsynced';
      // It has everything up to the old revision; it still needs the rest.
      w.nextRev = Math.max(w.nextRev, this.rev + 1);
      w.stream.unsynced.add(w);
      streams.add(w.stream);
    }
    this.rev = revision;
    for (const s of streams) this.scheduleCatchUp(s);
  }

  private async runCatchUp(s: WatchStream): Promise<void> {
    try {
      // Never run inside the caller (create, take, notify): start on a fresh tick of the microtask queue.
      await Promise.resolve();
      for (;;) {
        if (s.closed || !s.roomForCatchUp()) return;
        const w = this.nextCatchUp(s);
        if (w === undefined) return;
        await this.catchUpOnce(s, w);
      }
    } catch (err) {
      s.fail(err);
    } finally {
      s.catchingUp = false;
      this.loops--;
      if (this.loops === 0) {
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        for (const r of waiters) r();
      }
    }
  }

  /** The next unsynced watcher of the stream with room, moved to the back of the round. */
  private nextCatchUp(s: WatchStream): Watcher | undefined {
    for (const w of s.unsynced) {
      if (!s.watcherRoom(w)) continue;
      s.unsynced.delete(w);
      s.unsynced.add(w);
      return w;
    }
    return undefined;
  }

  private async catchUpOnce(s: WatchStream, w: Watcher): Promise<void> {
    await this.acquireRead();
    let r: EventsSinceResult;
    let compactBefore: number;
    try {
      if (w.state !== 'unsynced' || s.closed) return;
      // Checked in the same step as the read starts: a compaction may have landed while waiting for the slot.
      compactBefore = this.store.compactRevision;
      if (w.nextRev < compactBefore || (w.nextRev === compactBefore && !w.fresh)) {
        s.compacted(w, compactBefore);
        return;
      }
      r = await this.store.eventsSince(w.nextRev, w.range, { limitRevisions: this.catchUpRevisions, prevKv: w.prevKv });
    } catch (err) {
      if (err instanceof KvError && err.message === ErrorMessages.COMPACTED) {
        if (w.state === 'unsynced' && !s.closed) s.compacted(w, this.store.compactRevision);
        return;
      }
      throw err;
    } finally {
      this.releaseRead();
    }
    // Canceled (or the stream closed) while reading.
    if (w.state !== 'unsynced' || s.closed) return;
    // A compaction landed during the read and reaches what was read: its prev_kvs (and deletes at the
    // compacted revision) may be half gone. Read again: the next round sees the compaction first.
    const compactNow = this.store.compactRevision;
    if (compactNow !== compactBefore && w.nextRev <= compactNow) return;
    // Nothing past the notified revision goes out: the read may have seen a batch still landing, and
    // a stream never runs ahead of its headers (a progress response at the hub's revision must not
    // follow events newer than it). Those revisions come with the next read, or live.
    const through = Math.min(r.scannedThrough, this.rev);
    let events = r.events;
    if (events.length > 0 && events[events.length - 1]!.kv.modRevision > through) {
      let n = events.length;
      while (n > 0 && events[n - 1]!.kv.modRevision > through) n--;
      events = events.slice(0, n);
    }
    events = w.filter(events);
    if (events.length > 0) s.pushCaughtUp(w, this.rev, events);
    // The sink may have taken that at once and canceled the watcher or closed the stream.
    if (w.state !== 'unsynced' || s.closed) return;
    w.fresh = false;
    w.nextRev = through + 1;
    if (w.nextRev > this.rev) {
      s.unsynced.delete(w);
      w.state = 'synced';
      this.addSynced(w);
    }
  }

  private acquireRead(): Promise<void> {
    if (this.reads < this.concurrency) {
      this.reads++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.readWaiters.push(resolve));
  }

  private releaseRead(): void {
    const next = this.readWaiters.shift();
    if (next !== undefined) next();
    else this.reads--;
  }
}
