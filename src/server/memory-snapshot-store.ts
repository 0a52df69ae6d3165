// Snapshots in memory, for tests and the deterministic simulator. A save is
// atomic and durable once it returns, as FileSnapshotStore's rename is; a
// simulated crash keeps everything saved.

import type { Snapshot, SnapshotMeta } from '../raft/index.js';
import { EMPTY_SNAPSHOT_DATA, SNAPSHOTS_KEPT, type SnapshotStore } from './snapshot-store.js';
import { StartupError } from './startup-error.js';

export class MemorySnapshotStore implements SnapshotStore {
  /** Snapshot data by index, oldest first. */
  private readonly byIndex = new Map<number, Uint8Array>();

  async save(s: Snapshot): Promise<void> {
    if (s.meta.index === 0) return;
    this.byIndex.delete(s.meta.index);
    this.byIndex.set(s.meta.index, s.data.slice());
    const indexes = [...this.byIndex.keys()].sort((a, b) => a - b);
    for (const i of indexes.slice(0, Math.max(0, indexes.length - SNAPSHOTS_KEPT))) this.byIndex.delete(i);
  }

  async load(meta: SnapshotMeta): Promise<Uint8Array> {
    if (meta.index === 0) return EMPTY_SNAPSHOT_DATA;
    const data = this.byIndex.get(meta.index);
    if (data === undefined) throw new StartupError('CORRUPT', `snapshot ${meta.index} named by the raft log is missing`);
    return data.slice();
  }
}
