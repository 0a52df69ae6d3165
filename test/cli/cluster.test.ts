// regctl member, endpoint, move-leader and snapshot: against a real regd
// cluster (list, status and health in three formats, golden; a killed member
// is unhealthy; what regd's server does not implement yet exits 1 with
// UNIMPLEMENTED and leaves no file), and against a real etcd 3.4 for the rest
// (learners, removal, leader transfer, snapshots checked against etcdctl).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from '../integration/harness/local-cluster.js';
import { waitFor } from '../integration/harness/wait-for.js';
import { ETCDCTL_BINARY, RUN_ETCD_TESTS, startEtcd, type EtcdCluster } from './etcd.js';
import { golden, normalize, regctl, regctlOk } from './harness.js';

const run = promisify(execFile);
const TABLE = { env: { COLUMNS: '200' } };

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'regctl-cluster-test-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Ports, hex member ids and numbers that differ per run. */
const VARYING: readonly (readonly [RegExp, string])[] = [
  [/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>'],
  // etcdctl pads the ids of its one-line messages to 16 columns.
  [/(?<=(Member|cluster) ) *[0-9a-f]{1,16}\b/g, '<id>'],
  [/\b[0-9a-f]{10,16}\b/g, '<id>'],
  [/took = [\d.]+(ns|µs|ms|s)\b/g, 'took = <took>'],
];

/** A table with its padding collapsed (column widths follow the ids and ports) and its data rows sorted (members come in id order). */
function tableShape(table: string): string {
  const lines = normalize(table, VARYING).trimEnd().split('\n').map((l) => l.replace(/ +\|/g, ' |').replace(/-+/g, '-'));
  const [rule, head, rule2, ...rest] = lines;
  const body = rest.slice(0, -1).sort();
  return [rule, head, rule2, ...body, rest[rest.length - 1]].join('\n') + '\n';
}

function sortedLines(text: string): string {
  return text.replace(/\n$/, '').split('\n').sort().join('\n') + '\n';
}

interface StatusJson { endpoint: string; id: string; is_leader: boolean; leader: string }

describe('regctl cluster commands against regd', () => {
  let cluster: LocalCluster;
  let ep: string[];

  beforeAll(async () => {
    cluster = await LocalCluster.start(3);
    await cluster.waitForHealthy();
    ep = cluster.endpoints();
  }, 60_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it('member list: simple, table and json (golden)', async () => {
    // A member's name and client URLs appear once it has published them after its start.
    const simple = await waitFor('every member started', async () => {
      const out = await regctlOk(ep, ['member', 'list']);
      return !out.includes('unstarted') && out;
    });
    const lines = simple.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/^[0-9a-f]+, started, n[123], http:\/\/127\.0\.0\.1:\d+, http:\/\/127\.0\.0\.1:\d+, false$/);
    await expect(sortedLines(normalize(simple, VARYING))).toMatchFileSnapshot(golden('member-list'));
    await expect(tableShape(await regctlOk(ep, ['-w', 'table', 'member', 'list'], TABLE))).toMatchFileSnapshot(golden('member-list.table'));
    const json = JSON.parse(await regctlOk(ep, ['-w', 'json', 'member', 'list'])) as { header: object; members: { id: string; name: string; client_urls: string[] }[] };
    expect(json.members.map((m) => m.name).sort()).toEqual(['n1', 'n2', 'n3']);
    expect(json.members.flatMap((m) => m.client_urls).map((u) => u.replace('http://', '')).sort()).toEqual([...ep].sort());
    json.members.sort((a, b) => a.name.localeCompare(b.name));
    await expect(normalize(JSON.stringify(json), [[/"(cluster_id|member_id)":"[0-9a-f]+"/g, '"$1":"<n>"'], [/"(revision|raft_term)":"\d+"/g, '"$1":"<n>"'], ...VARYING]))
      .toMatchFileSnapshot(golden('member-list.json'));
  });

  it('endpoint status with and without --cluster (golden): one leader, every member once', async () => {
    const STATUS: readonly (readonly [RegExp, string])[] = [
      ...VARYING,
      [/, \d+(\.\d)? k?B, /g, ', <size>, '],
      [/, \d+, \d+, \d+, $/gm, ', <term>, <index>, <applied>, '],
    ];
    const simple = await regctlOk(ep, ['endpoint', 'status']);
    const rows = simple.trimEnd().split('\n');
    expect(rows.map((r) => r.split(', ')[0]).sort()).toEqual([...ep].sort());
    expect(rows.filter((r) => r.split(', ')[4] === 'true')).toHaveLength(1);
    await expect(sortedLines(normalize(simple, STATUS))).toMatchFileSnapshot(golden('endpoint-status'));
    const all = await regctlOk([ep[0]!], ['endpoint', 'status', '--cluster']);
    expect(all.trimEnd().split('\n').map((r) => r.split(', ')[0]).sort()).toEqual(ep.map((e) => `http://${e}`).sort());
    await expect(sortedLines(normalize(all, STATUS))).toMatchFileSnapshot(golden('endpoint-status.cluster'));
    const table = await regctlOk(ep, ['-w', 'table', 'endpoint', 'status'], TABLE);
    await expect(tableShape(normalize(table, [[/\| \d+(\.\d)? k?B +\|/g, '| <size> |'], [/\| \d+ +(?=\|)/g, '| <n> ']])))
      .toMatchFileSnapshot(golden('endpoint-status.table'));
    const jsonText = await regctlOk(ep, ['-w', 'json', 'endpoint', 'status', '--cluster']);
    await expect(normalize(jsonText, [
      [/"(cluster_id|member_id)":"[0-9a-f]+"/g, '"$1":"<n>"'],
      [/"(db_size|db_size_in_use|raft_term|raft_index|raft_applied_index|revision)":"\d+"/g, '"$1":"<n>"'],
      ...VARYING,
      [/"is_leader":(true|false)/g, '"is_leader":<bool>'],
    ])).toMatchFileSnapshot(golden('endpoint-status.json'));
    const json = JSON.parse(jsonText) as StatusJson[];
    expect(json).toHaveLength(3);
    const leaders = new Set(json.map((s) => s.leader));
    expect(leaders.size).toBe(1);
    expect(json.filter((s) => s.is_leader).map((s) => s.id)).toEqual([...leaders]);
  });

  it('endpoint health with and without --cluster (golden)', async () => {
    const simple = await regctlOk(ep, ['endpoint', 'health']);
    expect(simple.trimEnd().split('\n')).toHaveLength(3);
    await expect(sortedLines(normalize(simple, VARYING))).toMatchFileSnapshot(golden('endpoint-health'));
    const all = await regctlOk([ep[1]!], ['endpoint', 'health', '--cluster']);
    await expect(sortedLines(normalize(all, VARYING))).toMatchFileSnapshot(golden('endpoint-health.cluster'));
    const table = await regctlOk(ep, ['-w', 'table', 'endpoint', 'health'], TABLE);
    await expect(tableShape(normalize(table, [[/\| [\d.]+(ns|µs|ms|s) +\|/g, '| <took> |']]))).toMatchFileSnapshot(golden('endpoint-health.table'));
    const jsonText = await regctlOk(ep, ['-w', 'json', 'endpoint', 'health']);
    await expect(normalize(jsonText, [...VARYING, [/"took":"[^"]+"/g, '"took":"<took>"']])).toMatchFileSnapshot(golden('endpoint-health.json'));
    const json = JSON.parse(jsonText) as { endpoint: string; health: boolean; took: string }[];
    expect(json.map((h) => [h.endpoint, h.health]).sort()).toEqual([...ep].sort().map((e) => [e, true]));
  });

  it('member add, move-leader and snapshot save exit 1 with UNIMPLEMENTED, leaving no file', async () => {
    const add = await regctl(['--endpoints', ep.join(','), 'member', 'add', 'n4', '--peer-urls', 'http://127.0.0.1:1']);
    expect(add.code).toBe(1);
    expect(add.stderr).toMatch(/^Error: .*\(UNIMPLEMENTED\)\n$/);
    const ids = (JSON.parse(await regctlOk(ep, ['-w', 'json', 'member', 'list'])) as { members: { id: string }[] }).members.map((m) => m.id);
    const move = await regctl(['--endpoints', ep.join(','), 'move-leader', ids[0]!]);
    expect(move.code).toBe(1);
    expect(move.stderr).toMatch(/^Error: .*\(UNIMPLEMENTED\)\n$/);
    const file = join(tmp, 'regd.db');
    const snap = await regctl(['--endpoints', ep.join(','), 'snapshot', 'save', file]);
    expect(snap.code).toBe(1);
    expect(snap.stderr).toMatch(/Error: .*\(UNIMPLEMENTED\)\n$/);
    expect(snap.stdout).toBe('');
    expect(readdirSync(tmp).filter((f) => f.startsWith('regd.db'))).toEqual([]);
  });

  it('invalid input exits 3 with the usage line', async () => {
    for (const args of [['member', 'add', 'n4'], ['member', 'add', 'n4', '--peer-urls', 'ftp://x'], ['member', 'remove', 'zz'], ['move-leader', '-1'], ['member', 'update', '1']]) {
      const r = await regctl(['--endpoints', ep.join(','), ...args]);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr, args.join(' ')).toMatch(/^Error: .*\nUsage: regctl /);
    }
  });

  it('--help of every command shows examples', async () => {
    for (const args of [['member', 'list'], ['member', 'add'], ['member', 'remove'], ['member', 'update'], ['member', 'promote'],
      ['endpoint', 'status'], ['endpoint', 'health'], ['move-leader'], ['snapshot', 'save'], ['snapshot', 'status']]) {
      const r = await regctl([...args, '--help']);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toMatch(/Examples:\n {2}regctl /);
    }
  });

  it('endpoint health with a member killed: that one is unhealthy, exit 1', async () => {
    const victim = cluster.names[2]!;
    const dead = cluster.endpoint(victim);
    await cluster.kill(victim);
    for (const args of [['endpoint', 'health'], ['endpoint', 'health', '--cluster']]) {
      const r = await regctl(['--endpoints', ep.join(','), ...args]);
      expect(r.code, args.join(' ')).toBe(1);
      const healthy = r.stdout.trimEnd().split('\n');
      expect(healthy, args.join(' ')).toHaveLength(2);
      for (const l of healthy) expect(l).toMatch(/ is healthy: successfully committed proposal: took = /);
      expect(healthy.join('\n')).not.toContain(dead);
      expect(r.stderr, args.join(' ')).toMatch(new RegExp(`^(http://)?${dead.replace(/\./g, '\\.')} is unhealthy: failed to commit proposal: .+\nError: unhealthy cluster\n$`));
    }
    const status = await regctl(['--endpoints', ep.join(','), 'endpoint', 'status']);
    expect(status.code).toBe(1);
    expect(status.stderr).toContain(`Failed to get the status of endpoint ${dead}`);
    expect(status.stdout.trimEnd().split('\n')).toHaveLength(2);
  }, 60_000);
});

describe.skipIf(!RUN_ETCD_TESTS)('regctl cluster commands against etcd 3.4', () => {
  let etcd: EtcdCluster;
  let ep: string[];

  beforeAll(async () => {
    etcd = await startEtcd(3);
    ep = etcd.endpoints;
  }, 90_000);

  afterAll(async () => {
    await etcd?.stop();
  });

  interface MemberJson { id: string; name: string; peer_urls: string[]; is_learner: boolean }
  const members = async (): Promise<MemberJson[]> => (JSON.parse(await regctlOk(ep, ['-w', 'json', 'member', 'list'])) as { members: MemberJson[] }).members;

  it('member add --learner, update, promote (refused), remove', async () => {
    const peer = 'http://127.0.0.1:9';
    // etcd refuses a member change until every member has been connected for 5 s ("unhealthy cluster").
    const added = await waitFor('etcd to accept a member change', async () => {
      const r = await regctl(['--endpoints', ep.join(','), 'member', 'add', 'learner1', '--peer-urls', peer, '--learner']);
      return !r.stderr.includes('etcdserver: unhealthy cluster') && r;
    }, { timeoutMs: 30_000, intervalMs: 500 });
    expect(added.code, added.stderr).toBe(0);
    const add = added.stdout;
    const m = /^Member +([0-9a-f]+) added as learner to cluster +[0-9a-f]+\n\nETCD_NAME="learner1"\nETCD_INITIAL_CLUSTER="(.*)"\nETCD_INITIAL_ADVERTISE_PEER_URLS="http:\/\/127\.0\.0\.1:9"\nETCD_INITIAL_CLUSTER_STATE="existing"\n$/.exec(add);
    expect(m, add).not.toBeNull();
    const id = m![1]!;
    expect(m![2]!.split(',').sort()).toEqual([...(await members()).filter((x) => x.id !== id).map((x) => `${x.name}=${x.peer_urls[0]}`), `learner1=${peer}`].sort());
    const list = await regctlOk(ep, ['member', 'list']);
    expect(list).toContain(`${id}, unstarted, , ${peer}, , true\n`);
    // The ETCD_INITIAL_CLUSTER entries come in member id order: sorted here.
    const initialSorted = add.replace(/(?<=ETCD_INITIAL_CLUSTER=")[^"]*/, (l) => l.split(',').sort().join(','));
    await expect(normalize(initialSorted, [...VARYING, [/etcd\d=/g, 'etcdN=']])).toMatchFileSnapshot(golden('member-add.learner'));

    const moved = 'http://127.0.0.1:10';
    expect(await regctlOk(ep, ['member', 'update', id, '--peer-urls', moved])).toMatch(new RegExp(`^Member +${id} updated in cluster +[0-9a-f]+\n$`));
    expect((await members()).find((x) => x.id === id)?.peer_urls).toEqual([moved]);

    const promote = await regctl(['--endpoints', ep.join(','), 'member', 'promote', id]);
    expect(promote.code).toBe(1);
    expect(promote.stderr).toMatch(/^Error: etcdserver: can only promote a learner member which is in sync with leader \(\w+\)\n$/);

    const removed = await regctlOk(ep, ['member', 'remove', id]);
    expect(removed).toMatch(new RegExp(`^Member +${id} removed from cluster +[0-9a-f]+\n$`));
    await expect(normalize(removed, VARYING)).toMatchFileSnapshot(golden('member-remove'));
    expect((await members()).map((x) => x.id)).not.toContain(id);
    expect(await members()).toHaveLength(3);
  }, 60_000);

  it('move-leader hands leadership to another member', async () => {
    const status = async (): Promise<StatusJson[]> => JSON.parse(await regctlOk(ep, ['-w', 'json', 'endpoint', 'status'])) as StatusJson[];
    const before = await waitFor('a leader', async () => (await status()).find((s) => s.is_leader));
    const target = (await status()).find((s) => !s.is_leader)!.id;
    expect(await regctlOk(ep, ['move-leader', target])).toBe(`Leadership transferred from ${before.id} to ${target}\n`);
    await waitFor('the new leader everywhere', async () => (await status()).every((s) => s.leader === target));
    expect((await status()).find((s) => s.is_leader)?.id).toBe(target);
  }, 60_000);

  it('snapshot save writes the db with its sha256; snapshot status agrees with etcdctl', async () => {
    for (let i = 0; i < 20; i++) await regctlOk(ep, ['kv', 'put', `snap/${i}`, `value-${i}`]);
    const file = join(tmp, 'etcd.db');
    const r = await regctl(['--endpoints', ep[0]!, 'snapshot', 'save', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`Snapshot saved at ${file}\n`);
    expect(r.stderr).toMatch(/received \d+ bytes/);
    expect(existsSync(`${file}.part`)).toBe(false);
    const bytes = readFileSync(file);
    expect(bytes.length % 4096).toBe(32);
    expect(createHash('sha256').update(bytes.subarray(0, -32)).digest().equals(bytes.subarray(-32))).toBe(true);

    const ours = JSON.parse((await regctl(['-w', 'json', 'snapshot', 'status', file])).stdout) as { hash: number; revision: string; total_keys: number; total_size: number; sha256: string; format: string };
    const theirs = JSON.parse((await run(ETCDCTL_BINARY, ['snapshot', 'status', '-w', 'json', file])).stdout) as { hash: number; revision: number; totalKey: number; totalSize: number };
    expect({ hash: ours.hash, revision: Number(ours.revision), keys: ours.total_keys, size: ours.total_size })
      .toEqual({ hash: theirs.hash, revision: theirs.revision, keys: theirs.totalKey, size: theirs.totalSize });
    expect(ours.format).toBe('etcd bbolt');
    expect(ours.sha256).toBe('ok');
    const simple = await regctl(['snapshot', 'status', file]);
    expect(simple.stdout).toBe((await run(ETCDCTL_BINARY, ['snapshot', 'status', file])).stdout);
    await expect(normalize(simple.stdout, [[/^[0-9a-f]+, \d+, \d+, \d+ kB$/gm, '<hash>, <rev>, <keys>, <size>']])).toMatchFileSnapshot(golden('snapshot-status'));

    // etcdctl's own file reads the same.
    const theirFile = join(tmp, 'etcdctl.db');
    await run(ETCDCTL_BINARY, ['--endpoints', ep[0]!, 'snapshot', 'save', theirFile]);
    expect(statSync(theirFile).size % 4096).toBe(32);
    expect((await regctl(['snapshot', 'status', theirFile])).stdout).toBe((await run(ETCDCTL_BINARY, ['snapshot', 'status', theirFile])).stdout);

    // A flipped byte in the db: the sha256 check fails.
    const bad = join(tmp, 'corrupt.db');
    const copy = Buffer.from(bytes);
    copy[copy.length - 100] = copy[copy.length - 100]! ^ 0xff;
    writeFileSync(bad, copy);
    const corrupt = await regctl(['snapshot', 'status', bad]);
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toBe('Error: sha256 mismatch: the snapshot is corrupt\n');
  }, 60_000);

  it('snapshot status of a file that is not a snapshot exits 1 naming it', async () => {
    const file = join(tmp, 'notes.txt');
    writeFileSync(file, 'not a snapshot\n');
    const r = await regctl(['snapshot', 'status', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Error: ${file} is not a snapshot regctl knows (known formats: etcd bbolt)\n`);
    await expect(normalize(r.stderr, [[new RegExp(file.replace(/[.]/g, '\\.'), 'g'), 'FILE']])).toMatchFileSnapshot(golden('snapshot-status.unknown'));
  });
});
