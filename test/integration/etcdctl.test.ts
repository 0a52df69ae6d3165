// etcdctl 3.4 against a real regd cluster: the commands must behave as against etcd.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from './harness/local-cluster.js';
import { waitFor } from './harness/wait-for.js';

const run = promisify(execFile);
const ETCDCTL = '/usr/bin/etcdctl';
const haveEtcdctl = existsSync(ETCDCTL);
if (!haveEtcdctl && process.env['REGD_REQUIRE_ETCDCTL'] === '1') {
  throw new Error(`${ETCDCTL} is required (install Debian's etcd-client)`);
}

let cluster: LocalCluster;

async function etcdctl(args: string[], input?: string, endpoints = cluster.endpoints().join(',')): Promise<{ stdout: string; stderr: string }> {
  const child = run(ETCDCTL, [`--endpoints=${endpoints}`, '--dial-timeout=3s', '--command-timeout=8s', ...args], {
    env: { ...process.env, ETCDCTL_API: '3' },
  });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  return child;
}

/** hashkv of every member, until all agree (a member may still be applying the last write). */
async function waitForSameHash(urls: string[]): Promise<void> {
  await waitFor('every member to report the same hashkv', async () => {
    const lines = (await etcdctl(['endpoint', 'hashkv'], undefined, urls.join(','))).stdout.trim().split('\n');
    return lines.length === urls.length && new Set(lines.map((l) => l.split(', ')[1])).size === 1;
  }, { timeoutMs: 10_000, intervalMs: 100 });
}

describe.skipIf(!haveEtcdctl)('etcdctl 3.4 against regd', () => {
  beforeAll(async () => {
    cluster = await LocalCluster.start(3);
    await cluster.waitForHealthy();
  });
  afterAll(async () => {
    await cluster.stop();
  });

  it('put, get, get --prefix, del', async () => {
    expect((await etcdctl(['put', 'app/a', '1'])).stdout).toBe('OK\n');
    expect((await etcdctl(['put', 'app/b', '2'])).stdout).toBe('OK\n');
    expect((await etcdctl(['put', 'other', '3'])).stdout).toBe('OK\n');
    expect((await etcdctl(['get', 'app/a'])).stdout).toBe('app/a\n1\n');
    expect((await etcdctl(['get', 'app/', '--prefix'])).stdout).toBe('app/a\n1\napp/b\n2\n');
    expect((await etcdctl(['get', 'app/', '--prefix', '--keys-only'])).stdout).toBe('app/a\n\napp/b\n\n');
    expect((await etcdctl(['get', 'app/', '--prefix', '--limit=1'])).stdout).toBe('app/a\n1\n');
    expect((await etcdctl(['get', 'app/a', '--consistency=s'])).stdout).toBe('app/a\n1\n');
    expect((await etcdctl(['del', 'app/', '--prefix'])).stdout).toBe('2\n');
    expect((await etcdctl(['get', 'app/', '--prefix'])).stdout).toBe('');
    expect((await etcdctl(['del', 'nothing-here'])).stdout).toBe('0\n');
  });

  it('get -w json carries revisions, versions and a header', async () => {
    await etcdctl(['put', 'ver', 'x']);
    await etcdctl(['put', 'ver', 'y']);
    const out = JSON.parse((await etcdctl(['get', 'ver', '-w', 'json'])).stdout) as {
      header: { revision: number; raft_term: number; cluster_id: number };
      kvs: Array<{ create_revision: number; mod_revision: number; version: number }>;
      count: number;
    };
    expect(out.count).toBe(1);
    expect(out.kvs[0]!.version).toBe(2);
    expect(out.kvs[0]!.mod_revision).toBe(out.kvs[0]!.create_revision + 1);
    expect(out.header.revision).toBeGreaterThanOrEqual(out.kvs[0]!.mod_revision);
    expect(out.header.raft_term).toBeGreaterThan(0);
  });

  it('txn takes the branch its compares choose', async () => {
    await etcdctl(['put', 'tx', 'old']);
    const ok = await etcdctl(['txn'], 'value("tx") = "old"\n\nput tx new\n\nput tx wrong\n\n');
    expect(ok.stdout).toBe('SUCCESS\n\nOK\n');
    const no = await etcdctl(['txn'], 'value("tx") = "old"\n\nput tx wrong\n\nget tx\n\n');
    expect(no.stdout).toBe('FAILURE\n\ntx\nnew\n');
  });

  it('compaction makes older revisions unreadable, with etcd\'s error', async () => {
    const r1 = await etcdctl(['put', 'c', '1', '-w', 'json']);
    const rev1 = (JSON.parse(r1.stdout) as { header: { revision: number } }).header.revision;
    await etcdctl(['put', 'c', '2']);
    expect((await etcdctl(['get', 'c', `--rev=${rev1}`])).stdout).toBe('c\n1\n');
    expect((await etcdctl(['compaction', String(rev1 + 1)])).stdout).toBe(`compacted revision ${rev1 + 1}\n`);
    const err = await etcdctl(['get', 'c', `--rev=${rev1}`]).then(() => '', (e: { stderr: string }) => e.stderr);
    expect(err).toContain('etcdserver: mvcc: required revision has been compacted');
  });

  it('endpoint status, endpoint health and member list', async () => {
    const status = JSON.parse((await etcdctl(['endpoint', 'status', '-w', 'json'])).stdout) as Array<{
      Endpoint: string; Status: { leader: number; header: { member_id: number }; version: string };
    }>;
    expect(status).toHaveLength(3);
    expect(status.filter((s) => s.Status.leader === s.Status.header.member_id)).toHaveLength(1);
    expect(new Set(status.map((s) => s.Status.leader)).size).toBe(1);
    const health = await etcdctl(['endpoint', 'health']);
    // etcdctl 3.4 prints health results on stderr.
    expect((health.stdout + health.stderr).match(/is healthy: successfully committed proposal/g)).toHaveLength(3);
    const members = await etcdctl(['member', 'list']);
    const lines = members.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.split(', ')[2]).sort()).toEqual(['n1', 'n2', 'n3']);
    for (const l of lines) expect(l.split(', ')[1]).toBe('started');
    // Every member published its client URL through Raft.
    expect(lines.map((l) => l.split(', ')[4]).sort()).toEqual(cluster.endpoints().map((e) => `http://${e}`).sort());
  });

  it('--cluster and http:// endpoints: etcdctl dials each member by its URL and the calls succeed', async () => {
    // etcdctl sends the URL itself (http://host:port) as the HTTP/2 :authority of these calls.
    const urls = cluster.endpoints().map((e) => `http://${e}`);
    const status = JSON.parse((await etcdctl(['endpoint', 'status', '--cluster', '-w', 'json'], undefined, urls[0])).stdout) as Array<{
      Endpoint: string; Status: { leader: number; header: { member_id: number } };
    }>;
    expect(status.map((s) => s.Endpoint).sort()).toEqual([...urls].sort());
    expect(status.filter((s) => s.Status.leader === s.Status.header.member_id)).toHaveLength(1);
    const hashes = (await etcdctl(['endpoint', 'hashkv', '--cluster'], undefined, urls[1])).stdout.trim().split('\n');
    expect(hashes.map((l) => l.split(', ')[0]).sort()).toEqual([...urls].sort());
    await waitForSameHash(urls);
    const plain = await etcdctl(['endpoint', 'status', '-w', 'json'], undefined, urls.join(','));
    expect(JSON.parse(plain.stdout)).toHaveLength(3);
  });

  it('bad requests get etcd\'s errors and the cluster keeps serving', async () => {
    const empty = await etcdctl(['put', '', 'v']).then(() => '', (e: { stderr: string }) => e.stderr);
    expect(empty).toContain('etcdserver: key is not provided');
    const future = await etcdctl(['get', 'x', '--rev=999999']).then(() => '', (e: { stderr: string }) => e.stderr);
    expect(future).toContain('etcdserver: mvcc: required revision is a future revision');
    const noLease = await etcdctl(['put', 'k', 'v', '--lease=1234']).then(() => '', (e: { stderr: string }) => e.stderr);
    expect(noLease).toContain('etcdserver: requested lease not found');
    expect((await etcdctl(['put', 'still', 'serving'])).stdout).toBe('OK\n');
  });

  it('the reserved keyspace (keys from 0xff 0xff) is refused, and the cluster keeps serving', async () => {
    // Keys with raw 0xff bytes: argv through the shell's printf, txn lines in Go's quoted form.
    const sh = (script: string) => run('/bin/sh', ['-c', script], { env: { ...process.env, ETCDCTL_API: '3', ENDPOINTS: cluster.endpoints().join(',') } })
      .then(() => '', (e: { stderr: string }) => e.stderr);
    const reserved = 'etcdserver: key is reserved for the service registry';
    for (const cmd of ['put "$(printf \'\\377\\377registry/x\')" v', 'get "$(printf \'\\377\\377\')" --prefix', 'del "$(printf \'\\377\\377registry/sp\')"']) {
      expect(await sh(`${ETCDCTL} --endpoints="$ENDPOINTS" --command-timeout=8s ${cmd}`)).toContain(reserved);
    }
    const inTxn = await etcdctl(['txn'], '\n\nput "\\xff\\xffregistry/x" v\n\n\n').then(() => '', (e: { stderr: string }) => e.stderr);
    expect(inTxn).toContain(reserved);
    // Just below the reserved part is an ordinary key.
    expect(await sh(`${ETCDCTL} --endpoints="$ENDPOINTS" put "$(printf '\\377\\376')" v`)).toBe('');
    expect((await etcdctl(['put', 'still', 'serving'])).stdout).toBe('OK\n');
    expect((await etcdctl(['get', 'still'])).stdout).toBe('still\nserving\n');
    await waitFor('every member healthy', async () => (await Promise.all(cluster.names.map((n) => cluster.healthy(n)))).every(Boolean));
  });

  it('etcdctl --user works while authentication is disabled', async () => {
    expect((await etcdctl(['--user=root:pw', 'put', 'auth', 'off'])).stdout).toBe('OK\n');
  });
});
