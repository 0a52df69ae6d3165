// Failpoints on real 3-member clusters: each one breaks safety in the way
// jepsen-lite must then catch, and the same scenario without it stays safe.
//
// The scenario: a write commits on all three members, then both followers are
// killed with -9. The leader is cut off from its quorum; it keeps leading until
// check-quorum deposes it one to two election timeouts later. The election
// timeout is 2 s here, so the requests made right after the kills reach a
// leader that still leads (the window is ~2 s wide, the requests take ms).
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusCode as grpcStatus, type Client, type RegdError } from '../../src/client/index.js';
import { memberClient, valueOf } from './harness/member-client.js';
import { LocalCluster } from './harness/local-cluster.js';
import { waitFor } from './harness/wait-for.js';

const ELECTION = ['--election-timeout', '2000'];

let cluster: LocalCluster | undefined;
const clients: Client[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await cluster?.stop();
  cluster = undefined;
});

function client(c: LocalCluster, name: string, timeoutMs = 3000): Client {
  const k = memberClient(c, name, timeoutMs);
  clients.push(k);
  return k;
}

async function leaderOf(c: LocalCluster, among: string[]): Promise<string> {
  return waitFor('a leader', async () => {
    const byId = new Map<string, string>();
    let leader: string | undefined;
    for (const n of among) {
      const s = await client(c, n, 1000).maintenance.status();
      byId.set(s.header.memberId.toString(), n);
      if (s.leader.toString() !== '0') leader = s.leader.toString();
    }
    return leader !== undefined ? byId.get(leader) : undefined;
  }, { timeoutMs: 30_000 });
}

/**
 * Starts a cluster, commits greeting=hello on every member, kills both
 * followers with -9 and returns the leader, now without a quorum.
 */
async function isolatedLeader(env: Record<string, string>): Promise<{ c: LocalCluster; leader: string; followers: string[]; revision: number }> {
  const c = await LocalCluster.start(3, ELECTION, { env });
  cluster = c;
  await c.waitForHealthy(undefined, 30_000);
  const names = c.specs.map((s) => s.name);
  const leader = await leaderOf(c, names);
  const followers = names.filter((n) => n !== leader);
  await client(c, leader).kv.put('greeting', 'hello');
  for (const n of names) await waitFor(`${n} to apply greeting`, async () => (await valueOf(client(c, n), 'greeting', true)) === 'hello');
  const revision = Number((await client(c, leader).kv.range('greeting', { serializable: true })).header.revision);
  await Promise.all(followers.map((f) => c.kill(f, 'SIGKILL')));
  return { c, leader, followers, revision };
}

async function waitLeaderless(c: LocalCluster, name: string): Promise<void> {
  await waitFor(`${name} to know no leader`, async () => (await client(c, name, 1000).maintenance.status()).leader.toString() === '0', { timeoutMs: 30_000 });
}

function codeOf(p: Promise<unknown>): Promise<number | undefined> {
  return p.then(() => undefined, (err: RegdError) => err.code);
}

describe('failpoints on a real cluster', () => {
  it('a member refuses to start with an unknown failpoint name, before touching its data dir', async () => {
    const c = await LocalCluster.start(1, [], { env: { REGD_FAILPOINTS: 'serve-local-reads,bogus' } });
    cluster = c;
    const { code, output } = await c.exitOf('n1');
    expect(code).toBe(2);
    expect(output).toContain('regd: REGD_FAILPOINTS: unknown failpoint "bogus" (known: serve-local-reads, ack-before-commit)');
    expect(existsSync(c.spec('n1').dataDir)).toBe(false);
  });

  it('without failpoints: a leader cut off from its quorum acknowledges no write and serves no linearizable read', async () => {
    const { c, leader } = await isolatedLeader({});
    const kv = client(c, leader, 1500);
    expect([grpcStatus.DEADLINE_EXCEEDED, grpcStatus.UNAVAILABLE]).toContain(await codeOf(kv.kv.put('lost', 'x')));
    expect([grpcStatus.DEADLINE_EXCEEDED, grpcStatus.UNAVAILABLE]).toContain(await codeOf(valueOf(kv, 'greeting')));
    await waitLeaderless(c, leader);
    expect([grpcStatus.DEADLINE_EXCEEDED, grpcStatus.UNAVAILABLE]).toContain(await codeOf(valueOf(kv, 'greeting')));
    expect(await valueOf(kv, 'greeting', true)).toBe('hello'); // serializable reads stay local, as always
    expect(await c.metrics(leader)).not.toContain('regd_failpoints');
    expect(c.output(leader)).not.toContain('FAILPOINTS ON');
  });

  it('serve-local-reads: the lone survivor answers linearizable reads from its local state, with and without a leader', async () => {
    const { c, leader } = await isolatedLeader({ REGD_FAILPOINTS: 'serve-local-reads' });
    expect(c.output(leader)).toContain('FAILPOINTS ON (serve-local-reads)');
    const metrics = await c.metrics(leader);
    expect(metrics).toContain('regd_failpoints_enabled{name="serve-local-reads"} 1');
    expect(metrics).not.toContain('name="ack-before-commit"');
    const kv = client(c, leader, 1500);
    expect(await valueOf(kv, 'greeting')).toBe('hello'); // a leader without quorum
    await waitLeaderless(c, leader);
    expect(await valueOf(kv, 'greeting')).toBe('hello'); // a deposed leader
    // Writes are not affected by this failpoint: they still need a quorum.
    expect([grpcStatus.DEADLINE_EXCEEDED, grpcStatus.UNAVAILABLE]).toContain(await codeOf(kv.kv.put('lost', 'x')));
  });

  it('ack-before-commit: a leader cut off from its quorum acknowledges writes that are then lost', async () => {
    const { c, leader, followers, revision } = await isolatedLeader({ REGD_FAILPOINTS: 'ack-before-commit' });
    expect(c.output(leader)).toContain('FAILPOINTS ON (ack-before-commit)');
    expect(await c.metrics(leader)).toContain('regd_failpoints_enabled{name="ack-before-commit"} 1');
    const kv = client(c, leader, 1500);
    const put = await kv.kv.put('lost', 'x');
    expect(Number(put.header.revision)).toBe(revision + 1);
    const del = await kv.kv.delete('greeting');
    expect(Number(del.deleted)).toBe(1);
    // Nothing was applied: the local state is where it was.
    expect(await valueOf(kv, 'lost', true)).toBeUndefined();
    expect(await valueOf(kv, 'greeting', true)).toBe('hello');

    // The leader dies; the followers come back and form a quorum without it.
    await c.kill(leader, 'SIGKILL');
    for (const f of followers) c.startNode(f);
    const next = await leaderOf(c, followers);
    expect(followers).toContain(next);
    const reader = client(c, next, 5000);
    await waitFor('a linearizable read on the new majority', () => valueOf(reader, 'greeting').then((v) => ({ v })));
    expect(await valueOf(reader, 'lost')).toBeUndefined(); // acknowledged, then lost
    expect(await valueOf(reader, 'greeting')).toBe('hello'); // acknowledged as deleted, still there
  });
});
