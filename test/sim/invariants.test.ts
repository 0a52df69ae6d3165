// The checkers fire: hand-made observations that break each property must be
// reported, so a quiet simulation run means something.

import { describe, expect, it } from 'vitest';
import type { Entry, Message, Ready } from '../../src/raft/index.js';
import { ClientHistory } from './client-history.js';
import { DurableStore, LogView } from './durable-store.js';
import { InvariantViolation, SafetyChecker, type InvariantName } from './invariants.js';
import { EMPTY_APPLIED, encodeText } from './state-machine.js';

function entry(index: number, term: number, data = ''): Entry {
  return { index, term, data: encodeText(data) };
}

function message(fields: Partial<Message> & Pick<Message, 'type' | 'from' | 'to' | 'term'>): Message {
  return { logTerm: 0, index: 0, entries: [], commit: 0, reject: false, rejectHint: 0, context: '', ...fields };
}

function store(term: number, vote: number, commit: number, entries: Entry[] = []): DurableStore {
  return new DurableStore({
    hardState: { term, vote, commit },
    snapshot: { meta: { index: 0, term: 0, conf: { voters: [1, 2, 3], outgoing: [], learners: [] } }, data: new Uint8Array(0) },
    entries,
  });
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
    h.writeInvoked('w1', 1, 100);
    h.writeAcked('w1', 150, 7);
    const before = h.readInvoked('r2', 2, 200, 0);
    c.checkReadIndex(before, 7); // covers the write: fine
    expectViolation('linearizable-read', () => c.checkReadIndex(before, 6));
    // A write acknowledged only after the read began does not bind it.
    const concurrent = h.readInvoked('r3', 2, 210, 0);
    h.writeInvoked('w4', 1, 220);
    h.writeAcked('w4', 230, 9);
    c.checkReadIndex(concurrent, 7);
  });

  it('reports a read whose index is below an entry applied before the read began', () => {
    const c = new SafetyChecker();
    const h = new ClientHistory();
    c.apply(1, c.apply(1, EMPTY_APPLIED, entry(1, 1)), entry(2, 1, 'w1'));
    const r = h.readInvoked('r1', 3, 10, c.appliedIndex);
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
    const full = new LogView(store(3, 3, 3, [entry(1, 1), entry(2, 2), entry(3, 2)]), undefined);
    c.checkLeaderLog(3, 3, full);
    const short = new LogView(store(3, 3, 1, [entry(1, 1), entry(2, 2)]), undefined);
    expectViolation('leader-completeness', () => c.checkLeaderLog(3, 3, short));
    const diverged: Ready = { entries: [entry(3, 3)], messages: [], committedEntries: [], readStates: [] };
    expectViolation('leader-completeness', () => c.checkLeaderLog(3, 4, new LogView(store(3, 3, 1, [entry(1, 1), entry(2, 2)]), diverged)));
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

  it('reports a read answered without a quorum round', () => {
    const c = new SafetyChecker();
    expectViolation('read-quorum', () => c.checkReadQuorum(1, 2, 'r1', [conf3], () => false));
    c.checkReadQuorum(1, 2, 'r1', [conf3], (id) => id === 3);
  });
});
