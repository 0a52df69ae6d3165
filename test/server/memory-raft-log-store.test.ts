// The in-memory Raft log keeps LevelDB's durability rule: a synced write is
// durable and makes every earlier write durable; a write without a sync (one
// that moves only the commit index) is lost by crash() unless a synced write
// followed it.
import { describe, expect, it } from 'vitest';
import { Raft } from '../../src/raft/index.js';
import { MemoryRaftLogStore } from '../../src/server/memory-raft-log-store.js';

const id = { clusterId: 1n, memberId: 1n, raftId: 1 };
const entry = (index: number, term: number) => ({ index, term, data: new Uint8Array([index]) });

async function store(): Promise<MemoryRaftLogStore> {
  const s = new MemoryRaftLogStore();
  await s.bootstrap(Raft.bootstrap({ voters: [1], outgoing: [], learners: [] }), id);
  await s.save({ entries: [entry(1, 1), entry(2, 1)], hardState: { term: 1, vote: 1, commit: 0 } });
  return s;
}

describe('MemoryRaftLogStore', () => {
  it('loses a commit-only write on a crash, and keeps synced ones', async () => {
    const s = await store();
    await s.save({ entries: [], hardState: { term: 1, vote: 1, commit: 2 } });
    expect(s.current.hardState?.commit).toBe(2);
    expect(s.durable.hardState?.commit).toBe(0);
    s.crash();
    const back = await s.load(async () => new Uint8Array());
    expect(back?.hardState).toEqual({ term: 1, vote: 1, commit: 0 });
    expect(back?.entries.map((e) => e.index)).toEqual([1, 2]);
  });

  it('makes an earlier unsynced write durable with the next synced one', async () => {
    const s = await store();
    await s.save({ entries: [], hardState: { term: 1, vote: 1, commit: 1 } });
    await s.save({ entries: [entry(3, 1)], hardState: undefined });
    s.crash();
    const back = await s.load(async () => new Uint8Array());
    expect(back?.hardState.commit).toBe(1);
    expect(back?.entries.map((e) => e.index)).toEqual([1, 2, 3]);
  });

  it('syncs a change of term or vote, replaces a suffix, and compacts', async () => {
    const s = await store();
    await s.save({ entries: [], hardState: { term: 2, vote: 0, commit: 0 } });
    expect(s.durable.hardState?.term).toBe(2);
    await s.save({ entries: [entry(2, 2)], hardState: undefined });
    expect([s.durable.termAt(1), s.durable.termAt(2), s.durable.lastIndex()]).toEqual([1, 2, 2]);
    await s.compact({ index: 1, term: 1, conf: { voters: [1], outgoing: [], learners: [] } }, 1);
    expect([s.durable.termAt(1), s.durable.termAt(2)]).toEqual([1, 2]);
    const back = await s.load(async () => new Uint8Array());
    expect(back?.snapshot.meta.index).toBe(1);
    expect(back?.entries.map((e) => e.index)).toEqual([2]);
  });
});
