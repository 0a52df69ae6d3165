// Short interaction scripts over the synchronous test network. The network
// itself checks on every Ready that votes are durable before they are sent,
// that committed entries are never overwritten and that all nodes apply the
// same entry at each index, so every script is also a safety check.
import { describe, expect, it } from 'vitest';
import { ELECTION } from './helpers.js';
import { Network } from './network.js';

describe('scripts', () => {
  it('the leader is isolated; the others elect a new leader and go on', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.isolate(1);
    const leader = net.tickUntilLeader();
    expect([2, 3]).toContain(leader);
    net.propose(leader, 'x');
    net.tickUntilCommitted([2, 3], 'x');
    expect(net.committed(3)).toContain('x');
    // The old leader comes back, learns the new term and catches up.
    net.heal();
    net.tickUntilCommitted([1], 'x');
    expect(net.status(1)).toMatchObject({ role: 'follower', leader });
  });

  it('a proposal on the old leader during the partition is lost, never applied', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.isolate(1);
    net.propose(1, 'doomed'); // the old leader still thinks it leads
    const leader = net.tickUntilLeader();
    net.propose(leader, 'kept');
    net.heal();
    net.tickUntilCommitted([1, 2, 3], 'kept');
    for (const id of net.ids()) expect(net.committed(id)).toEqual(['kept']);
  });

  it('a whole cluster restarts from its durable state and keeps every committed entry', () => {
    const net = new Network([1, 2, 3]);
    const first = net.tickUntilLeader();
    for (const x of ['a', 'b', 'c']) net.propose(first, x);
    net.tickUntilCommitted(net.ids(), 'c');
    for (const id of net.ids()) net.crash(id);
    for (const id of net.ids()) net.restart(id);
    const second = net.tickUntilLeader();
    expect(net.status(second).term).toBeGreaterThan(1);
    net.propose(second, 'd');
    net.tickUntilCommitted(net.ids(), 'd');
    for (const id of net.ids()) expect(net.committed(id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a follower crashes and restarts repeatedly while proposals go on', () => {
    const net = new Network([1, 2, 3, 4, 5]);
    const leader = net.tickUntilLeader();
    const followers = net.others(leader);
    for (let i = 0; i < 8; i++) {
      const f = followers[i % followers.length] as number;
      net.crash(f);
      net.propose(leader, `v${i}`);
      net.restart(f);
    }
    net.tickUntilCommitted(net.ids(), 'v7');
    const expected = Array.from({ length: 8 }, (_, i) => `v${i}`);
    for (const id of net.ids()) expect(net.committed(id)).toEqual(expected);
  });

  it('a symmetric partition 2|3 heals into one history', () => {
    const net = new Network([1, 2, 3, 4, 5]);
    net.campaign(1);
    for (const a of [1, 2]) for (const b of [3, 4, 5]) net.cut(a, b);
    net.propose(1, 'minority');
    const leader = net.tickUntilLeader([3, 4, 5]);
    net.propose(leader, 'majority');
    net.tickAll(2 * ELECTION);
    expect(net.committed(1)).toEqual([]);
    net.heal();
    net.tickUntilCommitted(net.ids(), 'majority');
    for (const id of net.ids()) expect(net.committed(id)).toEqual(['majority']);
  });

  it('the network is deterministic: the same seed gives the same messages', () => {
    const run = (): string[] => {
      const net = new Network([1, 2, 3], { seed: 7 });
      const leader = net.tickUntilLeader();
      net.propose(leader, 'x');
      net.isolate(leader);
      net.tickUntilLeader();
      return net.sent.map((m) => `${m.type}:${m.from}->${m.to}@${m.term}/${m.index}`);
    };
    expect(run()).toEqual(run());
  });
});
