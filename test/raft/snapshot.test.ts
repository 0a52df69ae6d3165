// Snapshots: compaction, a follower behind the leader's first index gets a
// snapshot, restoring from one, restarting from one.
import { describe, expect, it } from 'vitest';
import type { Raft } from '../../src/raft/index.js';
import { conf, drain, elect, enc, msg, newRaft, ofType, sortedConf, state } from './helpers.js';
import { Network, confOf } from './network.js';

/** A 3-node cluster led by 1 where 3 missed a..e and the leader compacted them away. */
function laggingFollower(): { net: Network; snapIndex: number } {
  const net = new Network([1, 2, 3]);
  net.campaign(1);
  net.isolate(3);
  for (const x of ['a', 'b', 'c', 'd', 'e']) net.propose(1, x);
  net.tickUntilCommitted([1, 2], 'e');
  const snapIndex = net.snapshot(1);
  expect(net.status(1).firstIndex).toBe(snapIndex + 1);
  return { net, snapIndex };
}

describe('snapshots', () => {
  it('a follower behind the leader\'s first index gets a snapshot and installs it (script)', () => {
    const { net, snapIndex } = laggingFollower();
    net.heal();
    net.tickUntilCommitted([3], 'e');
    expect(net.sentWhere((m) => m.type === 'snap' && m.to === 3)).toHaveLength(1);
    expect(net.durable(3).snapshot.meta).toMatchObject({ index: snapIndex, term: net.status(1).term });
    expect(net.committed(3)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(net.status(3)).toMatchObject({ firstIndex: snapIndex + 1, commit: snapIndex });
    expect(net.status(1).progress?.get(3)).toMatchObject({ state: 'replicate', match: snapIndex });
    // ... and then follows with ordinary appends.
    net.propose(1, 'f');
    net.tickUntilCommitted([3], 'f');
    expect(net.sentWhere((m) => m.type === 'snap')).toHaveLength(1);
  });

  it('a lost snapshot is sent again (script)', () => {
    const { net } = laggingFollower();
    net.heal();
    let lost = 0;
    net.dropIf((m) => m.type === 'snap' && lost++ === 0);
    net.tickUntilCommitted([3], 'e');
    expect(net.sentWhere((m) => m.type === 'snap' && m.to === 3).length).toBeGreaterThanOrEqual(2);
  });

  it('a follower within the retained log is caught up with entries, not a snapshot (script)', () => {
    const net = new Network([1, 2, 3]);
    net.campaign(1);
    net.propose(1, 'a');
    net.tickUntilCommitted([3], 'a');
    const kept = net.status(3).lastIndex;
    net.isolate(3);
    for (const x of ['b', 'c']) net.propose(1, x);
    net.snapshot(1, kept); // snapshot at the applied index, but keep the entries after `kept`
    net.heal();
    net.tickUntilCommitted([3], 'c');
    expect(net.sentWhere((m) => m.type === 'snap')).toHaveLength(0);
  });

  it('nodes restart from snapshot plus log (script)', () => {
    const { net, snapIndex } = laggingFollower();
    net.heal();
    net.tickUntilCommitted([3], 'e');
    net.propose(1, 'f');
    net.tickUntilCommitted([1, 2, 3], 'f');
    for (const id of [3, 1]) {
      net.crash(id);
      net.restart(id);
      expect(net.status(id).firstIndex).toBe(snapIndex + 1);
      expect(net.committed(id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    }
    const leader = net.tickUntilLeader();
    net.propose(leader, 'g');
    net.tickUntilCommitted([1, 2, 3], 'g');
  });

  it('a member added after compaction learns the configuration from the snapshot (script)', () => {
    const { net } = laggingFollower();
    net.heal();
    net.join(4);
    net.proposeConfChange(1, [{ type: 'addLearner', node: 4 }]);
    net.tickUntilCommitted([4], 'e');
    expect(net.sentWhere((m) => m.type === 'snap' && m.to === 4).length).toBeGreaterThanOrEqual(1);
    expect(confOf(net, 4)).toEqual({ voters: [1, 2, 3], outgoing: [], learners: [4] });
  });

  it('createSnapshot describes the applied index, its term and the applied configuration', () => {
    const r = newRaft(1, state({ conf: conf([1]) }));
    elect(r, []);
    r.propose(enc('x'));
    drain(r);
    const meta = r.createSnapshot(enc('image'));
    expect(meta.index).toBe(2);
    expect(meta.term).toBe(1);
    expect(sortedConf(meta.conf)).toEqual(conf([1]));
    expect(r.status().firstIndex).toBe(3);
  });

  describe('a follower receiving a snapshot', () => {
    function withSnapshot(r: Raft, index: number, term: number): void {
      r.step(msg('snap', 2, 1, 3, {
        snapshot: { meta: { index, term, conf: conf([1, 2, 3], [], [4]) }, data: enc('["s"]') },
      }));
    }

    it('installs a newer snapshot: the Ready hands it out, advance applies it', () => {
      const r = newRaft(1, state({ term: 2, log: [1, 2], commit: 1 }));
      withSnapshot(r, 10, 3);
      const rd = r.ready();
      expect(rd.snapshot?.meta).toMatchObject({ index: 10, term: 3 });
      expect(rd.committedEntries).toEqual([]);
      expect(ofType(rd.messages, 'appResp', 2)[0]).toMatchObject({ index: 10, reject: false });
      r.advance();
      drain(r);
      expect(r.status()).toMatchObject({ commit: 10, applied: 10, firstIndex: 11, lastIndex: 10, leader: 2 });
      expect(sortedConf(r.status().conf)).toEqual(conf([1, 2, 3], [], [4]));
    });

    it('ignores a snapshot older than its commit index and says how far it is', () => {
      const r = newRaft(1, state({ term: 3, log: [1, 2, 3, 3], commit: 4 }));
      withSnapshot(r, 3, 3);
      const out = drain(r);
      expect(out.readies.some((rd) => rd.snapshot !== undefined)).toBe(false);
      expect(ofType(out.messages, 'appResp', 2)[0]).toMatchObject({ index: 4, reject: false });
      expect(r.status()).toMatchObject({ lastIndex: 4, firstIndex: 1 });
    });

    it('whose last entry it already holds only moves its commit forward', () => {
      const r = newRaft(1, state({ term: 3, log: [1, 2, 3, 3, 3], commit: 1 }));
      withSnapshot(r, 3, 3);
      const out = drain(r);
      expect(out.readies.some((rd) => rd.snapshot !== undefined)).toBe(false);
      expect(r.status()).toMatchObject({ commit: 3, lastIndex: 5 });
    });
  });
});
