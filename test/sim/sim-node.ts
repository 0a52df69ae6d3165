// One simulated member: the production driver (src/server/raft-node.ts) with
// the production KV state machine (kv-state-machine.ts over MvccStore on an
// in-memory LevelDB), on the in-memory seams: a MemoryRaftLogStore, a
// MemorySnapshotStore, a Clock on the simulator's virtual time and a
// PeerSender into the simulated network. Around each seam a thin watch feeds
// the checker: the core (every input, every Ready), the log store (every
// write), the sender (every message) and the state machine (every apply).
//
// A node's disk may be slow: a write with something durable in it completes
// `diskLatency` later, while the core keeps taking input. A crash is a power
// loss: the incarnation's timers never fire again, its pending writes never
// complete, the log store loses what was written without a sync, the state DB
// is gone; a restart rebuilds everything from the log store and the snapshot
// store, as regd-server does.

import { MemoryLevel } from 'memory-level';
import { pino } from 'pino';
import { MvccStore, type ApplyResult } from '../../src/kv/index.js';
import type { ConfChangeSingle, ConfState, Entry, Message, NodeId, PersistedState, Ready, Role, Snapshot, SnapshotMeta, Status } from '../../src/raft/index.js';
import type { Clock, TimerHandle } from '../../src/server/clock.js';
import { KvStateMachine } from '../../src/server/kv-state-machine.js';
import { MemberDirectory } from '../../src/server/member-directory.js';
import { MemoryRaftLogStore } from '../../src/server/memory-raft-log-store.js';
import { MemorySnapshotStore } from '../../src/server/memory-snapshot-store.js';
import type { DurableReady, NodeIdentity, RaftLogStore } from '../../src/server/raft-log-store.js';
import { RaftNode, type RaftCore, type StateMachine } from '../../src/server/raft-node.js';
import { decodeStateSnapshot } from '../../src/server/state-snapshot.js';
import type { VirtualClock } from '../../src/server/virtual-clock.js';
import { decodeSnapshotData, encodeSnapshotData, entryDigest, type AppliedState } from './applied-prefix.js';
import { InvariantViolation, type SafetyChecker } from './invariants.js';
import { ReadyLogView } from './log-view.js';
import type { RaftImpl } from './raft-impl.js';
import { deriveSeed, Stream } from './seeds.js';
import type { Trace } from './trace.js';

/** What a node needs from the world around it. */
export interface NodeEnv {
  readonly now: number;
  /** The number of the step being run: orders events finer than virtual time. */
  readonly step: number;
  readonly clock: VirtualClock;
  /** Whether to run the protocol checks (commit rule and quorums) as well as the end-to-end ones. */
  readonly protocolChecks: boolean;
  /** Whether a node shuts down for good once it applies its own removal (otherwise it keeps running as a non-member). */
  readonly stopRemoved: boolean;
  readonly checker: SafetyChecker;
  readonly trace: Trace;
  /** Hands a message to the network. */
  send(from: SimNode, m: Message): void;
  /** The node applied a committed entry. */
  onApplied(node: SimNode, e: Entry): void;
  /** The node crashed: its waiting client requests are lost with it. */
  onCrashed(node: SimNode): void;
  /** The node just became leader. */
  onBecameLeader(node: SimNode): void;
  /** Whether node `id`'s disk durably holds the entry `index`/`term` (or a snapshot covering it). */
  holdsOnDisk(id: NodeId, index: number, term: number): boolean;
  /** A check failed inside the driver, where the exception may be caught: the run stops after this step. */
  record(v: InvariantViolation): void;
}

export interface NodeParams {
  impl: RaftImpl;
  seed: number;
  tickMs: number;
  electionTicks: number;
  requestTimeoutMs: number;
  preVote: boolean;
  checkQuorum: boolean;
  maxSizePerMsg: number;
  maxInflightMsgs: number;
  maxUncommittedBytes: number;
  snapshotEvery: number;
  snapshotCatchUpEntries: number;
}

/** A commit-index advance seen on a leader, checked once its log shows the entry's term. */
interface PendingCommitCheck { term: number; index: number; conf: ConfState }

/** One run of a node, from a start to its crash. */
interface Incarnation {
  n: number;
  dead: boolean;
  clock: NodeClock;
  raft: RaftNode<ApplyResult>;
  kv: MvccStore;
}

const silent = pino({ level: 'silent' });

/** A promise that never settles: what a dead incarnation's I/O returns. */
function never<T>(): Promise<T> {
  return new Promise<T>(() => {});
}

function coreError(node: NodeId, what: string, e: unknown): InvariantViolation {
  if (e instanceof InvariantViolation) return e;
  const text = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
  return new InvariantViolation('core-error', `n${node} ${what} threw ${text}`);
}

/** A refusal the core is documented to give (RaftError), told apart by shape so a build loaded with --impl works too. */
function isRefusal(e: unknown): boolean {
  return e instanceof Error && e.name === 'RaftError' && 'code' in e && typeof e.code === 'string';
}

/** One incarnation's view of the world clock: everything it set is cancelled when it crashes. */
class NodeClock implements Clock {
  private readonly live = new Set<TimerHandle>();
  private dead = false;

  constructor(private readonly world: VirtualClock) {}

  now(): number { return this.world.now(); }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const h: TimerHandle = this.world.setTimeout(() => {
      this.live.delete(h);
      if (!this.dead) fn();
    }, ms);
    if (!this.dead) this.live.add(h);
    else this.world.clearTimer(h);
    return h;
  }

  setInterval(fn: () => void, ms: number): TimerHandle {
    const h = this.world.setInterval(() => { if (!this.dead) fn(); }, ms);
    if (!this.dead) this.live.add(h);
    else this.world.clearTimer(h);
    return h;
  }

  clearTimer(t: TimerHandle): void {
    this.live.delete(t);
    this.world.clearTimer(t);
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.setTimeout(resolve, ms));
  }

  kill(): void {
    this.dead = true;
    for (const h of this.live) this.world.clearTimer(h);
    this.live.clear();
  }
}

export class SimNode {
  /** The node's disk: survives crashes (minus unsynced writes). */
  readonly log = new MemoryRaftLogStore();
  readonly snapshots = new MemorySnapshotStore();
  /** How many times this node has started; part of its seeds, so each restart draws differently. */
  incarnation = 0;
  private inc: Incarnation | undefined;
  private booting = false;
  /** The applied prefix of the running incarnation; undefined while down. */
  applied: AppliedState | undefined;
  /** Per request id, the index at which this incarnation applied it. */
  readonly appliedRequests = new Map<bigint, number>();
  role: Role = 'follower';
  term = 0;
  leader: NodeId = 0;
  /** Set once the node has applied its own removal: it has shut down for good. */
  decommissioned = false;
  /** Whether the configuration this node applied last includes it. */
  private member = false;
  /** The core's configurations, as status() showed them, with the step and time each was first seen. */
  private confHistory: { step: number; time: number; conf: ConfState }[] = [];
  /** The commit index as of the last status() in this incarnation (-1: none yet). */
  private observedCommit = -1;
  private pendingCommitChecks: PendingCommitCheck[] = [];
  /** Per peer, the newest response (appResp/heartbeatResp) received from it: its term, the step it was sent in, when it arrived. */
  private readonly heardFrom = new Map<NodeId, { term: number; sentStep: number; at: number }>();
  /** Per read context, the step the read reached this node. */
  private readonly readArrivals = new Map<string, number>();
  /** Read contexts a leader answered to this node (its ReadState came from elsewhere). */
  private readonly readAnswersReceived = new Set<string>();
  /** When this node last became leader. */
  private leaderSince = 0;
  /** When this node (as leader) last accepted a leadership transfer request. */
  private transferAt = 0;
  /** The core's status as last observed (after its last input). */
  private lastStatus: Status | undefined;

  constructor(readonly id: NodeId, private readonly env: NodeEnv, private readonly params: NodeParams, readonly diskLatency: number) {}

  get alive(): boolean { return this.inc !== undefined && !this.inc.dead; }

  /** The running driver, or undefined while down. */
  get raft(): RaftNode<ApplyResult> | undefined { return this.alive ? this.inc?.raft : undefined; }

  /** The running state DB, or undefined while down. */
  get kv(): MvccStore | undefined { return this.alive ? this.inc?.kv : undefined; }

  /** The incarnation number while up, or -1. */
  get liveIncarnation(): number { return this.alive ? this.incarnation : -1; }

  identity(): NodeIdentity {
    return { clusterId: 1n, memberId: BigInt(this.id), raftId: this.id };
  }

  /** Writes the node's initial state to its disk (a new member). */
  bootstrap(state: PersistedState): Promise<void> {
    return this.log.bootstrap(state, this.identity());
  }

  /** (Re)starts from the disk; completes within the step (all its I/O is in memory). */
  start(): void {
    if (this.alive || this.booting || this.decommissioned) return;
    this.booting = true;
    void this.boot().catch((e: unknown) => this.env.record(e instanceof InvariantViolation ? e : new InvariantViolation('node-fatal', `n${this.id} failed to start: ${String(e)}`)))
      .finally(() => { this.booting = false; });
  }

  get starting(): boolean { return this.booting; }

  private async boot(): Promise<void> {
    const env = this.env;
    const p = this.params;
    const persisted = await this.log.load((meta) => this.snapshots.load(meta));
    if (persisted === undefined) throw new Error('the raft log was never bootstrapped');
    const n = ++this.incarnation;
    const snapshot = decodeSnapshotData(persisted.snapshot.data);
    env.trace.note(env.now, this.id, `start #${n} from term=${persisted.hardState.term} vote=${persisted.hardState.vote} commit=${persisted.hardState.commit} snapshot=${persisted.snapshot.meta.index}/${persisted.snapshot.meta.term} last=${this.log.durable.lastIndex()}`);
    this.applied = env.checker.restoreSnapshot(this.id, undefined, persisted.snapshot.meta, snapshot?.applied);
    this.member = includes(persisted.snapshot.meta.conf, this.id);
    // As regd-server starts: the state DB (lost in the crash) is rebuilt from the newest snapshot.
    const kv = await MvccStore.openDb(new MemoryLevel<Uint8Array, Uint8Array>({ keyEncoding: 'view', valueEncoding: 'view' }));
    const members = new MemberDirectory();
    if (persisted.snapshot.meta.index > 0 && snapshot !== undefined) {
      const s = decodeStateSnapshot(snapshot.machine);
      members.load(s.members);
      await kv.restore(s.kv);
    }
    const clock = new NodeClock(env.clock);
    const inc: Partial<Incarnation> & { n: number; dead: boolean; clock: NodeClock } = { n, dead: false, clock };
    const machine = new WatchedStateMachine(this, inc, new KvStateMachine(kv, members, silent));
    const raft = new RaftNode<ApplyResult>({
      id: this.id,
      heartbeatMs: p.tickMs,
      electionMs: p.electionTicks * p.tickMs,
      requestTimeoutMs: p.requestTimeoutMs,
      snapshotEvery: p.snapshotEvery,
      snapshotCatchUpEntries: p.snapshotCatchUpEntries,
      seed: deriveSeed(p.seed, Stream.nodeRng, this.id, n),
      log: silent,
      onFatal: (err) => {
        if (!inc.dead) env.record(err instanceof InvariantViolation ? err : new InvariantViolation('node-fatal', `n${this.id}: the raft loop failed: ${err.message}`));
      },
      clock,
      core: { preVote: p.preVote, checkQuorum: p.checkQuorum, maxSizePerMsg: p.maxSizePerMsg, maxInflightMsgs: p.maxInflightMsgs, maxUncommittedBytes: p.maxUncommittedBytes },
      newCore: (config, state) => {
        try {
          return new WatchedCore(this, inc, new p.impl(config, state));
        } catch (e) {
          throw coreError(this.id, 'new Raft()', e);
        }
      },
    }, persisted, new WatchedLogStore(this, inc), this.snapshots, machine, { send: (ms) => this.sendAll(inc, ms) });
    inc.raft = raft;
    inc.kv = kv;
    this.inc = inc as Incarnation;
    this.appliedRequests.clear();
    raft.start();
  }

  /** Loses everything not on disk. */
  crash(): void {
    const inc = this.inc;
    if (!inc || inc.dead) return;
    this.env.trace.note(this.env.now, this.id, 'crash');
    inc.dead = true;
    inc.clock.kill();
    this.log.crash();
    this.applied = undefined;
    this.lastStatus = undefined;
    this.role = 'follower';
    this.leader = 0;
    this.observedCommit = -1;
    this.confHistory = [];
    this.pendingCommitChecks = [];
    this.heardFrom.clear();
    this.readArrivals.clear();
    this.readAnswersReceived.clear();
    this.appliedRequests.clear();
    this.env.onCrashed(this);
  }

  /** Shuts the node down for good (it applied its own removal). */
  decommission(): void {
    this.env.trace.note(this.env.now, this.id, 'decommissioned: removed from the configuration');
    this.crash();
    this.decommissioned = true;
  }

  /** Delivers a message that was sent in step `sentStep`. */
  receive(m: Message, sentStep: number): void {
    const raft = this.raft;
    if (!raft) return;
    if (m.type === 'appResp' || m.type === 'heartbeatResp') {
      const prev = this.heardFrom.get(m.from);
      if (!prev || m.term > prev.term || (m.term === prev.term && sentStep > prev.sentStep)) this.heardFrom.set(m.from, { term: m.term, sentStep, at: this.env.now });
    } else if (m.type === 'readIndex' && !this.readArrivals.has(m.context)) {
      this.readArrivals.set(m.context, this.env.step);
    } else if (m.type === 'readIndexResp') {
      this.readAnswersReceived.add(m.context);
    }
    const termBefore = m.type === 'preVote' ? raft.status().term : 0;
    raft.receive([m]);
    if (m.type === 'preVote' && this.alive) this.env.checker.checkPreVoteTerm(this.id, m, termBefore, raft.status().term);
  }

  status(): Status | undefined {
    return this.raft?.status();
  }

  /** A request to the driver; returns the error it refused with, if any. */
  request(call: (raft: RaftNode<ApplyResult>) => void): string | undefined {
    const raft = this.raft;
    if (!raft) return 'node is down';
    try {
      call(raft);
      return undefined;
    } catch (e) {
      if (e instanceof InvariantViolation) throw e;
      return e instanceof Error ? e.message : String(e);
    }
  }

  proposeConfChange(changes: ConfChangeSingle[]): string | undefined {
    return this.request((r) => r.proposeConfChange(changes));
  }

  /**
   * With check-quorum on, a leader that has not heard from a quorum for more
   * than two election timeouts (plus a tick) must have stepped down by now.
   */
  checkLeaderLease(): void {
    const st = this.lastStatus;
    if (!this.params.checkQuorum || this.role !== 'leader' || !st || !this.alive) return;
    const now = this.env.now;
    // A leadership transfer restarts the core's election timer, and so its next quorum check (as etcd's does).
    let since = Math.max(this.leaderSince, this.transferAt, this.confHistory[this.confHistory.length - 1]?.time ?? 0);
    for (const half of [st.conf.voters, st.conf.outgoing]) {
      if (half.length === 0) continue;
      const heard = half.map((id) => {
        if (id === this.id) return now;
        const h = this.heardFrom.get(id);
        return h !== undefined && h.term === st.term ? h.at : -Infinity;
      }).sort((a, b) => b - a);
      since = Math.min(Math.max(since, heard[Math.floor(half.length / 2)] as number), now);
    }
    const windowMs = (2 * this.params.electionTicks + 1) * this.params.tickMs;
    this.env.checker.checkStepDown(this.id, st.term, now, since, windowMs);
  }

  // ---- what the watches report --------------------------------------------

  /** After every input to the core and after each Ready is advanced. */
  observeStatus(): void {
    const st = this.status();
    if (!st) return;
    this.lastStatus = st;
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
      this.confHistory.push({ step: env.step, time: env.now, conf: st.conf });
      if (this.confHistory.length > 8) this.confHistory.shift();
    }
    if (st.role !== this.role || st.term !== this.term || st.leader !== this.leader) {
      if (st.role !== this.role || st.leader !== this.leader) env.trace.note(env.now, this.id, `${st.role} term=${st.term} leader=${st.leader}`);
      const elected = st.role === 'leader' && (this.role !== 'leader' || this.term !== st.term);
      this.role = st.role;
      this.term = st.term;
      this.leader = st.leader;
      if (elected) {
        this.leaderSince = env.now;
        env.onBecameLeader(this);
      }
    }
  }

  /** A check failed where the driver may catch the exception: the cluster stops the run after this step. */
  recordViolation(e: unknown): void {
    if (e instanceof InvariantViolation) this.env.record(e);
  }

  noteTransfer(): void {
    this.transferAt = this.env.now;
  }

  noteReadIndex(context: string): void {
    this.readArrivals.set(context, this.env.step);
  }

  /** What a Ready tells the checker before anything is written: a leader's log, its commits and its read answers. */
  observeReady(rd: Ready): void {
    const checker = this.env.checker;
    if (this.role !== 'leader') {
      this.pendingCommitChecks = [];
      return;
    }
    // The driver writes one Ready at a time, so right after ready() the store plus this Ready is exactly the core's log.
    const log = new ReadyLogView(this.log.current, rd);
    checker.checkLeaderLog(this.id, this.term, log);
    if (!this.env.protocolChecks) return;
    this.checkCommits(log);
    for (const rs of rd.readStates) {
      if (!this.readAnswersReceived.has(rs.context)) this.checkReadAnswer(rs.context);
    }
    for (const m of rd.messages) if (m.type === 'readIndexResp' && !m.reject) this.checkReadAnswer(m.context);
  }

  /** A write reached the log store. */
  observePersisted(rd: DurableReady, before: { term: number; vote: number; commit: number }): void {
    const env = this.env;
    const disk = this.log.durable;
    const hs = this.log.current.hardState;
    if (rd.hardState || rd.snapshot || rd.entries.length > 0) env.trace.note(env.now, this.id, describePersist(rd, disk.lastIndex()));
    if (rd.hardState && hs) env.checker.observePersistedHardState(this.id, before, hs, this.log.current.lastIndex());
    if (rd.entries.length > 0) env.checker.observePersistedEntries(this.id, rd.entries, (i) => disk.termAt(i));
    // A commit counts once it is written: a single voter commits its own entry
    // in memory, and a crash before this write loses entry and commit together.
    if (rd.hardState) env.checker.observeCommit(rd.hardState.term, rd.hardState.commit);
  }

  observeSend(m: Message): void {
    this.env.checker.observeSend(m, this.log.durable);
  }

  /** Entries the driver hands to the state machine; false once the node shut down for good. */
  observeApply(e: Entry): boolean {
    const applied = this.applied;
    if (!applied) return false;
    this.applied = this.env.checker.apply(this.id, applied, e);
    this.env.onApplied(this, e);
    if (e.conf) {
      this.env.trace.note(this.env.now, this.id, `apply ${e.index}/${e.term} ${entryDigest(e)}`);
      if (this.applyMembership(e.conf)) return false;
    }
    return true;
  }

  observeRestore(meta: SnapshotMeta, s: AppliedState | undefined): boolean {
    this.applied = this.env.checker.restoreSnapshot(this.id, this.applied, meta, s);
    this.env.trace.note(this.env.now, this.id, `apply snapshot ${meta.index}/${meta.term}`);
    return !this.applyMembership(meta.conf);
  }

  observeSnapshotTaken(meta: SnapshotMeta, compactTo: number): void {
    const applied = this.applied;
    if (applied && (meta.index !== applied.index || meta.term !== applied.term)) {
      throw new InvariantViolation('snapshot-consistent', `n${this.id} createSnapshot returned ${meta.index}/${meta.term} but the node has applied up to ${applied.index}/${applied.term}`);
    }
    this.env.trace.note(this.env.now, this.id, `snapshot at ${meta.index}/${meta.term}, log compacted to ${compactTo}`);
  }

  private sendAll(inc: { dead: boolean }, messages: readonly Message[]): void {
    if (inc.dead) return;
    for (const m of messages) {
      this.observeSend(m);
      this.env.send(this, m);
    }
  }

  private checkCommits(log: ReadyLogView): void {
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
}

/** The core, watched: every input and every Ready is reported to the node's checks. */
class WatchedCore implements RaftCore {
  constructor(private readonly node: SimNode, private readonly inc: { dead: boolean }, private readonly core: RaftCore) {}

  private input<T>(what: string, call: () => T): T {
    let out: T;
    try {
      out = call();
    } catch (e) {
      if (isRefusal(e)) throw e;
      throw this.fail(coreError(this.node.id, what, e));
    }
    if (!this.inc.dead) this.watch(() => this.node.observeStatus());
    return out;
  }

  /** Runs a check; a violation is recorded before it is thrown, since the driver may catch it. */
  private watch(check: () => void): void {
    try {
      check();
    } catch (e) {
      throw this.fail(e);
    }
  }

  private fail(e: unknown): unknown {
    this.node.recordViolation(e);
    return e;
  }

  tick(): void { this.input('tick()', () => this.core.tick()); }
  step(m: Message): void { this.input(`step(${m.type})`, () => this.core.step(m)); }
  propose(data: Uint8Array): void { this.input('propose()', () => this.core.propose(data)); }
  proposeConfChange(changes: ConfChangeSingle[]): void { this.input('proposeConfChange()', () => this.core.proposeConfChange(changes)); }
  readIndex(context: string): void {
    this.node.noteReadIndex(context);
    this.input('readIndex()', () => this.core.readIndex(context));
  }
  transferLeader(target: NodeId): void {
    this.input('transferLeader()', () => this.core.transferLeader(target));
    this.node.noteTransfer();
  }
  campaign(): void { this.input('campaign()', () => this.core.campaign()); }
  reportUnreachable(id: NodeId): void { this.input('reportUnreachable()', () => this.core.reportUnreachable(id)); }
  reportSnapshot(id: NodeId, ok: boolean): void { this.input('reportSnapshot()', () => this.core.reportSnapshot(id, ok)); }
  hasReady(): boolean {
    try {
      return this.core.hasReady();
    } catch (e) {
      throw this.fail(coreError(this.node.id, 'hasReady()', e));
    }
  }
  status(): Status {
    try {
      return this.core.status();
    } catch (e) {
      throw this.fail(coreError(this.node.id, 'status()', e));
    }
  }

  ready(): Ready {
    let rd: Ready;
    try {
      rd = this.core.ready();
    } catch (e) {
      throw this.fail(coreError(this.node.id, 'ready()', e));
    }
    if (!this.inc.dead) this.watch(() => this.node.observeReady(rd));
    return rd;
  }

  advance(): void { this.input('advance()', () => this.core.advance()); }

  createSnapshot(data: Uint8Array, compactTo?: number): SnapshotMeta {
    const meta = this.input(`createSnapshot(compactTo=${compactTo ?? 'default'})`, () => this.core.createSnapshot(data, compactTo));
    if (!this.inc.dead) this.watch(() => this.node.observeSnapshotTaken(meta, compactTo ?? meta.index));
    return meta;
  }
}

/** The node's log store, watched, with the node's disk latency; a dead incarnation's writes never complete. */
class WatchedLogStore implements RaftLogStore {
  constructor(private readonly node: SimNode, private readonly inc: { dead: boolean; clock: NodeClock }) {}

  identity(): Promise<NodeIdentity | undefined> { return this.node.log.identity(); }
  writeIdentity(id: NodeIdentity): Promise<void> { return this.node.log.writeIdentity(id); }
  load(snapshotData: (meta: SnapshotMeta) => Promise<Uint8Array>): Promise<PersistedState | undefined> { return this.node.log.load(snapshotData); }
  bootstrap(state: PersistedState, id: NodeIdentity): Promise<void> { return this.node.log.bootstrap(state, id); }
  close(): Promise<void> { return Promise.resolve(); }

  async save(rd: DurableReady): Promise<void> {
    const durable = rd.hardState !== undefined || rd.snapshot !== undefined || rd.entries.length > 0;
    if (!durable) return;
    if (this.node.diskLatency > 0) await this.inc.clock.sleep(this.node.diskLatency);
    if (this.inc.dead) return never();
    const hs = this.node.log.current.hardState ?? { term: 0, vote: 0, commit: 0 };
    const before = { term: hs.term, vote: hs.vote, commit: hs.commit };
    try {
      await this.node.log.save(rd);
    } catch (e) {
      throw new InvariantViolation('persisted-log', `n${this.node.id}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (this.inc.dead) return never();
    this.node.observePersisted(rd, before);
  }

  async compact(meta: SnapshotMeta, compactTo: number): Promise<void> {
    if (this.inc.dead) return never();
    await this.node.log.compact(meta, compactTo);
    if (this.inc.dead) return never();
  }
}

/** The KV state machine, watched: the checker sees every entry applied; snapshots carry the applied prefix. */
class WatchedStateMachine implements StateMachine<ApplyResult> {
  constructor(private readonly node: SimNode, private readonly inc: { dead: boolean }, private readonly machine: KvStateMachine) {}

  async apply(entries: readonly Entry[]): Promise<Array<{ requestId: bigint; result: ApplyResult } | undefined>> {
    if (this.inc.dead) return never();
    let n = 0;
    while (n < entries.length && this.node.observeApply(entries[n]!)) n++;
    if (this.inc.dead) return never();
    const results = await this.machine.apply(entries);
    if (this.inc.dead) return never();
    for (const r of results) if (r !== undefined) this.node.appliedRequests.set(r.requestId, r.result.index);
    return results;
  }

  appliedIndex(): number {
    return this.machine.appliedIndex();
  }

  async snapshot(): Promise<Uint8Array> {
    if (this.inc.dead) return never();
    const data = await this.machine.snapshot();
    if (this.inc.dead || !this.node.applied) return never();
    return encodeSnapshotData(this.node.applied, data);
  }

  async restore(snapshot: Snapshot): Promise<void> {
    if (this.inc.dead) return never();
    const s = decodeSnapshotData(snapshot.data);
    if (!this.node.observeRestore(snapshot.meta, s?.applied) || this.inc.dead) return never();
    await this.machine.restore({ meta: snapshot.meta, data: s!.machine });
    if (this.inc.dead) return never();
  }
}

function sameConf(a: ConfState, b: ConfState): boolean {
  const same = (x: number[], y: number[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.voters, b.voters) && same(a.outgoing, b.outgoing) && same(a.learners, b.learners);
}

function includes(conf: ConfState, id: NodeId): boolean {
  return conf.voters.includes(id) || conf.outgoing.includes(id) || conf.learners.includes(id);
}

function describePersist(rd: DurableReady, last: number): string {
  const parts = ['persist'];
  if (rd.snapshot) parts.push(`snapshot=${rd.snapshot.meta.index}/${rd.snapshot.meta.term}`);
  const first = rd.entries[0];
  const tail = rd.entries[rd.entries.length - 1];
  if (first && tail) parts.push(`entries=${first.index}/${first.term}..${tail.index}/${tail.term}`);
  if (rd.hardState) parts.push(`hs=${rd.hardState.term}/${rd.hardState.vote}/${rd.hardState.commit}`);
  parts.push(`last=${last}`);
  return parts.join(' ');
}
