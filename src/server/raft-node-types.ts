// What RaftNode is built from: the state machine it applies to, the sender
// to its peers, the Raft core it drives (the real one, or in the simulator
// another build of it), its options and its metric hooks.

import type { Logger } from 'pino';
import type { ConfChangeSingle, Entry, Message, NodeId, PersistedState, RaftConfig, Ready, Snapshot, SnapshotMeta, Status } from '../raft/index.js';
import type { Clock } from './clock.js';

/** What the node applies committed entries to (the KV store, behind an adapter). */
export interface StateMachine<R> {
  /** Applies entries in order; returns, per entry, the proposer's request id and its result. */
  apply(entries: readonly Entry[]): Promise<Array<{ requestId: bigint; result: R } | undefined>>;
  appliedIndex(): number;
  snapshot(): Promise<Uint8Array>;
  restore(snapshot: Snapshot): Promise<void>;
}

/** Sends Raft messages to peers; must not block (queues are bounded inside). */
export interface PeerSender {
  send(messages: readonly Message[]): void;
}

/** The Raft core's methods the node uses: `Raft` itself, or (in the simulator) another build of it. */
export interface RaftCore {
  tick(): void;
  step(m: Message): void;
  propose(data: Uint8Array): void;
  proposeConfChange(changes: ConfChangeSingle[]): void;
  readIndex(context: string): void;
  transferLeader(target: NodeId): void;
  campaign(): void;
  hasReady(): boolean;
  ready(): Ready;
  advance(): void;
  createSnapshot(data: Uint8Array, compactTo?: number): SnapshotMeta;
  reportUnreachable(id: NodeId): void;
  reportSnapshot(id: NodeId, ok: boolean): void;
  status(): Status;
}

/** Core settings beyond the timing the node derives itself. */
export type CoreTuning = Partial<Pick<RaftConfig, 'preVote' | 'checkQuorum' | 'maxSizePerMsg' | 'maxInflightMsgs' | 'maxUncommittedBytes' | 'maxCommittedSizePerReady'>>;

export interface RaftNodeOptions {
  id: NodeId;
  heartbeatMs: number;
  electionMs: number;
  /** How long a proposal or read may wait before it fails with "request timed out". */
  requestTimeoutMs: number;
  /** Take a snapshot after this many applied entries. */
  snapshotEvery: number;
  /** Entries kept behind a snapshot so slightly lagging followers catch up from the log. */
  snapshotCatchUpEntries: number;
  seed: number;
  log: Logger;
  /**
   * Called once if persisting or applying fails. The node has stopped by then
   * and every pending request has failed: the process should exit, as etcd
   * does, so a supervisor restarts it from what is durable.
   */
  onFatal?: (err: Error) => void;
  /** Time and timers; default the system clock. */
  clock?: Clock;
  /** Core settings (default: the core's defaults). */
  core?: CoreTuning;
  /**
   * Builds the core; default `new Raft(config, persisted)`. The simulator
   * passes another build of the core, or the real one wrapped to watch it.
   */
  newCore?: (config: RaftConfig, persisted: PersistedState) => RaftCore;
}

/** Hooks for metrics; every one optional. */
export interface RaftNodeObserver {
  onLeaderChange?(leader: NodeId, term: number): void;
  onFsync?(seconds: number, entries: number): void;
  onApply?(seconds: number, entries: number): void;
  onPropose?(): void;
  onProposal?(outcome: 'committed' | 'failed'): void;
}
