// One simulated node: its Raft core, its disk (DurableStore), its application
// state, and the driver loop between them. The driver follows the Ready
// contract: persist snapshot + entries + hard state in one write, then send
// the messages, then apply, then answer reads, then advance().
//
// A node's disk may be slow: a Ready with something to persist is then
// written `diskLatency` later, and the core keeps taking input meanwhile. A
// crash loses the core, the Ready not yet written, the application state and
// every client request waiting on the node; a restart rebuilds the core from
// exactly what the disk holds.

import {
  SeededRng, type ConfChangeSingle, type ConfState, type Entry, type Message, type NodeId, type PersistedState, type ReadState, type Ready, type Role, type Status,
} from '../../src/raft/index.js';
import { DurableStore, LogView } from './durable-store.js';
import { InvariantViolation, type SafetyChecker } from './invariants.js';
import type { RaftCore, RaftImpl } from './raft-impl.js';
import { deriveSeed, Stream } from './seeds.js';
import { encodeSnapshotData, entryDigest, type AppliedState } from './state-machine.js';
import type { Trace } from './trace.js';

/** What a node needs from the world around it. */
export interface NodeEnv {
  readonly now: number;
  /** The number of the step being run: orders events finer than virtual time. */
  readonly step: number;
  /** Whether to run the protocol checks (commit rule and quorums) as well as the end-to-end ones. */
  readonly protocolChecks: boolean;
  /** Whether a node shuts down for good once it applies its own removal (otherwise it keeps running as a non-member). */
  readonly stopRemoved: boolean;
  readonly checker: SafetyChecker;
  readonly trace: Trace;
  /** Hands a message to the network. */
  send(from: NodeHarness, m: Message): void;
  /** Calls node.diskWriteDone(write) at virtual time `at`. */
  scheduleDiskWrite(node: NodeHarness, at: number, write: Ready): void;
  /** The node applied a committed entry. */
  onApplied(node: NodeHarness, e: Entry): void;
  /** The node's core answered a read. */
  onReadState(node: NodeHarness, rs: ReadState): void;
  /** The node applied entries or a snapshot (reads waiting on it may complete). */
  onAppliedAdvanced(node: NodeHarness): void;
  /** The node crashed: its waiting client requests fail. */
  onCrashed(node: NodeHarness): void;
  /** The node just became leader. */
  onBecameLeader(node: NodeHarness): void;
  /** Whether node `id`'s disk holds the entry `index`/`term` (or a snapshot covering it). */
  holdsOnDisk(id: NodeId, index: number, term: number): boolean;
}

/** A commit-index advance seen on a leader, checked once its log shows the entry's term. */
interface PendingCommitCheck { term: number; index: number; conf: ConfState }

export interface CoreParams {
  impl: RaftImpl;
  seed: number;
  electionTicks: number;
  heartbeatTicks: number;
  maxSizePerMsg: number;
  maxInflightMsgs: number;
  maxUncommittedBytes: number;
}

/** A refusal the core is documented to give (RaftError), told apart by shape so a build loaded with --impl works too. */
export interface Refusal { code: string; message: string }

function asRefusal(e: unknown): Refusal | undefined {
  if (e instanceof Error && e.name === 'RaftError' && 'code' in e && typeof e.code === 'string') return { code: e.code, message: e.message };
  return undefined;
}

function coreError(node: NodeId, what: string, e: unknown): InvariantViolation {
  if (e instanceof InvariantViolation) return e;
  const text = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
  return new InvariantViolation('core-error', `n${node} ${what} threw ${text}`);
}

export class NodeHarness {
  readonly store: DurableStore;
  private core: RaftCore | null = null;
  /** How many times this node has started; part of its election-jitter seed, so each restart draws differently. */
  incarnation = 0;
  /** The application state; undefined while crashed. */
  applied: AppliedState | undefined;
  /** A Ready taken from the core and not yet written to disk. */
  private inflight: Ready | null = null;
  role: Role = 'follower';
  term = 0;
  leader: NodeId = 0;
  /** Set once the node has applied its own removal: it has shut down for good. */
  decommissioned = false;
  /** Whether the configuration this node applied last includes it. */
  private member = false;
  /** The core's configurations, as status() showed them, with the step each was first seen in. */
  private confHistory: { step: number; conf: ConfState }[] = [];
  /** The commit index as of the last status() in this incarnation (-1: none yet). */
  private observedCommit = -1;
  private pendingCommitChecks: PendingCommitCheck[] = [];
  /** Per peer, the newest response (appResp/heartbeatResp) received from it: its term and the step it was sent in. */
  private readonly heardFrom = new Map<NodeId, { term: number; sentStep: number }>();
  /** Per read context, the step the read reached this node. */
  private readonly readArrivals = new Map<string, number>();
  /** Read contexts a leader answered to this node (its ReadState came from elsewhere). */
  private readonly readAnswersReceived = new Set<string>();
  readonly diskLatency: number;

  constructor(readonly id: NodeId, private readonly env: NodeEnv, private readonly params: CoreParams, diskLatency: number, initial: PersistedState) {
    this.store = new DurableStore(initial);
    this.diskLatency = diskLatency;
  }

  get alive(): boolean { return this.core !== null; }

  /** (Re)starts the core from the disk. */
  start(): void {
    if (this.core || this.decommissioned) return;
    this.incarnation++;
    const persisted = this.store.toPersistedState();
    const env = this.env;
    env.trace.note(env.now, this.id, `start #${this.incarnation} from term=${persisted.hardState.term} vote=${persisted.hardState.vote} commit=${persisted.hardState.commit} snapshot=${persisted.snapshot.meta.index}/${persisted.snapshot.meta.term} last=${this.store.lastIndex()}`);
    this.applied = env.checker.restoreSnapshot(this.id, undefined, persisted.snapshot);
    this.member = includes(persisted.snapshot.meta.conf, this.id);
    const p = this.params;
    try {
      this.core = new p.impl({
        id: this.id,
        electionTicks: p.electionTicks,
        heartbeatTicks: p.heartbeatTicks,
        rng: new SeededRng(deriveSeed(p.seed, Stream.nodeRng, this.id, this.incarnation)),
        preVote: true,
        checkQuorum: true,
        maxSizePerMsg: p.maxSizePerMsg,
        maxInflightMsgs: p.maxInflightMsgs,
        maxUncommittedBytes: p.maxUncommittedBytes,
      }, persisted);
    } catch (e) {
      throw coreError(this.id, 'new Raft()', e);
    }
    this.afterInput();
  }

  /** Loses everything not on disk. */
  crash(): void {
    if (!this.core) return;
    this.env.trace.note(this.env.now, this.id, this.inflight ? 'crash (an unwritten Ready is lost)' : 'crash');
    this.core = null;
    this.inflight = null;
    this.applied = undefined;
    this.role = 'follower';
    this.leader = 0;
    this.observedCommit = -1;
    this.confHistory = [];
    this.pendingCommitChecks = [];
    this.heardFrom.clear();
    this.readArrivals.clear();
    this.readAnswersReceived.clear();
    this.env.onCrashed(this);
  }

  /** Shuts the node down for good (it applied its own removal). */
  decommission(): void {
    this.env.trace.note(this.env.now, this.id, 'decommissioned: removed from the configuration');
    this.crash();
    this.decommissioned = true;
  }

  tick(): void {
    const core = this.core;
    if (!core) return;
    try { core.tick(); } catch (e) { throw coreError(this.id, 'tick()', e); }
    this.afterInput();
  }

  /** Delivers a message that was sent in step `sentStep`. */
  receive(m: Message, sentStep: number): void {
    const core = this.core;
    if (!core) return;
    if (m.type === 'appResp' || m.type === 'heartbeatResp') {
      const prev = this.heardFrom.get(m.from);
      if (!prev || m.term > prev.term || (m.term === prev.term && sentStep > prev.sentStep)) this.heardFrom.set(m.from, { term: m.term, sentStep });
    } else if (m.type === 'readIndex' && !this.readArrivals.has(m.context)) {
      this.readArrivals.set(m.context, this.env.step);
    } else if (m.type === 'readIndexResp') {
      this.readAnswersReceived.add(m.context);
    }
    try { core.step(m); } catch (e) { throw coreError(this.id, `step(${m.type})`, e); }
    this.afterInput();
  }

  status(): Status | undefined {
    if (!this.core) return undefined;
    try { return this.core.status(); } catch (e) { throw coreError(this.id, 'status()', e); }
  }

  propose(data: Uint8Array): Refusal | undefined {
    return this.request('propose()', (c) => c.propose(data));
  }

  proposeConfChange(changes: ConfChangeSingle[]): Refusal | undefined {
    return this.request('proposeConfChange()', (c) => c.proposeConfChange(changes));
  }

  readIndex(context: string): Refusal | undefined {
    this.readArrivals.set(context, this.env.step);
    return this.request('readIndex()', (c) => c.readIndex(context));
  }

  transferLeader(target: NodeId): Refusal | undefined {
    return this.request('transferLeader()', (c) => c.transferLeader(target));
  }

  campaign(): Refusal | undefined {
    return this.request('campaign()', (c) => c.campaign());
  }

  reportUnreachable(id: NodeId): void {
    this.request('reportUnreachable()', (c) => c.reportUnreachable(id));
  }

  reportSnapshot(id: NodeId, ok: boolean): void {
    this.request('reportSnapshot()', (c) => c.reportSnapshot(id, ok));
  }

  /**
   * Takes a snapshot of the application state at the applied index and
   * compacts the log, keeping `keep` entries before it. Skipped while a Ready
   * is being written (the application state lags the core then).
   */
  snapshot(keep: number): void {
    const core = this.core;
    const applied = this.applied;
    if (!core || !applied || this.inflight || applied.index <= this.store.snapshot.meta.index) return;
    const compactTo = keep > 0 && applied.index - keep > this.store.snapshot.meta.index ? applied.index - keep : undefined;
    const data = encodeSnapshotData(applied);
    let meta;
    try { meta = core.createSnapshot(data, compactTo); } catch (e) { throw coreError(this.id, `createSnapshot(compactTo=${compactTo ?? 'default'})`, e); }
    if (meta.index !== applied.index || meta.term !== applied.term) {
      throw new InvariantViolation('snapshot-consistent', `n${this.id} createSnapshot returned ${meta.index}/${meta.term} but the node has applied up to ${applied.index}/${applied.term}`);
    }
    this.store.compact({ meta, data }, compactTo ?? meta.index);
    this.env.trace.note(this.env.now, this.id, `snapshot at ${meta.index}/${meta.term}, log compacted to ${compactTo ?? meta.index}`);
    this.afterInput();
  }

  /** The disk finished writing a Ready (ignored if the node crashed since: that write was lost). */
  diskWriteDone(write: Ready): void {
    const rd = this.inflight;
    if (!rd || rd !== write || !this.core) return;
    this.inflight = null;
    this.complete(rd);
    this.pump();
  }

  private request(what: string, call: (c: RaftCore) => void): Refusal | undefined {
    const core = this.core;
    if (!core) return { code: 'DOWN', message: 'node is down' };
    try {
      call(core);
    } catch (e) {
      const refusal = asRefusal(e);
      if (!refusal) throw coreError(this.id, what, e);
      return refusal;
    }
    this.afterInput();
    return undefined;
  }

  private afterInput(): void {
    this.observeStatus();
    this.pump();
  }

  private observeStatus(): void {
    const st = this.status();
    if (!st) return;
    const env = this.env;
    env.checker.observeRole(this.id, st.term, st.role);
    env.checker.observeStatusCommit(this.id, this.incarnation, st.commit);
    if (env.protocolChecks && st.role === 'leader') {
      if (this.role !== 'leader' || this.term !== st.term) env.checker.checkElection(this.id, st.term, st.conf);
      if (this.observedCommit >= 0 && st.commit > this.observedCommit) this.pendingCommitChecks.push({ term: st.term, index: st.commit, conf: st.conf });
    }
    this.observedCommit = st.commit;
    const lastConf = this.confHistory[this.confHistory.length - 1];
    if (!lastConf || !sameConf(lastConf.conf, st.conf)) {
      this.confHistory.push({ step: env.step, conf: st.conf });
      if (this.confHistory.length > 8) this.confHistory.shift();
    }
    if (st.role !== this.role || st.term !== this.term || st.leader !== this.leader) {
      if (st.role !== this.role || st.leader !== this.leader) env.trace.note(env.now, this.id, `${st.role} term=${st.term} leader=${st.leader}`);
      const elected = st.role === 'leader' && (this.role !== 'leader' || this.term !== st.term);
      this.role = st.role;
      this.term = st.term;
      this.leader = st.leader;
      if (elected) env.onBecameLeader(this);
    }
  }

  /** Takes Readies while the disk is free. */
  private pump(): void {
    for (;;) {
      const core = this.core;
      if (!core || this.inflight) return;
      let rd: Ready;
      try {
        if (!core.hasReady()) return;
        rd = core.ready();
      } catch (e) {
        throw coreError(this.id, 'ready()', e);
      }
      this.observeReady(rd);
      const durable = rd.hardState !== undefined || rd.snapshot !== undefined || rd.entries.length > 0;
      if (durable && this.diskLatency > 0) {
        this.inflight = rd;
        this.env.scheduleDiskWrite(this, this.env.now + this.diskLatency, rd);
        return;
      }
      this.complete(rd);
    }
  }

  /** What a Ready tells the checker before anything is written: a leader's log, its commits and its read answers. */
  private observeReady(rd: Ready): void {
    const checker = this.env.checker;
    if (this.role !== 'leader') {
      this.pendingCommitChecks = [];
      return;
    }
    // Right after ready() the disk plus this Ready is exactly the core's log.
    const log = new LogView(this.store, rd);
    checker.checkLeaderLog(this.id, this.term, log);
    if (!this.env.protocolChecks) return;
    this.checkCommits(log);
    for (const rs of rd.readStates) {
      if (!this.readAnswersReceived.has(rs.context)) this.checkReadAnswer(rs.context);
    }
    for (const m of rd.messages) if (m.type === 'readIndexResp' && !m.reject) this.checkReadAnswer(m.context);
  }

  private checkCommits(log: LogView): void {
    const env = this.env;
    this.pendingCommitChecks = this.pendingCommitChecks.filter((c) => {
      if (c.term !== this.term) return false;
      const entryTerm = log.termAt(c.index);
      if (entryTerm === undefined) return c.index > log.snapshotIndex(); // not surfaced yet: check later
      env.checker.checkCommit(this.id, c.term, c.index, entryTerm, c.conf, (id) => env.holdsOnDisk(id, c.index, entryTerm));
      return false;
    });
  }

  /** This leader answers a read: it must have heard from a majority since the read reached it. */
  private checkReadAnswer(context: string): void {
    const arrived = this.readArrivals.get(context);
    if (arrived === undefined) return;
    const term = this.term;
    // The configurations in effect at any time since the read arrived.
    let since = 0;
    this.confHistory.forEach((c, i) => { if (c.step <= arrived) since = i; });
    const confs = this.confHistory.slice(since).map((c) => c.conf);
    this.env.checker.checkReadQuorum(this.id, term, context, confs, (id) => {
      const h = this.heardFrom.get(id);
      return h !== undefined && h.term === term && h.sentStep > arrived;
    });
  }

  /**
   * Tracks membership as configurations are applied. A member that applies a
   * configuration without itself has been removed. (A new node replays older
   * configurations that never named it; that is not a removal.) With
   * stopRemoved it shuts down for good, as etcd does; otherwise it keeps
   * running as a non-member until the operator would stop it, which lets
   * peers still in the joint configuration get its vote.
   * Returns true when the node shut down.
   */
  private applyMembership(conf: ConfState): boolean {
    const wasMember = this.member;
    this.member = includes(conf, this.id);
    if (!wasMember || this.member) return false;
    if (!this.env.stopRemoved) {
      this.env.trace.note(this.env.now, this.id, 'applied its own removal; keeps running as a non-member');
      return false;
    }
    this.decommission();
    return true;
  }

  /** Persist, send, apply, answer reads, advance. */
  private complete(rd: Ready): void {
    const env = this.env;
    const store = this.store;
    const before = store.hardState;
    const problem = store.persist(rd);
    if (problem) throw new InvariantViolation('persisted-log', `n${this.id}: ${problem}`);
    if (rd.hardState || rd.snapshot || rd.entries.length > 0) env.trace.note(env.now, this.id, describePersist(rd, store));
    if (rd.hardState) env.checker.observePersistedHardState(this.id, before, store.hardState, store.lastIndex());
    if (rd.entries.length > 0) env.checker.observePersistedEntries(this.id, rd.entries, (i) => store.termAt(i));
    // A commit counts once it is on disk: a single voter commits its own entry
    // in memory, and a crash before this write loses entry and commit together.
    if (rd.hardState) env.checker.observeCommit(rd.hardState.term, rd.hardState.commit);
    if (rd.committedEntries.length > 0) env.checker.observeCommittedEntries(this.id, rd.committedEntries);

    for (const m of rd.messages) {
      env.checker.observeSend(m, store);
      env.send(this, m);
    }

    let appliedSomething = false;
    if (rd.snapshot) {
      this.applied = env.checker.restoreSnapshot(this.id, this.applied, rd.snapshot);
      env.trace.note(env.now, this.id, `apply snapshot ${rd.snapshot.meta.index}/${rd.snapshot.meta.term}`);
      appliedSomething = true;
      if (this.applyMembership(rd.snapshot.meta.conf)) return;
    }
    for (const e of rd.committedEntries) {
      if (!this.applied) return;
      this.applied = env.checker.apply(this.id, this.applied, e);
      appliedSomething = true;
      env.onApplied(this, e);
      if (e.conf) {
        env.trace.note(env.now, this.id, `apply ${e.index}/${e.term} ${entryDigest(e)}`);
        if (this.applyMembership(e.conf)) return;
      }
    }
    for (const rs of rd.readStates) env.onReadState(this, rs);
    try { this.core?.advance(); } catch (e) { throw coreError(this.id, 'advance()', e); }
    if (appliedSomething) env.onAppliedAdvanced(this);
    this.observeStatus();
  }
}

function sameConf(a: ConfState, b: ConfState): boolean {
  const same = (x: number[], y: number[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.voters, b.voters) && same(a.outgoing, b.outgoing) && same(a.learners, b.learners);
}

function includes(conf: ConfState, id: NodeId): boolean {
  return conf.voters.includes(id) || conf.outgoing.includes(id) || conf.learners.includes(id);
}

function describePersist(rd: Ready, store: DurableStore): string {
  const parts = ['persist'];
  if (rd.snapshot) parts.push(`snapshot=${rd.snapshot.meta.index}/${rd.snapshot.meta.term}`);
  const first = rd.entries[0];
  const last = rd.entries[rd.entries.length - 1];
  if (first && last) parts.push(`entries=${first.index}/${first.term}..${last.index}/${last.term}`);
  if (rd.hardState) parts.push(`hs=${rd.hardState.term}/${rd.hardState.vote}/${rd.hardState.commit}`);
  parts.push(`last=${store.lastIndex()}`);
  return parts.join(' ');
}
