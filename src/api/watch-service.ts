// etcdserverpb.Watch: one bidirectional stream carries many watchers
// (reference §4, §10.8). The watch semantics live in the hub and its streams
// (src/kv/watch-hub.ts, watch-stream.ts); this file decodes requests, turns
// the stream's outputs into WatchResponses (with a header each, fragments when
// asked), writes them as fast as the client reads (respecting write() and
// 'drain'), and applies the stream-level rules: `hasleader`, progress-notify
// ticks, cleanup when the client goes away.

import type { Metadata, ServerDuplexStream } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { etcdserverpb, type mvccpb } from '../generated/proto.js';
import {
  MAX_REQUEST_BYTES,
  WATCH_PROGRESS_NOTIFY_INTERVAL_MS,
  WATCH_PROGRESS_NOTIFY_MIN_INTERVAL_MS,
  type Event,
} from '../kv/index.js';
import { clampUserRange, isReservedKey, RESERVED_KEY_MESSAGE } from '../kv/reserved.js';
import type { WatchHub } from '../kv/watch-hub.js';
import { type WatchCreate, type WatchOutput, type WatchStream } from '../kv/watch-stream.js';
import { eventToPb, header } from './kv-convert.js';
import { longToNumber, type LongField } from '../proto/long.js';
import type { WatchServer } from '../proto/services.js';
import { ServerError } from '../server/server-error.js';
import { toServiceError } from './grpc-call.js';
import { LeaderMonitor } from './leader-monitor.js';
import type { NodeView } from './node-view.js';

/** etcd splits a fragment-enabled response at max-request-bytes plus its 512 KiB of gRPC overhead. */
export const WATCH_FRAGMENT_BYTES = MAX_REQUEST_BYTES + 512 * 1024;

export interface WatchServiceOptions {
  /** Progress-notify interval (default 10 min, as etcd); up to 10% jitter is added per stream. */
  progressNotifyIntervalMs?: number;
  /** How often `hasleader` streams check for a leader: the election timeout (default 1000 ms). */
  leaderCheckIntervalMs?: number;
  /** Size at which a response of a fragment-enabled watcher is split (default WATCH_FRAGMENT_BYTES). */
  fragmentBytes?: number;
}

/** What the Watch service needs from its member. */
export type WatchNodeView = Pick<NodeView, 'headerBase' | 'hasLeader'>;

type WatchCall = ServerDuplexStream<etcdserverpb.WatchRequest, etcdserverpb.IWatchResponse>;

const NO_LEADER = 'etcdserver: no leader';
const SERVER_STOPPED = 'etcdserver: server stopped';
/** regd's own text: etcd takes any int64 as a watch id, regd ids stay below 2^53. */
export const WATCH_ID_OUT_OF_RANGE = 'regd: watch_id is beyond 2^53';

function wantsLeader(md: Metadata): boolean {
  return md.get('hasleader')[0] === 'true';
}

/** An int64 field as a number; beyond the safe range it is clamped (a revision that far is never reached). */
function clampedNumber(v: LongField): number {
  try {
    return longToNumber(v);
  } catch {
    const big = typeof v === 'object' && v !== null && !v.unsigned && v.high < 0;
    return big ? Number.MIN_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  }
}

export function watchService(hub: WatchHub, view: WatchNodeView, log: Logger, opts: WatchServiceOptions = {}): Pick<WatchServer, 'Watch'> {
  const monitor = new LeaderMonitor(() => view.hasLeader(), opts.leaderCheckIntervalMs ?? 1000);
  const settings: SessionSettings = {
    progressMs: Math.max(WATCH_PROGRESS_NOTIFY_MIN_INTERVAL_MS, opts.progressNotifyIntervalMs ?? WATCH_PROGRESS_NOTIFY_INTERVAL_MS),
    fragmentBytes: opts.fragmentBytes ?? WATCH_FRAGMENT_BYTES,
  };
  return {
    Watch: (call: WatchCall) => {
      const requireLeader = wantsLeader(call.metadata);
      if (requireLeader && !view.hasLeader()) {
        call.emit('error', toServiceError(new ServerError('UNAVAILABLE', NO_LEADER)));
        return;
      }
      const session = new WatchSession(call, hub, view, log, settings);
      if (requireLeader) session.watchLeader(monitor);
    },
  };
}

interface SessionSettings {
  progressMs: number;
  fragmentBytes: number;
}

/** One client stream. */
class WatchSession {
  private readonly stream: WatchStream;
  private readonly ids: etcdserverpb.IResponseHeader;
  private scheduled = false;
  /** write() said the client is behind: wait for 'drain'. */
  private blocked = false;
  /** Requests are not read while the stream's queue is over its limit. */
  private paused = false;
  private closed = false;
  private progressTimer: NodeJS.Timeout | undefined;
  private stopMonitor: (() => void) | undefined;
  /** The Raft term for headers, read once per pump. */
  private term = 0;

  constructor(
    private readonly call: WatchCall,
    hub: WatchHub,
    private readonly view: WatchNodeView,
    private readonly log: Logger,
    private readonly settings: SessionSettings,
  ) {
    const base = header(view.headerBase(), 0);
    this.ids = { clusterId: base.clusterId, memberId: base.memberId };
    this.stream = hub.openStream({
      readable: () => this.schedule(),
      failed: (err) => {
        log.warn({ err }, 'watch stream failed');
        this.end(err);
      },
      closed: () => this.end(new ServerError('UNAVAILABLE', SERVER_STOPPED)),
    });
    call.on('data', (req: etcdserverpb.WatchRequest) => {
      try {
        this.onRequest(req);
      } catch (err) {
        // A bug, not the client's fault: end this stream, never the member.
        this.log.error({ err }, 'watch request failed');
        this.end(err);
      }
    });
    call.on('drain', () => {
      this.blocked = false;
      this.pump();
    });
    // A half-close keeps the stream: watchers go on, as in etcd.
    call.on('end', () => undefined);
    call.on('cancelled', () => this.close());
    call.on('close', () => this.close());
    call.on('error', () => this.close());
    if (this.stream.closed) this.end(new ServerError('UNAVAILABLE', SERVER_STOPPED));
  }

  watchLeader(monitor: LeaderMonitor): void {
    if (this.closed) return;
    this.stopMonitor = monitor.add(() => this.end(new ServerError('UNAVAILABLE', NO_LEADER)));
  }

  // ------------------------------------------------------------- requests

  private onRequest(req: etcdserverpb.WatchRequest): void {
    if (this.closed) return;
    switch (req.requestUnion) {
      case 'createRequest':
        this.create(req.createRequest!);
        break;
      case 'cancelRequest': {
        const id = req.cancelRequest!.watchId;
        try {
          this.stream.cancel(longToNumber(id));
        } catch {
          // An id beyond the safe range was never given out: no response, as for any unknown id.
        }
        break;
      }
      case 'progressRequest':
        this.stream.requestProgress();
        break;
      default:
        // etcd ignores a request with nothing set.
        break;
    }
    if (!this.paused && this.stream.overLimit) {
      this.paused = true;
      this.call.pause();
    }
  }

  private create(c: etcdserverpb.IWatchCreateRequest): void {
    let watchId: number;
    try {
      watchId = longToNumber(c.watchId);
    } catch {
      // Clients let the server pick ids; an explicit one beyond 2^53 is refused rather than rounded.
      this.stream.refuse(WATCH_ID_OUT_OF_RANGE);
      return;
    }
    const key = c.key ?? new Uint8Array(0);
    // A watch on the reserved keyspace fails like any refused create (the stream's other
    // watchers go on); a user range reaching into it ends where it begins.
    if (isReservedKey(key)) {
      this.stream.refuse(RESERVED_KEY_MESSAGE);
      return;
    }
    const req: WatchCreate = { key, startRevision: clampedNumber(c.startRevision), watchId };
    const rangeEnd = clampUserRange(key, c.rangeEnd ?? undefined);
    if (rangeEnd !== undefined && rangeEnd.length > 0) req.rangeEnd = rangeEnd;
    for (const f of c.filters ?? []) {
      if (f === etcdserverpb.WatchCreateRequest.FilterType.NOPUT) req.noPut = true;
      else if (f === etcdserverpb.WatchCreateRequest.FilterType.NODELETE) req.noDelete = true;
    }
    if (c.prevKv) req.prevKv = true;
    if (c.progressNotify) req.progressNotify = true;
    if (c.fragment) req.fragment = true;
    const id = this.stream.create(req);
    if (id !== -1 && req.progressNotify === true) this.startProgressTimer();
  }

  private startProgressTimer(): void {
    if (this.progressTimer !== undefined || this.closed) return;
    const base = this.settings.progressMs;
    const interval = base + Math.floor(Math.random() * (base / 10));
    this.progressTimer = setInterval(() => {
      this.stream.progressTick();
    }, interval);
  }

  // ------------------------------------------------------------ responses

  private schedule(): void {
    if (this.scheduled || this.blocked || this.closed) return;
    this.scheduled = true;
    setImmediate(() => this.pump());
  }

  private pump(): void {
    this.scheduled = false;
    if (this.closed) return;
    this.term = this.view.headerBase().raftTerm;
    while (!this.blocked && !this.closed) {
      const out = this.stream.take();
      if (out === undefined) break;
      this.send(out);
    }
    if (this.paused && !this.stream.overLimit && !this.closed) {
      this.paused = false;
      this.call.resume();
    }
  }

  private header(revision: number): etcdserverpb.IResponseHeader {
    return { clusterId: this.ids.clusterId, memberId: this.ids.memberId, revision, raftTerm: this.term };
  }

  private send(out: WatchOutput): void {
    switch (out.kind) {
      case 'created':
        this.write(withId({ header: this.header(out.revision), created: true }, out.watchId));
        return;
      case 'createFailed':
        this.write({ header: this.header(out.revision), watchId: -1, created: true, canceled: true, cancelReason: out.reason });
        return;
      case 'canceled':
        this.write(withId({ header: this.header(out.revision), canceled: true }, out.watchId));
        return;
      case 'compacted':
        // etcd's header.revision is 0 here.
        this.write(withId({ header: this.header(0), canceled: true, compactRevision: out.compactRevision }, out.watchId));
        return;
      case 'progress':
        this.write(withId({ header: this.header(out.revision) }, out.watchId));
        return;
      case 'events': {
        const events = toPbEvents(out.events, out.prevKv);
        const res = withId({ header: this.header(out.revision), events }, out.watchId);
        if (out.fragment && events.length >= 2) this.writeFragments(res, out.events, out.prevKv);
        else this.write(res);
        return;
      }
    }
  }

  /**
   * etcd's sendFragments: a response of at least two events whose encoded
   * size reaches the limit goes out in parts; each part holds events while it
   * stays below the limit (at least one), every part but the last has
   * fragment = true.
   */
  private writeFragments(res: etcdserverpb.IWatchResponse, raw: readonly Event[], prevKv: boolean): void {
    const limit = this.settings.fragmentBytes;
    const events = res.events!;
    // A cheap upper bound first: most responses are far below the limit.
    let bound = 64;
    for (const e of raw) {
      bound += 160 + e.kv.key.length + e.kv.value.length;
      if (prevKv && e.prevKv !== undefined) bound += e.prevKv.key.length + e.prevKv.value.length;
    }
    if (bound < limit) {
      this.write(res);
      return;
    }
    const sizes = events.map(eventFieldBytes);
    const bare: etcdserverpb.IWatchResponse = { ...res, events: [] };
    const baseSize = etcdserverpb.WatchResponse.encode(bare).len;
    let total = baseSize;
    for (const s of sizes) total += s;
    if (total < limit) {
      this.write(res);
      return;
    }
    const fragBase = baseSize + 2; // field 7 = true
    let idx = 0;
    for (;;) {
      const part: mvccpb.IEvent[] = [];
      let size = fragBase;
      while (idx < events.length) {
        const s = sizes[idx]!;
        if (part.length >= 1 && size + s >= limit) break;
        part.push(events[idx]!);
        size += s;
        idx++;
      }
      const last = idx === events.length;
      const msg: etcdserverpb.IWatchResponse = { ...bare, events: part };
      if (!last) msg.fragment = true;
      this.write(msg);
      if (last || this.closed) return;
    }
  }

  private write(res: etcdserverpb.IWatchResponse): void {
    if (this.closed) return;
    if (!this.call.write(res)) this.blocked = true;
  }

  // -------------------------------------------------------------- ending

  /** Ends the stream with an error status (no leader, member stopping, unreadable history). */
  private end(err: unknown): void {
    if (this.closed) return;
    this.close();
    if (!this.call.cancelled && !this.call.destroyed) this.call.emit('error', toServiceError(err));
  }

  /** Drops every watcher of the stream and its timers. Safe to call more than once. */
  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.stream.close();
    if (this.progressTimer !== undefined) clearInterval(this.progressTimer);
    this.progressTimer = undefined;
    this.stopMonitor?.();
    this.stopMonitor = undefined;
  }
}

function withId(res: etcdserverpb.IWatchResponse, watchId: number): etcdserverpb.IWatchResponse {
  if (watchId !== 0) res.watchId = watchId;
  return res;
}

function toPbEvents(events: readonly Event[], prevKv: boolean): mvccpb.IEvent[] {
  const out = new Array<mvccpb.IEvent>(events.length);
  for (let i = 0; i < events.length; i++) out[i] = eventToPb(events[i]!, prevKv);
  return out;
}

/** Bytes one event adds to an encoded WatchResponse: its field tag, length and body. */
function eventFieldBytes(e: mvccpb.IEvent): number {
  return etcdserverpb.WatchResponse.encode({ events: [e] }).len;
}
