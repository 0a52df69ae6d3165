import { assert } from './assert.js';
import { leaveJoint, planConfChange } from './conf-change.js';
import { RaftError } from './errors.js';
import { entrySize, RaftLog } from './log.js';
import { Progress } from './progress.js';
import { allMembers, committedIndex, isJoint, isVoter, jointVote } from './quorum.js';
import { ReadOnlyQueue, type PendingRead } from './read-only.js';
import {
  NONE,
  type ConfChangeSingle, type ConfState, type Entry, type HardState, type Message, type MessageType, type NodeId,
  type PersistedState, type RaftConfig, type Ready, type ReadState, type Role, type Snapshot, type SnapshotMeta,
  type SoftState, type Status,
} from './types.js';

const EMPTY = new Uint8Array(0);
/** Context of a vote request sent on a leadership transfer: it overrides the leader lease. */
const TRANSFER = 'transfer';

const DEFAULTS = {
  preVote: true,
  checkQuorum: true,
  maxSizePerMsg: 1024 * 1024,
  maxInflightMsgs: 256,
  maxUncommittedBytes: 64 * 1024 * 1024,
  maxCommittedSizePerReady: 4 * 1024 * 1024,
};

type Options = Required<Omit<RaftConfig, 'rng'>> & Pick<RaftConfig, 'rng'>;

/** What the last ready() handed out, so advance() knows what is now done. */
interface HandedOut {
  lastEntry?: { index: number; term: number };
  lastCommitted: number;
  snapshotIndex: number;
  committedConfs: Entry[];
  committedBytes: number;
}

/**
 * The Raft consensus core: a deterministic state machine with no I/O.
 * Feed it ticks, messages and requests; take the work it produces with
 * ready(), do it in the documented order, then call advance().
 */
export class Raft {
  readonly id: NodeId;
  private readonly opts: Options;

  private term = 0;
  private vote: NodeId = NONE;
  private lead: NodeId = NONE;
  private role: Role = 'follower';
  private readonly log: RaftLog;
  /** The applied configuration; changes take effect when their entry is applied. */
  private conf: ConfState;
  private readonly prs = new Map<NodeId, Progress>();
  private readonly votes = new Map<NodeId, boolean>();

  private electionElapsed = 0;
  private heartbeatElapsed = 0;
  private randomizedElectionTimeout = 0;

  private leadTransferee: NodeId = NONE;
  /** Index of the newest configuration entry the leader appended; one change at a time. */
  private pendingConfIndex = 0;
  private uncommittedBytes = 0;
  private readonly readOnly = new ReadOnlyQueue();
  /** Reads that arrived before this leader committed an entry of its own term. */
  private readsBeforeCommit: Message[] = [];

  private msgs: Message[] = [];
  private readStates: ReadState[] = [];
  private prevSoft: SoftState;
  private prevHard: HardState;
  private handedOut: HandedOut | undefined;

  constructor(config: RaftConfig, persisted: PersistedState) {
    assert(Number.isSafeInteger(config.id) && config.id > 0, `invalid node id ${config.id}`);
    assert(config.heartbeatTicks > 0 && config.heartbeatTicks < config.electionTicks, 'need 0 < heartbeatTicks < electionTicks');
    this.id = config.id;
    this.opts = { ...DEFAULTS, ...stripUndefined(config) } as Options;
    const hs = persisted.hardState;
    this.log = new RaftLog(persisted.snapshot, persisted.entries, hs.commit);
    this.conf = cloneConf(persisted.snapshot.meta.conf);
    this.term = hs.term;
    this.vote = hs.vote;
    this.rebuildProgress();
    this.becomeFollower(this.term, NONE);
    this.prevSoft = { leader: this.lead, role: this.role };
    this.prevHard = this.hardState();
  }

  /** The persisted state of a brand-new member; an empty `conf` for one that will be added later. */
  static bootstrap(conf: ConfState): PersistedState {
    return {
      hardState: { term: 0, vote: NONE, commit: 0 },
      snapshot: { meta: { index: 0, term: 0, conf: cloneConf(conf) }, data: EMPTY },
      entries: [],
    };
  }

  // ---------------------------------------------------------------- inputs

  tick(): void {
    if (this.role === 'leader') this.tickHeartbeat();
    else this.tickElection();
  }

  step(m: Message): void {
    this.stepMessage(m);
  }

  propose(data: Uint8Array): void {
    this.stepMessage(this.local('prop', { entries: [{ term: 0, index: 0, data }] }));
  }

  proposeConfChange(changes: ConfChangeSingle[]): void {
    if (this.role !== 'leader') throw new RaftError('NOT_LEADER', 'membership changes are proposed on the leader', this.lead);
    if (this.leadTransferee !== NONE) throw new RaftError('TRANSFERRING', 'leadership transfer in progress', this.lead);
    if (this.pendingConfIndex > this.log.applied || isJoint(this.conf)) {
      throw new RaftError('CONF_PENDING', 'a membership change is still in progress', this.lead);
    }
    const next = planConfChange(this.conf, changes);
    this.appendEntries([{ term: 0, index: 0, data: EMPTY, conf: next }]);
    this.pendingConfIndex = this.log.lastIndex();
    this.bcastAppend();
  }

  readIndex(context: string): void {
    this.stepMessage(this.local('readIndex', { context }));
  }

  transferLeader(target: NodeId): void {
    if (this.role !== 'leader') throw new RaftError('NOT_LEADER', 'leadership is transferred by the leader', this.lead);
    if (target === this.id || !this.conf.voters.includes(target) || !this.prs.has(target)) {
      throw new RaftError('INVALID_TRANSFEREE', `node ${target} cannot take over leadership`, this.lead);
    }
    if (this.leadTransferee === target) return;
    this.leadTransferee = target;
    // The transfer must finish within one election timeout, or it is abandoned.
    this.electionElapsed = 0;
    const pr = this.prs.get(target)!;
    if (pr.match === this.log.lastIndex()) this.sendTimeoutNow(target);
    else this.sendAppend(target);
  }

  /** Starts an election now, as if the election timeout had passed. */
  campaign(): void {
    this.hup(false);
  }

  reportUnreachable(id: NodeId): void {
    const pr = this.prs.get(id);
    if (this.role === 'leader' && pr !== undefined && pr.state === 'replicate') pr.becomeProbe();
  }

  reportSnapshot(id: NodeId, ok: boolean): void {
    const pr = this.prs.get(id);
    if (this.role !== 'leader' || pr === undefined || pr.state !== 'snapshot') return;
    if (!ok) pr.pendingSnapshot = 0;
    // Probe either way: on success the follower's answer moves us to replicate.
    pr.becomeProbe();
    pr.probeSent = true;
  }

  /**
   * Takes a snapshot of the application at the applied index and drops log
   * entries up to `compactTo` (default: the snapshot index). Keeping some
   * entries lets slightly lagging followers catch up without a snapshot.
   */
  createSnapshot(data: Uint8Array, compactTo?: number): SnapshotMeta {
    assert(this.handedOut === undefined, 'createSnapshot between ready() and advance()');
    const index = this.log.applied;
    const term = this.log.term(index);
    assert(term !== undefined, `applied index ${index} is not in the log`);
    const meta: SnapshotMeta = { index, term, conf: cloneConf(this.conf) };
    const to = Math.min(compactTo ?? index, index);
    this.log.compact({ meta, data }, to);
    return meta;
  }

  // ---------------------------------------------------------------- Ready

  hasReady(): boolean {
    return (
      this.msgs.length > 0 ||
      this.readStates.length > 0 ||
      this.log.pendingSnapshot !== undefined ||
      this.log.stabled < this.log.lastIndex() ||
      this.log.hasNextCommitted() ||
      !sameHard(this.hardState(), this.prevHard) ||
      this.lead !== this.prevSoft.leader ||
      this.role !== this.prevSoft.role
    );
  }

  ready(): Ready {
    assert(this.handedOut === undefined, 'ready() called twice without advance()');
    const rd: Ready = { entries: this.log.unstableEntries(), messages: this.msgs, committedEntries: [], readStates: this.readStates };
    this.msgs = [];
    this.readStates = [];
    const soft = { leader: this.lead, role: this.role };
    if (soft.leader !== this.prevSoft.leader || soft.role !== this.prevSoft.role) {
      rd.softState = soft;
      this.prevSoft = soft;
    }
    const hard = this.hardState();
    if (!sameHard(hard, this.prevHard)) {
      rd.hardState = hard;
      this.prevHard = hard;
    }
    if (this.log.pendingSnapshot !== undefined) rd.snapshot = this.log.pendingSnapshot;
    rd.committedEntries = this.log.nextCommitted(this.opts.maxCommittedSizePerReady);
    const last = rd.entries[rd.entries.length - 1];
    const lastCommitted = rd.committedEntries[rd.committedEntries.length - 1];
    this.handedOut = {
      ...(last !== undefined ? { lastEntry: { index: last.index, term: last.term } } : {}),
      lastCommitted: lastCommitted?.index ?? 0,
      snapshotIndex: rd.snapshot?.meta.index ?? 0,
      committedConfs: rd.committedEntries.filter((e) => e.conf !== undefined),
      committedBytes: rd.committedEntries.reduce((n, e) => n + entrySize(e), 0),
    };
    return rd;
  }

  /** Acknowledges the last Ready: it is persisted, sent and applied. */
  advance(): void {
    const h = this.handedOut;
    assert(h !== undefined, 'advance() without ready()');
    this.handedOut = undefined;
    if (h.snapshotIndex > 0 && this.log.pendingSnapshot?.meta.index === h.snapshotIndex) {
      this.log.pendingSnapshot = undefined;
      this.log.appliedTo(h.snapshotIndex);
    }
    if (h.lastEntry !== undefined) this.log.stableTo(h.lastEntry.index, h.lastEntry.term);
    if (h.lastCommitted > 0) {
      for (const e of h.committedConfs) this.applyConf(e.conf!);
      this.log.appliedTo(h.lastCommitted);
      if (this.role === 'leader') this.uncommittedBytes = Math.max(0, this.uncommittedBytes - h.committedBytes);
    }
    // Joint consensus is left as soon as the joint configuration is applied on the leader.
    if (this.role === 'leader' && isJoint(this.conf) && this.log.applied >= this.pendingConfIndex) {
      this.appendEntries([{ term: 0, index: 0, data: EMPTY, conf: leaveJoint(this.conf) }]);
      this.pendingConfIndex = this.log.lastIndex();
      this.bcastAppend();
    }
  }

  status(): Status {
    const s: Status = {
      id: this.id,
      role: this.role,
      leader: this.lead,
      term: this.term,
      vote: this.vote,
      commit: this.log.committed,
      applied: this.log.applied,
      lastIndex: this.log.lastIndex(),
      firstIndex: this.log.firstIndex(),
      conf: cloneConf(this.conf),
      leadTransferee: this.leadTransferee,
    };
    if (this.role === 'leader') {
      s.progress = new Map([...this.prs].map(([id, p]) => [id, { match: p.match, next: p.next, state: p.state }]));
    }
    return s;
  }

  // ---------------------------------------------------------------- state changes

  private hardState(): HardState {
    return { term: this.term, vote: this.vote, commit: this.log.committed };
  }

  private reset(term: number): void {
    if (this.term !== term) {
      this.term = term;
      this.vote = NONE;
    }
    this.lead = NONE;
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.randomizedElectionTimeout = this.opts.electionTicks + this.opts.rng.nextInt(this.opts.electionTicks);
    this.leadTransferee = NONE;
    this.votes.clear();
    const last = this.log.lastIndex();
    for (const id of [...this.prs.keys()]) {
      const fresh = new Progress(last + 1, this.opts.maxInflightMsgs);
      if (id === this.id) fresh.match = last;
      this.prs.set(id, fresh);
    }
    this.pendingConfIndex = 0;
    this.uncommittedBytes = 0;
    this.readOnly.reset();
    this.readsBeforeCommit = [];
  }

  private becomeFollower(term: number, lead: NodeId): void {
    this.reset(term);
    this.role = 'follower';
    this.lead = lead;
  }

  private becomePreCandidate(): void {
    assert(this.role !== 'leader', 'a leader cannot become pre-candidate');
    // A pre-candidate changes neither its term nor its vote: it only asks whether it could win.
    this.votes.clear();
    this.lead = NONE;
    this.role = 'preCandidate';
  }

  private becomeCandidate(): void {
    assert(this.role !== 'leader', 'a leader cannot become candidate');
    this.reset(this.term + 1);
    this.vote = this.id;
    this.role = 'candidate';
  }

  private becomeLeader(): void {
    assert(this.role === 'candidate', 'only a candidate becomes leader');
    this.reset(this.term);
    this.lead = this.id;
    this.role = 'leader';
    for (const [id, pr] of this.prs) {
      if (id === this.id) pr.becomeReplicate();
    }
    // Configuration entries in the uncommitted tail may be pending; no new change before they apply.
    this.pendingConfIndex = this.log.lastIndex();
    // The no-op entry of this term: committing it commits everything before (§5.4.2)
    // and is what ReadIndex waits for.
    this.appendEntries([{ term: 0, index: 0, data: EMPTY }]);
  }

  private hup(transfer: boolean): void {
    if (this.role === 'leader') return;
    if (!this.promotable()) return;
    if (this.hasUnappliedConfChange()) return;
    if (this.opts.preVote && !transfer) this.startCampaign('preVote', false);
    else this.startCampaign('vote', transfer);
  }

  private startCampaign(kind: 'preVote' | 'vote', transfer: boolean): void {
    let voteTerm: number;
    if (kind === 'preVote') {
      this.becomePreCandidate();
      voteTerm = this.term + 1;
    } else {
      this.becomeCandidate();
      voteTerm = this.term;
    }
    if (this.recordVote(this.id, true) === 'won') {
      // A single-voter cluster wins at once.
      if (kind === 'preVote') this.startCampaign('vote', transfer);
      else this.becomeLeader();
      return;
    }
    for (const id of allMembers(this.conf)) {
      if (id === this.id || !isVoter(this.conf, id)) continue;
      this.send({
        ...blank(kind, this.id, id, voteTerm),
        index: this.log.lastIndex(),
        logTerm: this.log.lastTerm(),
        context: transfer ? TRANSFER : '',
      });
    }
  }

  private recordVote(id: NodeId, granted: boolean) {
    if (!this.votes.has(id)) this.votes.set(id, granted);
    return jointVote(this.conf, this.votes);
  }

  private promotable(): boolean {
    return isVoter(this.conf, this.id) && this.log.pendingSnapshot === undefined;
  }

  private hasUnappliedConfChange(): boolean {
    for (let i = this.log.applied + 1; i <= this.log.committed; i++) {
      if (this.log.entryAt(i)?.conf !== undefined) return true;
    }
    return false;
  }

  private rebuildProgress(): void {
    const members = new Set(allMembers(this.conf));
    for (const id of [...this.prs.keys()]) if (!members.has(id)) this.prs.delete(id);
    for (const id of members) {
      if (!this.prs.has(id)) {
        const pr = new Progress(this.log.lastIndex() + 1, this.opts.maxInflightMsgs);
        if (id === this.id) pr.match = this.log.lastIndex();
        this.prs.set(id, pr);
      }
    }
  }

  /** A configuration entry was applied: switch to it. */
  private applyConf(next: ConfState): void {
    this.conf = cloneConf(next);
    this.rebuildProgress();
    if (this.role !== 'leader') return;
    if (!isVoter(this.conf, this.id)) {
      // This leader was removed. Tell the others the commit index first, so they
      // learn the final configuration is committed and stop needing our vote;
      // then step down so the remaining voters elect a leader.
      this.bcastAppend();
      this.becomeFollower(this.term, NONE);
      return;
    }
    if (this.leadTransferee !== NONE && !this.conf.voters.includes(this.leadTransferee)) this.leadTransferee = NONE;
    // The quorum changed, so the commit point may have moved.
    if (this.maybeCommit()) this.bcastAppend();
    else for (const id of this.prs.keys()) if (id !== this.id) this.maybeSendAppend(id, false);
  }

  // ---------------------------------------------------------------- ticks

  private tickElection(): void {
    this.electionElapsed++;
    if (this.promotable() && this.electionElapsed >= this.randomizedElectionTimeout) {
      this.electionElapsed = 0;
      this.hup(false);
    }
  }

  private tickHeartbeat(): void {
    this.heartbeatElapsed++;
    this.electionElapsed++;
    if (this.electionElapsed >= this.opts.electionTicks) {
      this.electionElapsed = 0;
      if (this.opts.checkQuorum && !this.quorumActive()) {
        this.becomeFollower(this.term, NONE);
        return;
      }
      this.leadTransferee = NONE; // a transfer that took a whole election timeout is abandoned
    }
    for (const [id, pr] of this.prs) {
      // A snapshot may be lost in transit; after two election timeouts without an answer, probe again.
      if (id !== this.id && pr.state === 'snapshot' && ++pr.snapshotTicks >= 2 * this.opts.electionTicks) pr.becomeProbe();
    }
    if (this.heartbeatElapsed >= this.opts.heartbeatTicks) {
      this.heartbeatElapsed = 0;
      this.bcastHeartbeat(this.readOnly.lastKey());
    }
  }

  /** Check-quorum: has a quorum (in every half of a joint config) been heard from this election timeout? */
  private quorumActive(): boolean {
    const active = new Map<NodeId, boolean>();
    for (const [id, pr] of this.prs) {
      active.set(id, id === this.id || pr.recentActive);
      if (id !== this.id) pr.recentActive = false;
    }
    return jointVote(this.conf, active) === 'won';
  }

  // ---------------------------------------------------------------- messages

  private stepMessage(m: Message): void {
    if (m.term > this.term) {
      if (m.type === 'vote' || m.type === 'preVote') {
        const force = m.context === TRANSFER;
        const inLease = this.opts.checkQuorum && this.lead !== NONE && this.electionElapsed < this.opts.electionTicks;
        // A node that hears from a live leader ignores campaigns: a partitioned node
        // coming back cannot depose a healthy leader (check-quorum's leader lease).
        if (!force && inLease) return;
      }
      if (m.type === 'preVote' || (m.type === 'preVoteResp' && !m.reject)) {
        // Pre-votes carry a future term and never change ours.
      } else if (m.type === 'app' || m.type === 'heartbeat' || m.type === 'snap') {
        this.becomeFollower(m.term, m.from);
      } else {
        this.becomeFollower(m.term, NONE);
      }
    } else if (m.term < this.term && m.term !== 0) {
      if ((this.opts.checkQuorum || this.opts.preVote) && (m.type === 'heartbeat' || m.type === 'app')) {
        // A stale leader: tell it our term so it steps down.
        this.send(blank('appResp', this.id, m.from, this.term));
      } else if (m.type === 'preVote') {
        this.send({ ...blank('preVoteResp', this.id, m.from, this.term), reject: true });
      }
      return;
    }

    switch (m.type) {
      case 'vote':
      case 'preVote':
        this.handleVoteRequest(m);
        return;
    }
    switch (this.role) {
      case 'leader': this.stepLeader(m); return;
      case 'candidate':
      case 'preCandidate': this.stepCandidate(m); return;
      case 'follower': this.stepFollower(m); return;
    }
  }

  private handleVoteRequest(m: Message): void {
    const canVote =
      this.vote === m.from ||
      (this.vote === NONE && this.lead === NONE) ||
      (m.type === 'preVote' && m.term > this.term);
    const respType: MessageType = m.type === 'vote' ? 'voteResp' : 'preVoteResp';
    if (canVote && this.log.isUpToDate(m.index, m.logTerm)) {
      // A granted answer carries the request's term, so the candidate counts it.
      this.send(blank(respType, this.id, m.from, m.term));
      if (m.type === 'vote') {
        this.electionElapsed = 0;
        this.vote = m.from; // persisted in this Ready's hardState before the answer is sent
      }
    } else {
      this.send({ ...blank(respType, this.id, m.from, this.term), reject: true });
    }
  }

  private stepLeader(m: Message): void {
    switch (m.type) {
      case 'prop': {
        const local = m.from === this.id;
        if (!this.prs.has(this.id)) {
          if (local) throw new RaftError('NOT_MEMBER', 'this node is no longer a member');
          return;
        }
        if (this.leadTransferee !== NONE) {
          if (local) throw new RaftError('TRANSFERRING', 'leadership transfer in progress', this.lead);
          return;
        }
        const bytes = m.entries.reduce((n, e) => n + entrySize(e), 0);
        if (this.uncommittedBytes > 0 && this.uncommittedBytes + bytes > this.opts.maxUncommittedBytes) {
          if (local) throw new RaftError('TOO_MANY_UNCOMMITTED', 'too many uncommitted proposals', this.lead);
          return;
        }
        this.uncommittedBytes += bytes;
        this.appendEntries(m.entries.map((e) => ({ term: 0, index: 0, data: e.data })));
        this.bcastAppend();
        return;
      }
      case 'readIndex':
        this.handleReadIndex(m);
        return;
      case 'appResp':
        this.handleAppendResponse(m);
        return;
      case 'heartbeatResp':
        this.handleHeartbeatResponse(m);
        return;
      default:
        return;
    }
  }

  private handleReadIndex(m: Message): void {
    if (this.log.term(this.log.committed) !== this.term) {
      // Until this leader commits an entry of its term, its commit index may be
      // behind what an earlier leader acknowledged: hold the read.
      this.readsBeforeCommit.push(m);
      return;
    }
    if (this.conf.voters.length === 1 && this.conf.outgoing.length === 0 && this.conf.voters[0] === this.id) {
      this.answerRead({ index: this.log.committed, from: m.from, context: m.context, acks: new Map() });
      return;
    }
    const key = this.readOnly.add(this.log.committed, m.from, m.context);
    this.readOnly.recvAck(this.id, key);
    this.bcastHeartbeat(key);
  }

  private answerRead(r: PendingRead): void {
    if (r.from === this.id) this.readStates.push({ index: r.index, context: r.context });
    else this.send({ ...blank('readIndexResp', this.id, r.from, this.term), index: r.index, context: r.context });
  }

  private handleAppendResponse(m: Message): void {
    const pr = this.prs.get(m.from);
    if (pr === undefined) return;
    pr.recentActive = true;
    if (m.reject) {
      let hint = m.rejectHint;
      if (m.logTerm > 0) hint = this.log.findConflictByTerm(m.rejectHint, m.logTerm);
      if (pr.maybeDecrTo(m.index, hint)) {
        if (pr.state === 'replicate') pr.becomeProbe();
        this.sendAppend(m.from);
      }
      return;
    }
    const wasPaused = pr.isPaused();
    if (!pr.maybeUpdate(m.index)) return;
    if (pr.state === 'probe') pr.becomeReplicate();
    else if (pr.state === 'snapshot' && pr.match >= pr.pendingSnapshot) {
      pr.becomeProbe();
      pr.becomeReplicate();
    } else if (pr.state === 'replicate') pr.inflights.freeLE(m.index);

    if (this.maybeCommit()) this.bcastAppend();
    else if (wasPaused) this.sendAppend(m.from);
    // Pipelining: keep the window full while there is more to send.
    while (this.maybeSendAppend(m.from, false)) { /* send until paused or caught up */ }
    if (m.from === this.leadTransferee && pr.match === this.log.lastIndex()) this.sendTimeoutNow(m.from);
  }

  private handleHeartbeatResponse(m: Message): void {
    const pr = this.prs.get(m.from);
    if (pr === undefined) return;
    pr.recentActive = true;
    pr.probeSent = false;
    // If the whole window was lost in transit, free a slot so replication can resume.
    if (pr.state === 'replicate' && pr.inflights.full()) pr.inflights.freeFirst();
    if (pr.match < this.log.lastIndex()) this.sendAppend(m.from);
    if (m.context === '') return;
    const acks = this.readOnly.recvAck(m.from, m.context);
    if (acks === undefined || jointVote(this.conf, acks) !== 'won') return;
    for (const r of this.readOnly.advance(m.context)) this.answerRead(r);
  }

  private stepCandidate(m: Message): void {
    switch (m.type) {
      case 'prop':
        if (m.from === this.id) throw new RaftError('NO_LEADER', 'no leader: election in progress');
        return;
      case 'readIndex':
        if (m.from === this.id) throw new RaftError('NO_LEADER', 'no leader: election in progress');
        return;
      case 'app':
        this.becomeFollower(m.term, m.from);
        this.handleAppend(m);
        return;
      case 'heartbeat':
        this.becomeFollower(m.term, m.from);
        this.handleHeartbeat(m);
        return;
      case 'snap':
        this.becomeFollower(m.term, m.from);
        this.handleSnapshot(m);
        return;
      case 'voteResp':
      case 'preVoteResp': {
        // Count only answers to the kind of campaign we are running.
        if ((m.type === 'voteResp') !== (this.role === 'candidate')) return;
        const result = this.recordVote(m.from, !m.reject);
        if (result === 'won') {
          if (this.role === 'preCandidate') this.startCampaign('vote', false);
          else {
            this.becomeLeader();
            this.bcastAppend();
          }
        } else if (result === 'lost') {
          this.becomeFollower(this.term, NONE);
        }
        return;
      }
      default:
        return;
    }
  }

  private stepFollower(m: Message): void {
    switch (m.type) {
      case 'prop':
      case 'readIndex':
        if (m.from === this.id && !this.prs.has(this.id)) {
          // Removed, or not yet added: a proposal from here would commit but never be applied here.
          throw new RaftError('NOT_MEMBER', 'this node is not a member of the cluster', this.lead);
        }
        if (this.lead === NONE) {
          if (m.from === this.id) throw new RaftError('NO_LEADER', 'no leader known');
          return;
        }
        this.send({ ...m, to: this.lead, term: 0 });
        return;
      case 'app':
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleAppend(m);
        return;
      case 'heartbeat':
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleHeartbeat(m);
        return;
      case 'snap':
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleSnapshot(m);
        return;
      case 'timeoutNow':
        this.hup(true);
        return;
      case 'readIndexResp':
        if (!m.reject) this.readStates.push({ index: m.index, context: m.context });
        return;
      default:
        return;
    }
  }

  private handleAppend(m: Message): void {
    if (m.index < this.log.committed) {
      this.send({ ...blank('appResp', this.id, m.from, this.term), index: this.log.committed });
      return;
    }
    const lastNew = this.log.maybeAppend(m.index, m.logTerm, m.commit, m.entries);
    if (lastNew !== undefined) {
      this.send({ ...blank('appResp', this.id, m.from, this.term), index: lastNew });
      return;
    }
    // Reject with a hint: the last index at or below the probe whose term is no
    // later than the leader's, so the leader can skip a whole diverging term.
    const hintIndex = this.log.findConflictByTerm(Math.min(m.index, this.log.lastIndex()), m.logTerm);
    this.send({
      ...blank('appResp', this.id, m.from, this.term),
      index: m.index,
      reject: true,
      rejectHint: hintIndex,
      logTerm: this.log.term(hintIndex) ?? 0,
    });
  }

  private handleHeartbeat(m: Message): void {
    this.log.commitTo(Math.min(m.commit, this.log.lastIndex()));
    this.send({ ...blank('heartbeatResp', this.id, m.from, this.term), context: m.context });
  }

  private handleSnapshot(m: Message): void {
    const s = m.snapshot;
    if (s === undefined) return;
    if (this.restore(s)) this.send({ ...blank('appResp', this.id, m.from, this.term), index: this.log.lastIndex() });
    else this.send({ ...blank('appResp', this.id, m.from, this.term), index: this.log.committed });
  }

  private restore(s: Snapshot): boolean {
    if (s.meta.index <= this.log.committed) return false;
    if (this.log.matchTerm(s.meta.index, s.meta.term)) {
      // We already hold the snapshot's last entry: just move commit forward.
      this.log.commitTo(s.meta.index);
      return false;
    }
    this.log.restore(s);
    this.conf = cloneConf(s.meta.conf);
    this.rebuildProgress();
    return true;
  }

  // ---------------------------------------------------------------- leader helpers

  private appendEntries(ents: Entry[]): void {
    let index = this.log.lastIndex();
    const stamped = ents.map((e) => ({ ...e, term: this.term, index: ++index }));
    this.log.append(stamped);
    this.prs.get(this.id)?.maybeUpdate(this.log.lastIndex());
    this.maybeCommit();
  }

  private maybeCommit(): boolean {
    const wasCurrentTerm = this.log.term(this.log.committed) === this.term;
    const idx = committedIndex(this.conf, (id) => this.prs.get(id)?.match ?? 0);
    if (!Number.isFinite(idx)) return false;
    const moved = this.log.maybeCommit(idx, this.term);
    if (moved && !wasCurrentTerm) this.releaseReadsBeforeCommit();
    return moved;
  }

  private releaseReadsBeforeCommit(): void {
    const held = this.readsBeforeCommit;
    this.readsBeforeCommit = [];
    for (const m of held) this.handleReadIndex(m);
  }

  private bcastAppend(): void {
    for (const id of this.prs.keys()) if (id !== this.id) this.sendAppend(id);
  }

  private bcastHeartbeat(context: string): void {
    for (const [id, pr] of this.prs) {
      if (id === this.id) continue;
      // Never tell a follower to commit past what it is known to hold.
      this.send({ ...blank('heartbeat', this.id, id, this.term), commit: Math.min(pr.match, this.log.committed), context });
    }
  }

  private sendAppend(to: NodeId): void {
    this.maybeSendAppend(to, true);
  }

  /** Sends the next append (or a snapshot) to `to` unless its progress is paused. */
  private maybeSendAppend(to: NodeId, sendIfEmpty: boolean): boolean {
    const pr = this.prs.get(to);
    if (pr === undefined || pr.isPaused()) return false;
    const prevIndex = pr.next - 1;
    const prevTerm = this.log.term(prevIndex);
    const ents = this.log.slice(pr.next, this.log.lastIndex() + 1, this.opts.maxSizePerMsg);
    if (prevTerm === undefined || ents === undefined) {
      const snap = this.log.snapshot;
      pr.becomeSnapshot(snap.meta.index);
      this.send({ ...blank('snap', this.id, to, this.term), snapshot: snap });
      return true;
    }
    if (ents.length === 0 && !sendIfEmpty) return false;
    this.send({ ...blank('app', this.id, to, this.term), index: prevIndex, logTerm: prevTerm, entries: ents, commit: this.log.committed });
    if (ents.length > 0 && pr.state === 'replicate') {
      const last = ents[ents.length - 1]!.index;
      pr.next = last + 1;
      pr.inflights.add(last);
    } else if (pr.state === 'probe') {
      pr.probeSent = true;
    }
    return true;
  }

  private sendTimeoutNow(to: NodeId): void {
    this.send(blank('timeoutNow', this.id, to, this.term));
  }

  private send(m: Message): void {
    assert(m.to !== this.id, 'a node never sends to itself');
    this.msgs.push(m);
  }

  private local(type: MessageType, fields: Partial<Message>): Message {
    return { ...blank(type, this.id, this.id, 0), ...fields };
  }
}

function blank(type: MessageType, from: NodeId, to: NodeId, term: number): Message {
  return { type, from, to, term, logTerm: 0, index: 0, entries: [], commit: 0, reject: false, rejectHint: 0, context: '' };
}

function cloneConf(c: ConfState): ConfState {
  return { voters: [...c.voters], outgoing: [...c.outgoing], learners: [...c.learners] };
}

function sameHard(a: HardState, b: HardState): boolean {
  return a.term === b.term && a.vote === b.vote && a.commit === b.commit;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
