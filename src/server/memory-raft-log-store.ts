// The Raft log in memory, with LevelDB's durability rules: a write made with
// a sync is durable, and makes every earlier write durable too; a write made
// without one (a save that only moves the commit index) survives until the
// next synced write or is lost when crash() is called. For tests and the
// deterministic simulator; `durable` shows exactly what a crash would keep.

import type { Entry, HardState, PersistedState, Snapshot, SnapshotMeta } from '../raft/index.js';
import { mustSync, type DurableReady, type NodeIdentity, type RaftLogStore } from './raft-log-store.js';

/** What the log holds at one moment. Entries are contiguous; some may sit at or below the snapshot index. */
export interface LogImage {
  hardState: HardState | undefined;
  snapshot: SnapshotMeta | undefined;
  entries: Entry[];
  identity: NodeIdentity | undefined;
}

/** A read-only view of a log image. */
export interface LogView {
  readonly hardState: HardState | undefined;
  readonly snapshot: SnapshotMeta | undefined;
  /** The highest index held, counting the snapshot. */
  lastIndex(): number;
  /** The term of the entry at `index` (or of the snapshot when it is at `index`); undefined when not held. */
  termAt(index: number): number | undefined;
}

type Write = (img: LogImage) => void;

export class MemoryRaftLogStore implements RaftLogStore {
  private readonly image: LogImage = { hardState: undefined, snapshot: undefined, entries: [], identity: undefined };
  /** Writes made without a sync since the last synced one, oldest first. */
  private unsynced: Write[] = [];
  private synced = { term: -1, vote: -1 };
  private closed = false;

  /** What a crash now would keep. */
  get durable(): LogView {
    return viewOf(this.image);
  }

  /** What a read now returns: the durable image plus the unsynced writes. */
  get current(): LogView {
    return viewOf(this.materialized());
  }

  /** A simulated power loss: every write made without a sync since the last synced one is gone. */
  crash(): void {
    this.unsynced = [];
    this.synced = { term: -1, vote: -1 };
    this.closed = false;
  }

  async identity(): Promise<NodeIdentity | undefined> {
    this.check();
    const id = this.materialized().identity;
    return id === undefined ? undefined : { ...id };
  }

  async writeIdentity(id: NodeIdentity): Promise<void> {
    this.write(true, (img) => { img.identity = { ...id }; });
  }

  async load(snapshotData: (meta: SnapshotMeta) => Promise<Uint8Array>): Promise<PersistedState | undefined> {
    this.check();
    const img = this.materialized();
    if (img.hardState === undefined || img.snapshot === undefined) return undefined;
    const meta = copyMeta(img.snapshot);
    const entries = img.entries.filter((e) => e.index > meta.index).map(copyEntry);
    return { hardState: { ...img.hardState }, snapshot: { meta, data: await snapshotData(meta) }, entries };
  }

  async bootstrap(state: PersistedState, id: NodeIdentity): Promise<void> {
    this.write(true, (img) => {
      img.identity = { ...id };
      img.hardState = { ...state.hardState };
      img.snapshot = copyMeta(state.snapshot.meta);
      img.entries = state.entries.map(copyEntry);
    });
  }

  async save(rd: DurableReady): Promise<void> {
    if (rd.snapshot === undefined && rd.entries.length === 0 && rd.hardState === undefined) return;
    const sync = mustSync(rd, this.synced);
    const snapshot: Snapshot | undefined = rd.snapshot;
    const entries = rd.entries.map(copyEntry);
    const hardState = rd.hardState === undefined ? undefined : { ...rd.hardState };
    this.write(sync, (img) => {
      if (snapshot !== undefined) {
        img.snapshot = copyMeta(snapshot.meta);
        img.entries = [];
      }
      const first = entries[0];
      if (first !== undefined) {
        const base = img.entries[0];
        if (base !== undefined && first.index > base.index) img.entries.length = Math.min(img.entries.length, first.index - base.index);
        else img.entries = [];
        const tail = img.entries[img.entries.length - 1];
        const expected = tail !== undefined ? tail.index + 1 : (img.snapshot?.index ?? 0) + 1;
        if (first.index !== expected) throw new Error(`raft log write starts at ${first.index} but the log ends at ${expected - 1}`);
        img.entries.push(...entries);
      }
      if (hardState !== undefined) img.hardState = hardState;
    });
    if (sync && hardState !== undefined) this.synced = { term: hardState.term, vote: hardState.vote };
  }

  async compact(meta: SnapshotMeta, compactTo: number): Promise<void> {
    const m = copyMeta(meta);
    this.write(true, (img) => {
      img.snapshot = m;
      img.entries = img.entries.filter((e) => e.index > compactTo);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private check(): void {
    if (this.closed) throw new Error('raft log store is closed');
  }

  private write(sync: boolean, w: Write): void {
    this.check();
    if (!sync) {
      // Checked now, as LevelDB would reject a bad batch at once.
      w(cloneImage(this.materialized()));
      this.unsynced.push(w);
      return;
    }
    for (const u of this.unsynced) u(this.image);
    this.unsynced = [];
    w(this.image);
  }

  private materialized(): LogImage {
    if (this.unsynced.length === 0) return this.image;
    const img = cloneImage(this.image);
    for (const u of this.unsynced) u(img);
    return img;
  }
}

function viewOf(img: LogImage): LogView {
  return {
    hardState: img.hardState,
    snapshot: img.snapshot,
    lastIndex(): number {
      const last = img.entries[img.entries.length - 1];
      const snap = img.snapshot?.index ?? 0;
      return last !== undefined ? Math.max(last.index, snap) : snap;
    },
    termAt(index: number): number | undefined {
      const first = img.entries[0];
      if (first !== undefined && index >= first.index) {
        const e = img.entries[index - first.index];
        if (e !== undefined) return e.term;
      }
      return img.snapshot !== undefined && index === img.snapshot.index ? img.snapshot.term : undefined;
    },
  };
}

function cloneImage(img: LogImage): LogImage {
  return { hardState: img.hardState, snapshot: img.snapshot, entries: [...img.entries], identity: img.identity };
}

function copyEntry(e: Entry): Entry {
  const c: Entry = { term: e.term, index: e.index, data: e.data };
  if (e.conf !== undefined) c.conf = { voters: [...e.conf.voters], outgoing: [...e.conf.outgoing], learners: [...e.conf.learners] };
  return c;
}

function copyMeta(m: SnapshotMeta): SnapshotMeta {
  return { index: m.index, term: m.term, conf: { voters: [...m.conf.voters], outgoing: [...m.conf.outgoing], learners: [...m.conf.learners] } };
}
