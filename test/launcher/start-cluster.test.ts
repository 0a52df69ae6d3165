// `npm start`'s launcher as a user runs it (dist/scripts/start-cluster.js), on ports of its own so
// that it never meets a cluster someone is running: kill -9 of the leader is survived (a new leader,
// the old member restarted and rejoined, writes go on), a member whose data dir is refused is given
// up after a few tries while the others keep serving, and SIGINT stops every member with exit 0.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { httpHealth, reservePorts, waitFor } from '../../src/launcher/index.js';

const SCRIPT = resolve(import.meta.dirname, '..', '..', 'dist', 'scripts', 'start-cluster.js');
const ETCDCTL = '/usr/bin/etcdctl';
const run = promisify(execFile);

interface Launched {
  proc: ChildProcess;
  out: string[];
  exit: Promise<number | null>;
  dataRoot: string;
  ports: number[];
}

let launched: Launched | undefined;
let tmp: string | undefined;

afterEach(async () => {
  if (launched !== undefined && launched.proc.exitCode === null && launched.proc.signalCode === null) {
    launched.proc.kill('SIGINT');
    await launched.exit;
  }
  for (const pid of memberPids(launched?.dataRoot ?? '/nonexistent').values()) process.kill(pid, 'SIGKILL');
  launched = undefined;
  if (tmp !== undefined) rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
});

async function launch(nodes = 3): Promise<Launched> {
  tmp = mkdtempSync(join(tmpdir(), 'regd-launcher-test-'));
  const dataRoot = join(tmp, 'data');
  const ports: number[] = [];
  for (let i = 0; i < nodes; i++) ports.push(await reservePorts(3)); // client, peer (+1), metrics (+2)
  return { dataRoot, ports } as Launched;
}

function startScript(l: Launched): Launched {
  const proc = spawn(process.execPath, [SCRIPT, '--nodes', String(l.ports.length), '--data', l.dataRoot, '--log-level', 'warn', '--client-ports', l.ports.join(',')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  for (const s of [proc.stdout, proc.stderr]) s.on('data', (d: Buffer) => out.push(d.toString()));
  const exit = new Promise<number | null>((res) => proc.once('exit', (code) => res(code)));
  launched = { ...l, proc, out, exit };
  return launched;
}

/** pid of each running member of this launch, by name, from /proc (the launcher does not print pids). */
function memberPids(dataRoot: string): Map<string, number> {
  const pids = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const i = args.indexOf('--data-dir');
    const dir = i >= 0 ? args[i + 1] : undefined;
    if (dir !== undefined && dir.startsWith(`${dataRoot}/`) && args.some((a) => a.endsWith('main.js'))) pids.set(dir.slice(dataRoot.length + 1), Number(entry));
  }
  return pids;
}

async function metric(port: number, name: string): Promise<number | undefined> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${port + 2}/metrics`, { signal: AbortSignal.timeout(1000) })).text();
    const line = text.split('\n').find((l) => l.startsWith(`${name} `));
    return line === undefined ? undefined : Number(line.split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** The name of the member that reports itself leader, among `names`. */
async function leaderAmong(l: Launched, names: string[]): Promise<string | undefined> {
  for (const n of names) if ((await metric(l.ports[Number(n.slice(1)) - 1]!, 'regd_server_is_leader')) === 1) return n;
  return undefined;
}

async function allHealthy(l: Launched, names: string[]): Promise<boolean> {
  return (await Promise.all(names.map((n) => httpHealth(`http://127.0.0.1:${l.ports[Number(n.slice(1)) - 1]! + 2}/health`)))).every((h) => h === 'healthy');
}

async function etcdctl(endpoints: string, args: string[]): Promise<string> {
  const r = await run(ETCDCTL, [`--endpoints=${endpoints}`, '--dial-timeout=3s', '--command-timeout=5s', ...args], { env: { ...process.env, ETCDCTL_API: '3' } });
  return r.stdout;
}

describe('npm start (scripts/start-cluster)', () => {
  it('survives kill -9 of the leader: a new leader, the old member restarted and rejoined, writes go on; SIGINT stops all with 0', async () => {
    const l = startScript(await launch(3));
    const names = ['n1', 'n2', 'n3'];
    const all = l.ports.map((p) => `127.0.0.1:${p}`).join(',');
    await waitFor('every member healthy', () => allHealthy(l, names), { timeoutMs: 30_000, intervalMs: 100 });
    const leader = await waitFor('a leader', () => leaderAmong(l, names), { timeoutMs: 10_000 });
    await etcdctl(all, ['put', 'before', 'kill']);

    const oldPid = memberPids(l.dataRoot).get(leader)!;
    expect(oldPid).toBeGreaterThan(0);
    process.kill(oldPid, 'SIGKILL');

    const others = names.filter((n) => n !== leader);
    const next = await waitFor('a new leader among the others', () => leaderAmong(l, others), { timeoutMs: 15_000, intervalMs: 100 });
    expect(others).toContain(next);
    await waitFor('the killed member restarted as a new process', () => {
      const pid = memberPids(l.dataRoot).get(leader);
      return pid !== undefined && pid !== oldPid;
    }, { timeoutMs: 15_000 });
    await waitFor('the restarted member healthy (it knows the leader)', () => allHealthy(l, [leader]), { timeoutMs: 20_000, intervalMs: 100 });
    expect(l.out.join('')).toMatch(new RegExp(`${leader} +\\| \\[launcher\\] exited unexpectedly \\(SIGKILL\\); restarting in \\d+ ms`));
    expect(l.proc.exitCode).toBeNull(); // the launcher kept running, and so did the others
    for (const n of others) expect(memberPids(l.dataRoot).has(n)).toBe(true);

    await etcdctl(all, ['put', 'after', 'kill']);
    const oldEndpoint = `127.0.0.1:${l.ports[Number(leader.slice(1)) - 1]}`;
    const got = await waitFor('the old member serving both writes', async () => {
      const out = await etcdctl(oldEndpoint, ['get', '--prefix', '']);
      return out.includes('after') ? out : undefined;
    }, { timeoutMs: 10_000, intervalMs: 200 });
    expect(got.split('\n').filter((x) => x.length > 0)).toEqual(['after', 'kill', 'before', 'kill']);

    l.proc.kill('SIGINT');
    expect(await l.exit).toBe(0);
    expect(memberPids(l.dataRoot).size).toBe(0);
    expect(l.out.join('').split('SIGINT: stopping every member')[1]).not.toContain('[launcher] restarting');
  }, 120_000);

  it('gives up a member whose data dir is refused after a few tries; the others keep serving; SIGINT exits 0', async () => {
    const planned = await launch(3);
    // n1's state is there but its Raft log is not: regd refuses it (exit code 1) at every start.
    mkdirSync(join(planned.dataRoot, 'n1', 'state'), { recursive: true });
    writeFileSync(join(planned.dataRoot, 'n1', 'state', 'CURRENT'), 'x');
    const l = startScript(planned);
    await waitFor('the launcher giving n1 up', () => l.out.join('').includes('not restarting it'), { timeoutMs: 30_000, intervalMs: 100 });
    const text = l.out.join('');
    expect(text.match(/n1 +\| \[launcher\] exited unexpectedly \(code 1\); restarting in \d+ ms/g)?.length).toBe(2);
    expect(text).toMatch(/n1 exited \(code 1\); it exited 3 times in a row before it came up: not restarting it/);
    expect(text).toContain('MISSING_RAFT_STATE');
    await waitFor('n2 and n3 healthy without n1', () => allHealthy(l, ['n2', 'n3']), { timeoutMs: 30_000, intervalMs: 100 });
    await etcdctl(l.ports.slice(1).map((p) => `127.0.0.1:${p}`).join(','), ['put', 'k', 'v']);
    expect(memberPids(l.dataRoot).has('n1')).toBe(false);
    expect(l.proc.exitCode).toBeNull();

    l.proc.kill('SIGINT');
    expect(await l.exit).toBe(0);
    expect(memberPids(l.dataRoot).size).toBe(0);
  }, 120_000);
});
