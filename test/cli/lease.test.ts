// regctl lease against a real cluster: grant and timetolive compared with
// etcdctl's output (ids normalized), json/table golden files, list,
// keep-alive (once, until Ctrl-C, and a lease revoked meanwhile), revoke, and
// exit codes (an unknown lease: 1 with NOT_FOUND; bad input: 3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from '../integration/harness/local-cluster.js';
import { etcdctlOk as etcdctlAt, itWithEtcdctl, golden, normalize, regctl, regctlOk, startRegctl } from './harness.js';

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

/** etcdctl against the test cluster. */
function etcdctlOk(args: readonly string[]): Promise<string> {
  return etcdctlAt(ep, args);
}

const LEASE_LINE = /^lease ([0-9a-f]{16}) granted with TTL\((\d+)s\)\n$/;

async function grant(ttl: number): Promise<string> {
  const m = LEASE_LINE.exec(await regctlOk(ep, ['lease', 'grant', String(ttl)]));
  expect(m).not.toBeNull();
  return m![1]!;
}

/** Lease ids and the seconds left, which differ per run. */
const VARYING: readonly (readonly [RegExp, string])[] = [
  [/"cluster_id":"[0-9a-f]+"/g, '"cluster_id":"<id>"'],
  [/"member_id":"[0-9a-f]+"/g, '"member_id":"<id>"'],
  [/"raft_term":"\d+"/g, '"raft_term":"<term>"'],
  [/"revision":"\d+"/g, '"revision":"<rev>"'],
  [/"id":"[0-9a-f]+"/g, '"id":"<lease>"'],
  [/\b[0-9a-f]{16}\b/g, '<lease id hex16>'],
  [/"ttl":\d+/g, '"ttl":<ttl>'],
  // Seconds left in a table: two digits (TTL 50), the column width kept.
  [/\| \d\ds \| 50s /g, '| ##s | 50s '],
];

describe('regctl lease', () => {
  itWithEtcdctl('grant prints what etcdctl prints (ids normalized); json and table (golden)', async () => {
    const mine = await regctlOk(ep, ['lease', 'grant', '30']);
    const theirs = await etcdctlOk(['lease', 'grant', '30']);
    expect(mine).toMatch(LEASE_LINE);
    expect(normalize(mine, VARYING)).toBe(normalize(theirs, VARYING));
    const json = await regctlOk(ep, ['-w', 'json', 'lease', 'grant', '30']);
    const parsed = JSON.parse(json) as { id: string; ttl: number };
    expect(parsed.ttl).toBe(30);
    // The id in json is the one the cluster knows.
    expect(await regctlOk(ep, ['lease', 'timetolive', parsed.id])).toMatch(new RegExp(`^lease 0*${parsed.id} granted with TTL\\(30s\\)`));
    await expect(normalize(json, VARYING)).toMatchFileSnapshot(golden('lease-grant.json'));
    const table = await regctlOk(ep, ['-w', 'table', 'lease', 'grant', '30'], { env: { COLUMNS: '200' } });
    await expect(normalize(table, VARYING)).toMatchFileSnapshot(golden('lease-grant.table'));
  });

  itWithEtcdctl('timetolive [--keys] prints what etcdctl prints; json and table (golden); an expired lease', async () => {
    const id = await grant(50);
    await regctlOk(ep, ['kv', 'put', 'lt/a', '1', '--lease', id]);
    await regctlOk(ep, ['kv', 'put', 'lt/b', '2', '--lease', id]);
    const remaining = [/remaining\(\d+s\)/g, 'remaining(<s>)'] as const;
    for (const args of [['lease', 'timetolive', id], ['lease', 'timetolive', id, '--keys']]) {
      const mine = await regctlOk(ep, args);
      expect(normalize(mine, [remaining])).toBe(normalize(await etcdctlOk(args.slice(0)), [remaining]));
    }
    expect(await regctlOk(ep, ['lease', 'timetolive', id, '--keys'])).toMatch(new RegExp(`^lease ${id} granted with TTL\\(50s\\), remaining\\(\\d+s\\), attached keys\\(\\[lt/a lt/b\\]\\)\\n$`));
    const json = await regctlOk(ep, ['-w', 'json', 'lease', 'timetolive', id, '--keys']);
    expect((JSON.parse(json) as { keys: string[]; granted_ttl: number }).keys).toEqual(['lt/a', 'lt/b']);
    await expect(normalize(json, VARYING)).toMatchFileSnapshot(golden('lease-timetolive.json'));
    const table = await regctlOk(ep, ['-w', 'table', 'lease', 'timetolive', id, '--keys'], { env: { COLUMNS: '200' } });
    await expect(normalize(table, VARYING)).toMatchFileSnapshot(golden('lease-timetolive.table'));
    await regctlOk(ep, ['lease', 'revoke', id]);
    const gone = await regctlOk(ep, ['lease', 'timetolive', id]);
    expect(gone).toBe(`lease ${id} already expired\n`);
    expect(gone).toBe(await etcdctlOk(['lease', 'timetolive', id]));
  });

  it('list shows live leases (simple, json, table)', async () => {
    const a = await grant(60);
    const b = await grant(60);
    const simple = await regctlOk(ep, ['lease', 'list']);
    const lines = simple.trimEnd().split('\n');
    expect(lines[0]).toBe(`found ${lines.length - 1} leases`);
    expect(lines).toEqual(expect.arrayContaining([a, b]));
    const json = JSON.parse(await regctlOk(ep, ['-w', 'json', 'lease', 'list'])) as { leases: string[] };
    expect(json.leases.map((l) => l.padStart(16, '0'))).toEqual(lines.slice(1));
    const table = await regctlOk(ep, ['-w', 'table', 'lease', 'list']);
    expect(table).toContain(`| ${a} |`);
  });

  it('keep-alive --once, and keep-alive until Ctrl-C (exit 0) or until the lease is revoked (exit 1)', async () => {
    const id = await grant(3);
    expect(await regctlOk(ep, ['lease', 'keep-alive', id, '--once'])).toBe(`lease ${id} keepalived with TTL(3)\n`);
    expect(await regctlOk(ep, ['-w', 'json', 'lease', 'keep-alive', id, '--once'])).toBe(`{"id":"${id.replace(/^0+/, '')}","ttl":3}\n`);
    const k = startRegctl(['--endpoints', ep.join(','), 'lease', 'keep-alive', id]);
    try {
      // TTL 3 s: a renewal each second; three renewals outlive the TTL.
      await k.waitForOutput(new RegExp(`(lease ${id} keepalived with TTL\\(3\\)\\n){4}`));
      expect(await regctlOk(ep, ['lease', 'timetolive', id])).toMatch(/remaining\([123]s\)/);
    } finally {
      k.signal('SIGINT');
    }
    expect((await k.exited).code).toBe(0);
    const k2 = startRegctl(['--endpoints', ep.join(','), 'lease', 'keep-alive', id]);
    await k2.waitForOutput(/keepalived/);
    await regctlOk(ep, ['lease', 'revoke', id]);
    const r = await k2.exited;
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`lease ${id} expired or revoked\\.\\n$`));
    expect(r.stderr).toMatch(/\(NOT_FOUND\)/);
  });

  it('revoke deletes the lease\'s keys; an unknown lease exits 1 (NOT_FOUND); bad input exits 3', async () => {
    const id = await grant(60);
    await regctlOk(ep, ['kv', 'put', 'lr/a', '1', '--lease', id]);
    expect(await regctlOk(ep, ['lease', 'revoke', id])).toBe(`lease ${id} revoked\n`);
    expect(await regctlOk(ep, ['kv', 'get', 'lr/a'])).toBe('');
    for (const args of [['lease', 'revoke', id], ['lease', 'keep-alive', id, '--once']]) {
      const r = await regctl(['--endpoints', ep.join(','), ...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toBe('Error: etcdserver: requested lease not found (NOT_FOUND)\n');
    }
    for (const args of [['lease', 'grant', 'ten'], ['lease', 'grant', '0'], ['lease', 'revoke', 'zz'], ['lease', 'timetolive'], ['lease', 'list', '--bogus'], ['-w', 'table', 'lease', 'revoke', id]]) {
      const r = await regctl(['--endpoints', ep.join(','), ...args]);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr, args.join(' ')).toMatch(/^Error: .*\n(?:.*\n)*Usage: regctl lease/);
    }
  });
});
