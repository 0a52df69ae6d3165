// When the Raft log cannot be written, the member stops: no request is
// acknowledged after the failure, every waiting request fails at once with
// why, and the fatal hook fires once so the process can exit (as etcd does).
// A real single-member RaftNode on a real LevelDB Raft log, whose database is
// closed underneath it to make the next fsync fail.
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Raft, type Entry, type Snapshot } from '../../src/raft/index.js';
import { LevelRaftLogStore } from '../../src/server/level-raft-log-store.js';
import { RaftNode, type StateMachine } from '../../src/server/raft-node.js';
import { ServerError } from '../../src/server/server-error.js';
import { FileSnapshotStore } from '../../src/server/file-snapshot-store.js';
import { waitFor } from '../integration/harness/wait-for.js';
import { removeDir, tempDir } from '../kv/helpers.js';

/** Entries carry their request id as 8 bytes; the result of each is its log index. */
class IndexMachine implements StateMachine<number> {
  applied = 0;
  async apply(entries: readonly Entry[]): Promise<Array<{ requestId: bigint; result: number } | undefined>> {
    return entries.map((e) => {
      this.applied = e.index;
      if (e.conf !== undefined || e.data.length !== 8) return undefined;
      return { requestId: new DataView(e.data.buffer, e.data.byteOffset).getBigUint64(0), result: e.index };
    });
  }
  appliedIndex(): number {
    return this.applied;
  }
  async snapshot(): Promise<Uint8Array> {
    return new Uint8Array();
  }
  async restore(_: Snapshot): Promise<void> {}
}

function request(id: bigint): Uint8Array {
  const d = new Uint8Array(8);
  new DataView(d.buffer).setBigUint64(0, id);
  return d;
}

describe('RaftNode when the Raft log cannot be written', () => {
  let dir: string;
  let store: LevelRaftLogStore;
  let node: RaftNode<number>;
  const fatal: Error[] = [];

  beforeEach(async () => {
    dir = tempDir('regd-raft-node-');
    fatal.length = 0;
    store = await LevelRaftLogStore.open(`${dir}/raft`);
    const persisted = Raft.bootstrap({ voters: [1], outgoing: [], learners: [] });
    await store.bootstrap(persisted, { clusterId: 1n, memberId: 1n, raftId: 1 });
    const snapshots = await FileSnapshotStore.open(`${dir}/snap`);
    node = new RaftNode<number>({
      id: 1, heartbeatMs: 10, electionMs: 50,
      // Long on purpose: a failed node must not leave requests to this timeout.
      requestTimeoutMs: 60_000,
      snapshotEvery: 1_000_000, snapshotCatchUpEntries: 0, seed: 7,
      log: pino({ level: 'silent' }),
      onFatal: (err) => fatal.push(err),
    }, persisted, store, snapshots, new IndexMachine(), { send: () => {} });
    node.start();
    await waitFor('the single member to lead', () => node.leader === 1, { timeoutMs: 5000, intervalMs: 5 });
  });

  afterEach(async () => {
    await node.stop();
    await store.close().catch(() => {});
    removeDir(dir);
  });

  it('commits while the log is writable', async () => {
    const id = node.newRequestId();
    expect(await node.propose(id, request(id))).toBeGreaterThan(0);
    expect(node.failure).toBeUndefined();
    expect(fatal).toEqual([]);
  });

  it('fails the waiting requests at once, calls the fatal hook once, and refuses everything after', async () => {
    const first = node.newRequestId();
    await node.propose(first, request(first));

    await store.close(); // the next save() throws: the database is not open
    const started = Date.now();
    const pending = [0, 1, 2].map(() => {
      const id = node.newRequestId();
      return node.propose(id, request(id)).then(() => 'acknowledged', (e: unknown) => e);
    });
    const read = node.readBarrier().then(() => 'read', (e: unknown) => e);
    const outcomes = await Promise.all([...pending, read]);
    expect(Date.now() - started).toBeLessThan(10_000);

    for (const o of outcomes) {
      expect(o).toBeInstanceOf(ServerError);
      expect((o as ServerError).code).toBe('UNAVAILABLE');
      expect((o as ServerError).message).toMatch(/^etcdserver: server stopped: raft loop failed: /);
    }
    expect(fatal).toHaveLength(1);
    expect(node.failure).toBe(fatal[0]);

    const later = node.newRequestId();
    await expect(node.propose(later, request(later))).rejects.toThrow(/raft loop failed/);
    await expect(node.readBarrier()).rejects.toThrow(/raft loop failed/);
    expect(fatal).toHaveLength(1);
  });
});
