// One node's disk, as the simulator models it: exactly what the driver has
// persisted (hard state, latest snapshot, log entries). A crash keeps this and
// nothing else; a restart hands a copy of it to a new core.
//
// Everything is copied on the way in and out: the core must not be able to
// change "the disk" by mutating objects it still holds, nor the disk change
// the core's memory.

import type { Entry, HardState, PersistedState, Ready, Snapshot } from '../../src/raft/index.js';

export class DurableStore {
  hardState: HardState;
  snapshot: Snapshot;
  /** Persisted entries, contiguous. Compaction may keep some at or below snapshot.meta.index. */
  entries: Entry[];

  constructor(initial: PersistedState) {
    this.hardState = { ...initial.hardState };
    this.snapshot = copySnapshot(initial.snapshot);
    this.entries = initial.entries.map(copyEntry);
  }

  /** The highest index the disk holds, counting the snapshot. */
  lastIndex(): number {
    const last = this.entries[this.entries.length - 1];
    return last ? Math.max(last.index, this.snapshot.meta.index) : this.snapshot.meta.index;
  }

  /** The term of the entry at `index` on disk; undefined when the disk has no such entry. */
  termAt(index: number): number | undefined {
    const first = this.entries[0];
    if (first && index >= first.index) {
      const e = this.entries[index - first.index];
      if (e) return e.term;
    }
    return index === this.snapshot.meta.index ? this.snapshot.meta.term : undefined;
  }

  /**
   * Persists the durable part of a Ready as one atomic write: the snapshot (it
   * replaces the whole log), then the entries (they replace everything from
   * entries[0].index on), then the hard state.
   * Returns a reason when the Ready cannot be applied to this disk (a core bug).
   */
  persist(rd: Ready): string | undefined {
    if (rd.snapshot) {
      this.snapshot = copySnapshot(rd.snapshot);
      this.entries = [];
    }
    const first = rd.entries[0];
    if (first) {
      for (let k = 1; k < rd.entries.length; k++) {
        const e = rd.entries[k] as Entry;
        if (e.index !== first.index + k) return `Ready.entries are not contiguous at index ${e.index}`;
      }
      if (first.index <= this.snapshot.meta.index) {
        return `Ready.entries start at ${first.index}, at or below the snapshot (index ${this.snapshot.meta.index})`;
      }
      const base = this.entries[0];
      if (base && first.index > base.index) {
        const keep = first.index - base.index;
        if (keep < this.entries.length) this.entries.length = keep;
      } else {
        this.entries = [];
      }
      const tail = this.entries[this.entries.length - 1];
      const expected = tail ? tail.index + 1 : this.snapshot.meta.index + 1;
      if (first.index !== expected) return `Ready.entries start at ${first.index} but the persisted log ends at ${expected - 1}`;
      for (const e of rd.entries) this.entries.push(copyEntry(e));
    }
    if (rd.hardState) this.hardState = { ...rd.hardState };
    return undefined;
  }

  /** Persists a snapshot the node took itself and drops the entries it compacted away. */
  compact(snapshot: Snapshot, compactTo: number): void {
    this.snapshot = copySnapshot(snapshot);
    this.entries = this.entries.filter((e) => e.index > compactTo);
  }

  /** What a restart reads back: a copy, with only the entries after the snapshot. */
  toPersistedState(): PersistedState {
    const snapIndex = this.snapshot.meta.index;
    return {
      hardState: { ...this.hardState },
      snapshot: copySnapshot(this.snapshot),
      entries: this.entries.filter((e) => e.index > snapIndex).map(copyEntry),
    };
  }
}

/**
 * The log a node's core has right after ready(): the disk, overlaid with the
 * Ready about to be persisted (which holds every entry not yet on disk).
 */
export class LogView {
  constructor(private readonly store: DurableStore, private readonly rd: Ready | undefined) {}

  snapshotIndex(): number {
    return this.rd?.snapshot ? this.rd.snapshot.meta.index : this.store.snapshot.meta.index;
  }

  lastIndex(): number {
    const rd = this.rd;
    const last = rd?.entries[rd.entries.length - 1];
    if (last) return last.index;
    if (rd?.snapshot) return rd.snapshot.meta.index;
    return this.store.lastIndex();
  }

  termAt(index: number): number | undefined {
    const rd = this.rd;
    const first = rd?.entries[0];
    if (rd && first && index >= first.index) return rd.entries[index - first.index]?.term;
    if (rd?.snapshot) return index === rd.snapshot.meta.index ? rd.snapshot.meta.term : undefined;
    return this.store.termAt(index);
  }
}

export function copyEntry(e: Entry): Entry {
  const c: Entry = { term: e.term, index: e.index, data: e.data };
  if (e.conf) c.conf = copyConf(e.conf);
  return c;
}

function copySnapshot(s: Snapshot): Snapshot {
  return { meta: { index: s.meta.index, term: s.meta.term, conf: copyConf(s.meta.conf) }, data: s.data };
}

function copyConf(c: { voters: number[]; outgoing: number[]; learners: number[] }): { voters: number[]; outgoing: number[]; learners: number[] } {
  return { voters: [...c.voters], outgoing: [...c.outgoing], learners: [...c.learners] };
}
