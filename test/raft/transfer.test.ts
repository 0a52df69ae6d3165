// Leadership transfer: timeoutNow once the target is caught up, a transfer
// campaign overrides the leader lease, abort after an election timeout.
import { describe, expect, it } from 'vitest';
import { ELECTION, ack, drain, elect, enc, expectRaftError, msg, newRaft, ofType, state } from './helpers.js';
import { Network } from './network.js';

describe('leadership transfer', () => {
  it('to an up-to-date follower: timeoutNow at once, the target wins despite the lease (script)', () => {
    const net = new Network([1, 2, 3]); // pre-vote and check-quorum on
    net.campaign(1);
    net.propose(1, 'x');
    const { term } = net.status(1);
    net.transfer(1, 2);
    expect(net.sentWhere((m) => m.type === 'timeoutNow')).toHaveLength(1);
    expect(net.leader()).toBe(2);
    expect(net.status(2).term).toBe(term + 1);
    // 3 heard from leader 1 a moment ago; only the transfer context made it vote.
    const votes = net.sentWhere((m) => m.type === 'vote' && m.from === 2);
    expect(votes.length).toBeGreaterThan(0);
    for (const v of votes) expect(v.context).toBe('transfer');
    expect(net.status(1)).toMatchObject({ role: 'follower', leader: 2 });
    net.propose(2, 'y');
    net.tickUntilCommitted([1, 2, 3], 'y');
  });

  it('to a lagging follower: the leader catches it up first, then sends timeoutNow (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.isolate(3);
    for (const x of ['a', 'b']) net.propose(1, x);
    net.heal();
    const last = net.status(1).lastIndex;
    net.transfer(1, 3);
    net.tickUntil(() => net.leader() === 3, ELECTION - 1);
    const timeoutAt = net.sent.findIndex((m) => m.type === 'timeoutNow');
    const caughtUpAt = net.sent.findIndex((m) => m.type === 'appResp' && m.from === 3 && !m.reject && m.index >= last);
    expect(caughtUpAt).toBeGreaterThanOrEqual(0);
    expect(timeoutAt).toBeGreaterThan(caughtUpAt);
    expect(net.committed(3)).toEqual(['a', 'b']);
  });

  it('aborts after an election timeout if the target never catches up; proposals resume (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.isolate(3);
    net.transfer(1, 3);
    expect(net.status(1).leadTransferee).toBe(3);
    expectRaftError(() => net.propose(1, 'during'), 'TRANSFERRING');
    net.tick(1, ELECTION);
    expect(net.status(1)).toMatchObject({ role: 'leader', leadTransferee: 0 });
    net.propose(1, 'after');
    net.tickUntilCommitted([1, 2], 'after');
  });

  it('the leader sends timeoutNow as soon as the target acknowledges the last entry', () => {
    const r = newRaft(1, state());
    elect(r, [2]);
    ack(r, 2, 1);
    drain(r);
    r.transferLeader(3); // 3 has acknowledged nothing yet
    const first = drain(r);
    expect(ofType(first.messages, 'timeoutNow')).toHaveLength(0);
    ack(r, 3, 1);
    const out = drain(r);
    expect(ofType(out.messages, 'timeoutNow', 3)).toHaveLength(1);
  });

  it('a follower receiving timeoutNow campaigns at once, skipping pre-vote, with the transfer context', () => {
    const r = newRaft(2, state({ term: 1, log: [1] }), { preVote: true, checkQuorum: true });
    r.step(msg('heartbeat', 1, 2, 1));
    drain(r);
    r.step(msg('timeoutNow', 1, 2, 1));
    const out = drain(r);
    expect(r.status()).toMatchObject({ role: 'candidate', term: 2, vote: 2 });
    const votes = ofType(out.messages, 'vote');
    expect(votes).toHaveLength(2);
    for (const v of votes) expect(v).toMatchObject({ term: 2, context: 'transfer' });
  });

  it('refuses bad targets with INVALID_TRANSFEREE and followers with NOT_LEADER', () => {
    const r = newRaft(1, state({ conf: { voters: [1, 2, 3], outgoing: [], learners: [4] } }));
    elect(r, [2]);
    expectRaftError(() => r.transferLeader(1), 'INVALID_TRANSFEREE'); // itself
    expectRaftError(() => r.transferLeader(4), 'INVALID_TRANSFEREE'); // a learner
    expectRaftError(() => r.transferLeader(9), 'INVALID_TRANSFEREE'); // not a member
    const f = newRaft(2, state({ term: 1 }));
    f.step(msg('heartbeat', 1, 2, 1));
    expect(expectRaftError(() => f.transferLeader(3), 'NOT_LEADER').leader).toBe(1);
  });

  it('proposals during a transfer throw TRANSFERRING at once and append nothing', () => {
    const r = newRaft(1, state());
    elect(r, [2]);
    drain(r);
    r.transferLeader(3);
    drain(r);
    const last = r.status().lastIndex;
    const err = expectRaftError(() => r.propose(enc('x')), 'TRANSFERRING');
    expect(err.leader).toBe(1);
    expect(r.status().lastIndex).toBe(last);
  });
});
