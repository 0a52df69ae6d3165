// Watch against real regd processes: events from other members' writes,
// etcdctl watch (--prefix, --rev), progress notifications, compaction cancel,
// a watch that lives through a leader change, resuming on another member after
// kill -9 without gap or duplicate, and hasleader streams without a quorum.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/client/index.js';
import { LocalCluster } from './harness/local-cluster.js';
import { memberClient } from './harness/member-client.js';
import { waitFor } from './harness/wait-for.js';
import { TestWatchStream, type WatchEv, type WatchMsg } from './harness/watch-client.js';

const ETCDCTL = '/usr/bin/etcdctl';
const haveEtcdctl = existsSync(ETCDCTL);
if (!haveEtcdctl && process.env['REGD_REQUIRE_ETCDCTL'] === '1') {
  throw new Error(`${ETCDCTL} is required (install Debian's etcd-client)`);
}

let cluster: LocalCluster;
const kvs: Client[] = [];
const watches: TestWatchStream[] = [];
const children: ChildProcess[] = [];

function kv(name: string, timeoutMs = 3000): Client {
  const c = memberClient(cluster, name, timeoutMs);
  kvs.push(c);
  return c;
}

function watch(name: string, opts: { hasLeader?: boolean } = {}): TestWatchStream {
  const w = new TestWatchStream(cluster.endpoint(name), opts);
  watches.push(w);
  return w;
}

async function leaderOf(among: string[]): Promise<string> {
  return waitFor('a leader', async () => {
    const byId = new Map<string, string>();
    let leader: string | undefined;
    for (const n of among) {
      const s = await kv(n, 1000).maintenance.status();
      byId.set(s.header.memberId.toString(), n);
      if (s.leader.toString() !== '0') leader = s.leader.toString();
    }
    return leader !== undefined ? byId.get(leader) : undefined;
  }, { timeoutMs: 20_000 });
}

/** Starts `etcdctl watch …` against one member; `output()` is what it printed so far. */
function etcdctlWatch(name: string, args: string[]): { output: () => string; stop: () => void } {
  const child = spawn(ETCDCTL, [`--endpoints=${cluster.endpoint(name)}`, '--dial-timeout=3s', 'watch', ...args], {
    env: { ...process.env, ETCDCTL_API: '3' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  // A hard stop, whatever happens to the test.
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  child.on('exit', () => clearTimeout(timer));
  return {
    output: () => {
      if (child.exitCode !== null && child.exitCode !== 0) throw new Error(`etcdctl exited ${child.exitCode}: ${err}`);
      return out;
    },
    stop: () => {
      clearTimeout(timer);
      child.kill('SIGKILL');
    },
  };
}

/** Sends progress requests until one arrives at or past `revision`: every event up to it has been delivered. */
async function caughtUpTo(w: TestWatchStream, revision: number, timeoutMs = 20_000): Promise<void> {
  const seen = (m: WatchMsg) => m.watchId === -1 && (m.revision ?? 0) >= revision;
  await waitFor(`progress at ${revision}`, () => {
    if (w.error !== undefined) throw new Error(`stream failed: ${w.error.message}`);
    if (w.msgs.some(seen)) return true;
    w.progress();
    return false;
  }, { timeoutMs, intervalMs: 100 });
}

const sig = (e: WatchEv): string => `${e.type} ${e.key}=${e.value}@${e.mod}`;

beforeAll(async () => {
  cluster = await LocalCluster.start(3, ['--experimental-watch-progress-notify-interval', '200ms']);
  await cluster.waitForHealthy();
});

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  for (const w of watches) w.close();
  for (const c of kvs) c.close();
  await cluster.stop();
});

describe('watch on a real cluster', () => {
  it('a member streams the writes made through another member, in order, with prev_kv', async () => {
    const w = watch('n1');
    w.create('x/', { end: 'x0', prevKv: true });
    await w.created();
    const c = kv('n2');
    const a = await c.kv.put('x/a', '1');
    await c.kv.put('x/a', '2');
    await c.kv.delete('x/a');
    await w.until('3 events', () => w.events(0).length === 3);
    const r = Number(a.header.revision);
    expect(w.events(0).map((e) => [sig(e), e.prev?.value])).toEqual([
      [`PUT x/a=1@${r}`, undefined],
      [`PUT x/a=2@${r + 1}`, '1'],
      [`DELETE x/a=@${r + 2}`, '2'],
    ]);
    expect(w.msgs.every((m) => m.hasIds && m.revision !== null)).toBe(true);
  });

  it('sends progress notifications at the configured interval', async () => {
    const w = watch('n3');
    w.create('quiet', { progressNotify: true });
    await w.created();
    await w.until('a progress notification', (m) => m.some((x) => x.watchId === 0 && !x.created && x.events.length === 0), 5000);
  });

  it.skipIf(!haveEtcdctl)('etcdctl watch --prefix prints the events under the prefix', async () => {
    const c = kv('n2');
    const ctl = etcdctlWatch('n1', ['--prefix', 'pfx/']);
    try {
      // etcdctl prints nothing until the first event: write a marker until it shows up.
      await waitFor('etcdctl watching', async () => {
        await c.kv.put('pfx/marker', 'm');
        return ctl.output().includes('pfx/marker');
      }, { timeoutMs: 15_000, intervalMs: 200 });
      const mark = ctl.output().length;
      await c.kv.put('pfx/a', '1');
      await c.kv.put('other', 'no');
      await c.kv.put('pfx/b', '2');
      await c.kv.delete('pfx/a');
      const want = 'PUT\npfx/a\n1\nPUT\npfx/b\n2\nDELETE\npfx/a\n\n';
      await waitFor('etcdctl output', () => ctl.output().slice(mark).includes(want), { timeoutMs: 10_000 });
      expect(ctl.output().slice(mark).replace(/PUT\npfx\/marker\nm\n/g, '')).toBe(want);
    } finally {
      ctl.stop();
    }
  });

  it.skipIf(!haveEtcdctl)('etcdctl watch --rev replays history from that revision', async () => {
    const c = kv('n3');
    const first = Number((await c.kv.put('hist', 'one')).header.revision);
    await c.kv.put('hist', 'two');
    await c.kv.put('hist2', 'other');
    await c.kv.put('hist', 'three');
    const ctl = etcdctlWatch('n2', [`--rev=${first + 1}`, 'hist']);
    const prefixed = etcdctlWatch('n1', [`--rev=${first}`, '--prefix', 'hist']);
    try {
      await waitFor('etcdctl --rev output', () => ctl.output() === 'PUT\nhist\ntwo\nPUT\nhist\nthree\n', { timeoutMs: 15_000 });
      await waitFor('etcdctl --rev --prefix output', () =>
        prefixed.output() === 'PUT\nhist\none\nPUT\nhist\ntwo\nPUT\nhist2\nother\nPUT\nhist\nthree\n', { timeoutMs: 15_000 });
      // and it goes on live
      await c.kv.put('hist', 'four');
      await waitFor('live after replay', () => ctl.output().endsWith('PUT\nhist\nfour\n'), { timeoutMs: 10_000 });
    } finally {
      ctl.stop();
      prefixed.stop();
    }
  });

  it('a watch from a compacted revision is created, then canceled with the compact revision', async () => {
    const c = kv('n1');
    await c.kv.put('cmp', '1');
    const rev = Number((await c.kv.put('cmp', '2')).header.revision);
    await c.kv.compact(rev);
    const w = watch('n2');
    w.create('cmp', { startRevision: rev - 1 });
    await w.until('compacted', (m) => m.some((x) => x.compactRevision !== 0));
    expect(w.msgs).toEqual([
      expect.objectContaining({ watchId: 0, created: true }),
      expect.objectContaining({ watchId: 0, canceled: true, compactRevision: rev, events: [] }),
    ]);
    // At the compacted revision itself it is allowed.
    w.create('cmp', { startRevision: rev });
    await w.until('second created', (m) => m.filter((x) => x.created).length === 2);
    await w.until('its event', () => w.events(1).length === 1);
    expect(w.events(1).map(sig)).toEqual([`PUT cmp=2@${rev}`]);
  });

  it('lives through a leader change, and resumes on another member after kill -9 with no gap and no duplicate', async () => {
    const names = ['n1', 'n2', 'n3'];
    const leader = await leaderOf(names);
    const [follower, other] = names.filter((n) => n !== leader) as [string, string];
    const start = Number((await kv(follower).kv.put('res/start', 'x')).header.revision);

    // One watch on the member that will die, one on a member that lives through the leader change.
    const dying = watch(leader);
    dying.create('res/', { end: 'res0', startRevision: start + 1 });
    const living = watch(follower);
    living.create('res/', { end: 'res0', startRevision: start + 1 });
    await dying.created();
    await living.created();

    // A writer that keeps going through the failure, writing through the two members that stay.
    const acked: Array<{ key: string; value: string; rev: number }> = [];
    const writers = [kv(follower, 1500), kv(other, 1500)];
    let stop = false;
    let i = 0;
    const writer = (async () => {
      while (!stop) {
        const key = `res/k${i % 3}`;
        const value = String(i);
        try {
          const r = await writers[i % 2]!.kv.put(key, value);
          acked.push({ key, value, rev: Number(r.header.revision) });
          i++;
        } catch {
          // No leader yet, or the request timed out: try again (maybe through the other member).
          i++;
          await new Promise((r) => setImmediate(r));
        }
      }
    })();

    await dying.until('20 events before the kill', () => dying.events(0).length >= 20, 20_000);
    await cluster.kill(leader, 'SIGKILL');
    const before = dying.events(0);
    const last = before.length > 0 ? before[before.length - 1]!.mod : start;

    // The client resumes on another member from the last revision it saw + 1.
    const resumed = watch(other);
    resumed.create('res/', { end: 'res0', startRevision: last + 1 });
    await resumed.created();
    const ackedAtResume = acked.length;
    await waitFor('30 more acknowledged writes', () => acked.length >= ackedAtResume + 30, { timeoutMs: 30_000 });
    stop = true;
    await writer;
    const final = Number((await kv(follower).kv.put('res/end', 'x')).header.revision);

    // The reference: a fresh watch replaying all of it from history.
    const replay = watch(follower);
    replay.create('res/', { end: 'res0', startRevision: start + 1 });
    for (const w of [resumed, living, replay]) await caughtUpTo(w, final);

    const upTo = (evs: WatchEv[]) => evs.filter((e) => e.mod <= final).map(sig);
    const expected = upTo(replay.events(0));
    const combined = [...before.map(sig), ...upTo(resumed.events(0))];
    expect(combined).toEqual(expected);
    expect(upTo(living.events(0))).toEqual(expected);
    expect(living.error).toBeUndefined();
    // Every acknowledged write is there, at its revision.
    const have = new Set(expected);
    const missing = acked.filter((a) => !have.has(`PUT ${a.key}=${a.value}@${a.rev}`));
    expect(missing).toEqual([]);
    // Strictly increasing revisions: no duplicate, and one revision per put.
    const mods = expected.map((s) => Number(s.split('@')[1]));
    expect(mods.every((m, j) => j === 0 || m > mods[j - 1]!)).toBe(true);
    expect(before.length).toBeGreaterThanOrEqual(20);
    expect(resumed.events(0).length).toBeGreaterThanOrEqual(30);

    cluster.startNode(leader);
    await cluster.waitForHealthy();
  });

  it('hasleader streams: refused without a leader, and open ones end after three election timeouts', async () => {
    const open = watch('n1', { hasLeader: true });
    open.create('hl');
    await open.created();
    const plain = watch('n1');
    plain.create('hl');
    await plain.created();
    await cluster.kill('n2', 'SIGKILL');
    await cluster.kill('n3', 'SIGKILL');
    await waitFor('the open stream ended', () => open.error !== undefined, { timeoutMs: 15_000 });
    expect(open.error).toMatchObject({ code: 14, details: 'etcdserver: no leader' });
    const refused = watch('n1', { hasLeader: true });
    await waitFor('refused', () => refused.error !== undefined, { timeoutMs: 5000 });
    expect(refused.error).toMatchObject({ code: 14, details: 'etcdserver: no leader' });
    expect(plain.error).toBeUndefined();
  });
});
