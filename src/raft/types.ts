// The vocabulary of the Raft core: ids, log entries, messages, persisted state
// and the Ready batch the driver acts on. Everything here is plain data, so the
// same values can be persisted, sent over the wire, or inspected by the simulator.

/** A member id: a positive safe integer, never 0 (0 means "none"). */
export type NodeId = number;

/** The id that stands for "no node": no leader known, no vote cast. */
export const NONE: NodeId = 0;

/**
 * A membership configuration, always stored whole (never as a delta), so any
 * node that applies it learns the complete membership.
 *
 * - `voters`: the incoming voter set.
 * - `outgoing`: while joint, the old voter set; empty when not joint. A decision
 *   (election, commit) needs a majority of `voters` AND of `outgoing`.
 * - `learners`: non-voting members that receive the log.
 */
export interface ConfState {
  voters: NodeId[];
  outgoing: NodeId[];
  learners: NodeId[];
}

/** One requested membership change; a list of them is proposed together. */
export type ConfChangeSingle =
  | { type: 'addVoter'; node: NodeId }
  | { type: 'addLearner'; node: NodeId }
  | { type: 'removeNode'; node: NodeId };

/**
 * A log entry. `conf` is set only on configuration entries: it carries the
 * whole configuration that takes effect when the entry is applied. A normal
 * entry with empty `data` is the no-op a new leader appends.
 */
export interface Entry {
  term: number;
  index: number;
  data: Uint8Array;
  conf?: ConfState;
}

/** What must survive a crash besides the log. */
export interface HardState {
  term: number;
  vote: NodeId;
  commit: number;
}

export interface SnapshotMeta {
  index: number;
  term: number;
  conf: ConfState;
}

/** A point-in-time image of the application state; `data` is opaque to the core. */
export interface Snapshot {
  meta: SnapshotMeta;
  data: Uint8Array;
}

export type MessageType =
  | 'prop' // follower -> leader: forwarded proposal (entries)
  | 'app' // leader -> follower: append entries (may be empty: a probe)
  | 'appResp'
  | 'vote'
  | 'voteResp'
  | 'preVote'
  | 'preVoteResp'
  | 'heartbeat'
  | 'heartbeatResp'
  | 'snap' // leader -> follower: install snapshot
  | 'timeoutNow' // leader -> transfer target: campaign now
  | 'readIndex' // follower -> leader: forwarded read request
  | 'readIndexResp';

/**
 * A message between cores. One flat shape for every type, like etcd-io/raft;
 * each type uses the fields its comment in the core names.
 *
 * - app:          logTerm/index = the entry before `entries`; commit = leader commit.
 * - appResp:      index = last index the follower now matches (accept), or the
 *                 rejected probe index with rejectHint/logTerm as the conflict hint.
 * - vote/preVote: logTerm/index = candidate's last entry; context 'transfer' on a
 *                 leadership-transfer campaign.
 * - heartbeat:    commit; context = the read-index round it confirms ('' if none).
 * - readIndex:    context = the caller's read request id.
 * - readIndexResp: index = the read index, context = request id; reject when the
 *                 leader could not serve it.
 */
export interface Message {
  type: MessageType;
  from: NodeId;
  to: NodeId;
  term: number;
  logTerm: number;
  index: number;
  entries: Entry[];
  commit: number;
  reject: boolean;
  rejectHint: number;
  context: string;
  snapshot?: Snapshot;
}

/** A linearizable-read answer: once the node has applied `index`, the read `context` may run. */
export interface ReadState {
  index: number;
  context: string;
}

export type Role = 'follower' | 'preCandidate' | 'candidate' | 'leader';

export interface SoftState {
  leader: NodeId;
  role: Role;
}

/**
 * One batch of work for the driver. Handle it in this order, then call advance():
 *   1. persist `snapshot` (if any), then `entries` and `hardState`, durably, in one write;
 *      `entries` replace any persisted entries from `entries[0].index` on;
 *   2. send `messages` (only now: they may depend on the state just persisted);
 *   3. apply `snapshot` (if any), then `committedEntries`, in order;
 *   4. answer `readStates` once the applied index reaches their index.
 */
export interface Ready {
  softState?: SoftState;
  hardState?: HardState;
  snapshot?: Snapshot;
  entries: Entry[];
  messages: Message[];
  committedEntries: Entry[];
  readStates: ReadState[];
}

/** The state a node restarts from: exactly what the driver persisted. */
export interface PersistedState {
  hardState: HardState;
  /**
   * The latest snapshot; for a fresh member, index 0, term 0, the bootstrap
   * configuration and empty data. The core keeps it to send to lagging followers.
   */
  snapshot: Snapshot;
  /** Entries after snapshot.index, contiguous. */
  entries: Entry[];
}

/** A source of randomness; the core never touches ambient randomness. */
export interface Rng {
  /** A uniformly distributed integer in [0, maxExclusive). */
  nextInt(maxExclusive: number): number;
}

export interface RaftConfig {
  id: NodeId;
  /** Election timeout T in ticks; the randomized timeout is drawn from [T, 2T). */
  electionTicks: number;
  /** Leader heartbeat interval in ticks; must be below electionTicks. */
  heartbeatTicks: number;
  rng: Rng;
  /** Run a pre-vote round before raising the term (default true). */
  preVote?: boolean;
  /** Leader steps down without a quorum of recent contact within an election timeout (default true). */
  checkQuorum?: boolean;
  /** Soft cap on the bytes of entry data in one append message (default 1 MiB). */
  maxSizePerMsg?: number;
  /** Cap on append messages in flight to one follower while replicating (default 256). */
  maxInflightMsgs?: number;
  /** Cap on bytes of proposed but uncommitted entry data on the leader (default 64 MiB). */
  maxUncommittedBytes?: number;
  /** Cap on bytes of entry data in one Ready's committedEntries (default 4 MiB). */
  maxCommittedSizePerReady?: number;
}

export type ProgressState = 'probe' | 'replicate' | 'snapshot';

/** Read-only view of the core, for metrics, the simulator and tests. */
export interface Status {
  id: NodeId;
  role: Role;
  leader: NodeId;
  term: number;
  vote: NodeId;
  commit: number;
  applied: number;
  lastIndex: number;
  firstIndex: number;
  conf: ConfState;
  /** Present on the leader only. */
  progress?: Map<NodeId, { match: number; next: number; state: ProgressState }>;
  leadTransferee: NodeId;
}
