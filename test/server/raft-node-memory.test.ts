// Three real RaftNodes in one process on the in-memory seams (log store,
// snapshot store, transport) and a virtual clock: they elect a leader, commit
// and apply a proposal on every member, and the commit survives a crash that
// loses what the log store had not synced.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { Raft, type Entry, type Snapshot } from '../../src/raft/index.js';
import { MemoryRaftLogStore } from '../../src/server/memory-raft-log-store.js';
import { MemorySnapshotStore } from '../../src/server/memory-snapshot-store.js';
import { MemoryNetwork } from '../../src/server/memory-transport.js';
import { RaftNode, type StateMachine } from '../../src/server/raft-node.js';
import { VirtualClock } from '../../src/server/virtual-clock.js';

/** Remembers the data of every applied entry; the result of a proposal is its index. */
class ListMachine implements StateMachine<number> {
  applied = 0;
  readonly data: string[] = [];
  async apply(entries: readonly Entry[]): Promise<Array<{ requestId: bigint; result: number } | undefined>> {
    return entries.map((e) => {
      this.applied = e.index;
      if (e.conf !== undefined || e.data.length === 0) return undefined;
      this.data.push(new TextDecoder().decode(e.data));
      return { requestId: BigInt(e.data.length), result: e.index };
    });
  }
  appliedIndex(): number { return this.applied; }
  async snapshot(): Promise<Uint8Array> { return new Uint8Array(); }
  async restore(_: Snapshot): Promise<void> {}
}

const ids = [1, 2, 3];
const drain = () => new Promise<void>((r) => setImmediate(r));

async function cluster() {
  const clock = new VirtualClock();
  const net = new MemoryNetwork();
  const logs = new Map(ids.map((id) => [id, new MemoryRaftLogStore()]));
  const machines = new Map<number, ListMachine>();
  const nodes = new Map<number, RaftNode<number>>();
  const boot = Raft.bootstrap({ voters: ids, outgoing: [], learners: [] });
  for (const id of ids) await logs.get(id)!.bootstrap(boot, { clusterId: 1n, memberId: BigInt(id), raftId: id });
  const start = async (id: number) => {
    const log = logs.get(id)!;
    const persisted = (await log.load(async () => new Uint8Array()))!;
    const machine = new ListMachine();
    const node: RaftNode<number> = new RaftNode<number>({
      id, heartbeatMs: 10, electionMs: 100, requestTimeoutMs: 10_000, snapshotEvery: 1_000, snapshotCatchUpEntries: 0,
      seed: id, log: pino({ level: 'silent' }), clock,
    }, persisted, log, new MemorySnapshotStore(), machine, net.join(id, {
      receive: (ms) => node.receive(ms), reportUnreachable: (p) => node.reportUnreachable(p), reportSnapshot: (p, ok) => node.reportSnapshot(p, ok),
    }));
    machines.set(id, machine);
    nodes.set(id, node);
    node.start();
  };
  for (const id of ids) await start(id);
  /** Advances virtual time in 10 ms steps until `done` or `limitMs` passed. */
  const runUntil = async (done: () => boolean, limitMs: number) => {
    const end = clock.now() + limitMs;
    while (!done() && clock.now() < end) {
      clock.runUntil(clock.now() + 10);
      await drain();
    }
    return done();
  };
  return { clock, net, logs, machines, nodes, start, runUntil };
}

describe('RaftNode on the in-memory seams', () => {
  it('elects a leader and applies a proposal on every member, on virtual time', async () => {
    const c = await cluster();
    expect(await c.runUntil(() => ids.some((id) => c.nodes.get(id)!.status().role === 'leader'), 5_000)).toBe(true);
    const leader = ids.find((id) => c.nodes.get(id)!.status().role === 'leader')!;
    const done = c.nodes.get(leader)!.propose(1n, new TextEncoder().encode('x'));
    expect(await c.runUntil(() => ids.every((id) => c.machines.get(id)!.data.includes('x')), 5_000)).toBe(true);
    expect(await done).toBeGreaterThan(1);
    await c.nodes.get(leader)!.readBarrier().then(() => 'read');
  });

  it('keeps a committed entry through a crash that loses unsynced writes', async () => {
    const c = await cluster();
    await c.runUntil(() => ids.some((id) => c.nodes.get(id)!.status().role === 'leader'), 5_000);
    const leader = ids.find((id) => c.nodes.get(id)!.status().role === 'leader')!;
    const done = c.nodes.get(leader)!.propose(1n, new TextEncoder().encode('y'));
    await c.runUntil(() => c.machines.get(leader)!.data.includes('y'), 5_000);
    expect(await done).toBeGreaterThan(1);
    const follower = ids.find((id) => id !== leader)!;
    await c.nodes.get(follower)!.stop();
    c.net.leave(follower);
    const log = c.logs.get(follower)!;
    log.crash();
    // The entry was synced before the follower acknowledged it: the durable log still holds it.
    const index = await done;
    expect(log.durable.termAt(index)).toBeDefined();
    await c.start(follower);
    expect(await c.runUntil(() => c.machines.get(follower)!.data.includes('y'), 5_000)).toBe(true);
  });
});
