// Elections: vote granting, the log up-to-date check, persisting votes,
// pre-vote, the check-quorum lease, term handling and the randomized timeout.
import { describe, expect, it } from 'vitest';
import type { Message, MessageType, Raft, Role } from '../../src/raft/index.js';
import {
  ELECTION, conf, drain, elect, enc, expectVotesRecorded, msg, newRaft, ofType, state,
} from './helpers.js';
import { Network } from './network.js';

/** Node 1 of {1,2,3}: term 2, log 1@1 2@2, the given vote. */
function voter(vote = 0, opts: Parameters<typeof newRaft>[2] = {}): Raft {
  return newRaft(1, state({ term: 2, vote, log: [1, 2] }), opts);
}

function grantedVotes(msgs: Message[], type: 'voteResp' | 'preVoteResp' = 'voteResp'): Message[] {
  return msgs.filter((m) => m.type === type && !m.reject);
}

describe('vote granting', () => {
  // The voter's last entry is 2@2. Every request is for term 3, so the vote of
  // term 2 does not matter: only the up-to-date check decides.
  const upToDate: Array<{ name: string; logTerm: number; index: number; grant: boolean }> = [
    { name: 'older last term, shorter log', logTerm: 1, index: 1, grant: false },
    { name: 'older last term, longer log', logTerm: 1, index: 5, grant: false },
    { name: 'same last term, shorter log', logTerm: 2, index: 1, grant: false },
    { name: 'same last term, same length', logTerm: 2, index: 2, grant: true },
    { name: 'same last term, longer log', logTerm: 2, index: 3, grant: true },
    { name: 'newer last term, shorter log', logTerm: 3, index: 1, grant: true },
    { name: 'newer last term, longer log', logTerm: 3, index: 4, grant: true },
  ];
  it.each(upToDate)('up-to-date check: candidate with $name -> grant=$grant', ({ logTerm, index, grant }) => {
    const r = voter();
    r.step(msg('vote', 2, 1, 3, { logTerm, index }));
    const out = drain(r);
    const resp = ofType(out.messages, 'voteResp', 2);
    expect(resp).toHaveLength(1);
    expect(resp[0]).toMatchObject({ reject: !grant, term: 3 });
    expect(r.status()).toMatchObject({ term: 3, vote: grant ? 2 : 0, role: 'follower' });
    expectVotesRecorded(out.readies, { term: 2, vote: 0, commit: 0 });
  });

  // Candidate 2's log is as up to date as the voter's; the term and the vote
  // already cast decide. `vote` is what the voter had cast in term 2.
  const termAndVote: Array<{ term: number; vote: number; grant: boolean; after: { term: number; vote: number } }> = [
    { term: 1, vote: 0, grant: false, after: { term: 2, vote: 0 } },
    { term: 1, vote: 2, grant: false, after: { term: 2, vote: 2 } },
    { term: 2, vote: 0, grant: true, after: { term: 2, vote: 2 } },
    { term: 2, vote: 2, grant: true, after: { term: 2, vote: 2 } },
    { term: 2, vote: 3, grant: false, after: { term: 2, vote: 3 } },
    { term: 3, vote: 0, grant: true, after: { term: 3, vote: 2 } },
    { term: 3, vote: 2, grant: true, after: { term: 3, vote: 2 } },
    { term: 3, vote: 3, grant: true, after: { term: 3, vote: 2 } },
  ];
  it.each(termAndVote)('request for term $term after voting for $vote in term 2 -> grant=$grant', ({ term, vote, grant, after }) => {
    const r = voter(vote);
    r.step(msg('vote', 2, 1, term, { logTerm: 2, index: 2 }));
    const out = drain(r);
    expect(grantedVotes(out.messages)).toHaveLength(grant ? 1 : 0);
    for (const m of ofType(out.messages, 'voteResp')) expect(m.term).toBe(after.term);
    expect(r.status()).toMatchObject(after);
    expectVotesRecorded(out.readies, { term: 2, vote, commit: 0 });
  });

  it('bug 2: refuses its vote to a candidate whose log is behind, even in a new term with no vote cast', () => {
    // Voter has 1@1 2@2 3@2. Candidate 2 ends at 2@2 (shorter), candidate 3 at 3@1 (older term).
    for (const [from, logTerm, index] of [[2, 2, 2], [3, 1, 3]] as const) {
      const r = newRaft(1, state({ term: 2, log: [1, 2, 2] }));
      r.step(msg('vote', from, 1, 5, { logTerm, index }));
      const out = drain(r);
      expect(grantedVotes(out.messages), `candidate ending at ${index}@${logTerm}`).toHaveLength(0);
      expect(r.status().vote).toBe(0);
      expect(r.status().term).toBe(5);
    }
  });

  it('bug 2: a candidate with a stale log cannot win; the committed entry survives (script)', () => {
    // No pre-vote and no lease, so only the up-to-date check stands between 3 and the vote of 2.
    const net = new Network([1, 2, 3], { preVote: false, checkQuorum: false });
    net.campaign(1);
    net.isolate(3);
    net.propose(1, 'x'); // stored and committed on 1 and 2 only
    net.tickUntilCommitted([1, 2], 'x');
    net.crash(1);
    net.heal();
    net.campaign(3); // 3 lacks 'x': 2 must refuse; a vote from 2 would make 3 leader and lose 'x'
    expect(net.role(3)).not.toBe('leader');
    const leader = net.tickUntilLeader([2, 3]);
    expect(leader).toBe(2);
    net.propose(2, 'y');
    expect(net.committed(3)).toEqual(['x', 'y']);
  });

  it('vote requests carry the candidate\'s new term and last log position', () => {
    const r = newRaft(1, state({ term: 2, log: [1, 2, 2] }));
    r.campaign();
    const out = drain(r);
    const votes = ofType(out.messages, 'vote');
    expect(votes.map((m) => m.to).sort()).toEqual([2, 3]);
    for (const m of votes) expect(m).toMatchObject({ term: 3, logTerm: 2, index: 3, from: 1 });
    expect(r.status()).toMatchObject({ role: 'candidate', term: 3, vote: 1 });
  });

  it('a candidate wins with a majority, loses with a majority of rejections', () => {
    const won = newRaft(1, state({ conf: conf([1, 2, 3, 4, 5]) }));
    won.campaign();
    won.step(msg('voteResp', 2, 1, 1));
    expect(won.status().role).toBe('candidate'); // 2 of 5
    won.step(msg('voteResp', 3, 1, 1));
    expect(won.status().role).toBe('leader'); // 3 of 5

    const lost = newRaft(1, state({ conf: conf([1, 2, 3, 4, 5]) }));
    lost.campaign();
    lost.step(msg('voteResp', 2, 1, 1, { reject: true }));
    lost.step(msg('voteResp', 3, 1, 1, { reject: true }));
    expect(lost.status().role).toBe('candidate');
    lost.step(msg('voteResp', 4, 1, 1, { reject: true }));
    expect(lost.status().role).toBe('follower');
    expect(lost.status().term).toBe(1);
  });

  it('a vote response from another node counts once, however often it is repeated', () => {
    const r = newRaft(1, state({ conf: conf([1, 2, 3, 4, 5]) }));
    r.campaign();
    for (let i = 0; i < 4; i++) r.step(msg('voteResp', 2, 1, 1));
    expect(r.status().role).toBe('candidate');
  });

  it('a new leader appends an empty entry of its own term', () => {
    const r = newRaft(1, state({ term: 2, log: [1, 2] }));
    const out = elect(r, [2]);
    expect(out.entries).toHaveLength(1);
    expect(out.entries[0]).toMatchObject({ index: 3, term: 3 });
    expect(out.entries[0]?.data.length).toBe(0);
    expect(out.entries[0]?.conf).toBeUndefined();
  });

  it('a single-voter cluster elects itself', () => {
    const r = newRaft(1, state({ conf: conf([1]) }));
    r.campaign();
    drain(r);
    expect(r.status()).toMatchObject({ role: 'leader', term: 1, leader: 1 });
  });
});

describe('bug 3: votes are persisted before they are sent', () => {
  it('bug 3: a granted voteResp is only handed out in a Ready whose hardState records that vote', () => {
    // In a new term (term and vote change together) ...
    const r = newRaft(1, state({ term: 1, log: [1] }));
    r.step(msg('vote', 2, 1, 2, { logTerm: 1, index: 1 }));
    const out = drain(r);
    expect(grantedVotes(out.messages)).toHaveLength(1);
    const rd = out.readies.find((x) => x.messages.some((m) => m.type === 'voteResp'));
    expect(rd?.hardState).toMatchObject({ term: 2, vote: 2 });

    // ... and in the current term (only the vote changes).
    const same = newRaft(1, state({ term: 2, log: [1] }));
    expect(drain(same).hardState).toBeUndefined();
    same.step(msg('vote', 3, 1, 2, { logTerm: 1, index: 1 }));
    const out2 = drain(same);
    expect(grantedVotes(out2.messages)).toHaveLength(1);
    const rd2 = out2.readies.find((x) => x.messages.some((m) => m.type === 'voteResp'));
    expect(rd2?.hardState).toMatchObject({ term: 2, vote: 3 });
  });

  it('bug 3: a candidate\'s vote for itself is in the hardState of the Ready that asks for votes', () => {
    const r = newRaft(1, state({ term: 4, log: [1] }));
    r.campaign();
    const out = drain(r);
    const rd = out.readies.find((x) => x.messages.some((m) => m.type === 'vote'));
    expect(rd?.hardState).toMatchObject({ term: 5, vote: 1 });
  });

  it('bug 3: after a restart from persisted state the node does not vote twice in the same term', () => {
    const persisted = state({ term: 1, log: [1] });
    const r = newRaft(1, persisted);
    r.step(msg('vote', 2, 1, 2, { logTerm: 1, index: 1 }));
    const out = drain(r);
    expect(grantedVotes(out.messages)).toHaveLength(1);
    // The driver persisted exactly what the Readies said.
    const restarted = newRaft(1, { ...persisted, hardState: out.hardState ?? persisted.hardState });
    expect(restarted.status()).toMatchObject({ term: 2, vote: 2 });
    restarted.step(msg('vote', 3, 1, 2, { logTerm: 1, index: 1 }));
    const again = drain(restarted);
    expect(grantedVotes(again.messages)).toHaveLength(0);
    expect(restarted.status().vote).toBe(2);
  });

  it('bug 3: restarted nodes keep their term and vote in a cluster (script)', () => {
    const net = new Network([1, 2, 3], { preVote: false });
    net.campaign(1);
    const { term } = net.status(1);
    for (const id of [1, 2, 3]) {
      net.crash(id);
      net.restart(id);
      expect(net.status(id)).toMatchObject({ term, vote: 1 });
    }
    // Node 3 campaigns in a new term; nobody may vote twice in it.
    net.campaign(3);
    expect(net.tickUntilLeader()).toBeGreaterThan(0);
  });
});

describe('pre-vote', () => {
  it('a pre-candidate keeps its term and vote and asks for term+1 with its last log position', () => {
    const r = newRaft(1, state({ term: 2, vote: 3, log: [1, 2] }), { preVote: true });
    r.campaign();
    const out = drain(r);
    expect(r.status()).toMatchObject({ role: 'preCandidate', term: 2, vote: 3 });
    const pre = ofType(out.messages, 'preVote');
    expect(pre.map((m) => m.to).sort()).toEqual([2, 3]);
    for (const m of pre) expect(m).toMatchObject({ term: 3, logTerm: 2, index: 2 });
    expect(ofType(out.messages, 'vote')).toHaveLength(0);
    for (const rd of out.readies) if (rd.hardState) expect(rd.hardState).toMatchObject({ term: 2, vote: 3 });
  });

  it('a quorum of pre-votes (carrying the future term) makes it a candidate; fewer do not', () => {
    const r = newRaft(1, state({ conf: conf([1, 2, 3, 4, 5]), term: 2, log: [1, 2] }), { preVote: true });
    r.campaign();
    drain(r);
    r.step(msg('preVoteResp', 2, 1, 3));
    expect(r.status()).toMatchObject({ role: 'preCandidate', term: 2 });
    r.step(msg('preVoteResp', 3, 1, 3));
    expect(r.status()).toMatchObject({ role: 'candidate', term: 3, vote: 1 });
    const out = drain(r);
    expect(ofType(out.messages, 'vote')).toHaveLength(4);
  });

  it('a pre-candidate rejected by a quorum goes back to follower without raising its term', () => {
    const r = newRaft(1, state({ term: 2, log: [1, 2] }), { preVote: true });
    r.campaign();
    drain(r);
    r.step(msg('preVoteResp', 2, 1, 2, { reject: true }));
    r.step(msg('preVoteResp', 3, 1, 2, { reject: true }));
    expect(r.status()).toMatchObject({ role: 'follower', term: 2 });
  });

  it('a pre-vote rejection from a higher term makes the pre-candidate a follower in that term', () => {
    const r = newRaft(1, state({ term: 2, log: [1, 2] }), { preVote: true });
    r.campaign();
    drain(r);
    r.step(msg('preVoteResp', 2, 1, 5, { reject: true }));
    expect(r.status()).toMatchObject({ role: 'follower', term: 5 });
  });

  // The voter is at term 2, has voted for 3, and its last entry is 2@2.
  const preVotes: Array<{ name: string; term: number; logTerm: number; index: number; grant: boolean }> = [
    { name: 'future term, log as up to date', term: 3, logTerm: 2, index: 2, grant: true },
    { name: 'future term, newer last term', term: 4, logTerm: 3, index: 1, grant: true },
    { name: 'future term, older last term', term: 3, logTerm: 1, index: 5, grant: false },
    { name: 'future term, shorter log', term: 3, logTerm: 2, index: 1, grant: false },
    { name: 'current term (already voted for 3)', term: 2, logTerm: 2, index: 2, grant: false },
    { name: 'past term', term: 1, logTerm: 2, index: 2, grant: false },
  ];
  it.each(preVotes)('pre-vote granting: $name -> grant=$grant; term and vote never change', ({ term, logTerm, index, grant }) => {
    const r = voter(3, { preVote: true });
    r.step(msg('preVote', 2, 1, term, { logTerm, index }));
    const out = drain(r);
    const granted = grantedVotes(out.messages, 'preVoteResp');
    expect(granted).toHaveLength(grant ? 1 : 0);
    for (const m of granted) expect(m.term).toBe(term);
    expect(r.status()).toMatchObject({ term: 2, vote: 3, role: 'follower' });
    for (const rd of out.readies) if (rd.hardState) expect(rd.hardState).toMatchObject({ term: 2, vote: 3 });
  });

  it('a partitioned node does not raise its term, so it does not disrupt the cluster when it returns (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    const { term } = net.status(1);
    net.isolate(3);
    net.tickAll(10 * ELECTION);
    expect(net.status(3).term).toBe(term);
    net.heal();
    net.tickAll(3);
    expect(net.leader()).toBe(1);
    expect(net.status(1).term).toBe(term);
    net.propose(1, 'x');
    expect(net.committed(3)).toEqual(['x']);
  });

  it('without pre-vote a partitioned node does raise its term (contrast)', () => {
    const net = new Network([1, 2, 3], { preVote: false });
    net.campaign(1);
    const { term } = net.status(1);
    net.isolate(3);
    net.tickAll(10 * ELECTION);
    expect(net.status(3).term).toBeGreaterThan(term);
  });
});

describe('check-quorum', () => {
  /** Follower 1 at term 2 that has just heard from leader 2. */
  function leasedFollower(): Raft {
    const r = voter(0, { preVote: true, checkQuorum: true });
    r.step(msg('heartbeat', 2, 1, 2));
    drain(r);
    expect(r.status().leader).toBe(2);
    return r;
  }

  it('a follower that heard from the leader within the election timeout ignores a vote request', () => {
    const r = leasedFollower();
    r.step(msg('vote', 3, 1, 3, { logTerm: 2, index: 2 }));
    const out = drain(r);
    expect(grantedVotes(out.messages)).toHaveLength(0);
    expect(r.status()).toMatchObject({ term: 2, leader: 2, role: 'follower' });
  });

  it('... and a pre-vote request', () => {
    const r = leasedFollower();
    r.step(msg('preVote', 3, 1, 3, { logTerm: 2, index: 2 }));
    const out = drain(r);
    expect(grantedVotes(out.messages, 'preVoteResp')).toHaveLength(0);
    expect(r.status()).toMatchObject({ term: 2, leader: 2 });
  });

  it('... unless the request is a leadership-transfer campaign', () => {
    const r = leasedFollower();
    r.step(msg('vote', 3, 1, 3, { logTerm: 2, index: 2, context: 'transfer' }));
    const out = drain(r);
    expect(grantedVotes(out.messages)).toHaveLength(1);
    expect(r.status()).toMatchObject({ term: 3, vote: 3 });
    expectVotesRecorded(out.readies, { term: 2, vote: 0, commit: 0 });
  });

  it('once the lease has run out (no leader heard for an election timeout) it grants again', () => {
    const r = leasedFollower();
    for (let i = 0; i < 2 * ELECTION; i++) r.tick();
    drain(r);
    r.step(msg('vote', 3, 1, 3, { logTerm: 2, index: 2 }));
    const out = drain(r);
    expect(grantedVotes(out.messages)).toHaveLength(1);
    expect(r.status()).toMatchObject({ term: 3, vote: 3 });
  });

  it('a leader that hears from no quorum for an election timeout steps down', () => {
    const r = newRaft(1, state(), { checkQuorum: true });
    elect(r, [2]);
    let ticks = 0;
    while (r.status().role === 'leader' && ticks < 3 * ELECTION) {
      r.tick();
      drain(r);
      ticks++;
    }
    expect(r.status().role).toBe('follower');
    expect(ticks).toBeLessThanOrEqual(2 * ELECTION);
  });

  it('a leader that keeps hearing from a quorum stays leader', () => {
    const r = newRaft(1, state(), { checkQuorum: true });
    elect(r, [2]);
    for (let i = 0; i < 5 * ELECTION; i++) {
      r.tick();
      const out = drain(r);
      for (const hb of ofType(out.messages, 'heartbeat', 2)) r.step(msg('heartbeatResp', 2, 1, hb.term, { context: hb.context }));
    }
    expect(r.status().role).toBe('leader');
  });

  it('an isolated leader steps down and the majority elects a new one (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.isolate(1);
    const leader = net.tickUntilLeader([2, 3]);
    net.tickUntil(() => net.role(1) !== 'leader');
    net.propose(leader, 'after');
    net.heal();
    net.tickUntil(() => net.committed(1).includes('after'));
    expect(net.status(1).leader).toBe(leader);
  });
});

describe('term handling', () => {
  type Start = 'follower' | 'candidate' | 'leader';

  /** Node 1 of {1,2,3} with log 1@1 2@2: a follower at term 2, or a candidate / leader at term 3. */
  function start(role: Start): Raft {
    const r = newRaft(1, state({ term: 2, log: [1, 2] }));
    if (role !== 'follower') r.campaign();
    if (role === 'leader') r.step(msg('voteResp', 2, 1, 3));
    drain(r);
    expect(r.status().role).toBe(role);
    return r;
  }

  function message(type: MessageType, term: number): Message {
    switch (type) {
      case 'app': return msg(type, 2, 1, term, { logTerm: 2, index: 2 });
      case 'snap': return msg(type, 2, 1, term, {
        snapshot: { meta: { index: 2, term: 2, conf: conf([1, 2, 3]) }, data: enc('[]') },
      });
      case 'vote': case 'preVote': return msg(type, 2, 1, term, { logTerm: 3, index: 3 });
      case 'voteResp': case 'preVoteResp': return msg(type, 2, 1, term, { reject: true });
      default: return msg(type, 2, 1, term);
    }
  }

  const roles: Start[] = ['follower', 'candidate', 'leader'];

  // A message with a higher term: the node moves to that term as a follower,
  // following the sender if the sender leads (app, heartbeat, snap).
  const higher: Array<{ type: MessageType; leader: number }> = [
    { type: 'app', leader: 2 },
    { type: 'heartbeat', leader: 2 },
    { type: 'snap', leader: 2 },
    { type: 'vote', leader: 0 },
    { type: 'appResp', leader: 0 },
    { type: 'heartbeatResp', leader: 0 },
    { type: 'voteResp', leader: 0 },
    { type: 'preVoteResp', leader: 0 },
  ];
  const higherCases = roles.flatMap((role) => higher.map((h) => ({ role, ...h })));
  it.each(higherCases)('$role receiving $type from a higher term becomes a follower in that term (leader $leader)', ({ role, type, leader }) => {
    const r = start(role);
    const term = r.status().term + 2;
    r.step(message(type, term));
    drain(r);
    expect(r.status()).toMatchObject({ role: 'follower', term, leader });
  });

  it.each(roles)('%s receiving a preVote for a higher term keeps its term and role', (role) => {
    const r = start(role);
    const before = r.status();
    r.step(message('preVote', before.term + 2));
    drain(r);
    expect(r.status()).toMatchObject({ role: before.role, term: before.term, vote: before.vote });
  });

  // A message from a lower term changes nothing: not the term, not the role,
  // not the log, not the commit; anything the node answers carries its own term.
  const lowerTypes: MessageType[] = [
    'app', 'heartbeat', 'snap', 'vote', 'preVote', 'appResp', 'heartbeatResp', 'voteResp', 'preVoteResp', 'timeoutNow',
  ];
  const lowerCases = roles.flatMap((role) => lowerTypes.map((type) => ({ role, type })));
  it.each(lowerCases)('$role ignores $type from a lower term', ({ role, type }) => {
    const r = start(role);
    const before = r.status();
    const m = message(type, before.term - 1);
    if (type === 'app') Object.assign(m, { entries: [{ index: 3, term: 1, data: enc('stale') }], commit: 3 });
    if (type === 'voteResp' || type === 'preVoteResp') m.reject = false; // a stale grant must not count
    r.step(m);
    const out = drain(r);
    const after = r.status();
    expect(after).toMatchObject({
      role: before.role, term: before.term, vote: before.vote, leader: before.leader,
      lastIndex: before.lastIndex, commit: before.commit,
    });
    for (const x of out.messages) expect(x.term).toBe(before.term);
    expect(grantedVotes(out.messages)).toHaveLength(0);
    expect(grantedVotes(out.messages, 'preVoteResp')).toHaveLength(0);
  });

  it('a candidate that hears from a leader of its own term becomes its follower', () => {
    for (const type of ['app', 'heartbeat'] as const) {
      const r = start('candidate');
      r.step(message(type, 3));
      drain(r);
      expect(r.status()).toMatchObject({ role: 'follower', term: 3, leader: 2, vote: 1 });
    }
  });
});

describe('randomized election timeout', () => {
  function ticksToCampaign(seed: number): number {
    const r = newRaft(1, state(), { seed });
    let ticks = 0;
    const roleNow = (): Role => r.status().role;
    while (roleNow() === 'follower') {
      r.tick();
      ticks++;
      if (ticks > 10 * ELECTION) throw new Error('never campaigned');
    }
    return ticks;
  }

  it('is drawn from [electionTicks, 2*electionTicks) with the given rng', () => {
    const seen = new Set<number>();
    for (let seed = 1; seed <= 40; seed++) {
      const t = ticksToCampaign(seed);
      expect(t).toBeGreaterThanOrEqual(ELECTION);
      expect(t).toBeLessThan(2 * ELECTION);
      seen.add(t);
    }
    expect(seen.size).toBeGreaterThan(3);
  });

  it('is deterministic for a seed', () => {
    for (let seed = 1; seed <= 10; seed++) expect(ticksToCampaign(seed)).toBe(ticksToCampaign(seed));
  });

  it('a candidate without an outcome campaigns again in a higher term within [T, 2T)', () => {
    const r = newRaft(1, state());
    r.campaign();
    drain(r);
    let ticks = 0;
    while (r.status().term === 1) {
      r.tick();
      ticks++;
      if (ticks > 10 * ELECTION) throw new Error('never campaigned again');
    }
    expect(r.status()).toMatchObject({ role: 'candidate', term: 2, vote: 1 });
    expect(ticks).toBeGreaterThanOrEqual(ELECTION);
    expect(ticks).toBeLessThan(2 * ELECTION);
  });

  it('a 3-node cluster elects exactly one leader, followed by all (script)', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const net = new Network([1, 2, 3], { seed });
      const leader = net.tickUntilLeader();
      expect(net.ids().filter((id) => net.role(id) === 'leader')).toEqual([leader]);
      expect(net.status(leader).term).toBe(1); // pre-vote: no term is wasted
    }
  });
});
