// regctl kv del, watch and txn against a real cluster: simple output compared
// with etcdctl's for the same command on the same cluster, golden files for
// json and table, watch until Ctrl-C with catch-up from --rev, and exit codes.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from '../integration/harness/local-cluster.js';
import { etcdctlOk as etcdctlAt, itWithEtcdctl, golden, normalize, regctl, regctlOk, startRegctl, type RunningRegctl, JSON_IDS } from './harness.js';

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
function etcdctlOk(args: readonly string[], input = ''): Promise<string> {
  return etcdctlAt(ep, args, input);
}

async function putAll(pairs: readonly (readonly [string, string])[]): Promise<void> {
  for (const [k, v] of pairs) await regctlOk(ep, ['kv', 'put', k, v]);
}

async function revision(): Promise<bigint> {
  const r = JSON.parse(await regctlOk(ep, ['-w', 'json', 'kv', 'get', 'nothing-here'])) as { header: { revision: string } };
  return BigInt(r.header.revision);
}

/** Table cells with revisions: each number becomes `#`, the cell keeps its width. */
function revCells(m: string): string {
  return m.replace(/\d+/g, (d) => '#'.padEnd(d.length));
}

describe('regctl kv', () => {
  itWithEtcdctl('get --prefix prints what etcdctl prints', async () => {
    await putAll([['g/a', 'alpha'], ['g/b', 'beta'], ['g/c', 'with space']]);
    const mine = await regctlOk(ep, ['kv', 'get', 'g/', '--prefix']);
    expect(mine).toBe('g/a\nalpha\ng/b\nbeta\ng/c\nwith space\n');
    expect(mine).toBe(await etcdctlOk(['get', 'g/', '--prefix']));
    expect(await regctlOk(ep, ['kv', 'get', 'g/', '--prefix', '--keys-only'])).toBe(await etcdctlOk(['get', 'g/', '--prefix', '--keys-only']));
  });

  itWithEtcdctl('del --prefix --prev-kv prints what etcdctl prints, and deletes', async () => {
    const keys = [['d/a', '1'], ['d/b', '2'], ['d/c', '3']] as const;
    await putAll(keys);
    const theirs = await etcdctlOk(['del', 'd/', '--prefix', '--prev-kv']);
    await putAll(keys);
    const mine = await regctlOk(ep, ['kv', 'del', 'd/', '--prefix', '--prev-kv']);
    expect(mine).toBe('3\nd/a\n1\nd/b\n2\nd/c\n3\n');
    expect(mine).toBe(theirs);
    expect(await regctlOk(ep, ['kv', 'get', 'd/', '--prefix'])).toBe('');
    // A range [d/a, d/c), a missing key, --from-key.
    await putAll(keys);
    expect(await regctlOk(ep, ['kv', 'del', 'd/a', 'd/c'])).toBe('2\n');
    expect(await regctlOk(ep, ['kv', 'del', 'd/nothing'])).toBe(await etcdctlOk(['del', 'd/nothing']));
    expect(await regctlOk(ep, ['kv', 'del', 'd/', '--from-key', '--prev-kv'])).toMatch(/^\d+\n(?:.*\n)*d\/c\n3\n/);
  });

  it('del prints json and table (golden)', async () => {
    await putAll([['dj/a', 'alpha'], ['dj/b', 'beta']]);
    const json = await regctlOk(ep, ['-w', 'json', 'kv', 'del', 'dj/a', '--prev-kv']);
    const parsed = JSON.parse(json) as { deleted: string; prev_kvs: { key: string; value: string }[] };
    expect(parsed.deleted).toBe('1');
    expect(parsed.prev_kvs.map((k) => [k.key, k.value])).toEqual([['dj/a', 'alpha']]);
    await expect(normalize(json, JSON_IDS)).toMatchFileSnapshot(golden('kv-del.json'));
    const table = await regctlOk(ep, ['-w', 'table', 'kv', 'del', 'dj/', '--prefix', '--prev-kv'], { env: { COLUMNS: '200' } });
    await expect(normalize(table, [[/^\| dj\/. +\| \w+ +\| \d+ +\| \d+ /gm, revCells]])).toMatchFileSnapshot(golden('kv-del.table'));
  });

  itWithEtcdctl('txn runs etcdctl\'s format and prints what etcdctl prints, both branches', async () => {
    const success = 'value("t/x") = "1"\nversion("t/x") > "0"\nmod("t/x") > "0"\ncreate("t/x") != "0"\n\nput t/x 2 --prev-kv\nget t/ --prefix\ndel t/y --prev-kv\n\nput t/x never\n\n';
    await putAll([['t/x', '1'], ['t/y', 'why']]);
    const theirsOk = await etcdctlOk(['txn'], success);
    await putAll([['t/x', '1'], ['t/y', 'why']]);
    const mineOk = await regctlOk(ep, ['kv', 'txn'], { input: success });
    expect(mineOk).toBe('SUCCESS\n\nOK\nt/x\n1\n\nt/x\n2\nt/y\nwhy\n\n1\nt/y\nwhy\n');
    expect(mineOk).toBe(theirsOk);
    const failure = 'value("t/x") = "nope"\n\nput t/x never\n\nget t/x\nput t/z "quoted value"\n\n';
    const theirs = await etcdctlOk(['txn'], failure);
    const mine = await regctlOk(ep, ['kv', 'txn'], { input: failure });
    expect(mine).toBe('FAILURE\n\nt/x\n2\n\nOK\n');
    expect(mine).toBe(theirs);
    expect(await regctlOk(ep, ['kv', 'get', 't/z', '--print-value-only'])).toBe('quoted value\n');
    // The end of input ends the last section (etcdctl wants a blank line there).
    expect(await regctlOk(ep, ['kv', 'txn'], { input: '\nget t/x' })).toBe('SUCCESS\n\nt/x\n2\n');
    // -i: a prompt for each section, on stderr.
    const i = await regctl(['--endpoints', ep.join(','), 'kv', 'txn', '-i'], { input: 'value("t/x") = "2"\n\nget t/x\n\nput t/x never\n\n' });
    expect(i.code, i.stderr).toBe(0);
    expect(i.stdout).toBe('SUCCESS\n\nt/x\n2\n');
    expect(i.stderr).toBe('compares:\n\nsuccess requests (get, put, del):\n\nfailure requests (get, put, del):\n');
  });

  it('txn prints json (golden) and rejects malformed input with exit 3', async () => {
    await putAll([['tj/a', 'one']]);
    const json = await regctlOk(ep, ['-w', 'json', 'kv', 'txn'], { input: 'value("tj/a") = "one"\n\nput tj/a two --prev-kv\nget tj/a\ndel tj/b\n\n\n' });
    const parsed = JSON.parse(json) as { succeeded: boolean; responses: Record<string, unknown>[] };
    expect(parsed.succeeded).toBe(true);
    expect(parsed.responses.map((r) => Object.keys(r)[0])).toEqual(['response_put', 'response_range', 'response_delete_range']);
    await expect(normalize(json, JSON_IDS)).toMatchFileSnapshot(golden('kv-txn.json'));
    for (const input of ['value(tj/a) = "x"\n\n\n', 'size("tj/a") = "1"\n\n\n', '\nput onlykey\n\n', '\nfrob a b\n\n', '\nget a --rev=x\n\n', 'version("a") = "x"\n\n']) {
      const r = await regctl(['--endpoints', ep.join(','), 'kv', 'txn'], { input });
      expect(r.code, input).toBe(3);
      expect(r.stderr, input).toMatch(/^Error: txn (compare|request) .*\nUsage: regctl kv txn/);
    }
  });

  itWithEtcdctl('watch prints a put and a delete made meanwhile, as etcdctl does, and ends 0 on Ctrl-C', async () => {
    const from = (await revision()) + 1n;
    const args = ['w/', '--prefix', '--prev-kv', '--rev', String(from)];
    const mine = startRegctl(['--endpoints', ep.join(','), 'kv', 'watch', ...args]);
    const theirs = startEtcdctlWatch(args);
    try {
      await putAll([['w/a', '1'], ['w/a', '2'], ['other', 'x']]);
      await regctlOk(ep, ['kv', 'del', 'w/a']);
      const expected = 'PUT\nw/a\n1\nPUT\nw/a\n1\nw/a\n2\nDELETE\nw/a\n2\nw/a\n\n';
      await mine.waitForOutput(/DELETE\nw\/a\n2\nw\/a\n\n/);
      await theirs.waitForOutput(/DELETE\nw\/a\n2\nw\/a\n\n/);
      expect(mine.stdout()).toBe(expected);
      expect(mine.stdout()).toBe(theirs.stdout());
    } finally {
      mine.signal('SIGINT');
      theirs.signal('SIGINT');
    }
    const r = await mine.exited;
    expect(r.code, r.stderr).toBe(0);
    await theirs.exited;
  });

  it('watch --rev catches up from history, with progress on stderr, then prints live changes; json: one object per batch (golden)', async () => {
    const from = (await revision()) + 1n;
    await putAll([['h/a', 'old'], ['h/b', 'older']]);
    await regctlOk(ep, ['kv', 'del', 'h/a']);
    const w = startRegctl(['--endpoints', ep.join(','), '-w', 'json', 'kv', 'watch', 'h/', '--prefix', '--rev', String(from)]);
    try {
      await w.waitForOutput(/caught up: revision \d+ reached/, { stream: 'stderr' });
      expect(w.stderr()).toMatch(new RegExp(`^catching up: printing the changes from revision ${from} to \\d+`));
      await putAll([['h/c', 'live']]);
      await w.waitForOutput(/"live"/);
    } finally {
      w.signal('SIGINT');
    }
    const r = await w.exited;
    expect(r.code, r.stderr).toBe(0);
    const batches = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { events: { type: string; kv: { key: string; value: string } }[] });
    expect(batches.flatMap((b) => b.events.map((e) => `${e.type} ${e.kv.key} ${e.kv.value}`))).toEqual(['PUT h/a old', 'PUT h/b older', 'DELETE h/a ', 'PUT h/c live']);
    // How the history is cut into batches is the server's choice: the golden file holds the live batch.
    await expect(normalize(`${r.stdout.trimEnd().split('\n').pop()!}\n`, JSON_IDS)).toMatchFileSnapshot(golden('kv-watch.json'));
  });

  itWithEtcdctl('watch from a compacted revision fails with exit 1; bad flags exit 3', async () => {
    await putAll([['c/a', '1'], ['c/a', '2']]);
    const rev = await revision();
    await regctl(['--endpoints', ep.join(','), 'kv', 'get', 'c/a']);
    await etcdctlOk(['compact', String(rev)]);
    const r = await regctl(['--endpoints', ep.join(','), 'kv', 'watch', 'c/a', '--rev', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/compacted/);
    for (const args of [['kv', 'watch', 'a', '--rev', 'x'], ['-w', 'table', 'kv', 'watch', 'a'], ['kv', 'del'], ['kv', 'del', 'a', '--bogus'], ['-w', 'table', 'kv', 'txn']]) {
      const bad = await regctl(['--endpoints', ep.join(','), ...args]);
      expect(bad.code, args.join(' ')).toBe(3);
      expect(bad.stderr, args.join(' ')).toMatch(/^Error: .*\n(?:.*\n)*Usage: regctl kv/);
    }
  });
});

/** etcdctl watch, running until SIGINT. */
function startEtcdctlWatch(args: readonly string[]): Pick<RunningRegctl, 'stdout' | 'waitForOutput' | 'signal'> & { exited: Promise<void> } {
  const child = spawn('etcdctl', [`--endpoints=${ep.join(',')}`, 'watch', ...args], { env: { ...process.env, ETCDCTL_API: '3' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  const waiters = new Set<() => void>();
  child.stdout.on('data', (b: Buffer) => {
    stdout += b.toString();
    for (const w of [...waiters]) w();
  });
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    stdout: () => stdout,
    signal: (sig) => {
      child.kill(sig);
    },
    exited,
    waitForOutput: (re, { timeoutMs = 30_000 } = {}) => new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`etcdctl watch: timed out waiting for ${re}: ${stdout}`)), timeoutMs);
      const check = (): void => {
        const m = re.exec(stdout);
        if (m === null) return;
        waiters.delete(check);
        clearTimeout(t);
        resolve(m);
      };
      waiters.add(check);
      check();
    }),
  };
}
