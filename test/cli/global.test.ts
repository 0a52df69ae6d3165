// regctl's global behaviour: help with examples and exit codes, the exit code
// and one-line message for invalid input, an unreachable cluster and a failed
// request, endpoints from REGCTL_ENDPOINTS, and the three output formats of one
// read (golden files).
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from '../integration/harness/local-cluster.js';
import { golden, hashDigits, normalize, REGCTL, regctl, regctlOk, ROOT, JSON_IDS } from './harness.js';

const run = promisify(execFile);

let cluster: LocalCluster;

beforeAll(async () => {
  cluster = await LocalCluster.start(3);
  await cluster.waitForHealthy();
}, 60_000);

afterAll(async () => {
  await cluster?.stop();
});

describe('regctl global behaviour', () => {
  it('regctl alone prints the help and exits 0', async () => {
    const r = await regctl([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: regctl \[options\] \[command\]/);
  });

  it('--help lists the commands, examples and the exit codes', async () => {
    const r = await regctl(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(/Exit codes:\n\s+0\s+success\n\s+1\s+the request failed.*\n\s+2\s+the cluster could not be reached\n\s+3\s+invalid input/);
    for (const group of ['service', 'check', 'registry', 'kv', 'lease', 'lock', 'elect', 'member', 'endpoint', 'move-leader', 'snapshot']) expect(r.stdout).toMatch(new RegExp(`^\\s+${group}\\b`, 'm'));
  });

  it('runs as `npx regctl` in the package and as the executable dist/cli/regctl.js', async () => {
    const npx = await run('npx', ['--no-install', 'regctl', '--endpoints', cluster.endpoints().join(','), 'kv', 'put', 'npx-key', 'v'], { cwd: ROOT, timeout: 60_000 });
    expect(npx.stdout).toBe('OK\n');
    accessSync(REGCTL, constants.X_OK);
    const direct = await run(REGCTL, ['--version'], { timeout: 30_000 });
    expect(direct.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('stops quietly when its reader closes the pipe early (| head)', async () => {
    const r = await run('bash', ['-c', `set -o pipefail; "${process.execPath}" "${REGCTL}" --help | head -c 1 >/dev/null`], { timeout: 30_000 }).catch((e: { code: number; stderr: string }) => e);
    expect('stderr' in r ? r.stderr : '').toBe('');
  });

  it('invalid input exits 3 with one error line and the usage line', async () => {
    for (const args of [['kv', 'get'], ['kv', 'get', 'a', '--bogus'], ['-w', 'yaml', 'kv', 'get', 'a'], ['--command-timeout', 'soon', 'kv', 'get', 'a'], ['nosuch']]) {
      const r = await regctl(['--endpoints', cluster.endpoints().join(','), ...args]);
      expect(r.code, args.join(' ')).toBe(3);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines[0], args.join(' ')).toMatch(/^Error: /);
      expect(lines[lines.length - 1], args.join(' ')).toMatch(/^Usage: regctl/);
      expect(r.stdout).toBe('');
    }
  });

  it('an unreachable cluster exits 2 naming it', async () => {
    const r = await regctl(['--endpoints', '127.0.0.1:1', '--dial-timeout', '300ms', 'kv', 'get', 'a']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Error: cluster unreachable: .*127\.0\.0\.1:1.*\(UNAVAILABLE\)\n$/);
  });

  it('a failed request exits 1 with the server message and the gRPC code', async () => {
    const r = await regctl(['--endpoints', cluster.endpoints().join(','), 'kv', 'get', 'a', '--rev', '999999']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Error: etcdserver: mvcc: required revision is a future revision (OUT_OF_RANGE)\n');
  });

  it('takes endpoints from REGCTL_ENDPOINTS', async () => {
    const r = await regctl(['kv', 'put', 'env-key', 'v'], { env: { REGCTL_ENDPOINTS: cluster.endpoints().join(',') } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('OK\n');
  });

  it('prints one read as simple, table and json (golden)', async () => {
    const ep = cluster.endpoints();
    await regctlOk(ep, ['kv', 'put', 'golden/a', 'alpha']);
    await regctlOk(ep, ['kv', 'put', 'golden/b', 'beta']);
    const simple = await regctlOk(ep, ['kv', 'get', 'golden/', '--prefix']);
    expect(simple).toBe('golden/a\nalpha\ngolden/b\nbeta\n');
    const table = await regctlOk(ep, ['-w', 'table', 'kv', 'get', 'golden/', '--prefix'], { env: { COLUMNS: '200' } });
    await expect(normalize(table, [[/^\| golden\/. +\| \w+ +\| \d+ +\| \d+ /gm, hashDigits]])).toMatchFileSnapshot(golden('kv-get.table'));
    const json = await regctlOk(ep, ['-w', 'json', 'kv', 'get', 'golden/', '--prefix']);
    const parsed = JSON.parse(json) as { kvs: { key: string; value: string }[]; count: string };
    expect(parsed.kvs.map((k) => [k.key, k.value])).toEqual([['golden/a', 'alpha'], ['golden/b', 'beta']]);
    expect(parsed.count).toBe('2');
    await expect(normalize(json, JSON_IDS)).toMatchFileSnapshot(golden('kv-get.json'));
  });

  it('fits a table to COLUMNS, cutting the widest column', async () => {
    const ep = cluster.endpoints();
    await regctlOk(ep, ['kv', 'put', 'wide', 'x'.repeat(200)]);
    const table = await regctlOk(ep, ['-w', 'table', 'kv', 'get', 'wide'], { env: { COLUMNS: '80' } });
    for (const line of table.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(table).toContain('…');
  });
});
