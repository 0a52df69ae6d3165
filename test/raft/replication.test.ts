// Log replication: the follower's append rule, conflict hints and backtracking
// (the Figure 7 logs of the Raft paper), pipelining, the inflight window, probe
// state and what heartbeats carry.
import { describe, expect, it } from 'vitest';
import type { Entry, Message, Raft } from '../../src/raft/index.js';
import {
  ack, drain, elect, enc, entries, msg, newRaft, ofType, state,
} from './helpers.js';
import { Network } from './network.js';

/** Follower 1 of {1,2,3} at term 2 with log 1@1 2@2, talking to leader 2. */
function follower(): Raft {
  return newRaft(1, state({ term: 2, log: [1, 2] }));
}

function appResp(out: { messages: Message[] }): Message {
  const resps = ofType(out.messages, 'appResp', 2);
  expect(resps).toHaveLength(1);
  return resps[0] as Message;
}

describe('follower: the append rule', () => {
  const cases: Array<{
    name: string; prev: [number, number]; ents: number[]; commit: number;
    reject: boolean; index: number; lastIndex: number; committed: number;
  }> = [
    { name: 'previous entry has another term', prev: [2, 3], ents: [], commit: 3, reject: true, index: 2, lastIndex: 2, committed: 0 },
    { name: 'previous entry is missing', prev: [3, 3], ents: [], commit: 3, reject: true, index: 3, lastIndex: 2, committed: 0 },
    { name: 'match in the middle, nothing new', prev: [1, 1], ents: [], commit: 1, reject: false, index: 1, lastIndex: 2, committed: 1 },
    { name: 'conflict at the first entry truncates', prev: [0, 0], ents: [2], commit: 1, reject: false, index: 1, lastIndex: 1, committed: 1 },
    { name: 'new entries appended', prev: [2, 2], ents: [2, 2], commit: 3, reject: false, index: 4, lastIndex: 4, committed: 3 },
    { name: 'commit capped at the last new entry', prev: [2, 2], ents: [2], commit: 4, reject: false, index: 3, lastIndex: 3, committed: 3 },
    { name: 'entries already held: nothing truncated', prev: [1, 1], ents: [2], commit: 4, reject: false, index: 2, lastIndex: 2, committed: 2 },
    { name: 'empty append at the end', prev: [2, 2], ents: [], commit: 4, reject: false, index: 2, lastIndex: 2, committed: 2 },
    // The follower's 2@2 is not proven to be the leader's entry 2: commit only up to 1.
    { name: 'commit capped at the matched prefix', prev: [1, 1], ents: [], commit: 4, reject: false, index: 1, lastIndex: 2, committed: 1 },
  ];
  it.each(cases)('$name', ({ prev, ents, commit, reject, index, lastIndex, committed }) => {
    const r = follower();
    r.step(msg('app', 2, 1, 2, { index: prev[0], logTerm: prev[1], entries: entries(ents, prev[0] + 1), commit }));
    const out = drain(r);
    expect(appResp(out)).toMatchObject({ reject, index, term: 2 });
    expect(r.status()).toMatchObject({ lastIndex, commit: committed });
  });

  it('a stale, shorter append never truncates entries the follower already holds', () => {
    const r = newRaft(1, state({ term: 1, log: [1, 1, 1] }));
    r.step(msg('app', 2, 1, 1, { index: 1, logTerm: 1, entries: entries([1], 2) }));
    const out = drain(r);
    expect(out.entries).toHaveLength(0);
    expect(r.status().lastIndex).toBe(3);
  });

  it('appended entries are handed to the driver to persist, and acknowledged only in the same Ready', () => {
    const r = follower();
    r.step(msg('app', 2, 1, 2, { index: 2, logTerm: 2, entries: entries([2, 2], 3) }));
    const rd = r.ready();
    expect(rd.entries.map((e) => e.index)).toEqual([3, 4]);
    expect(ofType(rd.messages, 'appResp')[0]).toMatchObject({ index: 4, reject: false });
    r.advance();
  });
});

describe('follower: rejection hints', () => {
  // Follower log: 1@1 2@2 3@2 4@5 5@5 6@5. The hint is the largest index at or
  // below the probe whose term is no later than the leader's term there.
  const cases: Array<{ prev: [number, number]; hint: number; hintTerm: number }> = [
    { prev: [8, 6], hint: 6, hintTerm: 5 }, // probe past the end: start from the last entry
    { prev: [6, 6], hint: 6, hintTerm: 5 },
    { prev: [6, 4], hint: 3, hintTerm: 2 }, // skip the whole term-5 run
    { prev: [5, 3], hint: 3, hintTerm: 2 },
    { prev: [6, 2], hint: 3, hintTerm: 2 },
    { prev: [6, 1], hint: 1, hintTerm: 1 },
    { prev: [3, 1], hint: 1, hintTerm: 1 },
    { prev: [9, 5], hint: 6, hintTerm: 5 },
  ];
  it.each(cases)('probe at $prev.0@$prev.1 -> hint $hint@$hintTerm', ({ prev, hint, hintTerm }) => {
    const r = newRaft(1, state({ term: 5, log: [1, 2, 2, 5, 5, 5] }));
    r.step(msg('app', 2, 1, 6, { index: prev[0], logTerm: prev[1] }));
    const out = drain(r);
    expect(appResp(out)).toMatchObject({ reject: true, index: prev[0], rejectHint: hint, logTerm: hintTerm });
  });
});

// Figure 7 of the Raft paper: the leader's log and six followers' logs (terms by index).
const LEADER_LOG = [1, 1, 1, 4, 4, 5, 5, 6, 6, 6];
const FOLLOWERS: Array<{ name: string; log: number[]; term: number }> = [
  { name: 'a (missing one entry)', log: [1, 1, 1, 4, 4, 5, 5, 6, 6], term: 6 },
  { name: 'b (missing many entries)', log: [1, 1, 1, 4], term: 4 },
  { name: 'c (one extra entry)', log: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 6], term: 6 },
  { name: 'd (extra entries of a later term)', log: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 7, 7], term: 7 },
  { name: 'e (missing and extra entries)', log: [1, 1, 1, 4, 4, 4, 4], term: 4 },
  { name: 'f (many extra entries of old terms)', log: [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3], term: 3 },
];

/** The largest index <= i whose term in `log` is <= t (0 if none). */
function lastAtOrBelow(log: number[], i: number, t: number): number {
  for (let j = Math.min(i, log.length); j > 0; j--) if ((log[j - 1] as number) <= t) return j;
  return 0;
}

describe('leader: backtracking on rejections', () => {
  /** Leader 1 with the Figure 7 log at term 9 (after winning), its first probes drained. */
  function figure7Leader(): Raft {
    const r = newRaft(1, state({ term: 8, log: LEADER_LOG }));
    elect(r, [2, 3]);
    return r;
  }

  it('the first probe after an election starts at the leader\'s last entry', () => {
    const r = newRaft(1, state({ term: 8, log: LEADER_LOG }));
    const out = elect(r, [2, 3]);
    const probe = ofType(out.messages, 'app', 2);
    expect(probe).toHaveLength(1);
    expect(probe[0]).toMatchObject({ index: 10, logTerm: 6, term: 9 });
    expect(probe[0]?.entries.map((e) => `${e.index}@${e.term}`)).toEqual(['11@9']);
  });

  // The follower's hint (from its own log) and where the leader may probe next:
  // not beyond the hint, and not below the last entry of its own log that can
  // still match (the largest index <= hint with a term <= the hint's term).
  const rejections = FOLLOWERS.filter((f) => !f.name.startsWith('c') && !f.name.startsWith('d')).map((f) => {
    const hint = lastAtOrBelow(f.log, 10, 6);
    const hintTerm = f.log[hint - 1] as number;
    return { name: f.name, hint, hintTerm, lowest: lastAtOrBelow(LEADER_LOG, hint, hintTerm) };
  });
  it.each(rejections)('follower $name hints $hint@$hintTerm: next probe within [$lowest, $hint]', ({ hint, hintTerm, lowest }) => {
    const r = figure7Leader();
    r.step(msg('appResp', 2, 1, 9, { index: 10, reject: true, rejectHint: hint, logTerm: hintTerm }));
    const out = drain(r);
    const next = ofType(out.messages, 'app', 2);
    expect(next).toHaveLength(1);
    const m = next[0] as Message;
    expect(m.index).toBeGreaterThanOrEqual(lowest);
    expect(m.index).toBeLessThanOrEqual(hint);
    expect(m.logTerm).toBe(LEADER_LOG[m.index - 1]);
  });

  it('a stale rejection (of a probe no longer outstanding) is ignored', () => {
    const r = figure7Leader();
    r.step(msg('appResp', 2, 1, 9, { index: 10, reject: true, rejectHint: 4, logTerm: 4 }));
    drain(r);
    r.step(msg('appResp', 2, 1, 9, { index: 10, reject: true, rejectHint: 1, logTerm: 1 }));
    const out = drain(r);
    expect(ofType(out.messages, 'app', 2)).toHaveLength(0);
  });

  it.each(FOLLOWERS)('Figure 7: follower $name converges to the leader\'s log (script)', ({ log, term }) => {
    const net = new Network([1, 2, 3], {
      preVote: false, checkQuorum: false,
      persisted: { 1: state({ term: 8, log: LEADER_LOG }), 2: state({ term, log }) },
    });
    net.crash(3);
    net.raft(1).campaign();
    // Node 3 is down; its vote arrives anyway (as in etcd's TestLeaderSyncFollowerLog), so
    // node 1 wins even against followers whose logs are more up to date than its own.
    net.inject(msg('voteResp', 3, 1, 9));
    expect(net.role(1)).toBe('leader');
    net.propose(1, 'x');
    expect(net.logTerms(2)).toEqual(net.logTerms(1));
    expect(net.log(2).map((e: Entry) => e.term)).toEqual([...LEADER_LOG, 9, 9]);
    expect(net.committed(2)).toContain('x');
    // Hints skip whole terms: never more than three rejections, where one-by-one would take up to eight.
    expect(net.sentWhere((m) => m.type === 'appResp' && m.from === 2 && m.reject).length).toBeLessThanOrEqual(3);
  });
});

describe('leader: flow control', () => {
  /** Leader 1 of {1,2,3} at term 1, noop at 1; follower 2 in replicate, follower 3 still probing. */
  function leader(opts: Parameters<typeof newRaft>[2] = {}): Raft {
    const r = newRaft(1, state(), opts);
    elect(r, [2]);
    ack(r, 2, 1);
    drain(r);
    expect(r.status().progress?.get(2)?.state).toBe('replicate');
    expect(r.status().progress?.get(3)?.state).toBe('probe');
    return r;
  }

  it('pipelining: in replicate state each proposal is sent at once, several in flight before any ack', () => {
    const r = leader();
    const apps: Message[] = [];
    for (const data of ['a', 'b', 'c']) {
      r.propose(enc(data));
      apps.push(...ofType(drain(r).messages, 'app', 2));
    }
    expect(apps).toHaveLength(3);
    expect(apps.map((m) => m.index)).toEqual([1, 2, 3]);
    expect(apps.map((m) => m.entries.map((e) => e.index))).toEqual([[2], [3], [4]]);
  });

  it('probe state: one append at a time until the follower answers', () => {
    const r = leader();
    for (const data of ['a', 'b', 'c']) r.propose(enc(data));
    expect(ofType(drain(r).messages, 'app', 3)).toHaveLength(0); // the first probe is still unanswered
    r.step(msg('heartbeatResp', 3, 1, 1));
    const probe = ofType(drain(r).messages, 'app', 3);
    expect(probe).toHaveLength(1);
    ack(r, 3, 4);
    expect(r.status().progress?.get(3)).toMatchObject({ state: 'replicate', match: 4 });
  });

  it('the inflight window stops sending when full and reopens on an ack', () => {
    const r = leader({ maxInflightMsgs: 2 });
    const apps: Message[] = [];
    for (const data of ['a', 'b', 'c', 'd', 'e']) {
      r.propose(enc(data));
      apps.push(...ofType(drain(r).messages, 'app', 2));
    }
    expect(apps).toHaveLength(2); // entries 2 and 3; 4..6 wait
    const last = (m: Message): number => m.index + m.entries.length;
    ack(r, 2, last(apps[0] as Message));
    const more = ofType(drain(r).messages, 'app', 2).filter((m) => m.entries.length > 0);
    expect(more).toHaveLength(1);
    expect(more[0]?.index).toBe(last(apps[1] as Message));
    expect(last(more[0] as Message)).toBe(6);
  });

  it('an append carries at most maxSizePerMsg bytes of entries (but at least one entry)', () => {
    const r = newRaft(1, state(), { maxSizePerMsg: 40 });
    elect(r, [2]);
    for (let i = 0; i < 6; i++) r.propose(enc('0123456789'));
    drain(r);
    ack(r, 2, 1);
    const apps = ofType(drain(r).messages, 'app', 2).filter((m) => m.entries.length > 0);
    expect(apps.length).toBeGreaterThan(1);
    for (const m of apps) {
      const bytes = m.entries.reduce((n, e) => n + e.data.length, 0);
      expect(m.entries.length === 1 || bytes <= 40).toBe(true);
    }
    expect(apps.flatMap((m) => m.entries.map((e) => e.index))).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('heartbeats carry the commit index, but never beyond what the follower is known to hold', () => {
    const r = leader();
    r.propose(enc('a'));
    drain(r);
    ack(r, 2, 2);
    drain(r);
    expect(r.status().commit).toBe(2);
    r.tick();
    const hbs = ofType(drain(r).messages, 'heartbeat');
    expect(hbs.find((m) => m.to === 2)).toMatchObject({ commit: 2, term: 1 });
    expect(hbs.find((m) => m.to === 3)?.commit).toBe(0); // 3 holds nothing known yet
  });

  it('a follower advances its commit from a heartbeat', () => {
    const r = newRaft(1, state({ term: 1, log: [1, 1, 1] }));
    r.step(msg('heartbeat', 2, 1, 1, { commit: 2 }));
    const out = drain(r);
    expect(r.status().commit).toBe(2);
    expect(out.committed.map((e) => e.index)).toEqual([1, 2]);
    expect(ofType(out.messages, 'heartbeatResp', 2)).toHaveLength(1);
  });

  it('an ack below the match point changes nothing', () => {
    const r = leader();
    r.propose(enc('a'));
    drain(r);
    ack(r, 2, 2);
    ack(r, 2, 1);
    drain(r);
    expect(r.status().progress?.get(2)?.match).toBe(2);
    expect(r.status().commit).toBe(2);
  });
});

describe('replication scripts', () => {
  it('a follower that was down catches up after it comes back', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.crash(3);
    for (const x of ['a', 'b', 'c']) net.propose(1, x);
    net.restart(3);
    net.tickUntilCommitted([3], 'c');
    expect(net.committed(3)).toEqual(['a', 'b', 'c']);
    expect(net.logTerms(3)).toEqual(net.logTerms(1));
  });

  it('a minority cannot commit; its uncommitted entries are replaced after the partition heals', () => {
    const net = new Network([1, 2, 3, 4, 5]);
    net.campaign(1);
    // Partition {1, 2} | {3, 4, 5}.
    for (const [a, b] of [[1, 3], [1, 4], [1, 5], [2, 3], [2, 4], [2, 5]] as const) net.cut(a, b);
    net.propose(1, 'lost'); // reaches 2 only
    expect(net.committed(1)).not.toContain('lost');
    const leader = net.tickUntilLeader([3, 4, 5]);
    net.propose(leader, 'kept');
    net.heal();
    net.tickUntilCommitted([1, 2, 3, 4, 5], 'kept');
    for (const id of net.ids()) expect(net.committed(id)).toEqual(['kept']);
  });

  it('a follower forwards a proposal to the leader', () => {
    const net = new Network([1, 2, 3]);
    const leader = net.tickUntilLeader();
    const follower = net.others(leader)[0] as number;
    net.propose(follower, 'via-follower');
    expect(net.sentWhere((m) => m.type === 'prop' && m.from === follower && m.to === leader)).toHaveLength(1);
    net.tickUntilCommitted(net.ids(), 'via-follower');
  });
});
