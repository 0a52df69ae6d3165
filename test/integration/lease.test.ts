// Leases on real regd processes: etcd's replies over gRPC (through the leader
// and through followers), expiry deleting keys on every member, a leader
// killed while a client keeps its lease alive through a follower, and the
// etcdctl 3.4 lease commands.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LeaseNotFoundError, StatusCode as grpcStatus, type Client, type RegdError } from '../../src/client/index.js';
import { LocalCluster } from './harness/local-cluster.js';
import { memberClient } from './harness/member-client.js';
import { waitFor } from './harness/wait-for.js';

const run = promisify(execFile);
const ETCDCTL = '/usr/bin/etcdctl';
const haveEtcdctl = existsSync(ETCDCTL);

const closers: Array<() => void> = [];
function client(c: LocalCluster, name: string, timeoutMs = 5000): Client {
  const k = memberClient(c, name, timeoutMs);
  closers.push(() => k.close());
  return k;
}

/** Put with a lease attached. */
function putWithLease(c: LocalCluster, name: string, key: string, value: string, lease: bigint) {
  return client(c, name).kv.put(key, value, { lease });
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

/** Keys under `prefix` as `name` has applied them (serializable: its local state), with the header revision. */
async function localKeys(c: LocalCluster, name: string, prefix: string): Promise<{ keys: string[]; revision: number }> {
  const r = await client(c, name, 2000).kv.range(prefix, { prefix: true, serializable: true });
  return { keys: r.kvs.map((kv) => kv.keyString), revision: Number(r.header.revision) };
}

async function grpcError(p: Promise<unknown>): Promise<RegdError> {
  try {
    await p;
  } catch (err) {
    return err as RegdError;
  }
  throw new Error('expected an error');
}

/** What a time-to-live answer says, with the keys as strings. */
async function ttlOf(c: Client, id: bigint, keys = false): Promise<{ ttl: number; grantedTtl: number; keys: string[] }> {
  const t = await c.lease.timeToLive(id, { keys });
  return { ttl: t.ttl, grantedTtl: t.grantedTtl, keys: t.keys.map((k) => Buffer.from(k).toString()) };
}

/** One keep-alive: the TTL answered, 0 when the lease is unknown (the client says LeaseNotFoundError). */
async function keepAliveTtl(c: Client, id: bigint): Promise<number> {
  return c.lease.keepAliveOnce(id).catch((e: unknown) => {
    if (e instanceof LeaseNotFoundError) return 0;
    throw e;
  });
}

afterEach(() => {
  for (const close of closers.splice(0)) close();
});

describe('leases on a 3-member cluster', () => {
  let cluster: LocalCluster;
  let leader: string;
  let follower: string;

  beforeAll(async () => {
    cluster = await LocalCluster.start(3);
    await cluster.waitForHealthy();
    leader = await leaderOf(cluster);
    follower = ['n1', 'n2', 'n3'].find((n) => n !== leader)!;
  });
  afterAll(async () => {
    await cluster.stop();
  });

  it('answers grant, time-to-live, keep-alive, list and revoke as etcd does, on leader and follower alike', async () => {
    const viaFollower = client(cluster, follower);
    const viaLeader = client(cluster, leader);

    // A TTL below the minimum (ceil(1.5 × 500 ms) = 1 s) is raised, not refused; the server picks an id.
    const short = await viaFollower.lease.grant(0);
    expect(short.ttl).toBe(1);
    expect(short.id > 0n && short.id < 1n << 53n).toBe(true);

    const id = 0x1234abcdn;
    const g = await viaFollower.lease.grant(60, { id });
    expect(g).toMatchObject({ id, ttl: 60 });
    const dup = await grpcError(viaLeader.lease.grant(30, { id }));
    expect([dup.code, dup.details]).toEqual([grpcStatus.FAILED_PRECONDITION, 'etcdserver: lease already exists']);
    const big = await grpcError(viaLeader.lease.grant(9_000_000_001));
    expect([big.code, big.details]).toEqual([grpcStatus.OUT_OF_RANGE, 'etcdserver: too large lease TTL']);

    const unknownPut = await grpcError(putWithLease(cluster, follower, 'lease/x', 'v', 0x77n));
    expect([unknownPut.code, unknownPut.details]).toEqual([grpcStatus.NOT_FOUND, 'etcdserver: requested lease not found']);

    await putWithLease(cluster, leader, 'lease/b', '1', id);
    await putWithLease(cluster, follower, 'lease/a', '1', id);
    for (const c of [viaFollower, viaLeader]) {
      const t = await ttlOf(c, id, true);
      expect(t.grantedTtl).toBe(60);
      expect(t.ttl).toBeGreaterThanOrEqual(55);
      expect(t.ttl).toBeLessThanOrEqual(60);
      expect(t.keys).toEqual(['lease/a', 'lease/b']);
      expect((await ttlOf(c, id)).keys).toEqual([]);
      expect(await ttlOf(c, 0x999n)).toEqual({ ttl: -1, grantedTtl: 0, keys: [] });
      expect(await keepAliveTtl(c, id)).toBe(60);
      expect(await keepAliveTtl(c, 0x999n)).toBe(0);
      expect(await c.lease.leases()).toContain(id);
    }

    const before = (await localKeys(cluster, leader, 'lease/')).revision;
    const rev = Number((await viaFollower.lease.revoke(id)).revision);
    expect(rev).toBe(before + 1); // both keys at one revision
    for (const n of ['n1', 'n2', 'n3']) {
      await waitFor(`${n} applied the revoke`, async () => (await localKeys(cluster, n, 'lease/')).revision >= rev);
      expect(await localKeys(cluster, n, 'lease/')).toEqual({ keys: [], revision: rev });
    }
    const again = await grpcError(viaLeader.lease.revoke(id));
    expect([again.code, again.details]).toEqual([grpcStatus.NOT_FOUND, 'etcdserver: requested lease not found']);
    expect(await ttlOf(viaLeader, id)).toEqual({ ttl: -1, grantedTtl: 0, keys: [] });
    expect(await viaFollower.lease.leases()).not.toContain(id);
  });

  it('a keep-alive stream answers each request, TTL 0 for an unknown lease, and stays open', async () => {
    const c = client(cluster, follower);
    const { id } = await c.lease.grant(30);
    const answers = [await keepAliveTtl(c, id), await keepAliveTtl(c, 0x4242n), await keepAliveTtl(c, id)];
    expect(answers).toEqual([30, 0, 30]);
    expect(c.lease.keepAliveStreamsOpened).toBe(1); // one stream answered all three
    await c.lease.revoke(id);
  });

  it('deletes the keys of an expired lease on every member, at one revision', async () => {
    const c = client(cluster, follower);
    const { id, ttl } = await c.lease.grant(1);
    expect(ttl).toBe(1);
    await putWithLease(cluster, follower, 'exp/k2', 'v', id);
    await putWithLease(cluster, leader, 'exp/k1', 'v', id);
    const unrelated = await client(cluster, leader).kv.put('exp/z', 'stays');
    const afterPuts = Number(unrelated.header.revision);
    for (const n of ['n1', 'n2', 'n3']) {
      await waitFor(`${n} has the leased keys`, async () => (await localKeys(cluster, n, 'exp/')).keys.length === 3);
    }
    // No keep-alive: the leader revokes it about a second after the grant.
    const revs = new Map<string, number>();
    for (const n of ['n1', 'n2', 'n3']) {
      const got = await waitFor(`${n} lost the leased keys`, async () => {
        const r = await localKeys(cluster, n, 'exp/');
        return r.keys.length === 1 ? r : undefined;
      }, { timeoutMs: 15_000 });
      expect(got.keys).toEqual(['exp/z']);
      revs.set(n, got.revision);
    }
    // One revision for both deletes, the same on every member.
    expect(new Set(revs.values())).toEqual(new Set([afterPuts + 1]));
    expect(await ttlOf(c, id)).toEqual({ ttl: -1, grantedTtl: 0, keys: [] });
    expect(await keepAliveTtl(c, id)).toBe(0);
  });

  describe.skipIf(!haveEtcdctl)('etcdctl 3.4', () => {
    async function etcdctl(args: string[]): Promise<string> {
      const r = await run(ETCDCTL, [`--endpoints=${cluster.endpoints().join(',')}`, '--dial-timeout=3s', '--command-timeout=8s', ...args], {
        env: { ...process.env, ETCDCTL_API: '3' },
      });
      return r.stdout;
    }
    async function etcdctlError(args: string[]): Promise<string> {
      return etcdctl(args).then(() => '', (e: { stderr: string }) => e.stderr);
    }

    it('lease grant / keep-alive --once / timetolive --keys / list / put --lease / revoke', async () => {
      const granted = await etcdctl(['lease', 'grant', '10']);
      const m = /^lease ([0-9a-f]{16}) granted with TTL\(10s\)\n$/.exec(granted);
      expect(m, granted).not.toBeNull();
      const hex = m![1]!;
      const bare = BigInt(`0x${hex}`).toString(16); // etcdctl accepts it without the leading zeros too

      expect(await etcdctl(['put', '--lease', bare, 'ctl/k', 'v'])).toBe('OK\n');
      expect(await etcdctl(['put', `--lease=${hex}`, 'ctl/j', 'v'])).toBe('OK\n');
      expect(await etcdctl(['lease', 'keep-alive', '--once', hex])).toBe(`lease ${hex} keepalived with TTL(10)\n`);
      const ttl = await etcdctl(['lease', 'timetolive', hex, '--keys']);
      expect(ttl).toMatch(new RegExp(`^lease ${hex} granted with TTL\\(10s\\), remaining\\((9|10)s\\), attached keys\\(\\[ctl/j ctl/k\\]\\)\n$`));
      const list = await etcdctl(['lease', 'list']);
      expect(list.startsWith('found ')).toBe(true);
      expect(list.split('\n')).toContain(hex);

      expect(await etcdctl(['lease', 'revoke', hex])).toBe(`lease ${hex} revoked\n`);
      expect(await etcdctl(['get', 'ctl/', '--prefix'])).toBe('');
      expect(await etcdctl(['lease', 'timetolive', hex])).toBe(`lease ${hex} already expired\n`);
      expect(await etcdctlError(['lease', 'revoke', hex])).toContain('etcdserver: requested lease not found');
      expect(await etcdctlError(['lease', 'keep-alive', '--once', hex])).toContain('requested lease not found');
      expect(await etcdctlError(['put', '--lease', hex, 'ctl/k', 'v'])).toContain('etcdserver: requested lease not found');
      expect((await etcdctl(['lease', 'list'])).split('\n')).not.toContain(hex);
    });
  });
});

describe('leader failure', () => {
  let cluster: LocalCluster | undefined;
  afterAll(async () => {
    await cluster?.stop();
  });

  it('kill -9 of the leader does not expire a lease kept alive through a follower', async () => {
    cluster = await LocalCluster.start(3);
    const c = cluster;
    await c.waitForHealthy();
    const oldLeader = await leaderOf(c);
    const follower = ['n1', 'n2', 'n3'].find((n) => n !== oldLeader)!;
    // A client pinned to the follower, keeping the lease alive as clientv3 does (every TTL/3 on its one stream, reopened if it fails).
    const viaFollower = memberClient(c, follower);
    closers.push(() => viaFollower.close());
    const TTL = 3;
    const { id } = await viaFollower.lease.grant(TTL);
    const put = await putWithLease(c, follower, 'ka/key', 'alive', id);
    const createRev = put.header.revision;
    const kept = viaFollower.lease.keepAlive(id);
    await waitFor('keep-alives answered', () => kept.renewals >= 2, { timeoutMs: 10_000 });
    await c.kill(oldLeader, 'SIGKILL');
    const newLeader = await leaderOf(c);
    expect(newLeader).not.toBe(oldLeader);
    // Keep going through the follower for well over two TTLs after the failover.
    const mark = kept.renewals;
    await waitFor('keep-alives through the new leader', () => kept.renewals >= mark + 3 * TTL, { timeoutMs: 30_000 });
    expect(kept.ttl).toBe(TTL);
    // The key was never deleted: it is still the one the first put created.
    for (const n of [follower, newLeader]) {
      const r = await client(c, n).kv.range('ka/key');
      expect(r.kvs.map((kv) => [kv.valueString, kv.createRevision])).toEqual([['alive', createRev]]);
    }
    const t = await ttlOf(viaFollower, id, true);
    expect(t.grantedTtl).toBe(TTL);
    expect(t.ttl).toBeGreaterThanOrEqual(0);
    expect(t.keys).toEqual(['ka/key']);
    kept.close();
  });
});
