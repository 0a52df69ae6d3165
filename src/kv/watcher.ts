// One watcher: what it watches and where it is in the revision stream.
//
// A watcher is in one of three states:
// - `synced`: registered in the hub's index; each applied revision's
//   matching events are queued to its stream as they are notified.
// - `unsynced`: catching up from history (new with a past start revision, or
//   fell behind because its stream was over a limit, or the store jumped
//   ahead by a snapshot restore). Its stream reads history from `nextRev`.
// - `done`: canceled by the client, or canceled because the history it
//   needed was compacted. It gets nothing more.

import { bytesToMapKey, copyBytes, toInterval, type KeyInterval } from './bytes.js';
import { EventType, type Event, type KeyRange } from './types.js';
import type { WatchStream } from './watch-stream.js';

/** A watcher's options, as the API hands them over (already validated by the stream). */
export interface WatcherSpec {
  id: number;
  /** Never empty (the API turns an empty key into "\0"). */
  key: Uint8Array;
  /** Absent: the single key. [0x00]: every key >= key. Otherwise the end of [key, rangeEnd). */
  rangeEnd: Uint8Array | undefined;
  prevKv: boolean;
  noPut: boolean;
  noDelete: boolean;
  progressNotify: boolean;
  fragment: boolean;
}

export type WatcherState = 'synced' | 'unsynced' | 'done';

export class Watcher {
  readonly id: number;
  readonly stream: WatchStream;
  /** For history reads. */
  readonly range: KeyRange;
  readonly interval: KeyInterval;
  /** The key as a map key for a single-key watcher; null for a range. */
  readonly singleKey: string | null;
  readonly prevKv: boolean;
  readonly noPut: boolean;
  readonly noDelete: boolean;
  readonly progressNotify: boolean;
  readonly fragment: boolean;

  state: WatcherState = 'unsynced';
  /**
   * The lowest revision this watcher may still be given. Every revision
   * below it was delivered (queued) or had nothing for it. Synced watchers
   * skip notified revisions below it (they are already delivered by a
   * catch-up that read a batch still being applied, or the watcher starts in
   * the future).
   */
  nextRev = 0;
  /**
   * True until its first history read: a new watcher may start exactly at
   * the compacted revision (as in etcd); one that fell behind to it may not.
   */
  fresh = false;
  /** Event responses of this watcher queued on its stream. */
  pending = 0;
  /** Events were queued since the last progress-notify tick. */
  eventsSinceTick = false;
  /** Canceled by the client: events still queued for it are dropped. */
  discard = false;

  // Scratch used by the hub while it matches one revision's events.
  /** How many of the revision's events matched so far. */
  hits = 0;
  /** Index of the first and last match in the revision's events. */
  firstHit = 0;
  lastHit = 0;
  /** The matches, once they are not one contiguous run of the revision's events. */
  scratch: Event[] | null = null;

  constructor(stream: WatchStream, spec: WatcherSpec) {
    this.id = spec.id;
    this.stream = stream;
    const key = copyBytes(spec.key);
    this.range = spec.rangeEnd === undefined || spec.rangeEnd.length === 0 ? { key } : { key, rangeEnd: copyBytes(spec.rangeEnd) };
    this.interval = toInterval(this.range);
    this.singleKey = this.interval.single ? bytesToMapKey(key) : null;
    this.prevKv = spec.prevKv;
    this.noPut = spec.noPut;
    this.noDelete = spec.noDelete;
    this.progressNotify = spec.progressNotify;
    this.fragment = spec.fragment;
  }

  /** Whether the filters let this event through (the key is checked by the caller). */
  accepts(e: Event): boolean {
    return e.type === EventType.PUT ? !this.noPut : !this.noDelete;
  }

  /** `events` without those the filters drop; the same array when none is dropped. */
  filter(events: Event[]): Event[] {
    if (!this.noPut && !this.noDelete) return events;
    return events.filter((e) => this.accepts(e));
  }
}
