// regctl lock and elect against a real cluster: CMD runs never overlap and
// their fencing tokens increase, CMD's environment and exit status, a holder's
// Ctrl-C lets a waiter go on, waiting outlives --command-timeout, elections
// (a second candidate waits for the first; --listen sees both), exit codes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from '../integration/harness/local-cluster.js';
import { waitFor } from '../integration/harness/wait-for.js';
import { golden, normalize, regctl, regctlOk, startRegctl, type RunningRegctl } from './harness.js';

let cluster: LocalCluster;
let ep: string[];
let dir: string;

beforeAll(async () => {
  cluster = await LocalCluster.start(3);
  await cluster.waitForHealthy();
  ep = cluster.endpoints();
  dir = mkdtempSync(join(tmpdir(), 'regctl-lock-'));
}, 60_000);

afterAll(async () => {
  await cluster?.stop();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

function start(args: readonly string[]): RunningRegctl {
  return startRegctl(['--endpoints', ep.join(','), ...args]);
}

/** How many keys start with `prefix` (lock waiters and election candidates each hold one). */
async function keysUnder(prefix: string): Promise<number> {
  return Number(await regctlOk(ep, ['kv', 'get', prefix, '--prefix', '--count-only']));
}

/** Resolves 'running' if `p` is still running after `ms` (the property under test is a duration). */
function stillRunningAfter(p: RunningRegctl, ms: number): Promise<'running' | 'exited'> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.exited.then(() => 'exited' as const),
    new Promise<'running'>((r) => (timer = setTimeout(() => r('running'), ms))),
  ]).finally(() => clearTimeout(timer));
}

describe('regctl lock', () => {
  it('CMD runs of concurrent regctl lock never overlap; fencing tokens strictly increase', async () => {
    const log = join(dir, 'runs.log');
    const cmd = `echo "start $REGD_FENCING_TOKEN" >> ${log}; sleep 0.3; echo "end $REGD_FENCING_TOKEN" >> ${log}`;
    const runs = Array.from({ length: 4 }, () => regctl(['--endpoints', ep.join(','), 'lock', 'l/runs', '--', 'sh', '-c', cmd], { timeoutMs: 60_000 }));
    for (const r of await Promise.all(runs)) expect(r.code, r.stderr).toBe(0);
    const lines = readFileSync(log, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    let last = 0;
    for (let i = 0; i < lines.length; i += 2) {
      const s = /^start (\d+)$/.exec(lines[i]!);
      const e = /^end (\d+)$/.exec(lines[i + 1]!);
      expect(s, lines.join('\n')).not.toBeNull();
      expect(e?.[1], lines.join('\n')).toBe(s![1]);
      const token = Number(s![1]);
      expect(token).toBeGreaterThan(last);
      last = token;
    }
    expect(await keysUnder('l/runs/')).toBe(0);
  });

  it('CMD gets the lock key and fencing token (the key\'s create revision); its exit status passes through', async () => {
    const r = await regctl(['--endpoints', ep.join(','), 'lock', 'l/env', '--', 'sh', '-c',
      'echo "$ETCD_LOCK_KEY $ETCD_LOCK_REV $REGD_LOCK_KEY $REGD_FENCING_TOKEN"; exit 7']);
    expect(r.code).toBe(7);
    const m = /^(l\/env\/[0-9a-f]+) (\d+) (\S+) (\d+)\n$/.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    expect(m![3]).toBe(m![1]);
    expect(Number(m![4])).toBeLessThanOrEqual(Number(m![2]));
    const missing = await regctl(['--endpoints', ep.join(','), 'lock', 'l/env', '--', '/nonexistent/cmd']);
    expect(missing.code).toBe(127);
    expect(missing.stderr).toMatch(/^Error: \/nonexistent\/cmd: .*ENOENT/);
    // While CMD runs, the token is the lock key's create revision.
    const holder = start(['lock', 'l/env', '--', 'sh', '-c', 'echo "$REGD_LOCK_KEY $REGD_FENCING_TOKEN"; exec sleep 60']);
    try {
      const [, key, token] = await holder.waitForOutput(/^(\S+) (\d+)\n/);
      const kv = JSON.parse(await regctlOk(ep, ['-w', 'json', 'kv', 'get', key!])) as { kvs: { create_revision: string }[] };
      expect(kv.kvs[0]?.create_revision).toBe(token);
    } finally {
      // Ctrl-C goes on to CMD; regctl releases the lock after it and exits with CMD's status.
      holder.signal('SIGINT');
    }
    const end = await holder.exited;
    expect(end.code).toBe(130);
    expect(await keysUnder('l/env/')).toBe(0);
  });

  it('a holder prints the lock key as etcdctl does and holds it until Ctrl-C; a waiter outlives --command-timeout, then proceeds', async () => {
    const holder = start(['lock', 'l/hold']);
    let waiter: RunningRegctl | undefined;
    try {
      await holder.waitForOutput(/^l\/hold\/[0-9a-f]+\n\n$/);
      waiter = start(['--command-timeout', '1s', 'lock', 'l/hold', '--', 'echo', 'got it']);
      await waitFor('the waiter to queue', async () => (await keysUnder('l/hold/')) === 2);
      expect(await stillRunningAfter(waiter, 2500)).toBe('running');
      expect(waiter.stdout()).toBe('');
    } finally {
      holder.signal('SIGINT');
    }
    const h = await holder.exited;
    expect(h.code, h.stderr).toBe(0);
    const w = await waiter.exited;
    expect(w.code, w.stderr).toBe(0);
    expect(w.stdout).toBe('got it\n');
    expect(await keysUnder('l/hold/')).toBe(0);
  });

  it('prints json (golden); Ctrl-C while waiting exits 130 and leaves no key; bad input exits 3', async () => {
    const holder = start(['-w', 'json', 'lock', 'l/json']);
    let waiter: RunningRegctl | undefined;
    try {
      const [line] = await holder.waitForOutput(/^.*\n/);
      const parsed = JSON.parse(line!) as { key: string; fencing_token: string; lease: string };
      expect(parsed.key).toBe(`l/json/${parsed.lease}`);
      await expect(normalize(line!, [
        [/"cluster_id":"[0-9a-f]+"/g, '"cluster_id":"<id>"'], [/"member_id":"[0-9a-f]+"/g, '"member_id":"<id>"'], [/"raft_term":"\d+"/g, '"raft_term":"<term>"'],
        [/"(revision|fencing_token)":"\d+"/g, '"$1":"<rev>"'], [/[0-9a-f]{10,16}/g, '<lease>'],
      ])).toMatchFileSnapshot(golden('lock.json'));
      waiter = start(['lock', 'l/json']);
      await waitFor('the waiter to queue', async () => (await keysUnder('l/json/')) === 2);
      waiter.signal('SIGINT');
      expect((await waiter.exited).code).toBe(130);
      await waitFor('the waiter\'s key to go', async () => (await keysUnder('l/json/')) === 1);
    } finally {
      holder.signal('SIGINT');
      waiter?.signal('SIGINT');
    }
    expect((await holder.exited).code).toBe(0);
    for (const args of [['lock', 'x', '--ttl', 'soon'], ['lock'], ['-w', 'table', 'lock', 'x'], ['elect', 'x'], ['elect', 'x', 'p', '--listen'], ['elect', 'x', 'p', '--ttl', '0']]) {
      const r = await regctl(['--endpoints', ep.join(','), ...args]);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr, args.join(' ')).toMatch(/^Error: .*\n(?:.*\n)*Usage: regctl (lock|elect)/);
    }
  });
});

describe('regctl elect', () => {
  it('a second candidate waits until the first is interrupted; --listen sees both leaders', async () => {
    const listener = start(['elect', '--listen', 'e/job']);
    const first = start(['elect', 'e/job', 'first']);
    let second: RunningRegctl | undefined;
    try {
      await first.waitForOutput(/^e\/job\/[0-9a-f]+\nfirst\n$/);
      await listener.waitForOutput(/^e\/job\/[0-9a-f]+\nfirst\n/);
      second = start(['--command-timeout', '1s', 'elect', 'e/job', 'second']);
      await waitFor('the second candidate to queue', async () => (await keysUnder('e/job/')) === 2);
      expect(await stillRunningAfter(second, 1500)).toBe('running');
      expect(second.stdout()).toBe('');
      first.signal('SIGINT');
      expect((await first.exited).code).toBe(0);
      await second.waitForOutput(/^e\/job\/[0-9a-f]+\nsecond\n$/);
      await listener.waitForOutput(/first\n(?:.*\n)*e\/job\/[0-9a-f]+\nsecond\n/);
      expect(listener.stdout()).toMatch(/^e\/job\/[0-9a-f]+\nfirst\ne\/job\/[0-9a-f]+\nsecond\n$/);
    } finally {
      first.signal('SIGINT');
      second?.signal('SIGINT');
      listener.signal('SIGINT');
    }
    expect((await second!.exited).code).toBe(0);
    expect((await listener.exited).code).toBe(0);
    expect(await keysUnder('e/job/')).toBe(0);
  });

  it('prints the leader as json (golden), as a candidate and with --listen', async () => {
    const leader = start(['-w', 'json', 'elect', 'e/json', 'proposal-a']);
    const listener = start(['-w', 'json', 'elect', '--listen', 'e/json']);
    try {
      const [line] = await leader.waitForOutput(/^.*\n/);
      const parsed = JSON.parse(line!) as { key: string; value: string; lease: string };
      expect(parsed.value).toBe('proposal-a');
      expect(parsed.key).toBe(`e/json/${parsed.lease}`);
      const [seen] = await listener.waitForOutput(/^.*\n/);
      expect(seen).toBe(line);
      await expect(normalize(line!, [[/"(create_revision|mod_revision)":"\d+"/g, '"$1":"<rev>"'], [/[0-9a-f]{10,16}/g, '<lease>']]))
        .toMatchFileSnapshot(golden('lock-elect.json'));
    } finally {
      leader.signal('SIGINT');
      listener.signal('SIGINT');
    }
    expect((await leader.exited).code).toBe(0);
    expect((await listener.exited).code).toBe(0);
  });
});
