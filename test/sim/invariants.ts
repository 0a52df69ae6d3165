// The safety properties the simulator checks while a schedule runs. The
// cluster reports what it observes (roles, every persisted write, every sent
// message, every applied entry, client reads and writes) and each observation
// is checked at once against what was seen before, so a violation is caught in
// the step that causes it. A violation throws InvariantViolation.
//
// "Committed" means applied by some node: the global sequence is what nodes
// apply, and every node's applied entries must be a prefix of it.

import type { ConfState, Entry, HardState, Message, NodeId, Role, SnapshotMeta } from '../../src/raft/index.js';
import type { ReadRecord } from './client-history.js';
import type { ReadyLogView } from './log-view.js';
import { chainHash, EMPTY_APPLIED, entryDigest, type AppliedState } from './applied-prefix.js';

/** What a node's Raft log store holds durably (what a crash would keep). */
export interface DiskView {
  readonly hardState: HardState | undefined;
  lastIndex(): number;
}

export type InvariantName =
  | 'election-safety' // at most one leader per term
  | 'log-matching' // same index and term => same entry and same history before it
  | 'leader-completeness' // a leader holds every entry committed in an earlier term
  | 'state-machine-safety' // every node applies a prefix of one global sequence
  | 'applied-once' // a node applies each index exactly once, in order
  | 'monotonic-commit' // a node's commit index never goes backward
  | 'monotonic-term' // a node's persisted term never goes backward
  | 'one-vote-per-term' // a node never changes its persisted vote within a term
  | 'vote-persisted-before-sent' // a granted vote is durable before it is sent
  | 'term-persisted-before-sent' // a message in term T is sent only once T is durable
  | 'append-persisted-before-ack' // an accepted append is durable before it is acknowledged
  | 'persisted-log' // the Ready's log writes make sense (contiguous, commit within the log)
  | 'snapshot-consistent' // a snapshot's metadata matches the state it carries
  | 'linearizable-read' // a read's index covers every write acknowledged before it began
  | 'linearizable-kv' // the puts and gets clients issued form a linearizable history (Wing & Gong)
  | 'check-quorum-stepdown' // with check-quorum, a leader that has not heard from a quorum for longer than its window has stepped down
  | 'prevote-keeps-term' // a pre-vote request never changes the receiver's term
  | 'node-fatal' // the driver stopped on a persist or apply error
  | 'commit-rule' // a leader commits by counting replicas only an entry of its own term (Raft §5.4.2)
  | 'commit-quorum' // a committed entry is on the disks of a majority of each half of the leader's configuration
  | 'election-quorum' // a leader won votes from a majority of each half of its configuration
  | 'read-quorum' // a leader answers a read only after a majority (of each half) confirmed it since the read arrived
  | 'core-error' // the core threw something other than a documented RaftError
  | 'liveness'; // after healing, a leader is elected and a proposal commits in time

export class InvariantViolation extends Error {
  constructor(readonly invariant: InvariantName, readonly detail: string) {
    super(`${invariant}: ${detail}`);
    this.name = 'InvariantViolation';
  }
}

function violation(invariant: InvariantName, detail: string): never {
  throw new InvariantViolation(invariant, detail);
}

/** The half of `conf` (as text) in which fewer than a majority satisfy `ok`; undefined when both halves have a majority. */
function missingQuorum(conf: ConfState, ok: (id: NodeId) => boolean): string | undefined {
  for (const [name, half] of [['voters', conf.voters], ['outgoing voters', conf.outgoing]] as const) {
    if (half.length === 0) continue;
    const yes = half.filter(ok).length;
    if (yes <= half.length / 2) return `the ${name} ${half.join(',')} (only ${half.filter(ok).join(',') || 'none'})`;
  }
  return undefined;
}

interface LogRecord { digest: string; prevTerm: number | undefined; node: NodeId }

export class SafetyChecker {
  private readonly leaderOfTerm = new Map<number, NodeId>();
  /** Every (index, term) ever persisted on any node: the entry it names and the term before it. */
  private readonly logRecords = new Map<number, LogRecord>();
  /** The global applied sequence, by index (slot 0 is the empty prefix). */
  private readonly seqTerm: number[] = [0];
  private readonly seqDigest: string[] = [''];
  private readonly seqHash: number[] = [EMPTY_APPLIED.hash];
  /** Per index, the term of the committed entry as some core reported it in committedEntries. */
  private readonly committedTerm: number[] = [0];
  /**
   * Per index, an upper bound on the term in which the entry was committed: the
   * lowest term of a node already known to have it committed. Non-decreasing in
   * the index. Every leader of a higher term must hold the entry.
   */
  private readonly commitBound: number[] = [0];
  private readonly statusCommit = new Map<NodeId, { incarnation: number; commit: number }>();
  /** Votes granted, as sent: term -> voter -> candidate. */
  private readonly grants = new Map<number, Map<NodeId, NodeId>>();

  /** The highest index any node has applied. */
  get appliedIndex(): number { return this.seqTerm.length - 1; }

  observeRole(node: NodeId, term: number, role: Role): void {
    if (role !== 'leader') return;
    const other = this.leaderOfTerm.get(term);
    if (other === undefined) this.leaderOfTerm.set(term, node);
    else if (other !== node) violation('election-safety', `n${other} and n${node} are both leader in term ${term}`);
  }

  /** The commit index a node's core reports, within one incarnation (a restart may only resume from the persisted one). */
  observeStatusCommit(node: NodeId, incarnation: number, commit: number): void {
    const prev = this.statusCommit.get(node);
    if (prev && prev.incarnation === incarnation && commit < prev.commit) {
      violation('monotonic-commit', `n${node}'s commit index went from ${prev.commit} back to ${commit}`);
    }
    this.statusCommit.set(node, { incarnation, commit });
  }

  /** A node persisted a new hard state (before -> after). */
  observePersistedHardState(node: NodeId, before: HardState, after: HardState, lastIndex: number): void {
    if (after.term < before.term) violation('monotonic-term', `n${node}'s persisted term went from ${before.term} back to ${after.term}`);
    if (after.commit < before.commit) violation('monotonic-commit', `n${node}'s persisted commit went from ${before.commit} back to ${after.commit}`);
    if (after.term === before.term && before.vote !== 0 && after.vote !== before.vote) {
      violation('one-vote-per-term', `n${node} changed its persisted vote in term ${after.term} from n${before.vote} to n${after.vote}`);
    }
    if (after.commit > lastIndex) violation('persisted-log', `n${node} persisted commit ${after.commit} beyond its persisted log (last index ${lastIndex})`);
  }

  /** Entries a node just persisted; `termBefore(i)` is the term of entry i in that node's log. */
  observePersistedEntries(node: NodeId, entries: readonly Entry[], termBefore: (index: number) => number | undefined): void {
    for (const e of entries) {
      const prevTerm = termBefore(e.index - 1);
      if (prevTerm !== undefined && e.term < prevTerm) {
        violation('persisted-log', `n${node}'s log has term ${e.term} at index ${e.index} after term ${prevTerm}`);
      }
      const key = e.index * 0x10_0000 + e.term;
      const digest = entryDigest(e);
      const seen = this.logRecords.get(key);
      if (!seen) {
        this.logRecords.set(key, { digest, prevTerm, node });
        continue;
      }
      if (seen.digest !== digest) {
        violation('log-matching', `entry ${e.index}/${e.term} is ${JSON.stringify(digest)} on n${node} but ${JSON.stringify(seen.digest)} on n${seen.node}`);
      }
      if (prevTerm !== undefined && seen.prevTerm !== undefined && prevTerm !== seen.prevTerm) {
        violation('log-matching', `entry ${e.index}/${e.term} follows term ${prevTerm} on n${node} but term ${seen.prevTerm} on n${seen.node}`);
      }
      if (seen.prevTerm === undefined && prevTerm !== undefined) seen.prevTerm = prevTerm;
    }
  }

  /** Driver-level checks on a message a node is about to send, against what its disk holds now. */
  observeSend(m: Message, disk: DiskView): void {
    const hs = disk.hardState ?? { term: 0, vote: 0, commit: 0 };
    if (m.type !== 'preVote' && m.type !== 'preVoteResp' && hs.term < m.term) {
      violation('term-persisted-before-sent', `n${m.from} sends ${m.type} in term ${m.term} but its persisted term is ${hs.term}`);
    }
    if (m.type === 'voteResp' && !m.reject) {
      if (!(hs.term > m.term || (hs.term === m.term && hs.vote === m.to))) {
        violation('vote-persisted-before-sent', `n${m.from} grants its term-${m.term} vote to n${m.to} but has persisted term ${hs.term} vote n${hs.vote}`);
      }
      let byVoter = this.grants.get(m.term);
      if (!byVoter) this.grants.set(m.term, byVoter = new Map());
      const earlier = byVoter.get(m.from);
      if (earlier !== undefined && earlier !== m.to) {
        violation('one-vote-per-term', `n${m.from} grants its term-${m.term} vote to n${m.to} after granting it to n${earlier}`);
      }
      byVoter.set(m.from, m.to);
    }
    // An ack from an older term than the one on disk is stale, not premature: the
    // node acknowledged in term T, then a leader of a later term truncated the
    // entries before the Ready went out. That is the same as an ack sent earlier
    // and delayed by the network; the node can no longer act in term T.
    if (m.type === 'appResp' && !m.reject && hs.term <= m.term && disk.lastIndex() < m.index) {
      violation('append-persisted-before-ack', `n${m.from} acknowledges index ${m.index} but its persisted log ends at ${disk.lastIndex()}`);
    }
  }

  /** A node's core reported `commit` as committed while at `term` (so it was committed in `term` or earlier). */
  observeCommit(term: number, commit: number): void {
    const bound = this.commitBound;
    while (bound.length <= commit) bound.push(Infinity);
    for (let i = commit; i > 0 && (bound[i] as number) > term; i--) bound[i] = term;
  }

  /** Entries a node's core handed out as committed (before they are applied). */
  observeCommittedEntries(node: NodeId, entries: readonly Entry[]): void {
    for (const e of entries) {
      const known = this.committedTerm[e.index];
      if (known !== undefined && known !== e.term) {
        violation('state-machine-safety', `n${node} reports ${e.index}/${e.term} committed, but ${e.index}/${known} was committed before`);
      }
      const applied = this.seqTerm[e.index];
      if (applied !== undefined && applied !== e.term) {
        violation('state-machine-safety', `n${node} reports ${e.index}/${e.term} committed, but ${e.index}/${applied} was applied`);
      }
      this.committedTerm[e.index] = e.term;
    }
  }

  /** The log of a node that is leader in `term` must hold every entry committed in an earlier term. */
  checkLeaderLog(node: NodeId, term: number, log: ReadyLogView): void {
    const need = this.lastIndexCommittedBefore(term);
    if (need === 0) return;
    if (log.lastIndex() < need) {
      violation('leader-completeness', `n${node} is leader in term ${term} but its log ends at ${log.lastIndex()}; index ${need} was committed by term ${this.commitBound[need]}`);
    }
    const snapIndex = log.snapshotIndex();
    for (let i = need; i > snapIndex; i--) {
      const want = this.committedTerm[i];
      if (want === undefined) continue;
      const have = log.termAt(i);
      if (have !== want) {
        violation('leader-completeness', `n${node} is leader in term ${term} with ${i}/${have ?? 'none'} but ${i}/${want} was committed by term ${this.commitBound[i]}`);
      }
      return; // by log matching, the newest committed entry it holds vouches for all before it
    }
  }

  /** A node just became leader in `term` under `conf`: a majority of each half must have granted it their vote. */
  checkElection(node: NodeId, term: number, conf: ConfState): void {
    const byVoter = this.grants.get(term);
    const missing = missingQuorum(conf, (id) => id === node || byVoter?.get(id) === node);
    if (missing) violation('election-quorum', `n${node} became leader in term ${term} without the votes of a majority of ${missing}`);
  }

  /**
   * A leader advanced its commit index to `index`, whose entry has `entryTerm`.
   * Only an entry of the leader's own term may be committed by counting, and a
   * majority of each half of its configuration must hold it on disk
   * (`onDisk(id)`; the leader itself counts, its append went out only once written).
   */
  checkCommit(leader: NodeId, term: number, index: number, entryTerm: number, conf: ConfState, onDisk: (id: NodeId) => boolean): void {
    if (entryTerm !== term) {
      violation('commit-rule', `n${leader}, leader in term ${term}, committed index ${index} whose entry is from term ${entryTerm}`);
    }
    const missing = missingQuorum(conf, (id) => id === leader || onDisk(id));
    if (missing) violation('commit-quorum', `n${leader}, leader in term ${term}, committed ${index}/${entryTerm} but it is not on the disks of a majority of ${missing}`);
  }

  /**
   * A leader answers read `context`: a majority of each half must have
   * confirmed its leadership since the read arrived. `confs` are the
   * configurations the leader had meanwhile (the answer came under one of them).
   */
  checkReadQuorum(leader: NodeId, term: number, context: string, confs: readonly ConfState[], confirmedSinceArrival: (id: NodeId) => boolean): void {
    let missing: string | undefined;
    for (const conf of confs) {
      missing = missingQuorum(conf, (id) => id === leader || confirmedSinceArrival(id));
      if (!missing) return;
    }
    if (missing) {
      violation('read-quorum', `n${leader}, leader in term ${term}, answered read ${context} without hearing from a majority of ${missing} since the read arrived`);
    }
  }

  /** A node applies the next committed entry. Returns its new applied state. */
  apply(node: NodeId, state: AppliedState, e: Entry): AppliedState {
    if (e.index !== state.index + 1) {
      violation('applied-once', e.index <= state.index
        ? `n${node} applies index ${e.index} again (already applied up to ${state.index})`
        : `n${node} applies index ${e.index} after ${state.index}, skipping entries`);
    }
    const digest = entryDigest(e);
    const seqLen = this.seqTerm.length;
    if (e.index < seqLen) {
      if (this.seqTerm[e.index] !== e.term || this.seqDigest[e.index] !== digest) {
        violation('state-machine-safety', `n${node} applies ${e.index}/${e.term} ${JSON.stringify(digest)} but ${e.index}/${this.seqTerm[e.index]} ${JSON.stringify(this.seqDigest[e.index])} was applied before`);
      }
    }
    const hash = chainHash(state.hash, e.index, e.term, digest);
    if (e.index === seqLen) {
      const committed = this.committedTerm[e.index];
      if (committed !== undefined && committed !== e.term) {
        violation('state-machine-safety', `n${node} applies ${e.index}/${e.term} but ${e.index}/${committed} was reported committed`);
      }
      this.seqTerm.push(e.term);
      this.seqDigest.push(digest);
      this.seqHash.push(hash);
    }
    return { index: e.index, term: e.term, hash };
  }

  /**
   * A node (re)starts its application state from a snapshot whose data
   * carries the applied prefix `s` (undefined: the data is not a simulated
   * node's snapshot). Returns the state it carries.
   */
  restoreSnapshot(node: NodeId, state: AppliedState | undefined, meta: SnapshotMeta, s: AppliedState | undefined): AppliedState {
    if (!s) violation('snapshot-consistent', `n${node} got a snapshot whose data is not an application state`);
    if (s.index !== meta.index || s.term !== meta.term) {
      violation('snapshot-consistent', `n${node}'s snapshot meta says ${meta.index}/${meta.term} but its data is the state at ${s.index}/${s.term}`);
    }
    if (state && s.index < state.index) {
      violation('applied-once', `n${node} installs a snapshot at ${s.index} after applying up to ${state.index}`);
    }
    if (s.index >= this.seqTerm.length) {
      violation('state-machine-safety', `n${node} installs a snapshot at ${s.index} but no node has applied beyond ${this.seqTerm.length - 1}`);
    }
    if (this.seqHash[s.index] !== s.hash || this.seqTerm[s.index] !== s.term) {
      violation('state-machine-safety', `n${node} installs a snapshot at ${s.index}/${s.term} whose applied prefix differs from the global sequence`);
    }
    return s;
  }

  /** A read got its index: it must cover every write acknowledged, and every entry applied, before it began. */
  checkReadIndex(r: ReadRecord, index: number): void {
    if (index < r.ackedWriteBefore) {
      violation('linearizable-read', `read ${r.id} on n${r.node} got index ${index}, below write ${r.ackedWriteIdBefore} at index ${r.ackedWriteBefore} acknowledged before the read began`);
    }
    if (index < r.appliedBefore) {
      violation('linearizable-read', `read ${r.id} on n${r.node} got index ${index}, below index ${r.appliedBefore} applied before the read began`);
    }
  }

  /**
   * With check-quorum on, a leader steps down once it has gone two election
   * timeouts (its check runs once per timeout) without hearing from a quorum
   * of each half of its configuration. `since`: when it last had such a
   * quorum, counting from its election or its last configuration change.
   */
  checkStepDown(node: NodeId, term: number, now: number, since: number, windowMs: number): void {
    if (now - since > windowMs) {
      violation('check-quorum-stepdown', `n${node} is still leader in term ${term} at t=${now}, but has not heard from a quorum since t=${since} (window ${windowMs})`);
    }
  }

  /** A node received a pre-vote request: its term must be the same after as before. */
  checkPreVoteTerm(node: NodeId, m: Message, before: number, after: number): void {
    if (after !== before) violation('prevote-keeps-term', `n${node}'s term went from ${before} to ${after} on a pre-vote request from n${m.from} for term ${m.term}`);
  }

  /** The highest index committed in a term below `term` (0 if none). */
  private lastIndexCommittedBefore(term: number): number {
    const bound = this.commitBound;
    let lo = 0;
    let hi = bound.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((bound[mid] as number) < term) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
