// One client watch stream: its watchers, their ids, and the queue of
// responses waiting for the gRPC writer.
//
// Everything the stream sends goes through ONE first-in first-out queue, so
// the order is the order things happened: a `created` is queued by create()
// itself, before any event of that watcher can be; a cancel is answered after
// whatever was queued before it; a progress response comes after every event
// at or below its revision. The gRPC side takes responses with take() as fast
// as the client reads them.
//
// The queue is bounded (limits.ts). A synced watcher whose revision would
// push the stream over a limit is not queued: it drops back to catching up
// from history, which resumes once the writer has taken the queue below half
// of the limits. Control responses (created, canceled, progress) are always
// queued; the API stops reading requests while the queue is over its limit.

import { compareBytes, isFromKey } from './bytes.js';
import { ErrorMessages } from './errors.js';
import { WATCH_EVENT_OVERHEAD_BYTES } from './limits.js';
import type { Event } from './types.js';
import { Watcher, type WatcherSpec } from './watcher.js';

/** etcd's texts for a create that fails (reference §10.8). */
export const WatchCreateErrors = {
  EMPTY_RANGE: 'mvcc: watcher range is empty',
  DUPLICATE_ID: 'mvcc: duplicate watch ID provided on the WatchStream',
  COMPACTED: ErrorMessages.COMPACTED,
} as const;

/** A WatchCreateRequest as the API decodes it. Absent means zero / false. */
export interface WatchCreate {
  key: Uint8Array;
  rangeEnd?: Uint8Array;
  /** 0: from the next revision; in the past: replay history first; below 0: refused. */
  startRevision?: number;
  /** 0: the stream picks one. */
  watchId?: number;
  prevKv?: boolean;
  noPut?: boolean;
  noDelete?: boolean;
  progressNotify?: boolean;
  fragment?: boolean;
}

export interface WatchEventsOutput {
  kind: 'events';
  watchId: number;
  /** header.revision: the events' revision when live; the hub's revision when read from history (never below the events). */
  revision: number;
  /** Whole revisions, in order. Shared with other watchers: read-only. */
  events: readonly Event[];
  /** Send each event's prev_kv (the events may carry one the watcher did not ask for). */
  prevKv: boolean;
  /** The watcher accepts a response split in fragments. */
  fragment: boolean;
}

/** What the stream sends, in order; the API turns each into one WatchResponse (or several fragments). */
export type WatchOutput =
  | { kind: 'created'; watchId: number; revision: number }
  | { kind: 'createFailed'; revision: number; reason: string }
  | WatchEventsOutput
  | { kind: 'progress'; watchId: number; revision: number }
  | { kind: 'canceled'; watchId: number; revision: number }
  | { kind: 'compacted'; watchId: number; compactRevision: number };

/** The gRPC side of a stream. */
export interface WatchStreamSink {
  /** Responses are waiting: take() them now or later (called often; cheap to repeat). */
  readable(): void;
  /** The stream cannot go on (its history could not be read); end it with this error. */
  failed(err: unknown): void;
  /** The hub is closing (the member stops); end the stream. */
  closed(): void;
}

export interface WatchLimits {
  maxStreamResponses: number;
  maxStreamBytes: number;
  maxWatcherResponses: number;
}

/** What a stream needs from its hub. */
export interface WatchStreamHost {
  /** The last revision notified to the hub. */
  readonly revision: number;
  /** The store's compacted revision. */
  readonly compactRevision: number;
  readonly limits: WatchLimits;
  addSynced(w: Watcher): void;
  removeSynced(w: Watcher): void;
  scheduleCatchUp(s: WatchStream): void;
  streamClosed(s: WatchStream): void;
}

interface QueuedEvents extends WatchEventsOutput {
  readonly owner: Watcher;
  readonly bytes: number;
}

const ZERO_KEY = new Uint8Array([0]);

/** Approximate memory of queued events: key and value bytes, plus a fixed overhead per event. */
export function eventsBytes(events: readonly Event[], prevKv: boolean): number {
  let n = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    n += WATCH_EVENT_OVERHEAD_BYTES + e.kv.key.length + e.kv.value.length;
    if (prevKv && e.prevKv !== undefined) n += e.prevKv.key.length + e.prevKv.value.length;
  }
  return n;
}

export class WatchStream {
  private readonly host: WatchStreamHost;
  private readonly sink: WatchStreamSink;
  private readonly watchers = new Map<number, Watcher>();
  private nextId = 0;
  private queue: Array<WatchOutput | undefined> = [];
  private head = 0;
  private pendingResponses = 0;
  private pendingBytes = 0;
  private isClosed = false;
  /** Watchers catching up, in round-robin order. */
  readonly unsynced = new Set<Watcher>();
  /** A catch-up loop runs for this stream (one at a time per stream). */
  catchingUp = false;

  constructor(host: WatchStreamHost, sink: WatchStreamSink) {
    this.host = host;
    this.sink = sink;
  }

  get closed(): boolean {
    return this.isClosed;
  }

  /** Responses queued and not yet taken. */
  get pending(): number {
    return this.pendingResponses;
  }

  /** Bytes of events queued and not yet taken. */
  get pendingEventBytes(): number {
    return this.pendingBytes;
  }

  /** The queue is at its limit: the API should stop reading requests until it drains. */
  get overLimit(): boolean {
    return this.pendingResponses >= this.host.limits.maxStreamResponses;
  }

  get watcherCount(): number {
    return this.watchers.size;
  }

  /**
   * Creates a watcher and queues its `created` response (or the failed-create
   * response). Returns the watch id, or -1 when the create failed.
   */
  create(req: WatchCreate): number {
    if (this.isClosed) return -1;
    const rev = this.host.revision;
    const key = req.key.length === 0 ? ZERO_KEY : req.key;
    const end = req.rangeEnd !== undefined && req.rangeEnd.length > 0 ? req.rangeEnd : undefined;
    if (end !== undefined && !isFromKey(end) && compareBytes(key, end) >= 0) return this.failCreate(rev, WatchCreateErrors.EMPTY_RANGE);
    const start = req.startRevision ?? 0;
    if (start < 0) return this.failCreate(rev, WatchCreateErrors.COMPACTED);
    let id = req.watchId ?? 0;
    if (id === 0) {
      while (this.watchers.has(this.nextId)) this.nextId++;
      id = this.nextId++;
    } else if (this.watchers.has(id)) {
      return this.failCreate(rev, WatchCreateErrors.DUPLICATE_ID);
    }
    const spec: WatcherSpec = {
      id,
      key,
      rangeEnd: end,
      prevKv: req.prevKv === true,
      noPut: req.noPut === true,
      noDelete: req.noDelete === true,
      progressNotify: req.progressNotify === true,
      fragment: req.fragment === true,
    };
    const w = new Watcher(this, spec);
    this.watchers.set(id, w);
    // The watcher is set up before `created` is queued: the sink may take it (and act on it) at once.
    const compact = this.host.compactRevision;
    if (start === 0 || start > rev) {
      // From the next revision, or from one not notified yet: live from now on.
      w.nextRev = start === 0 ? rev + 1 : start;
      w.state = 'synced';
      this.host.addSynced(w);
    } else if (start < compact) {
      w.state = 'done';
    } else {
      w.nextRev = start;
      w.fresh = true;
      this.unsynced.add(w);
    }
    this.push({ kind: 'created', watchId: id, revision: rev });
    if (start !== 0 && start <= rev && start < compact) this.push({ kind: 'compacted', watchId: id, compactRevision: compact });
    else if (w.state === 'unsynced' && !this.isClosed) this.host.scheduleCatchUp(this);
    return id;
  }

  /** Queues a failed-create response for a create the API could not even decode. */
  refuse(reason: string): void {
    if (!this.isClosed) this.failCreate(this.host.revision, reason);
  }

  /** Cancels a watcher; true if it existed (then a canceled response is queued). An unknown id gets no response. */
  cancel(id: number): boolean {
    const w = this.watchers.get(id);
    if (w === undefined || this.isClosed) return false;
    this.watchers.delete(id);
    this.detach(w);
    w.discard = true;
    this.push({ kind: 'canceled', watchId: id, revision: this.host.revision });
    return true;
  }

  /**
   * A progress request: if every watcher of the stream is synced, queue one
   * response with watch id -1 and the current revision. Otherwise, or with no
   * watchers, nothing (etcd 3.4).
   */
  requestProgress(): boolean {
    if (this.isClosed || this.watchers.size === 0) return false;
    for (const w of this.watchers.values()) if (w.state !== 'synced') return false;
    this.push({ kind: 'progress', watchId: -1, revision: this.host.revision });
    return true;
  }

  /**
   * One progress-notify interval passed: each progress_notify watcher that
   * got no events during it and is synced gets a progress response.
   */
  progressTick(): void {
    if (this.isClosed) return;
    for (const w of this.watchers.values()) {
      if (!w.progressNotify) continue;
      if (!w.eventsSinceTick && w.state === 'synced') this.push({ kind: 'progress', watchId: w.id, revision: this.host.revision });
      w.eventsSinceTick = false;
    }
  }

  /** Whether some watcher of the stream asked for progress notifications. */
  get wantsProgressNotify(): boolean {
    for (const w of this.watchers.values()) if (w.progressNotify && w.state !== 'done') return true;
    return false;
  }

  /** The next response to send, or undefined when the queue is empty. */
  take(): WatchOutput | undefined {
    while (this.head < this.queue.length) {
      const out = this.queue[this.head]!;
      this.queue[this.head] = undefined;
      this.head++;
      this.pendingResponses--;
      let skip = false;
      if (out.kind === 'events') {
        const q = out as QueuedEvents;
        q.owner.pending--;
        this.pendingBytes -= q.bytes;
        skip = q.owner.discard;
      }
      if (this.head === this.queue.length) {
        this.queue = [];
        this.head = 0;
      } else if (this.head >= 1024 && this.head * 2 >= this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      if (this.unsynced.size > 0 && !this.catchingUp && this.roomForCatchUp()) this.host.scheduleCatchUp(this);
      if (!skip) return out;
    }
    return undefined;
  }

  /** Ends the stream: every watcher is dropped, the queue is emptied. */
  close(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    for (const w of this.watchers.values()) this.detach(w);
    this.watchers.clear();
    this.unsynced.clear();
    this.queue = [];
    this.head = 0;
    this.pendingResponses = 0;
    this.pendingBytes = 0;
    this.host.streamClosed(this);
  }

  // ----------------------------------------------------- used by the hub

  /** Whether a catch-up read may add to the queue now (below half of every limit). */
  roomForCatchUp(): boolean {
    const l = this.host.limits;
    return this.pendingResponses < Math.max(1, l.maxStreamResponses >> 1) && this.pendingBytes < l.maxStreamBytes / 2;
  }

  /** Whether a catch-up read for this watcher may add to the queue now. */
  watcherRoom(w: Watcher): boolean {
    return w.pending < Math.max(1, this.host.limits.maxWatcherResponses >> 1);
  }

  /**
   * Offers one notified revision's events to a synced watcher. Over a limit,
   * the watcher drops back to catching up from this revision instead.
   */
  offerLive(w: Watcher, revision: number, events: readonly Event[]): void {
    // Canceled or closed by a sink that acted on an earlier response of this same revision.
    if (this.isClosed || w.state !== 'synced') return;
    const bytes = eventsBytes(events, w.prevKv);
    const l = this.host.limits;
    if (this.pendingResponses >= l.maxStreamResponses || this.pendingBytes + bytes > l.maxStreamBytes || w.pending >= l.maxWatcherResponses) {
      this.host.removeSynced(w);
      w.state = 'unsynced';
      w.nextRev = revision;
      this.unsynced.add(w);
      // Runs once the writer takes the queue below half of the limits.
      if (this.roomForCatchUp()) this.host.scheduleCatchUp(this);
      return;
    }
    this.pushEvents(w, revision, events, bytes);
    w.nextRev = revision + 1;
  }

  /** Queues events read from history (room was checked before the read). */
  pushCaughtUp(w: Watcher, revision: number, events: readonly Event[]): void {
    this.pushEvents(w, revision, events, eventsBytes(events, w.prevKv));
  }

  /** The history a watcher needs is compacted: tell it, and it gets nothing more (its id stays taken until canceled, as in etcd). */
  compacted(w: Watcher, compactRevision: number): void {
    this.detach(w);
    this.push({ kind: 'compacted', watchId: w.id, compactRevision });
  }

  /** Its history could not be read: end the whole stream. */
  fail(err: unknown): void {
    if (this.isClosed) return;
    this.sink.failed(err);
  }

  /** The hub is closing. */
  hubClosed(): void {
    if (this.isClosed) return;
    this.sink.closed();
  }

  private pushEvents(w: Watcher, revision: number, events: readonly Event[], bytes: number): void {
    if (this.isClosed) return;
    const out: QueuedEvents = { kind: 'events', watchId: w.id, revision, events, prevKv: w.prevKv, fragment: w.fragment, owner: w, bytes };
    w.pending++;
    w.eventsSinceTick = true;
    this.pendingBytes += bytes;
    this.push(out);
  }

  private failCreate(revision: number, reason: string): number {
    this.push({ kind: 'createFailed', revision, reason });
    return -1;
  }

  private detach(w: Watcher): void {
    if (w.state === 'synced') this.host.removeSynced(w);
    this.unsynced.delete(w);
    w.state = 'done';
  }

  private push(out: WatchOutput): void {
    if (this.isClosed) return;
    this.queue.push(out);
    this.pendingResponses++;
    this.sink.readable();
  }
}
