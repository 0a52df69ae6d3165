import type { Entry, Snapshot } from './types.js';
import { assert } from './assert.js';

/** Bytes an entry counts for in size limits: its payload plus a fixed overhead. */
export function entrySize(e: Entry): number {
  return e.data.length + 16;
}

/**
 * The in-memory Raft log of one node: the entries after the compaction point,
 * plus the indexes that say how far they are persisted, committed and applied.
 *
 *   offset < [entries...] <= lastIndex
 *   applied <= committed <= lastIndex;  stabled <= lastIndex
 *
 * `offset`/`offsetTerm` describe the last compacted entry (the snapshot point or
 * earlier); `snapshot` is the latest snapshot, kept to send to lagging followers.
 */
export class RaftLog {
  snapshot: Snapshot;
  private offset: number;
  private offsetTerm: number;
  private entries: Entry[];
  committed: number;
  applied: number;
  /** Last index known to be durable. */
  stabled: number;
  /** A snapshot received from the leader and not yet handed to the driver. */
  pendingSnapshot: Snapshot | undefined;

  constructor(snapshot: Snapshot, entries: Entry[], commit: number) {
    this.snapshot = snapshot;
    this.offset = snapshot.meta.index;
    this.offsetTerm = snapshot.meta.term;
    this.entries = entries.filter((e) => e.index > snapshot.meta.index);
    for (let i = 0; i < this.entries.length; i++) {
      assert(this.entries[i]!.index === this.offset + 1 + i, 'persisted entries are contiguous after the snapshot');
    }
    this.stabled = this.lastIndex();
    this.committed = Math.max(commit, snapshot.meta.index);
    assert(this.committed <= this.lastIndex(), `commit ${this.committed} beyond last index ${this.lastIndex()}`);
    this.applied = snapshot.meta.index;
    this.pendingSnapshot = undefined;
  }

  firstIndex(): number {
    return this.offset + 1;
  }

  lastIndex(): number {
    return this.offset + this.entries.length;
  }

  lastTerm(): number {
    return this.entries.length > 0 ? this.entries[this.entries.length - 1]!.term : this.offsetTerm;
  }

  /** The term of entry `i`, or undefined if it is compacted away or beyond the end. */
  term(i: number): number | undefined {
    if (i === this.offset) return this.offsetTerm;
    if (i < this.offset || i > this.lastIndex()) return undefined;
    return this.entries[i - this.offset - 1]!.term;
  }

  entryAt(i: number): Entry | undefined {
    if (i <= this.offset || i > this.lastIndex()) return undefined;
    return this.entries[i - this.offset - 1];
  }

  matchTerm(i: number, t: number): boolean {
    return this.term(i) === t;
  }

  /** Raft's up-to-date rule (§5.4.1): a later last term wins, then a longer log. */
  isUpToDate(lastIndex: number, lastTerm: number): boolean {
    const myTerm = this.lastTerm();
    return lastTerm > myTerm || (lastTerm === myTerm && lastIndex >= this.lastIndex());
  }

  /**
   * Entries [lo, hi), at most `maxBytes` of them but always at least one.
   * Undefined when `lo` is compacted away (the follower needs a snapshot).
   */
  slice(lo: number, hi: number, maxBytes: number): Entry[] | undefined {
    if (lo <= this.offset) return undefined;
    hi = Math.min(hi, this.lastIndex() + 1);
    if (lo >= hi) return [];
    const out: Entry[] = [];
    let bytes = 0;
    for (let i = lo; i < hi; i++) {
      const e = this.entries[i - this.offset - 1]!;
      bytes += entrySize(e);
      if (out.length > 0 && bytes > maxBytes) break;
      out.push(e);
    }
    return out;
  }

  /** Appends entries, truncating any conflicting suffix first. Returns the new last index. */
  append(ents: Entry[]): number {
    if (ents.length === 0) return this.lastIndex();
    const first = ents[0]!.index;
    assert(first > this.committed, `append at ${first} would overwrite committed ${this.committed}`);
    assert(first <= this.lastIndex() + 1, `append at ${first} leaves a gap after ${this.lastIndex()}`);
    this.entries.length = first - this.offset - 1;
    for (const e of ents) this.entries.push(e);
    if (first <= this.stabled) this.stabled = first - 1;
    return this.lastIndex();
  }

  /**
   * The follower side of AppendEntries: if the entry before `ents` matches,
   * append what conflicts or is new and advance commit. Returns the index of
   * the last entry this message proves we hold, or undefined on mismatch.
   */
  maybeAppend(prevIndex: number, prevTerm: number, commit: number, ents: Entry[]): number | undefined {
    if (!this.matchTerm(prevIndex, prevTerm)) return undefined;
    const lastNew = prevIndex + ents.length;
    const conflict = this.findConflict(ents);
    if (conflict !== 0) {
      this.append(ents.slice(conflict - ents[0]!.index));
    }
    this.commitTo(Math.min(commit, lastNew));
    return lastNew;
  }

  /** Index of the first entry in `ents` that is new or disagrees with the log; 0 if none. */
  private findConflict(ents: Entry[]): number {
    for (const e of ents) {
      if (!this.matchTerm(e.index, e.term)) return e.index;
    }
    return 0;
  }

  /**
   * The largest index <= `index` whose term is <= `term`: where a leader whose
   * entry at `index` has `term` can resume probing. Skips a whole diverging term
   * per round trip instead of one entry.
   */
  findConflictByTerm(index: number, term: number): number {
    for (let i = Math.min(index, this.lastIndex()); i > this.offset; i--) {
      if (this.term(i)! <= term) return i;
    }
    return this.offset;
  }

  commitTo(i: number): void {
    if (i > this.committed) {
      assert(i <= this.lastIndex(), `commit ${i} beyond last index ${this.lastIndex()}`);
      this.committed = i;
    }
  }

  /** Commits `i` only if it holds an entry of `term`: Raft never commits an old term by counting. */
  maybeCommit(i: number, term: number): boolean {
    if (i > this.committed && this.term(i) === term) {
      this.commitTo(i);
      return true;
    }
    return false;
  }

  unstableEntries(): Entry[] {
    if (this.stabled >= this.lastIndex()) return [];
    return this.entries.slice(this.stabled - this.offset);
  }

  /** Committed entries not yet applied, at most `maxBytes` (but at least one). */
  nextCommitted(maxBytes: number): Entry[] {
    if (this.pendingSnapshot !== undefined) return [];
    const lo = Math.max(this.applied, this.offset) + 1;
    if (lo > this.committed) return [];
    return this.slice(lo, this.committed + 1, maxBytes) ?? [];
  }

  hasNextCommitted(): boolean {
    return this.pendingSnapshot === undefined && this.committed > Math.max(this.applied, this.offset);
  }

  stableTo(index: number, term: number): void {
    if (this.term(index) === term && index > this.stabled) this.stabled = index;
  }

  appliedTo(i: number): void {
    assert(i <= this.committed, `applied ${i} beyond committed ${this.committed}`);
    if (i > this.applied) this.applied = i;
  }

  /** Replaces the whole log by a snapshot received from the leader. */
  restore(s: Snapshot): void {
    this.snapshot = s;
    this.offset = s.meta.index;
    this.offsetTerm = s.meta.term;
    this.entries = [];
    this.committed = s.meta.index;
    this.stabled = s.meta.index;
    this.pendingSnapshot = s;
  }

  /** Records a snapshot the application took and drops entries up to `compactTo`. */
  compact(s: Snapshot, compactTo: number): void {
    assert(compactTo <= s.meta.index && s.meta.index <= this.applied, 'compact only what is applied and snapshotted');
    this.snapshot = s;
    if (compactTo <= this.offset) return;
    const term = this.term(compactTo);
    assert(term !== undefined, `compact point ${compactTo} is not in the log`);
    this.entries = this.entries.slice(compactTo - this.offset);
    this.offset = compactTo;
    this.offsetTerm = term;
  }
}
