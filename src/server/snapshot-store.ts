// Where a member keeps its snapshots, as the driver and the startup code see
// it. Two implementations: FileSnapshotStore (files under <data-dir>/snap,
// production) and MemorySnapshotStore (tests and the simulator). A save is
// atomic and durable once it returns: a crash never leaves a torn snapshot.

import type { Snapshot, SnapshotMeta } from '../raft/index.js';

/** The data of the bootstrap snapshot at index 0. */
export const EMPTY_SNAPSHOT_DATA = new Uint8Array(0);
/** Snapshots kept: the newest, and one before it in case the newest is mid-write on a crash. */
export const SNAPSHOTS_KEPT = 2;

export interface SnapshotStore {
  /** Stores a snapshot (the bootstrap snapshot at index 0 is never stored). */
  save(s: Snapshot): Promise<void>;
  /** The data of the snapshot `meta` describes; empty for the bootstrap snapshot at index 0. */
  load(meta: SnapshotMeta): Promise<Uint8Array>;
}
