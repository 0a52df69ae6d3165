// The Watch service: every watcher of a client shares one Watch stream (as
// etcd clients do). When that stream breaks (its member died, lost its leader
// or the connection dropped), it is reopened on the next endpoint after a
// jittered backoff and every watcher is created again from the revision after
// the last one it delivered: no event is missed and none is delivered twice.
// If that revision has been compacted meanwhile, the watcher ends with a
// CompactedError.

import type { ClientDuplexStream, ServiceError } from '@grpc/grpc-js';
import type { IBackoff } from 'cockatiel';
import type { etcdserverpb as pbt } from '../generated/proto.js';
import { longToBigInt, toInt64 } from '../proto/long.js';
import { WatchService } from '../proto/services.js';
import { ClientClosedError, CompactedError, RegdError, StatusCode, UnavailableError } from './errors.js';
import { rangeEndOf, type KeyRange } from './kv.js';
import { requireLeaderMetadata, type Transport } from './transport.js';
import { toBytes, toHeader, toKeyValue, type Bytes, type KeyValue, type ResponseHeader, type RevisionInput } from './types.js';

export interface WatchEvent {
  type: 'put' | 'delete';
  /** The key after the change (for a delete: the key, an empty value and the delete's revision as modRevision). */
  kv: KeyValue;
  /** The key before the change, when `prevKv` was asked for and it existed. */
  prevKv?: KeyValue;
}

/** What one watch response delivered: events in revision order. */
export interface WatchBatch {
  header: ResponseHeader;
  events: WatchEvent[];
}

export interface WatchOptions extends KeyRange {
  /** Deliver changes from this revision on (absent or 0: changes after now). */
  startRevision?: RevisionInput;
  prevKv?: boolean;
  noPut?: boolean;
  noDelete?: boolean;
  /** Ask the server for periodic empty batches when idle. */
  progressNotify?: boolean;
  /** Called for every batch; without it, batches are read by iterating the watcher. */
  onEvents?: (batch: WatchBatch) => void;
}

const COMPACTED = 'mvcc: required revision has been compacted';

/**
 * One watch. Read it with `onEvents` or `for await (const batch of watcher)`.
 * `done` resolves on `close()` and rejects with the error that ended the watch
 * (CompactedError, or a RegdError with the server's cancel reason).
 */
export class Watcher implements AsyncIterable<WatchBatch> {
  /** Resolves with the store revision when the watch was first created on a member. */
  readonly ready: Promise<bigint>;
  readonly done: Promise<void>;
  /** The revision the next (re-)creation starts from; 0n: from now. */
  nextRevision: bigint;
  /** How many times the watch was created again on a new stream after its stream broke. */
  resumes = 0;
  /** @internal the server's watch id on the current stream, -1 while not created. */
  watchId = -1;
  /** @internal */
  closed = false;

  private resolveReady!: (rev: bigint) => void;
  private rejectReady!: (err: RegdError) => void;
  private settle!: (err?: RegdError) => void;
  private isReady = false;
  private readonly queue: WatchBatch[] = [];
  private wake: (() => void) | undefined;
  private error: RegdError | undefined;

  /** @internal */
  constructor(readonly key: Uint8Array, readonly rangeEnd: Uint8Array | undefined, readonly options: WatchOptions, private readonly hub: WatchStream) {
    this.nextRevision = options.startRevision === undefined ? 0n : BigInt(options.startRevision);
    this.ready = new Promise<bigint>((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.done = new Promise<void>((resolve, reject) => {
      this.settle = (err) => (err === undefined ? resolve() : reject(err));
    });
    this.ready.catch(() => undefined);
    this.done.catch(() => undefined);
  }

  /** Stops watching. */
  close(): void {
    this.hub.remove(this);
  }

  /** @internal */
  created(header: ResponseHeader): void {
    if (this.nextRevision === 0n) this.nextRevision = header.revision + 1n;
    if (!this.isReady) {
      this.isReady = true;
      this.resolveReady(header.revision);
    }
  }

  /** @internal */
  deliver(batch: WatchBatch): void {
    const last = batch.events[batch.events.length - 1];
    if (last !== undefined) this.nextRevision = last.kv.modRevision + 1n;
    if (this.options.onEvents !== undefined) this.options.onEvents(batch);
    else {
      this.queue.push(batch);
      this.wake?.();
    }
  }

  /** @internal */
  end(err?: RegdError): void {
    if (this.closed) return;
    this.closed = true;
    this.error = err;
    if (!this.isReady) this.rejectReady(err ?? new ClientClosedError());
    this.settle(err);
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<WatchBatch> {
    for (;;) {
      const b = this.queue.shift();
      if (b !== undefined) {
        yield b;
        continue;
      }
      if (this.closed) {
        if (this.error !== undefined) throw this.error;
        return;
      }
      await new Promise<void>((r) => (this.wake = r));
      this.wake = undefined;
    }
  }
}

type WatchCall = ClientDuplexStream<pbt.IWatchRequest, pbt.WatchResponse>;

/** The one Watch stream of a client, multiplexing every watcher. */
export class WatchStream {
  private call: WatchCall | undefined;
  private callEndpoint = '';
  private readonly watchers = new Set<Watcher>();
  private readonly byId = new Map<number, Watcher>();
  /** Watchers whose create request is waiting to be sent or answered; the head is in flight. */
  private creating: Watcher[] = [];
  private createInFlight = false;
  private backoff: IBackoff<unknown>;
  private reopenTimer: NodeJS.Timeout | undefined;
  /** How many times the stream was opened. */
  opened = 0;

  constructor(private readonly t: Transport) {
    this.backoff = t.newBackoff();
  }

  add(w: Watcher): void {
    if (this.t.isClosed) return w.end(new ClientClosedError());
    this.watchers.add(w);
    this.creating.push(w);
    if (this.reopenTimer === undefined) this.sendNextCreate();
  }

  remove(w: Watcher): void {
    if (!this.watchers.delete(w)) return;
    const i = this.creating.indexOf(w);
    if (i > 0 || (i === 0 && !this.createInFlight)) this.creating.splice(i, 1);
    if (w.watchId >= 0) {
      this.byId.delete(w.watchId);
      this.write({ cancelRequest: { watchId: w.watchId } });
    }
    w.end();
    if (this.watchers.size === 0) this.closeCall();
  }

  private stream(): WatchCall {
    if (this.call !== undefined) return this.call;
    const endpoint = this.t.endpoint;
    const call = this.t.bidi(WatchService.Watch, endpoint, requireLeaderMetadata());
    this.opened++;
    this.call = call;
    this.callEndpoint = endpoint;
    call.on('data', (r: pbt.WatchResponse) => this.answer(r));
    call.on('error', (err: ServiceError) => this.broken(call, this.t.toError(err, endpoint)));
    call.on('end', () => this.broken(call, new UnavailableError(StatusCode.UNAVAILABLE, 'watch stream ended by the server')));
    return call;
  }

  private write(req: pbt.IWatchRequest): void {
    if (this.t.isClosed) return;
    this.stream().write(req);
  }

  private sendNextCreate(): void {
    if (this.createInFlight) return;
    const w = this.creating[0];
    if (w === undefined) return;
    const o = w.options;
    const filters: pbt.WatchCreateRequest.FilterType[] = [];
    if (o.noPut === true) filters.push(0);
    if (o.noDelete === true) filters.push(1);
    const create: pbt.IWatchCreateRequest = { key: w.key };
    if (w.nextRevision !== 0n) create.startRevision = toInt64(w.nextRevision);
    if (w.rangeEnd !== undefined) create.rangeEnd = w.rangeEnd;
    if (o.prevKv === true) create.prevKv = true;
    if (o.progressNotify === true) create.progressNotify = true;
    if (filters.length > 0) create.filters = filters;
    this.createInFlight = true;
    this.write({ createRequest: create });
  }

  private answer(r: pbt.WatchResponse): void {
    this.backoff = this.t.newBackoff();
    const id = Number(longToBigInt(r.watchId));
    if (r.created) {
      const w = this.creating.shift();
      this.createInFlight = false;
      if (w !== undefined) {
        if (w.closed || !this.watchers.has(w)) {
          if (!r.canceled) this.write({ cancelRequest: { watchId: id } });
        } else if (r.canceled) {
          this.cancelled(w, r);
        } else {
          w.watchId = id;
          this.byId.set(id, w);
          w.created(toHeader(r.header));
        }
      }
      this.sendNextCreate();
      return;
    }
    const w = this.byId.get(id);
    if (w === undefined) return;
    if (r.canceled) return this.cancelled(w, r);
    if (r.events.length === 0 && r.fragment !== true) {
      // A progress notification.
      w.deliver({ header: toHeader(r.header), events: [] });
      return;
    }
    const events: WatchEvent[] = new Array<WatchEvent>(r.events.length);
    for (let i = 0; i < r.events.length; i++) {
      const e = r.events[i]!;
      const ev: WatchEvent = { type: e.type === 1 ? 'delete' : 'put', kv: toKeyValue(e.kv ?? {}) };
      if (e.prevKv !== null && e.prevKv !== undefined) ev.prevKv = toKeyValue(e.prevKv);
      events[i] = ev;
    }
    w.deliver({ header: toHeader(r.header), events });
  }

  private cancelled(w: Watcher, r: pbt.WatchResponse): void {
    this.watchers.delete(w);
    if (w.watchId >= 0) this.byId.delete(w.watchId);
    const compactRevision = longToBigInt(r.compactRevision);
    if (compactRevision > 0n) w.end(new CompactedError(COMPACTED, compactRevision));
    else w.end(new RegdError(StatusCode.CANCELLED, r.cancelReason || 'watch canceled by the server'));
  }

  /** The stream broke: create every watcher again on a new stream, from the revision after its last delivered one. */
  private broken(call: WatchCall, err: RegdError): void {
    if (this.call !== call) return;
    this.call = undefined;
    call.removeAllListeners('data');
    this.byId.clear();
    this.createInFlight = false;
    if (this.t.isClosed) return;
    const transient = err.code === StatusCode.UNAVAILABLE || err.code === StatusCode.CANCELLED || err.code === StatusCode.INTERNAL;
    if (!transient) {
      for (const w of [...this.watchers]) w.end(err);
      this.watchers.clear();
      this.creating = [];
      return;
    }
    this.t.failed(this.callEndpoint);
    for (const w of this.watchers) {
      if (w.watchId >= 0) w.resumes++;
      w.watchId = -1;
    }
    this.creating = [...this.watchers];
    if (this.creating.length === 0) return;
    const delay = this.backoff.duration;
    this.backoff = this.backoff.next(undefined);
    clearTimeout(this.reopenTimer);
    this.reopenTimer = setTimeout(() => {
      this.reopenTimer = undefined;
      if (!this.t.isClosed) this.sendNextCreate();
    }, delay);
  }

  private closeCall(): void {
    const call = this.call;
    this.call = undefined;
    this.createInFlight = false;
    if (call === undefined) return;
    call.removeAllListeners();
    call.on('error', () => undefined);
    call.cancel();
  }

  close(): void {
    clearTimeout(this.reopenTimer);
    this.reopenTimer = undefined;
    for (const w of [...this.watchers]) w.end();
    this.watchers.clear();
    this.byId.clear();
    this.creating = [];
    this.closeCall();
  }
}

/** Watches. */
export class Watch {
  private readonly hub: WatchStream;

  constructor(t: Transport) {
    this.hub = new WatchStream(t);
  }

  /** Watches a key (or a range, or a prefix) from a revision. */
  watch(key: Bytes, options: WatchOptions = {}): Watcher {
    const k = toBytes(key);
    const w = new Watcher(k, rangeEndOf(k, options), options, this.hub);
    this.hub.add(w);
    return w;
  }

  /** How many times the shared Watch stream was opened. */
  get streamsOpened(): number {
    return this.hub.opened;
  }

  close(): void {
    this.hub.close();
  }
}
