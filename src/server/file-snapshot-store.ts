import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Snapshot, SnapshotMeta } from '../raft/index.js';
import { EMPTY_SNAPSHOT_DATA, SNAPSHOTS_KEPT, type SnapshotStore } from './snapshot-store.js';
import { StartupError } from './startup-error.js';

/**
 * Snapshot files under `<data-dir>/snap`, one per snapshot index, written to a
 * temporary name, fsynced, then renamed: a crash never leaves a torn snapshot.
 */
export class FileSnapshotStore implements SnapshotStore {
  private constructor(private readonly dir: string) {}

  static async open(dir: string): Promise<FileSnapshotStore> {
    await mkdir(dir, { recursive: true });
    return new FileSnapshotStore(dir);
  }

  private fileFor(index: number): string {
    return join(this.dir, `${index.toString().padStart(16, '0')}.snap`);
  }

  async save(s: Snapshot): Promise<void> {
    if (s.meta.index === 0) return;
    const final = this.fileFor(s.meta.index);
    const tmp = `${final}.tmp`;
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(s.data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, final);
    const dirHandle = await open(this.dir, 'r');
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
    await this.prune();
  }

  async load(meta: SnapshotMeta): Promise<Uint8Array> {
    if (meta.index === 0) return EMPTY_SNAPSHOT_DATA;
    try {
      return new Uint8Array(await readFile(this.fileFor(meta.index)));
    } catch (err) {
      throw new StartupError('CORRUPT', `snapshot ${meta.index} named by the raft log is missing: ${(err as Error).message}`);
    }
  }

  private async prune(): Promise<void> {
    const snaps = (await readdir(this.dir)).filter((f) => f.endsWith('.snap')).sort();
    for (const f of snaps.slice(0, Math.max(0, snaps.length - SNAPSHOTS_KEPT))) await unlink(join(this.dir, f));
  }
}
