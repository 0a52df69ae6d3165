import { Level } from 'level';
import type { Entry, PersistedState, SnapshotMeta } from '../raft/index.js';
import { decodeEntry, decodeHardState, decodeSnapshotMeta, encodeEntry, encodeHardState, encodeSnapshotMeta } from './raft-codec.js';
import { mustSync, type DurableReady, type NodeIdentity, type RaftLogStore } from './raft-log-store.js';
import { StartupError } from './startup-error.js';

type Db = Level<Uint8Array, Uint8Array>;
type BatchOp =
  | { type: 'put'; key: Uint8Array; value: Uint8Array }
  | { type: 'del'; key: Uint8Array };

/** Key prefixes in the raft database. One byte each; entries sort by big-endian index. */
const ENTRY = 0x65; // 'e' + u64 index
const HARD_STATE = new Uint8Array([0x68]); // 'h'
const SNAPSHOT_META = new Uint8Array([0x73]); // 's'
const IDENTITY = new Uint8Array([0x69]); // 'i'

function entryKey(index: number): Uint8Array {
  const k = new Uint8Array(9);
  k[0] = ENTRY;
  new DataView(k.buffer).setBigUint64(1, BigInt(index));
  return k;
}

const text = new TextEncoder();
const untext = new TextDecoder();

/**
 * The Raft log on LevelDB under `<data-dir>/raft`. Every Ready is written in
 * ONE batch, synced as mustSync() says; a synced batch also makes every
 * earlier unsynced one durable (LevelDB's write-ahead log is in order).
 */
export class LevelRaftLogStore implements RaftLogStore {
  private lastIndex = 0;
  private firstIndex = 1;
  /** Term and vote as last written with fsync: a Ready that changes neither needs none. */
  private syncedTerm = -1;
  private syncedVote = -1;

  private constructor(private readonly db: Db) {}

  static async open(dir: string): Promise<LevelRaftLogStore> {
    const db: Db = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' });
    try {
      await db.open();
    } catch (err) {
      if ((err as { cause?: { code?: string } }).cause?.code === 'LEVEL_LOCKED') {
        throw new StartupError('IN_USE', `${dir} is in use by another process (is this member already running?)`);
      }
      const cause = (err as { cause?: Error }).cause?.message;
      throw new StartupError('CORRUPT', `cannot open raft log at ${dir}: ${(err as Error).message}${cause ? `: ${cause}` : ''}`);
    }
    return new LevelRaftLogStore(db);
  }

  async identity(): Promise<NodeIdentity | undefined> {
    const v = await this.db.get(IDENTITY);
    if (v === undefined) return undefined;
    try {
      const o = JSON.parse(untext.decode(v)) as { clusterId: string; memberId: string; raftId: number };
      return { clusterId: BigInt(o.clusterId), memberId: BigInt(o.memberId), raftId: o.raftId };
    } catch {
      throw new StartupError('CORRUPT', 'the node identity record in the raft log is unreadable');
    }
  }

  async writeIdentity(id: NodeIdentity): Promise<void> {
    const json = JSON.stringify({ clusterId: id.clusterId.toString(), memberId: id.memberId.toString(), raftId: id.raftId });
    await this.db.put(IDENTITY, text.encode(json), { sync: true });
  }

  async load(snapshotData: (meta: SnapshotMeta) => Promise<Uint8Array>): Promise<PersistedState | undefined> {
    const hs = await this.db.get(HARD_STATE);
    const sm = await this.db.get(SNAPSHOT_META);
    if (hs === undefined || sm === undefined) return undefined;
    let meta: SnapshotMeta;
    let hardState;
    try {
      hardState = decodeHardState(hs);
      meta = decodeSnapshotMeta(sm);
    } catch (err) {
      throw new StartupError('CORRUPT', `the raft log's hard state or snapshot record is unreadable: ${(err as Error).message}`);
    }
    const entries: Entry[] = [];
    for await (const [, v] of this.db.iterator({ gt: entryKey(meta.index), lt: entryKey(Number.MAX_SAFE_INTEGER) })) {
      const e = decodeEntry(v);
      const want = meta.index + 1 + entries.length;
      if (e.index !== want) throw new StartupError('CORRUPT', `raft log has a gap: found entry ${e.index}, expected ${want}`);
      entries.push(e);
    }
    if (hardState.commit > meta.index + entries.length) {
      throw new StartupError('CORRUPT', `raft log ends at ${meta.index + entries.length} but commit is ${hardState.commit}`);
    }
    // Entries at or below the snapshot may remain on disk (kept for lagging followers before
    // a restart); start the next compaction from the oldest one actually there.
    this.firstIndex = meta.index + 1;
    for await (const [k] of this.db.iterator({ gt: entryKey(0), lt: entryKey(Number.MAX_SAFE_INTEGER), limit: 1 })) {
      this.firstIndex = Math.min(this.firstIndex, Number(new DataView(k.buffer, k.byteOffset, k.byteLength).getBigUint64(1)));
    }
    this.lastIndex = meta.index + entries.length;
    return { hardState, snapshot: { meta, data: await snapshotData(meta) }, entries };
  }

  async bootstrap(state: PersistedState, id: NodeIdentity): Promise<void> {
    const json = JSON.stringify({ clusterId: id.clusterId.toString(), memberId: id.memberId.toString(), raftId: id.raftId });
    await this.db.batch([
      { type: 'put', key: IDENTITY, value: text.encode(json) },
      { type: 'put', key: HARD_STATE, value: encodeHardState(state.hardState) },
      { type: 'put', key: SNAPSHOT_META, value: encodeSnapshotMeta(state.snapshot.meta) },
    ], { sync: true });
  }

  async save(rd: DurableReady): Promise<void> {
    const ops: BatchOp[] = [];
    if (rd.snapshot !== undefined) {
      const meta = rd.snapshot.meta;
      ops.push({ type: 'put', key: SNAPSHOT_META, value: encodeSnapshotMeta(meta) });
      // Installing a snapshot replaces the whole log.
      for (let i = this.firstIndex; i <= this.lastIndex; i++) ops.push({ type: 'del', key: entryKey(i) });
      this.firstIndex = meta.index + 1;
      this.lastIndex = meta.index;
    }
    if (rd.entries.length > 0) {
      for (const e of rd.entries) ops.push({ type: 'put', key: entryKey(e.index), value: encodeEntry(e) });
      const newLast = rd.entries[rd.entries.length - 1]!.index;
      // New entries replace the old suffix: drop persisted entries past the new end.
      for (let i = newLast + 1; i <= this.lastIndex; i++) ops.push({ type: 'del', key: entryKey(i) });
      this.lastIndex = newLast;
    }
    if (rd.hardState !== undefined) ops.push({ type: 'put', key: HARD_STATE, value: encodeHardState(rd.hardState) });
    if (ops.length === 0) return;
    const sync = mustSync(rd, { term: this.syncedTerm, vote: this.syncedVote });
    await this.db.batch(ops, { sync });
    if (rd.hardState !== undefined && sync) {
      this.syncedTerm = rd.hardState.term;
      this.syncedVote = rd.hardState.vote;
    }
  }

  async compact(meta: SnapshotMeta, compactTo: number): Promise<void> {
    const ops: BatchOp[] = [{ type: 'put', key: SNAPSHOT_META, value: encodeSnapshotMeta(meta) }];
    for (let i = this.firstIndex; i <= compactTo; i++) ops.push({ type: 'del', key: entryKey(i) });
    await this.db.batch(ops, { sync: true });
    this.firstIndex = Math.max(this.firstIndex, compactTo + 1);
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
