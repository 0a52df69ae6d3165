// A real 3-member regd cluster of separate processes on loopback: replication,
// leader failure, restarts, and durability of every acknowledged write across kill -9.
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusCode as grpcStatus, type Client, type RegdError } from '../../src/client/index.js';
import { memberClient, valueOf } from './harness/member-client.js';
import { LocalCluster } from './harness/local-cluster.js';
import { waitFor } from './harness/wait-for.js';

let cluster: LocalCluster | undefined;
const clients: Client[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await cluster?.stop();
  cluster = undefined;
});

function client(c: LocalCluster, name: string, timeoutMs?: number): Client {
  const k = memberClient(c, name, timeoutMs);
  clients.push(k);
  return k;
}

async function leaderOf(c: LocalCluster, among: string[] = c.specs.map((s) => s.name).filter((n) => c.isRunning(n))): Promise<string> {
  return waitFor('a leader', async () => {
    const byId = new Map<string, string>();
    let leader: string | undefined;
    for (const n of among) {
      const s = await client(c, n, 1000).maintenance.status();
      byId.set(s.header.memberId.toString(), n);
      if (s.leader.toString() !== '0') leader = s.leader.toString();
    }
    return leader !== undefined ? byId.get(leader) : undefined;
  }, { timeoutMs: 20_000 });
}

describe('a 3-member cluster', () => {
  it('serves a write made on one member to linearizable reads on every member', async () => {
    cluster = await LocalCluster.start(3);
    await cluster.waitForHealthy();
    const r = await client(cluster, 'n2').kv.put('greeting', 'hello');
    expect(Number(r.header.revision)).toBe(2); // a new store is at revision 1
    for (const n of ['n1', 'n2', 'n3']) expect(await valueOf(client(cluster, n), 'greeting')).toBe('hello');
  });

  it('elects a new leader after kill -9 of the leader, and writes go on', async () => {
    cluster = await LocalCluster.start(3);
    await cluster.waitForHealthy();
    const old = await leaderOf(cluster);
    const survivor = ['n1', 'n2', 'n3'].find((n) => n !== old)!;
    await client(cluster, survivor).kv.put('before', '1');
    await cluster.kill(old, 'SIGKILL');
    const next = await leaderOf(cluster);
    expect(next).not.toBe(old);
    await waitFor('a write after failover', () => client(cluster!, survivor).kv.put('after', '2').then(() => true));
    expect(await valueOf(client(cluster, survivor), 'before')).toBe('1');
    expect(await valueOf(client(cluster, survivor), 'after')).toBe('2');
  });

  it('lets a killed follower catch up after restart', async () => {
    cluster = await LocalCluster.start(3);
    await cluster.waitForHealthy();
    const leader = await leaderOf(cluster);
    const follower = ['n1', 'n2', 'n3'].find((n) => n !== leader)!;
    await cluster.kill(follower, 'SIGKILL');
    const c = client(cluster, leader);
    for (let i = 0; i < 50; i++) await c.kv.put(`k${i}`, `v${i}`);
    cluster.startNode(follower);
    const f = client(cluster, follower);
    await waitFor('the follower to catch up', async () => (await valueOf(f, 'k49', true)) === 'v49');
    expect(await valueOf(f, 'k0', true)).toBe('v0');
  });

  it('sends a lagging follower a snapshot (in chunks) once the leader has compacted its log', async () => {
    cluster = await LocalCluster.start(3, ['--snapshot-count', '50', '--experimental-snapshot-catchup-entries', '5']);
    await cluster.waitForHealthy();
    const leader = await leaderOf(cluster);
    const follower = ['n1', 'n2', 'n3'].find((n) => n !== leader)!;
    await cluster.kill(follower, 'SIGKILL');
    const c = client(cluster, leader);
    const big = 'x'.repeat(8 * 1024);
    // 200 values of 8 KiB: a snapshot well over the 1 MiB chunk size, and the log compacted past the follower.
    for (let i = 0; i < 200; i++) await c.kv.put(`s${i}`, `${i}:${big}`);
    cluster.startNode(follower);
    const f = client(cluster, follower);
    await waitFor('the follower to install the snapshot and catch up', async () => (await valueOf(f, 's199', true))?.startsWith('199:'), { timeoutMs: 30_000 });
    expect((await valueOf(f, 's0', true))?.startsWith('0:')).toBe(true);
    // It caught up through a snapshot, not the log: the installed snapshot is in its snap/ dir.
    expect(readdirSync(join(cluster.spec(follower).dataDir, 'snap')).filter((f) => f.endsWith('.snap')).length).toBeGreaterThan(0);
  });

  it('keeps every acknowledged write when all members are killed with -9 and restarted', async () => {
    cluster = await LocalCluster.start(3);
    await cluster.waitForHealthy();
    const c = cluster;
    const acked = new Map<string, string>();
    let stop = false;
    const writers = [0, 1, 2, 3, 4, 5].map(async (w) => {
      const k = client(c, `n${(w % 3) + 1}`, 2000);
      for (let i = 0; !stop; i++) {
        const key = `w${w}-${i}`;
        try {
          await k.kv.put(key, `value-${w}-${i}`);
          acked.set(key, `value-${w}-${i}`);
        } catch {
          // Unknown outcome (the node died mid-request): not acknowledged, so nothing is promised.
        }
      }
    });
    await waitFor('some acknowledged writes', () => acked.size >= 200, { timeoutMs: 30_000 });
    await Promise.all(['n1', 'n2', 'n3'].map((n) => c.kill(n, 'SIGKILL')));
    stop = true;
    await Promise.all(writers);
    for (const n of ['n1', 'n2', 'n3']) c.startNode(n);
    await c.waitForHealthy();
    const reader = client(c, 'n1', 5000);
    // The first calls may meet a channel still backing off from the kill: wait until reads succeed.
    await waitFor('reads after the restart', () => valueOf(reader, 'w0-0').then(() => true), { timeoutMs: 20_000 });
    const missing: string[] = [];
    for (const [key, value] of acked) {
      if ((await valueOf(reader, key)) !== value) missing.push(key);
    }
    expect(missing, `lost ${missing.length} of ${acked.size} acknowledged writes`).toEqual([]);
  });

  it('answers UNAVAILABLE, within the deadline, when a member has no quorum', async () => {
    cluster = await LocalCluster.start(3);
    await cluster.waitForHealthy();
    await cluster.kill('n2', 'SIGKILL');
    await cluster.kill('n3', 'SIGKILL');
    const lone = client(cluster, 'n1', 10_000);
    const started = Date.now();
    const err = await lone.kv.put('x', 'y').then(() => undefined, (e: RegdError) => e);
    expect(err?.code).toBe(grpcStatus.UNAVAILABLE);
    expect(err?.details).toMatch(/^etcdserver: (no leader|request timed out)/);
    expect(Date.now() - started).toBeLessThan(10_000);
    const read = await valueOf(lone, 'x').then(() => undefined, (e: RegdError) => e);
    expect(read?.code).toBe(grpcStatus.UNAVAILABLE);
  });
});

describe('a member refuses to start on a data dir it cannot trust', () => {
  it('refuses a data dir that belongs to another cluster', async () => {
    cluster = await LocalCluster.start(1);
    await cluster.waitForHealthy();
    await cluster.kill('n1', 'SIGTERM');
    cluster.startNode('n1', ['--initial-cluster-token', 'some-other-cluster']);
    const { code, output } = await cluster.exitOf('n1');
    expect(code).toBe(1);
    expect(output).toContain('WRONG_CLUSTER');
  });

  it('refuses a data dir another running member holds open, and says so', async () => {
    cluster = await LocalCluster.start(1);
    await cluster.waitForHealthy();
    const s = cluster.spec('n1');
    const second = spawn(process.execPath, [resolve(import.meta.dirname, '..', '..', 'dist', 'src', 'node', 'main.js'),
      '--name', 'n1', '--data-dir', s.dataDir, '--initial-cluster', `n1=http://127.0.0.1:${s.peerPort}`,
      '--initial-advertise-peer-urls', `http://127.0.0.1:${s.peerPort}`, '--initial-cluster-token', 'regd-it'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    second.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((res) => second.once('exit', res));
    expect(code).toBe(1);
    expect(output).toContain('IN_USE');
    expect(cluster.isRunning('n1')).toBe(true);
  });

  it('refuses a data dir whose Raft log is missing while its state is there', async () => {
    cluster = await LocalCluster.start(1);
    await cluster.waitForHealthy();
    await client(cluster, 'n1').kv.put('k', 'v');
    await cluster.kill('n1', 'SIGTERM');
    rmSync(join(cluster.spec('n1').dataDir, 'raft'), { recursive: true, force: true });
    cluster.startNode('n1');
    const { code, output } = await cluster.exitOf('n1');
    expect(code).toBe(1);
    expect(output).toContain('MISSING_RAFT_STATE');
  });
});
