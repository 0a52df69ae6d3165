// The checkers fire: hand-made observations that break each property must be
// reported, so a quiet simulation run means something.

import { describe, expect, it } from 'vitest';
import type { Entry, Message, Ready } from '../../src/raft/index.js';
import type { LogView } from '../../src/server/memory-raft-log-store.js';
import { EMPTY_APPLIED } from './applied-prefix.js';
import { ClientHistory } from './client-history.js';
import { InvariantViolation, SafetyChecker, type InvariantName } from './invariants.js';
import { linearizabilityViolation } from './kv-client.js';
import { ReadyLogView } from './log-view.js';

function entry(index: number, term: number, data = ''): Entry {
  return { index, term, data: new TextEncoder().encode(data) };
}

function message(fields: Partial<Message> & Pick<Message, 'type' | 'from' | 'to' | 'term'>): Message {
  return { logTerm: 0, index: 0, entries: [], commit: 0, reject: false, rejectHint: 0, context: '', ...fields };
}

/** A log store's contents: the bootstrap snapshot at 0, then `entries`. */
function store(term: number, vote: number, commit: number, entries: Entry[] = []): LogView {
  return {
    hardState: { term, vote, commit },
    snapshot: { index: 0, term: 0, conf: { voters: [1, 2, 3], outgoing: [], learners: [] } },
    lastIndex: () => entries[entries.length - 1]?.index ?? 0,
    termAt: (i) => (i === 0 ? 0 : entries[i - 1]?.term),
  };
}

function expectViolation(invariant: InvariantName, f: () => void): void {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvariantViolation);
    expect((e as InvariantViolation).invariant).toBe(invariant);
    return;
  }
  expect.fail(`expected a ${invariant} violation`);
}

const conf3 = { voters: [1, 2, 3], outgoing: [], learners: [] };

describe('safety checker', () => {
  it('reports two leaders in one term', () => {
    const c = new SafetyChecker();
    c.observeRole(1, 5, 'leader');
    c.observeRole(1, 5, 'leader'); // the same leader again is fine
    c.observeRole(2, 6, 'leader'); // another term is fine
    expectViolation('election-safety', () => c.observeRole(2, 5, 'leader'));
  });

  it('reports a read whose index is below a write acknowledged before the read began', () => {
    const c = new SafetyChecker();
    const h = new ClientHistory();
    const w1 = h.writeInvoked(1, 'a', 100, 1);
    h.writeAcked(w1.id, 150, 2, 7);
    const before = h.readInvoked(2, 'a', 200, 3, 0);
    c.checkReadIndex(before, 7); // covers the write: fine
    expectViolation('linearizable-read', () => c.checkReadIndex(before, 6));
    // A write acknowledged only after the read began does not bind it.
    const concurrent = h.readInvoked(2, 'a', 210, 4, 0);
    const w4 = h.writeInvoked(1, 'a', 220, 5);
    h.writeAcked(w4.id, 230, 6, 9);
    c.checkReadIndex(concurrent, 7);
  });

  it('reports a read whose index is below an entry applied before the read began', () => {
    const c = new SafetyChecker();
    const h = new ClientHistory();
    c.apply(1, c.apply(1, EMPTY_APPLIED, entry(1, 1)), entry(2, 1, 'w1'));
    const r = h.readInvoked(3, 'a', 10, 1, c.appliedIndex);
    expectViolation('linearizable-read', () => c.checkReadIndex(r, 1));
  });

  it('reports nodes applying different entries at one index, and an index applied twice', () => {
    const c = new SafetyChecker();
    const a = c.apply(1, EMPTY_APPLIED, entry(1, 1, 'x'));
    expectViolation('state-machine-safety', () => c.apply(2, EMPTY_APPLIED, entry(1, 1, 'y')));
    expectViolation('state-machine-safety', () => c.apply(2, EMPTY_APPLIED, entry(1, 2, 'x')));
    expectViolation('applied-once', () => c.apply(1, a, entry(1, 1, 'x')));
    expectViolation('applied-once', () => c.apply(1, a, entry(3, 1, 'z')));
  });

  it('reports logs that agree on an index and term but not on the entry or what precedes it', () => {
    const c = new SafetyChecker();
    const terms = new Map([[1, 1], [2, 1]]);
    c.observePersistedEntries(1, [entry(1, 1, 'a'), entry(2, 1, 'b')], (i) => terms.get(i));
    expectViolation('log-matching', () => c.observePersistedEntries(2, [entry(2, 1, 'c')], () => 1));
    expectViolation('log-matching', () => c.observePersistedEntries(3, [entry(2, 1, 'b')], () => 0));
  });

  it('reports a granted vote sent before it is on disk, and a second vote in one term', () => {
    const c = new SafetyChecker();
    const grant = message({ type: 'voteResp', from: 2, to: 1, term: 3 });
    c.observeSend(grant, store(3, 1, 0)); // persisted first: fine
    expectViolation('vote-persisted-before-sent', () => c.observeSend(grant, store(3, 0, 0)));
    expectViolation('one-vote-per-term', () => c.observeSend({ ...grant, to: 3 }, store(3, 3, 0)));
  });

  it('reports an append acknowledged before it is on disk', () => {
    const c = new SafetyChecker();
    const ack = message({ type: 'appResp', from: 2, to: 1, term: 1, index: 2 });
    c.observeSend(ack, store(1, 0, 0, [entry(1, 1), entry(2, 1)]));
    expectViolation('append-persisted-before-ack', () => c.observeSend(ack, store(1, 0, 0, [entry(1, 1)])));
  });

  it('reports a persisted term or commit index that goes backward', () => {
    const c = new SafetyChecker();
    expectViolation('monotonic-term', () => c.observePersistedHardState(1, { term: 3, vote: 0, commit: 0 }, { term: 2, vote: 0, commit: 0 }, 0));
    expectViolation('monotonic-commit', () => c.observePersistedHardState(1, { term: 3, vote: 0, commit: 4 }, { term: 3, vote: 0, commit: 3 }, 9));
    c.observeStatusCommit(1, 1, 5);
    expectViolation('monotonic-commit', () => c.observeStatusCommit(1, 1, 4));
    c.observeStatusCommit(1, 2, 4); // a restart resumes from what was persisted
  });

  it('reports a leader missing an entry committed in an earlier term', () => {
    const c = new SafetyChecker();
    c.observeCommit(2, 3);
    c.observeCommittedEntries(1, [entry(1, 1), entry(2, 2), entry(3, 2)]);
    const full = new ReadyLogView(store(3, 3, 3, [entry(1, 1), entry(2, 2), entry(3, 2)]), undefined);
    c.checkLeaderLog(3, 3, full);
    const short = new ReadyLogView(store(3, 3, 1, [entry(1, 1), entry(2, 2)]), undefined);
    expectViolation('leader-completeness', () => c.checkLeaderLog(3, 3, short));
    const diverged: Ready = { entries: [entry(3, 3)], messages: [], committedEntries: [], readStates: [] };
    expectViolation('leader-completeness', () => c.checkLeaderLog(3, 4, new ReadyLogView(store(3, 3, 1, [entry(1, 1), entry(2, 2)]), diverged)));
  });

  it('reports a commit by counting replicas of an older term, or without a majority of each joint half', () => {
    const c = new SafetyChecker();
    expectViolation('commit-rule', () => c.checkCommit(1, 4, 7, 3, conf3, () => true));
    c.checkCommit(1, 4, 7, 4, conf3, (id) => id === 2);
    expectViolation('commit-quorum', () => c.checkCommit(1, 4, 7, 4, conf3, () => false));
    const joint = { voters: [1, 4, 5], outgoing: [1, 2, 3], learners: [] };
    expectViolation('commit-quorum', () => c.checkCommit(1, 4, 7, 4, joint, (id) => id === 4));
  });

  it('reports an election won without a majority of each joint half', () => {
    const c = new SafetyChecker();
    c.observeSend(message({ type: 'voteResp', from: 4, to: 1, term: 6 }), store(6, 1, 0));
    const joint = { voters: [1, 4, 5], outgoing: [1, 2, 3], learners: [] };
    expectViolation('election-quorum', () => c.checkElection(1, 6, joint));
    c.observeSend(message({ type: 'voteResp', from: 2, to: 1, term: 6 }), store(6, 1, 0));
    c.checkElection(1, 6, joint);
  });

  it('reports a leader with check-quorum that stays leader past its window without a quorum', () => {
    const c = new SafetyChecker();
    c.checkStepDown(1, 2, 3000, 1000, 2100);
    expectViolation('check-quorum-stepdown', () => c.checkStepDown(1, 2, 3200, 1000, 2100));
  });

  it('reports a pre-vote request that changes the receiver\'s term', () => {
    const c = new SafetyChecker();
    const pre = message({ type: 'preVote', from: 2, to: 1, term: 5 });
    c.checkPreVoteTerm(1, pre, 4, 4);
    expectViolation('prevote-keeps-term', () => c.checkPreVoteTerm(1, pre, 4, 5));
  });

  it('reports puts and gets that are not linearizable, and accepts ones that are', () => {
    const h = new ClientHistory();
    const w = h.writeInvoked(1, 'a', 0, 1);
    h.writeAcked(w.id, 0, 2, 3);
    const fresh = h.readInvoked(2, 'a', 0, 3, 0);
    h.readCompleted(fresh.id, 0, 4, w.value);
    expect(linearizabilityViolation(h)).toBeUndefined();
    // A read that starts after the write was acknowledged, yet does not see it.
    const stale = h.readInvoked(2, 'a', 0, 5, 0);
    h.readCompleted(stale.id, 0, 6, null);
    expect(linearizabilityViolation(h)).toMatch(/key a .*not linearizable/);
  });

  it('reports a read answered without a quorum round', () => {
    const c = new SafetyChecker();
    expectViolation('read-quorum', () => c.checkReadQuorum(1, 2, 'r1', [conf3], () => false));
    c.checkReadQuorum(1, 2, 'r1', [conf3], (id) => id === 3);
  });
});
