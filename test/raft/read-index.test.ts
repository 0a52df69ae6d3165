// ReadIndex: a leader answers a linearizable read only after a heartbeat round
// acknowledged by a quorum, and only once it has committed an entry of its term.
import { describe, expect, it } from 'vitest';
import type { Message, NodeId, Raft } from '../../src/raft/index.js';
import {
  ack, answerHeartbeats, conf, dec, drain, elect, enc, expectRaftError, newRaft, ofType, state,
} from './helpers.js';
import { Network } from './network.js';

/** Leader 1 of `voters` at term 1 whose no-op (index 1) is committed. */
function leader(voters: NodeId[] = [1, 2, 3]): Raft {
  const r = newRaft(1, state({ conf: conf(voters) }));
  elect(r, voters.filter((v) => v !== 1));
  for (const v of voters.filter((x) => x !== 1).slice(0, Math.floor(voters.length / 2))) ack(r, v, 1);
  drain(r);
  expect(r.status().commit).toBe(1);
  return r;
}

describe('read index on the leader', () => {
  it('a delayed duplicate ack of an earlier round never confirms a later read (sim seed 19168)', () => {
    const r = leader();
    const fwd = (context: string): Message => ({ type: 'readIndex', from: 3, to: 1, term: 0, logTerm: 0, index: 0, entries: [], commit: 0, reject: false, rejectHint: 0, context });
    r.step(fwd('r6'));
    const round1 = ofType(drain(r).messages, 'heartbeat', 3)[0]!;
    const staleAck: Message = { ...round1, type: 'heartbeatResp', from: 3, to: 1 }; // kept, as a network would duplicate it
    r.step(staleAck);
    expect(ofType(drain(r).messages, 'readIndexResp', 3).map((m) => m.context)).toEqual(['r6']);
    r.step(fwd('r6')); // a late copy of the request re-opens a round
    r.step(fwd('r8'));
    drain(r);
    r.step(staleAck); // the copy of the first ack arrives now
    expect(ofType(drain(r).messages, 'readIndexResp', 3)).toEqual([]);
  });

  it('bug 4: the leader answers a read only after a quorum acknowledges a heartbeat round', () => {
    const r = leader();
    r.readIndex('a');
    const out = drain(r);
    expect(out.readStates).toEqual([]); // not before the round
    const hbs = ofType(out.messages, 'heartbeat');
    expect(hbs.map((m) => m.to).sort()).toEqual([2, 3]);
    for (const hb of hbs) expect(hb.context).not.toBe('');
    answerHeartbeats(r, 2, out.messages);
    expect(drain(r).readStates).toEqual([{ index: 1, context: 'a' }]);
  });

  it('bug 4: with five voters one acknowledgement is not enough, two are', () => {
    const r = leader([1, 2, 3, 4, 5]);
    r.readIndex('a');
    const out = drain(r);
    expect(out.readStates).toEqual([]);
    answerHeartbeats(r, 2, out.messages);
    expect(drain(r).readStates).toEqual([]);
    answerHeartbeats(r, 2, out.messages); // the same node again does not count twice
    expect(drain(r).readStates).toEqual([]);
    answerHeartbeats(r, 3, out.messages);
    expect(drain(r).readStates).toEqual([{ index: 1, context: 'a' }]);
  });

  it('bug 4: acknowledgements of a heartbeat round that started before the read do not confirm it', () => {
    const r = leader();
    r.tick(); // a plain heartbeat round, no read pending
    const before = drain(r);
    expect(ofType(before.messages, 'heartbeat')).toHaveLength(2);
    r.readIndex('a');
    const out = drain(r);
    answerHeartbeats(r, 2, before.messages);
    answerHeartbeats(r, 3, before.messages);
    expect(drain(r).readStates).toEqual([]);
    answerHeartbeats(r, 2, out.messages);
    expect(drain(r).readStates).toEqual([{ index: 1, context: 'a' }]);
  });

  it('bug 4: an isolated leader does not answer reads (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.propose(1, 'x');
    net.isolate(1);
    net.read(1, 'r1');
    net.tickAll(3);
    expect(net.readStates(1)).toEqual([]);
  });

  it('bug 4: a leader that reaches only a minority does not answer reads (script)', () => {
    const net = new Network([1, 2, 3, 4, 5]);
    net.campaign(1);
    for (const b of [3, 4, 5]) net.cut(1, b); // 1 still hears from 2: two of five
    net.read(1, 'r1');
    net.tick(1, 3);
    expect(net.role(1)).toBe('leader');
    expect(net.readStates(1)).toEqual([]);
    net.heal();
    net.read(1, 'r2');
    expect(net.readStates(1).map((s) => s.context)).toContain('r2');
  });

  it('the read index is the commit index when the read arrived', () => {
    const r = leader();
    r.propose(enc('x'));
    drain(r);
    ack(r, 2, 2);
    drain(r);
    expect(r.status().commit).toBe(2);
    r.readIndex('a');
    const out = drain(r);
    answerHeartbeats(r, 3, out.messages);
    expect(drain(r).readStates).toEqual([{ index: 2, context: 'a' }]);
  });

  it('many pending reads are all confirmed by one later heartbeat round', () => {
    const r = leader([1, 2, 3, 4, 5]);
    for (const ctx of ['a', 'b', 'c']) r.readIndex(ctx);
    drain(r);
    expect(r.status().role).toBe('leader');
    // The next periodic heartbeat round confirms every read pending before it.
    r.tick();
    const round = ofType(drain(r).messages, 'heartbeat');
    expect(round.filter((m) => m.to === 2)).toHaveLength(1);
    for (const from of [2, 3]) answerHeartbeats(r, from, round);
    expect(drain(r).readStates.map((s) => s.context)).toEqual(['a', 'b', 'c']);
  });

  it('a new leader holds reads until it has committed an entry of its own term', () => {
    const r = newRaft(1, state({ term: 1, log: [1, 1], commit: 2 }));
    const elected = elect(r, [2]); // term 2, no-op at 3 not yet acknowledged
    expect(r.status().commit).toBe(2);
    r.readIndex('early');
    const out = drain(r);
    for (const from of [2, 3]) {
      answerHeartbeats(r, from, out.messages);
      answerHeartbeats(r, from, elected.messages);
    }
    r.tick();
    const tick = drain(r);
    for (const from of [2, 3]) answerHeartbeats(r, from, tick.messages);
    expect(drain(r).readStates).toEqual([]);
    // The no-op commits: the held read now gets its own heartbeat round ...
    ack(r, 2, 3);
    const released = drain(r);
    expect(r.status().commit).toBe(3);
    expect(released.readStates).toEqual([]);
    // ... and is answered once a quorum acknowledges it, at an index covering the no-op.
    answerHeartbeats(r, 2, released.messages);
    expect(drain(r).readStates).toEqual([{ index: 3, context: 'early' }]);
  });

  it('a single-voter leader answers at once (it is its own quorum)', () => {
    const r = newRaft(1, state({ conf: conf([1]) }));
    elect(r, []);
    r.readIndex('solo');
    const out = drain(r);
    expect(out.readStates).toEqual([{ index: 1, context: 'solo' }]);
  });

  it('a node without a leader refuses a read with NO_LEADER', () => {
    const r = newRaft(1, state());
    expectRaftError(() => r.readIndex('x'), 'NO_LEADER');
    r.campaign(); // a candidate knows no leader either
    expectRaftError(() => r.readIndex('x'), 'NO_LEADER');
  });
});

describe('read index through a follower', () => {
  it('a follower forwards the read; the leader answers after its round; the follower gets the ReadState', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.propose(1, 'x');
    net.read(2, 'f1');
    const fwd = net.sentWhere((m: Message) => m.type === 'readIndex' && m.from === 2);
    expect(fwd).toHaveLength(1);
    expect(fwd[0]?.to).toBe(1);
    expect(net.sentWhere((m) => m.type === 'readIndexResp' && m.to === 2 && m.context === 'f1')).toHaveLength(1);
    expect(net.readStates(2)).toEqual([{ index: net.status(1).commit, context: 'f1' }]);
    expect(net.readStates(1)).toEqual([]);
  });

  it('a read on a follower cut off from the leader gets no answer (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.cut(1, 2);
    net.read(2, 'f1');
    expect(net.readStates(2)).toEqual([]);
  });

  it('reads are linearizable across a leader change (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.propose(1, 'x');
    net.isolate(1);
    const leader = net.tickUntilLeader([2, 3]);
    net.propose(leader, 'y');
    net.read(leader, 'after-y');
    const [rs] = net.readStates(leader);
    expect(rs?.context).toBe('after-y');
    // The read index covers 'y': once applied to it, the read sees 'y'.
    const y = net.log(leader).find((e) => dec(e.data) === 'y');
    expect(y).toBeDefined();
    expect(rs?.index).toBeGreaterThanOrEqual(y?.index ?? Infinity);
  });
});
