// A registry service watch (regd.v1.Registry/Watch) that survives broken
// streams: it is opened again on the next member after a jittered backoff,
// either from the revision after the last message delivered (nothing missed,
// nothing repeated) or, with `resumeFromSnapshot`, from a fresh snapshot of
// the service (what a consumer that keeps a set uses: it replaces the set
// wholesale and never depends on the revision it left off at still being
// in the history).

import type { ClientReadableStream, ServiceError } from '@grpc/grpc-js';
import type { IBackoff } from 'cockatiel';
import type { regd } from '../generated/proto.js';
import { RegistryService } from '../proto/services.js';
import { ClientClosedError, StatusCode, UnavailableError, type RegdError } from './errors.js';
import { transientStreamError, updateFromWire, type ServiceUpdate } from './registry.js';
import type { Transport } from './transport.js';

type WatchResponse = regd.v1.WatchResponse;

/** How a service watch starts, resumes and delivers. */
export interface ServiceWatchOptions {
  /** 0 or absent: first the current instances (a snapshot), then every change. N > 0: every change at revision N or later. */
  startRevision?: number;
  /** Called for every message; without it, messages are read by iterating the watch. */
  onUpdate?: (update: ServiceUpdate) => void;
  /**
   * After the stream broke, open it again from revision 0, so the first
   * message after every break is a snapshot of the current instances (the
   * consumer replaces what it holds with it). Default false: resume from the
   * revision after the last message delivered.
   */
  resumeFromSnapshot?: boolean;
  /** Called each time the stream breaks with an error a retry may fix; it is opened again after a backoff. */
  onBroken?: (error: RegdError) => void;
  /** Called when a stream opened again after a break delivers its first message (before that message's `onUpdate`). */
  onReopened?: () => void;
}

type WatchCall = ClientReadableStream<WatchResponse>;

/**
 * One service watch on its own Watch stream. Read it with `onUpdate` or
 * `for await (const update of watch)`. When the stream breaks (its member
 * died, the connection dropped, the server ended it), it is opened again on
 * the next member after a jittered backoff, from the revision after the last
 * message delivered: no change is missed and none is delivered twice (before
 * the first snapshot arrived, it starts over with a snapshot; with
 * `resumeFromSnapshot`, it always does). `done` resolves on close() and
 * rejects with the error that ended the watch (e.g. an OutOfRangeError when
 * the revision to resume from was compacted).
 */
export class ServiceWatch implements AsyncIterable<ServiceUpdate> {
  /** Resolves on close(); rejects with the error that ended the watch. */
  readonly done: Promise<void>;
  /** The revision the next (re-)opening starts from; 0: from a snapshot. */
  nextRevision: number;
  /** How many times the stream was opened again after it broke. */
  resumes = 0;

  private call: WatchCall | undefined;
  private callEndpoint = '';
  /** The current stream was opened after a break and has not delivered yet. */
  private reopening = false;
  private backoff: IBackoff<unknown>;
  private reopenTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private error: RegdError | undefined;
  private settle!: (err?: RegdError) => void;
  private readonly queue: ServiceUpdate[] = [];
  private wake: (() => void) | undefined;

  /** @internal use `client.registry.watch()` */
  constructor(private readonly t: Transport, readonly service: string, private readonly options: ServiceWatchOptions, private readonly onClose: (w: ServiceWatch) => void) {
    this.nextRevision = options.startRevision ?? 0;
    this.backoff = t.newBackoff();
    this.done = new Promise<void>((resolve, reject) => {
      this.settle = (err) => (err === undefined ? resolve() : reject(err));
    });
    this.done.catch(() => undefined);
    this.open();
  }

  /** Stops watching. */
  close(): void {
    this.end();
  }

  /**
   * Drops the current stream and opens a new one from revision 0 at once: the
   * next message is a snapshot of the current instances. For a consumer that
   * let go of part of the state and needs all of it again.
   */
  resync(): void {
    if (this.closed) return;
    clearTimeout(this.reopenTimer);
    this.reopenTimer = undefined;
    this.cancelCall();
    this.nextRevision = 0;
    this.open();
  }

  private open(): void {
    if (this.closed) return;
    if (this.t.isClosed) return this.end(new ClientClosedError());
    const endpoint = this.t.endpoint;
    const call = this.t.serverStream(RegistryService.Watch, endpoint, { service: this.service, startRevision: this.nextRevision });
    this.call = call;
    this.callEndpoint = endpoint;
    call.on('data', (r: WatchResponse) => {
      this.backoff = this.t.newBackoff();
      this.deliver(updateFromWire(r));
    });
    call.on('error', (err: ServiceError) => this.broken(call, this.t.toError(err, endpoint)));
    call.on('end', () => this.broken(call, new UnavailableError(StatusCode.UNAVAILABLE, 'registry watch stream ended by the server')));
  }

  private deliver(u: ServiceUpdate): void {
    if (this.closed) return;
    if (this.reopening) {
      this.reopening = false;
      this.options.onReopened?.();
      if (this.closed) return;
    }
    this.nextRevision = Math.max(this.nextRevision, u.revision + 1);
    if (this.options.onUpdate !== undefined) this.options.onUpdate(u);
    else {
      this.queue.push(u);
      this.wake?.();
    }
  }

  private broken(call: WatchCall, err: RegdError): void {
    if (this.call !== call) return;
    this.call = undefined;
    call.removeAllListeners('data');
    if (this.closed) return;
    if (this.t.isClosed) return this.end(new ClientClosedError());
    if (!transientStreamError(err)) return this.end(err);
    this.t.failed(this.callEndpoint);
    this.resumes++;
    this.reopening = true;
    if (this.options.resumeFromSnapshot === true) this.nextRevision = 0;
    this.options.onBroken?.(err);
    if (this.closed) return;
    const delay = this.backoff.duration;
    this.backoff = this.backoff.next(undefined);
    this.reopenTimer = setTimeout(() => {
      this.reopenTimer = undefined;
      this.open();
    }, delay);
  }

  private cancelCall(): void {
    const call = this.call;
    this.call = undefined;
    if (call === undefined) return;
    call.removeAllListeners();
    call.on('error', () => undefined);
    call.cancel();
  }

  private end(err?: RegdError): void {
    if (this.closed) return;
    this.closed = true;
    this.error = err;
    clearTimeout(this.reopenTimer);
    this.cancelCall();
    this.settle(err);
    this.wake?.();
    this.onClose(this);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<ServiceUpdate> {
    for (;;) {
      const u = this.queue.shift();
      if (u !== undefined) {
        yield u;
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
