// The commit rule: an entry is committed once a quorum stores it, but a leader
// only counts replicas of entries of its own term (Raft §5.4.2, Figure 8).
import { describe, expect, it } from 'vitest';
import type { NodeId, Raft } from '../../src/raft/index.js';
import { ack, conf, drain, elect, enc, newRaft, state } from './helpers.js';
import { Network } from './network.js';

/**
 * Leader 1 at term 3 whose log is 1@1 2@2 from earlier terms plus its no-op
 * 3@3, with all Readies handled (so its own entries are durable).
 */
function leaderWithOldEntries(voters: NodeId[]): Raft {
  const r = newRaft(1, state({ conf: conf(voters), term: 2, log: [1, 2] }));
  elect(r, voters.filter((v) => v !== 1));
  expect(r.status()).toMatchObject({ term: 3, lastIndex: 3 });
  if (voters.length > 1) expect(r.status().commit).toBe(0);
  return r;
}

describe('commit rule', () => {
  const cases: Array<{ voters: NodeId[]; acks: Array<[NodeId, number]>; commit: number; why: string }> = [
    { voters: [1], acks: [], commit: 3, why: 'a single voter is its own quorum' },
    { voters: [1, 2], acks: [], commit: 0, why: 'leader alone is not a quorum of 2' },
    { voters: [1, 2], acks: [[2, 3]], commit: 3, why: 'both hold 3@3' },
    { voters: [1, 2], acks: [[2, 2]], commit: 0, why: 'quorum holds only up to 2@2, an old term' },
    { voters: [1, 2, 3], acks: [[2, 3]], commit: 3, why: '2 of 3 hold 3@3' },
    { voters: [1, 2, 3], acks: [[2, 1]], commit: 0, why: 'quorum holds only 1@1, an old term' },
    { voters: [1, 2, 3], acks: [[2, 2], [3, 2]], commit: 0, why: 'every node holds 2@2, still an old term' },
    { voters: [1, 2, 3, 4], acks: [[2, 3]], commit: 0, why: '2 of 4 is no quorum' },
    { voters: [1, 2, 3, 4], acks: [[2, 3], [3, 3]], commit: 3, why: '3 of 4 hold 3@3' },
    { voters: [1, 2, 3, 4, 5], acks: [[2, 3]], commit: 0, why: '2 of 5 is no quorum' },
    { voters: [1, 2, 3, 4, 5], acks: [[2, 3], [3, 3]], commit: 3, why: '3 of 5 hold 3@3' },
    { voters: [1, 2, 3, 4, 5], acks: [[2, 3], [3, 2], [4, 2]], commit: 0, why: 'the quorum point is 2@2, an old term' },
    { voters: [1, 2, 3, 4, 5], acks: [[2, 3], [3, 3], [4, 2], [5, 2]], commit: 3, why: 'three hold 3@3' },
  ];
  it.each(cases)('voters $voters, acks $acks -> commit $commit ($why)', ({ voters, acks, commit }) => {
    const r = leaderWithOldEntries(voters);
    for (const [from, index] of acks) ack(r, from, index);
    drain(r);
    expect(r.status().commit).toBe(commit);
  });

  it('bug 1: a leader never commits an entry of a previous term by counting its replicas', () => {
    // Etcd's TestLeaderOnlyCommitsLogFromCurrentTerm: acks for the old entries do not
    // commit them; the first ack of the leader's own no-op commits everything.
    const r = leaderWithOldEntries([1, 2, 3]);
    ack(r, 2, 1);
    ack(r, 3, 1);
    drain(r);
    expect(r.status().commit).toBe(0);
    ack(r, 2, 2);
    ack(r, 3, 2);
    const out = drain(r);
    expect(r.status().commit).toBe(0);
    expect(out.committed).toHaveLength(0);
    ack(r, 2, 3);
    const done = drain(r);
    expect(r.status().commit).toBe(3);
    expect(done.committed.map((e) => e.index)).toEqual([1, 2, 3]);
  });

  it('bug 1: the Figure 8 scenario — an old-term entry on a majority is not committed, and is later overwritten safely (script)', () => {
    // Five servers; the logs of Figure 8 (c) before S1 re-replicates:
    //   S1: 1@1 2@2   S2: 1@1 2@2   S3: 1@1   S4: 1@1   S5: 1@1 2@3
    // Index 1 is committed everywhere. One entry per append (maxSizePerMsg), no
    // pre-vote or lease, so elections go exactly as scripted.
    const cfg = conf([1, 2, 3, 4, 5]);
    const net = new Network([1, 2, 3, 4, 5], {
      preVote: false, checkQuorum: false, maxSizePerMsg: 1,
      persisted: {
        1: state({ conf: cfg, term: 3, commit: 1, log: [1, 2] }),
        2: state({ conf: cfg, term: 3, commit: 1, log: [1, 2] }),
        3: state({ conf: cfg, term: 3, commit: 1, log: [1] }),
        4: state({ conf: cfg, term: 3, commit: 1, log: [1] }),
        5: state({ conf: cfg, term: 4, commit: 1, log: [1, 3] }),
      },
    });
    // S1 is elected in term 4 by S3 and S4; S5 is away and S1 cannot reach S2.
    net.isolate(5);
    net.cut(1, 2);
    // S1 gets 2@2 onto S3 and S4 (a majority with itself), but every append that
    // would hand them its term-4 no-op is lost.
    net.dropIf((m) => m.type === 'app' && m.from === 1 && m.entries.some((e) => e.term === 4)
      && m.index <= net.status(m.to).lastIndex);
    net.campaign(1);
    expect(net.status(1)).toMatchObject({ role: 'leader', term: 4 });
    expect(net.logTerms(3)).toEqual(['1@1', '2@2']);
    expect(net.logTerms(4)).toEqual(['1@1', '2@2']);
    // 2@2 is on S1, S3, S4: a majority. It must NOT count as committed.
    expect(net.status(1).commit).toBe(1);

    // S1 crashes; S5 (last entry 2@3) is elected by S2, S3, S4 and overwrites index 2.
    net.crash(1);
    net.heal();
    net.campaign(5);
    expect(net.role(5)).toBe('leader');
    net.propose(5, 'after');
    net.restart(1);
    net.tickUntilCommitted([1, 2, 3, 4, 5], 'after');
    for (const id of net.ids()) {
      expect(net.committed(id)).toEqual(['1@1', '2@3', 'after']);
      expect(net.logTerms(id).slice(0, 2)).toEqual(['1@1', '2@3']);
    }
  });

  it('committing an entry of the current term commits every entry before it', () => {
    const net = new Network([1, 2, 3], { persisted: {
      1: state({ term: 2, log: [1, 2, 2] }), 2: state({ term: 2, log: [1, 2] }), 3: state({ term: 2, log: [1] }),
    } });
    net.campaign(1);
    net.tickUntilCommitted([1, 2, 3], '3@2');
    for (const id of net.ids()) expect(net.committed(id)).toEqual(['1@1', '2@2', '3@2']);
  });

  it('committed entries are handed out once, in order, and survive a restart', () => {
    const net = new Network([1, 2, 3]);
    const leader = net.tickUntilLeader();
    for (const x of ['a', 'b', 'c']) net.propose(leader, x);
    net.tickUntilCommitted(net.ids(), 'c');
    for (const id of net.ids()) {
      net.crash(id);
      net.restart(id);
      expect(net.status(id).commit).toBeGreaterThanOrEqual(4);
      expect(net.committed(id)).toEqual(['a', 'b', 'c']); // re-applied from the durable log
    }
    const next = net.tickUntilLeader();
    net.propose(next, 'd');
    net.tickUntilCommitted(net.ids(), 'd');
    for (const id of net.ids()) expect(net.committed(id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a single-voter leader commits its proposals at once', () => {
    const r = newRaft(1, state({ conf: conf([1]) }));
    elect(r, []);
    r.propose(enc('solo'));
    const out = drain(r);
    expect(out.committed.map((e) => new TextDecoder().decode(e.data))).toContain('solo');
  });
});
