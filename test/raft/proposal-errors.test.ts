// Proposals the core cannot take are refused at once, with a typed RaftError,
// and leave no trace (no entry, no message).
import { describe, expect, it } from 'vitest';
import { RaftError } from '../../src/raft/index.js';
import { drain, elect, enc, expectRaftError, msg, newRaft, ofType, state } from './helpers.js';
import { Network } from './network.js';

describe('proposal errors', () => {
  it('NO_LEADER: a fresh node that knows no leader refuses at once and sends nothing', () => {
    const r = newRaft(1, state());
    drain(r);
    const err = expectRaftError(() => r.propose(enc('x')), 'NO_LEADER');
    expect(err).toBeInstanceOf(RaftError);
    expect(err.leader).toBe(0);
    const out = drain(r);
    expect(out.messages).toEqual([]);
    expect(out.entries).toEqual([]);
    expect(r.status().lastIndex).toBe(0);
  });

  it('NO_LEADER: a candidate and a pre-candidate refuse too', () => {
    const c = newRaft(1, state());
    c.campaign();
    expect(c.status().role).toBe('candidate');
    expectRaftError(() => c.propose(enc('x')), 'NO_LEADER');
    const p = newRaft(1, state(), { preVote: true });
    p.campaign();
    expect(p.status().role).toBe('preCandidate');
    expectRaftError(() => p.propose(enc('x')), 'NO_LEADER');
  });

  it('NO_LEADER: a node cut off from the majority refuses once its election timeout passes (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.crash(1);
    net.crash(2);
    net.tickUntil(() => net.status(3).leader === 0);
    expectRaftError(() => net.propose(3, 'x'), 'NO_LEADER');
  });

  it('TRANSFERRING: proposals during a leadership transfer throw at once and name the leader (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.isolate(3); // the transfer cannot complete
    net.transfer(1, 3);
    const last = net.status(1).lastIndex;
    expect(expectRaftError(() => net.propose(1, 'x'), 'TRANSFERRING').leader).toBe(1);
    expect(net.status(1).lastIndex).toBe(last);
  });

  it('TOO_MANY_UNCOMMITTED: the leader refuses once the uncommitted bytes reach the limit', () => {
    const r = newRaft(1, state(), { maxUncommittedBytes: 100 });
    elect(r, [2]);
    r.propose(enc('a'.repeat(60))); // the first proposal is always taken
    drain(r);
    const last = r.status().lastIndex;
    expectRaftError(() => r.propose(enc('b'.repeat(60))), 'TOO_MANY_UNCOMMITTED');
    expect(r.status().lastIndex).toBe(last);
    // Once they commit, there is room again.
    r.step(msg('appResp', 2, 1, 1, { index: last }));
    drain(r);
    r.propose(enc('c'.repeat(60)));
    expect(r.status().lastIndex).toBe(last + 1);
  });

  it('a follower that knows the leader forwards the proposal instead of refusing it', () => {
    const r = newRaft(2, state({ term: 1 }));
    r.step(msg('heartbeat', 1, 2, 1));
    drain(r);
    r.propose(enc('fwd'));
    const props = ofType(drain(r).messages, 'prop', 1);
    expect(props).toHaveLength(1);
    expect(props[0]?.entries.map((e) => new TextDecoder().decode(e.data))).toEqual(['fwd']);
  });

  it('a leader takes a proposal and appends it', () => {
    const r = newRaft(1, state());
    elect(r, [2]);
    r.propose(enc('ok'));
    const out = drain(r);
    expect(out.entries.map((e) => new TextDecoder().decode(e.data))).toEqual(['ok']);
  });

  // A node outside the configuration must refuse at once: forwarded, the proposal
  // would commit on the leader but never be applied (or answered) here.
  it('NOT_MEMBER: a removed node refuses proposals (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.proposeConfChange(1, [{ type: 'removeNode', node: 3 }]);
    net.tickUntil(() => net.status(3).conf.voters.length === 2 && net.status(3).conf.outgoing.length === 0);
    expectRaftError(() => net.propose(3, 'from-removed'), 'NOT_MEMBER');
  });

  it('NOT_MEMBER: a node outside the configuration refuses proposals even when it knows the leader', () => {
    const r = newRaft(4, state({ term: 1 })); // configuration {1,2,3}: 4 is not in it
    r.step(msg('heartbeat', 1, 4, 1));
    drain(r);
    expectRaftError(() => r.propose(enc('x')), 'NOT_MEMBER');
  });
});
