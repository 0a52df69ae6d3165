// The durable Raft log of one member, as the driver (RaftNode) and the startup
// code see it. Two implementations: LevelRaftLogStore (LevelDB, production)
// and MemoryRaftLogStore (in memory, for tests and the simulator; a simulated
// crash loses whatever was written without a sync).

import type { PersistedState, Ready, SnapshotMeta } from '../raft/index.js';

/** Who this data dir belongs to; checked on every start so a dir is never used by the wrong member. */
export interface NodeIdentity {
  clusterId: bigint;
  memberId: bigint;
  /** The Raft core id of this member. */
  raftId: number;
}

/** The part of a Ready that is written to the log. */
export type DurableReady = Pick<Ready, 'entries' | 'hardState' | 'snapshot'>;

/**
 * Entries by index, the hard state, the latest snapshot's metadata and the
 * member identity. The driver calls save() again only after the previous call
 * returned, so whatever the core gathered meanwhile goes into the next write
 * (group commit).
 */
export interface RaftLogStore {
  identity(): Promise<NodeIdentity | undefined>;
  writeIdentity(id: NodeIdentity): Promise<void>;
  /** Everything the core needs to restart; undefined for a log never initialised. */
  load(snapshotData: (meta: SnapshotMeta) => Promise<Uint8Array>): Promise<PersistedState | undefined>;
  /** Writes the initial state of a new member. */
  bootstrap(state: PersistedState, id: NodeIdentity): Promise<void>;
  /**
   * Persists one Ready's durable part as one atomic write: a snapshot replaces
   * the whole log, entries replace everything from their first index on. It is
   * synced unless it changes only the commit index (see mustSync).
   */
  save(rd: DurableReady): Promise<void>;
  /** Records a snapshot taken locally and drops entries up to `compactTo`; synced. */
  compact(meta: SnapshotMeta, compactTo: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Whether a save must be synced: always when it writes entries or a snapshot,
 * and when the term or vote changes. Term and vote must be durable before
 * anything is sent; a commit index may be lost in a crash (it is learned again
 * from the leader, and applied entries are skipped on replay).
 */
export function mustSync(rd: DurableReady, synced: { term: number; vote: number }): boolean {
  if (rd.snapshot !== undefined || rd.entries.length > 0) return true;
  const hs = rd.hardState;
  return hs !== undefined && (hs.term !== synced.term || hs.vote !== synced.vote);
}
