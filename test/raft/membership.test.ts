// Membership: joint-consensus quorum counting (commit and elections), learners,
// promotion, removal (of the leader too), one change at a time.
import { describe, expect, it } from 'vitest';
import type { ConfChangeSingle, ConfState, NodeId } from '../../src/raft/index.js';
import {
  ack, conf, drain, elect, expectRaftError, msg, newRaft, ofType, sortedConf, state,
} from './helpers.js';
import { Network, confOf } from './network.js';

function members(c: ConfState): NodeId[] {
  return [...new Set([...c.voters, ...c.outgoing])].sort((a, b) => a - b);
}

const joint = (voters: NodeId[], outgoing: NodeId[], learners: NodeId[] = []): ConfState => conf(voters, outgoing, learners);

// Node 1 leads (or campaigns) in each configuration; `acks` are the other nodes
// that hold the entry (or grant the vote). The leader counts itself wherever it is a voter.
const quorumCases: Array<{ name: string; c: ConfState; acks: NodeId[]; ok: boolean }> = [
  // Replacing 2,3 by 4,5 (incoming {1,2,3}, outgoing {1,4,5}).
  { name: 'nobody else', c: joint([1, 2, 3], [1, 4, 5]), acks: [], ok: false },
  { name: 'incoming majority only', c: joint([1, 2, 3], [1, 4, 5]), acks: [2, 3], ok: false },
  { name: 'outgoing majority only', c: joint([1, 2, 3], [1, 4, 5]), acks: [4, 5], ok: false },
  { name: 'one of each half', c: joint([1, 2, 3], [1, 4, 5]), acks: [2, 4], ok: true },
  { name: 'one of each half (other pair)', c: joint([1, 2, 3], [1, 4, 5]), acks: [3, 5], ok: true },
  // Adding 4 to {1,2,3}.
  { name: 'adding 4: only the new node', c: joint([1, 2, 3, 4], [1, 2, 3]), acks: [4], ok: false },
  { name: 'adding 4: one old node (2 of 4 incoming)', c: joint([1, 2, 3, 4], [1, 2, 3]), acks: [2], ok: false },
  { name: 'adding 4: an old node and the new one', c: joint([1, 2, 3, 4], [1, 2, 3]), acks: [2, 4], ok: true },
  { name: 'adding 4: two old nodes', c: joint([1, 2, 3, 4], [1, 2, 3]), acks: [2, 3], ok: true },
  // Adding 3 to {1,2}.
  { name: 'adding 3 to {1,2}: only the new node', c: joint([1, 2, 3], [1, 2]), acks: [3], ok: false },
  { name: 'adding 3 to {1,2}: the old peer', c: joint([1, 2, 3], [1, 2]), acks: [2], ok: true },
  // Removing the leader 1 from {1,2,3}: it counts in the outgoing half only.
  { name: 'removing leader 1: one incoming voter', c: joint([2, 3], [1, 2, 3]), acks: [2], ok: false },
  { name: 'removing leader 1: both incoming voters', c: joint([2, 3], [1, 2, 3]), acks: [2, 3], ok: true },
  // Replacing every voter.
  { name: 'replace all: old majority only', c: joint([4, 5, 6], [1, 2, 3]), acks: [2, 3], ok: false },
  { name: 'replace all: new majority only', c: joint([4, 5, 6], [1, 2, 3]), acks: [4, 5], ok: false },
  { name: 'replace all: both majorities', c: joint([4, 5, 6], [1, 2, 3]), acks: [2, 4, 5], ok: true },
  // Not joint, with a learner: learners never count.
  { name: 'learner only', c: conf([1, 2, 3], [], [4]), acks: [4], ok: false },
  { name: 'a voter', c: conf([1, 2, 3], [], [4]), acks: [2], ok: true },
  { name: 'five voters, two acks', c: conf([1, 2, 3, 4, 5]), acks: [2], ok: false },
  { name: 'five voters, three acks', c: conf([1, 2, 3, 4, 5]), acks: [2, 3], ok: true },
];

describe('joint quorum counting', () => {
  it.each(quorumCases)('commit: $name ($c.voters | $c.outgoing, acks $acks) -> committed=$ok', ({ c, acks, ok }) => {
    const r = newRaft(1, state({ conf: c }));
    elect(r, members(c).filter((id) => id !== 1));
    expect(r.status().commit).toBe(0);
    for (const from of acks) ack(r, from, 1); // the leader's no-op
    drain(r);
    expect(r.status().commit >= 1).toBe(ok);
  });

  it.each(quorumCases)('election: $name ($c.voters | $c.outgoing, grants $acks) -> leader=$ok', ({ c, acks, ok }) => {
    const r = newRaft(1, state({ conf: c }));
    r.campaign();
    const out = drain(r);
    // Vote requests go to every voter of both halves, never to learners.
    expect(ofType(out.messages, 'vote').map((m) => m.to).sort((a, b) => a - b)).toEqual(members(c).filter((id) => id !== 1));
    for (const from of acks) r.step(msg('voteResp', from, 1, 1));
    expect(r.status().role === 'leader').toBe(ok);
  });

  it('bug 5: while joint, a majority of the incoming voters alone does not commit', () => {
    // Leader 1 in {1,2,3} replacing {1,4,5}: nodes 2 and 3 (new) hold the entry, 4 and 5 (old) do not.
    const r = newRaft(1, state({ conf: joint([1, 2, 3], [1, 4, 5]) }));
    elect(r, [2, 3, 4, 5]);
    ack(r, 2, 1);
    ack(r, 3, 1);
    drain(r);
    expect(r.status().commit).toBe(0);
    ack(r, 4, 1);
    drain(r);
    expect(r.status().commit).toBe(1);
  });

  it('bug 5: while joint, a majority of the incoming voters alone does not elect', () => {
    const r = newRaft(1, state({ conf: joint([1, 2, 3], [1, 4, 5]) }));
    r.campaign();
    r.step(msg('voteResp', 2, 1, 1));
    r.step(msg('voteResp', 3, 1, 1));
    expect(r.status().role).toBe('candidate');
    r.step(msg('voteResp', 4, 1, 1));
    expect(r.status().role).toBe('leader');
  });

  it('bug 5: while joint, the leader and the new nodes (an incoming majority) cannot commit alone (script)', () => {
    // {1,2,3} -> {1,2,3,4,5}. Nodes 2 and 3 never receive anything from the leave-joint
    // entry on: only 1, 4, 5 hold it and what follows, a majority of the incoming
    // voters but not of the outgoing ones {1,2,3}.
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.join(4);
    net.join(5);
    net.dropIf((m) => m.type === 'app' && (m.to === 2 || m.to === 3)
      && m.entries.some((e) => e.conf !== undefined && e.conf.outgoing.length === 0));
    net.proposeConfChange(1, [{ type: 'addVoter', node: 4 }, { type: 'addVoter', node: 5 }]);
    expect(confOf(net, 1)).toEqual({ voters: [1, 2, 3, 4, 5], outgoing: [1, 2, 3], learners: [] });
    net.propose(1, 'x');
    net.tickAll(3);
    expect(net.logTerms(4)).toEqual(net.logTerms(1)); // 4 and 5 hold everything ...
    expect(net.committed(1)).not.toContain('x'); // ... and still nothing past the joint entry commits
    expect(confOf(net, 1).outgoing).toEqual([1, 2, 3]);
    net.heal();
    net.tickUntilCommitted([1, 2, 3, 4, 5], 'x');
    expect(confOf(net, 1)).toEqual({ voters: [1, 2, 3, 4, 5], outgoing: [], learners: [] });
  });
});

describe('configuration changes', () => {
  it('a change goes through joint consensus and takes effect when its entry is applied (at advance)', () => {
    const r = newRaft(1, state());
    elect(r, [2]);
    ack(r, 2, 1);
    drain(r);
    r.proposeConfChange([{ type: 'addVoter', node: 4 }]);
    const out = drain(r);
    expect(out.entries).toHaveLength(1);
    expect(sortedConf(out.entries[0]?.conf ?? conf([]))).toEqual(conf([1, 2, 3, 4], [1, 2, 3]));
    expect(sortedConf(r.status().conf)).toEqual(conf([1, 2, 3])); // appended, not applied
    ack(r, 2, 2);
    const rd = r.ready();
    expect(rd.committedEntries.map((e) => e.index)).toContain(2);
    expect(sortedConf(r.status().conf)).toEqual(conf([1, 2, 3])); // committed, not yet applied
    r.advance();
    expect(sortedConf(r.status().conf)).toEqual(conf([1, 2, 3, 4], [1, 2, 3]));
    // Applied on the leader: it appends the leave-joint entry by itself.
    const leave = drain(r);
    const leaveEntry = leave.entries.find((e) => e.conf !== undefined);
    expect(leaveEntry?.index).toBe(3);
    expect(sortedConf(leaveEntry?.conf ?? conf([]))).toEqual(conf([1, 2, 3, 4]));
    ack(r, 2, 3);
    ack(r, 3, 3);
    drain(r);
    expect(sortedConf(r.status().conf)).toEqual(conf([1, 2, 3, 4]));
  });

  it('add a learner: it receives the log, but never counts and never campaigns (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.propose(1, 'a');
    net.join(4);
    net.proposeConfChange(1, [{ type: 'addLearner', node: 4 }]);
    net.tickUntilCommitted([4], 'a');
    expect(confOf(net, 1)).toEqual({ voters: [1, 2, 3], outgoing: [], learners: [4] });
    expect(confOf(net, 4)).toEqual({ voters: [1, 2, 3], outgoing: [], learners: [4] });
    // With 2 and 3 down, the learner's acknowledgement does not make a quorum.
    net.crash(2);
    net.crash(3);
    net.propose(1, 'b');
    net.tickAll(3);
    expect(net.logTerms(4)).toEqual(net.logTerms(1)); // the learner stores it ...
    expect(net.committed(1)).not.toContain('b'); // ... but it is not committed
    // With the leader down too, the learner never campaigns.
    net.crash(1);
    const sentBefore = net.sent.length;
    net.tick(4, 100);
    expect(net.role(4)).toBe('follower');
    expect(net.sent.slice(sentBefore).filter((m) => m.from === 4)).toEqual([]);
  });

  it('promote a learner to voter (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.join(4);
    net.proposeConfChange(1, [{ type: 'addLearner', node: 4 }]);
    net.proposeConfChange(1, [{ type: 'addVoter', node: 4 }]);
    net.tickUntil(() => confOf(net, 4).voters.includes(4) && confOf(net, 4).outgoing.length === 0);
    expect(confOf(net, 1)).toEqual({ voters: [1, 2, 3, 4], outgoing: [], learners: [] });
    const confs = net.log(1).filter((e) => e.conf !== undefined).map((e) => sortedConf(e.conf ?? conf([])));
    expect(confs).toEqual([
      conf([1, 2, 3], [], [4]),
      conf([1, 2, 3, 4], [1, 2, 3]), // joint
      conf([1, 2, 3, 4]), // leave-joint
    ]);
    // Four voters: a quorum is three. With 2 and 3 down, nothing commits.
    net.crash(2);
    net.crash(3);
    net.propose(1, 'x');
    net.tickAll(3);
    expect(net.committed(1)).not.toContain('x');
    net.restart(3);
    net.tickUntilCommitted([1, 3, 4], 'x');
  });

  it('add a voter directly; it catches up and votes (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    for (const x of ['a', 'b']) net.propose(1, x);
    net.join(4);
    net.proposeConfChange(1, [{ type: 'addVoter', node: 4 }]);
    net.tickUntilCommitted([4], 'b');
    expect(confOf(net, 4)).toEqual({ voters: [1, 2, 3, 4], outgoing: [], learners: [] });
    net.crash(1);
    const leader = net.tickUntilLeader([2, 3, 4]);
    net.propose(leader, 'c');
    net.tickUntilCommitted([2, 3, 4], 'c');
  });

  it('remove a follower: the rest commit without it (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.proposeConfChange(1, [{ type: 'removeNode', node: 3 }]);
    net.tickUntil(() => confOf(net, 1).voters.length === 2 && confOf(net, 1).outgoing.length === 0);
    expect(confOf(net, 2)).toEqual({ voters: [1, 2], outgoing: [], learners: [] });
    net.crash(3);
    net.propose(1, 'x');
    net.tickUntilCommitted([1, 2], 'x');
    expect(net.status(1).progress?.has(3)).toBe(false);
  });

  it('remove the leader: it steps down once it applies the new config; the rest elect a leader (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.propose(1, 'before');
    net.proposeConfChange(1, [{ type: 'removeNode', node: 1 }]);
    expect(confOf(net, 1)).toEqual({ voters: [2, 3], outgoing: [], learners: [] });
    expect(net.role(1)).not.toBe('leader');
    const leader = net.tickUntilLeader([2, 3]);
    expect([2, 3]).toContain(leader);
    net.propose(leader, 'after');
    net.tickUntilCommitted([2, 3], 'after');
    expect(confOf(net, leader)).toEqual({ voters: [2, 3], outgoing: [], learners: [] });
    net.tickAll(50);
    expect(net.role(1)).toBe('follower'); // a removed node never campaigns
    expect(net.leader()).toBe(leader);
  });

  it('one change at a time: CONF_PENDING until applied, and while joint', () => {
    const r = newRaft(1, state());
    elect(r, [2]);
    ack(r, 2, 1);
    drain(r);
    r.proposeConfChange([{ type: 'addVoter', node: 4 }]);
    expectRaftError(() => r.proposeConfChange([{ type: 'addLearner', node: 5 }]), 'CONF_PENDING');
    drain(r);
    ack(r, 2, 2); // the joint entry commits and is applied: now joint, leave-joint appended
    drain(r);
    expect(r.status().conf.outgoing.length).toBeGreaterThan(0);
    expectRaftError(() => r.proposeConfChange([{ type: 'addLearner', node: 5 }]), 'CONF_PENDING');
    ack(r, 2, 3);
    ack(r, 3, 3);
    drain(r);
    expect(sortedConf(r.status().conf)).toEqual(conf([1, 2, 3, 4]));
    r.proposeConfChange([{ type: 'addLearner', node: 5 }]); // now accepted
  });

  it('one change at a time while joint in a cluster (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.join(4);
    net.dropIf((m) => m.type === 'app' && m.entries.some((e) => e.conf !== undefined && e.conf.outgoing.length === 0));
    net.proposeConfChange(1, [{ type: 'addVoter', node: 4 }]);
    expect(confOf(net, 1).outgoing).toEqual([1, 2, 3]);
    expectRaftError(() => net.proposeConfChange(1, [{ type: 'removeNode', node: 2 }]), 'CONF_PENDING');
    net.heal();
    net.tickUntil(() => confOf(net, 1).outgoing.length === 0);
    net.proposeConfChange(1, [{ type: 'removeNode', node: 2 }]);
    net.tickUntil(() => confOf(net, 1).outgoing.length === 0);
    expect(confOf(net, 1).voters).toEqual([1, 3, 4]);
  });

  const invalid: Array<{ name: string; changes: ConfChangeSingle[] }> = [
    { name: 'remove every voter', changes: [1, 2, 3].map((node) => ({ type: 'removeNode' as const, node })) },
    { name: 'add a node that is already a voter', changes: [{ type: 'addVoter', node: 2 }] },
    { name: 'remove a node that is not a member', changes: [{ type: 'removeNode', node: 9 }] },
    { name: 'name a node twice', changes: [{ type: 'addVoter', node: 4 }, { type: 'addLearner', node: 4 }] },
    { name: 'no change at all', changes: [] },
  ];
  it.each(invalid)('INVALID_CONF: $name', ({ changes }) => {
    const r = newRaft(1, state());
    elect(r, [2]);
    ack(r, 2, 1);
    drain(r);
    const last = r.status().lastIndex;
    expectRaftError(() => r.proposeConfChange(changes), 'INVALID_CONF');
    expect(r.status().lastIndex).toBe(last);
  });

  it('NOT_LEADER: a follower refuses a configuration change and names the leader', () => {
    const r = newRaft(1, state({ term: 1 }));
    r.step(msg('heartbeat', 2, 1, 1));
    const err = expectRaftError(() => r.proposeConfChange([{ type: 'addVoter', node: 4 }]), 'NOT_LEADER');
    expect(err.leader).toBe(2);
  });
});
