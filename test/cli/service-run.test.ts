// regctl service run against a real 3-member cluster, regctl and CMD as real
// processes: the instance is critical until CMD listens, then passing past
// several TTLs; CMD's exit status (and 128 + n for a signal) becomes regctl's
// and the instance is gone; SIGINT to regctl reaches CMD; a CMD that ignores
// it is killed after --kill-after; kill -9 of regctl leaves the registry's
// TTL as the safety net; a CMD that cannot be started leaves nothing
// registered; the environment CMD gets; invalid input and an unreachable cluster.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Client, type Instance } from '../../src/client/index.js';
import { reservePorts } from '../../src/launcher/ports.js';
import { LocalCluster } from '../integration/harness/local-cluster.js';
import { waitFor } from '../integration/harness/wait-for.js';
import { golden, normalize, REGCTL, regctl, type RegctlResult } from './harness.js';

const FIXTURE = resolve(import.meta.dirname, 'fixtures', 'service.ts');
/** CMD: the fixture program under node with tsx. */
const fixture = (...args: string[]): string[] => [process.execPath, '--import', 'tsx', FIXTURE, ...args];

let cluster: LocalCluster;
let client: Client;
/** Processes to SIGKILL when the suite ends, whatever happened. */
const pids = new Set<number>();

beforeAll(async () => {
  cluster = await LocalCluster.start(3);
  await cluster.waitForHealthy();
  client = await connect({ endpoints: cluster.endpoints() });
  // Health reports go to the leader through any member: wait until a new cluster takes them, so
  // regctl's progress lines (golden) hold no "reporting failed" note from the cluster's first seconds.
  const probe = await client.registry.register({ service: 'warm-up', address: '127.0.0.1', port: 1, ttlMs: 5000 });
  await waitFor('a health report taken', () => probe.pass().then(() => true));
  await probe.deregister();
}, 60_000);

afterAll(async () => {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
  await client?.close();
  await cluster?.stop();
});

/** A regctl that keeps running: its output so far, a wait for a line, its end. */
interface Running {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Waits until stdout or stderr matches `re`; the match. */
  waitOutput(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<RegctlResult>;
}

function startRegctl(args: readonly string[]): Running {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.REGD_ENDPOINTS;
  delete env.REGCTL_ENDPOINTS;
  const child = spawn(process.execPath, [REGCTL, '--endpoints', cluster.endpoints().join(','), ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  pids.add(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  child.stdin!.end();
  const exited = new Promise<RegctlResult>((res) => child.on('close', (code, signal) => res({ code, signal, stdout, stderr })));
  let done = false;
  void exited.then(() => (done = true));
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitOutput: (re, timeoutMs = 30_000) => waitFor(`output ${re} (stdout: ${stdout} stderr: ${stderr})`, () => {
      const m = re.exec(stdout) ?? re.exec(stderr);
      if (m === null && done) throw new Error(`regctl exited without printing ${re}: ${stdout}${stderr}`);
      return m ?? undefined;
    }, { timeoutMs }),
  };
}

async function instance(service: string, id: string): Promise<Instance | undefined> {
  return (await client.registry.listInstances(service)).instances.find((i) => i.id === id);
}

async function instanceCount(service: string): Promise<number> {
  return (await client.registry.listInstances(service)).instances.length;
}

/** The fixture's first line: its pid and the REGD_SERVICE* variables it got. */
async function fixtureLine(r: Running): Promise<{ pid: number; env: Record<string, string> }> {
  const m = await r.waitOutput(/^fixture pid=(\d+) env=(.*)$/m);
  const pid = Number(m[1]);
  pids.add(pid);
  return { pid, env: JSON.parse(m[2]!) as Record<string, string> };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('regctl service run', () => {
  it('registers CMD critical until it listens, passing past several TTLs; SIGINT reaches CMD, its status is regctl\'s, the instance is gone', async () => {
    const port = await reservePorts();
    const r = startRegctl(['service', 'run', 'web', '--port', String(port), '--id', 'web-1', '--ttl', '2s', '--tag', 'v2', '--meta', 'zone=eu-1', '--', ...fixture('--listen')]);
    await r.waitOutput(/^fixture listening$/m);
    const passing = await waitFor('web-1 passing', async () => {
      const i = await instance('web', 'web-1');
      return i?.status === 'passing' ? i : undefined;
    });
    expect(passing).toMatchObject({ address: '127.0.0.1', port, tags: ['v2'], meta: { zone: 'eu-1' } });
    const ttl = passing.checks.find((c) => c.definition.checkId === 'ttl')!;
    expect(ttl.definition.ttlMs).toBe(2000);
    expect(ttl.output).toMatch(/is running \(pid \d+\): 127\.0\.0\.1:\d+ accepts connections$/);
    // Two and a half TTLs later it is still passing and never changed status: the reports kept coming.
    const since = Date.now();
    const seen = new Set<string>();
    await waitFor('2.5 TTLs', async () => {
      const i = await instance('web', 'web-1');
      seen.add(`${i?.status} since ${i?.checks.find((c) => c.definition.checkId === 'ttl')?.statusChangedMs}`);
      return Date.now() - since > 5000;
    }, { timeoutMs: 30_000 });
    expect([...seen]).toEqual([`passing since ${ttl.statusChangedMs}`]);

    r.child.kill('SIGINT');
    const end = await r.exited;
    expect(end.code).toBe(42); // the fixture's status on SIGINT
    expect(end.stdout).toContain('fixture got SIGINT\n');
    expect(await instance('web', 'web-1')).toBeUndefined();
    await expect(normalize(end.stderr, [
      [new RegExp(`\\b${port}\\b`, 'g'), '<port>'],
      [/pid \d+/g, 'pid <pid>'],
      [/\S*node\b/g, '<node>'],
    ])).toMatchFileSnapshot(golden('service-run.stderr'));
  }, 90_000);

  it('CMD exiting 7: regctl exits 7, the instance is gone; CMD got REGD_SERVICE* in its environment', async () => {
    const r = startRegctl(['service', 'run', 'exits', '--port', '9007', '--address', '10.1.2.3', '--id', 'exits-1', '--ready', 'started', '--', ...fixture('--exit', '7')]);
    const { env } = await fixtureLine(r);
    expect(env).toEqual({ REGD_SERVICE: 'exits', REGD_SERVICE_ID: 'exits-1', REGD_SERVICE_ADDRESS: '10.1.2.3', REGD_SERVICE_PORT: '9007' });
    const end = await r.exited;
    expect(end.code, end.stderr).toBe(7);
    expect(end.stderr).toMatch(/^regctl: exits-1 deregistered; \S+ exited with status 7$/m);
    expect(await instanceCount('exits')).toBe(0);
  }, 60_000);

  it('CMD killed by a signal: 128 + n, as a shell', async () => {
    const r = startRegctl(['service', 'run', 'killed', '--port', '9008', '--ready', 'started', '--', process.execPath, '-e', "process.kill(process.pid, 'SIGTERM')"]);
    const end = await r.exited;
    expect(end.code, end.stderr).toBe(143);
    expect(end.stderr).toMatch(/was killed by SIGTERM \(status 143\)$/m);
    expect(await instanceCount('killed')).toBe(0);
  }, 60_000);

  it('stays critical while CMD does not listen; a CMD that ignores SIGTERM gets SIGKILL after --kill-after', async () => {
    const port = await reservePorts();
    const r = startRegctl(['service', 'run', 'deaf', '--port', String(port), '--id', 'deaf-1', '--ttl', '1s', '--kill-after', '1s', '--', ...fixture('--ignore-signals')]);
    const { pid } = await fixtureLine(r);
    const critical = await waitFor('deaf-1 registered', () => instance('deaf', 'deaf-1'));
    expect(critical.status).toBe('critical');
    expect(critical.checks[0]!.output).toBe(`starting: critical until 127.0.0.1:${port} accepts connections`);
    await r.waitOutput(/^regctl: started .* \(pid \d+\)$/m);
    r.child.kill('SIGTERM');
    await r.waitOutput(/^fixture got SIGTERM$/m);
    const end = await r.exited;
    expect(end.code, end.stderr).toBe(137);
    expect(end.stderr).toMatch(/did not exit within 1s: SIGKILL\n/);
    expect(end.stderr).toMatch(/^regctl: deaf-1 deregistered; .* was killed by SIGKILL \(status 137\)$/m);
    expect(alive(pid)).toBe(false);
    expect(await instanceCount('deaf')).toBe(0);
  }, 60_000);

  it('a signal to regctl turns a passing instance critical at once, while CMD is still winding down', async () => {
    const port = await reservePorts();
    const r = startRegctl(['service', 'run', 'slow', '--port', String(port), '--id', 'slow-1', '--kill-after', '5s', '--', ...fixture('--listen', '--ignore-signals')]);
    await waitFor('slow-1 passing', async () => (await instance('slow', 'slow-1'))?.status === 'passing');
    r.child.kill('SIGTERM');
    await r.waitOutput(/^fixture got SIGTERM$/m);
    const stopping = await waitFor('slow-1 critical', async () => {
      const i = await instance('slow', 'slow-1');
      return i?.status === 'critical' ? i : undefined;
    });
    expect(stopping.checks[0]!.output).toBe('stopping: SIGTERM');
    expect(r.stderr()).not.toContain('deregistered'); // CMD still runs: the SIGKILL comes after 5s
    const end = await r.exited;
    expect(end.code).toBe(137);
    expect(await instanceCount('slow')).toBe(0);
  }, 60_000);

  it('kill -9 of regctl: the instance turns critical after its TTL, and goes after --deregister-critical-after', async () => {
    const port = await reservePorts();
    const r = startRegctl(['service', 'run', 'orphan', '--port', String(port), '--id', 'orphan-1', '--ttl', '1s', '--deregister-critical-after', '3s', '--', ...fixture('--listen')]);
    const { pid } = await fixtureLine(r);
    await waitFor('orphan-1 passing', async () => (await instance('orphan', 'orphan-1'))?.status === 'passing');
    r.child.kill('SIGKILL');
    const critical = await waitFor('orphan-1 critical', async () => {
      const i = await instance('orphan', 'orphan-1');
      return i?.status === 'critical' ? i : undefined;
    }, { timeoutMs: 20_000 });
    expect(critical.checks[0]!.output).toMatch(/is running/); // the last report: it timed out, nobody said so
    expect(alive(pid)).toBe(true); // CMD outlives a killed regctl, unregistered
    await waitFor('orphan-1 removed', async () => (await instance('orphan', 'orphan-1')) === undefined, { timeoutMs: 20_000 });
    process.kill(pid, 'SIGKILL');
  }, 60_000);

  it('CMD that cannot be started: one error line, 127 (not found) or 126 (not executable), nothing registered', async () => {
    const notFound = await regctl(['--endpoints', cluster.endpoints().join(','), 'service', 'run', 'ghost', '--port', '9009', '--', 'no-such-command-xyz', 'arg']);
    expect(notFound.code).toBe(127);
    expect(notFound.stderr).toMatch(/^Error: no-such-command-xyz: command not found \(ENOENT\); ghost-\S+-9009 deregistered\n$/m);
    expect(notFound.stderr.split('\n').filter((l) => l.startsWith('Error:'))).toHaveLength(1);
    expect(await instanceCount('ghost')).toBe(0);
    const notExecutable = await regctl(['--endpoints', cluster.endpoints().join(','), 'service', 'run', 'ghost', '--port', '9009', '--', FIXTURE]);
    expect(notExecutable.code).toBe(126);
    expect(notExecutable.stderr).toMatch(/^Error: .*service\.ts: .*\(EACCES\)/m);
    expect(await instanceCount('ghost')).toBe(0);
  }, 60_000);

  it('an unreachable cluster exits 2 and never starts CMD', async () => {
    const r = await regctl(['--endpoints', '127.0.0.1:1', '--dial-timeout', '300ms', 'service', 'run', 'web', '--port', '8080', '--', ...fixture('--exit', '0')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Error: cluster unreachable: .*\(UNAVAILABLE\)\n$/);
    expect(r.stdout).toBe('');
  });

  it('invalid input exits 3 with one error line and the usage line', async () => {
    const cases: [string[], RegExp][] = [
      [['web', '--port', '8080'], /missing "-- CMD \[ARGS\.\.\.\]"/],
      [['web', '--port', '8080', 'node', 'server.js'], /put "--" before CMD: regctl service run web --port 8080 -- node server\.js/],
      [['web', '--', 'node'], /--port: required/],
      [['web', '--port', '0', '--', 'node'], /--port 0: want a number from 1 to 65535/],
      [['web', '--port', '80', '--ttl', '500ms', '--', 'node'], /--ttl "500ms": want at least 1s/],
      [['web', '--port', '80', '--ready', 'soon', '--', 'node'], /--ready "soon": want listening or started/],
      [['web', '--port', '80', '--meta', 'novalue', '--', 'node'], /--meta "novalue": want KEY=VALUE/],
      [['bad name', '--port', '80', '--', 'node'], /NAME "bad name": want/],
    ];
    for (const [args, message] of cases) {
      const r = await regctl(['--endpoints', cluster.endpoints().join(','), 'service', 'run', ...args]);
      expect(r.code, args.join(' ')).toBe(3);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines, args.join(' ')).toHaveLength(2);
      expect(lines[0], args.join(' ')).toMatch(message);
      expect(lines[1]).toBe('Usage: regctl service run [options] NAME -- CMD [ARGS...]');
    }
  });

  it('--help explains the lifecycle and shows examples', async () => {
    const r = await regctl(['service', 'run', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('regctl service run web --port 8080 -- python3 -m http.server 8080');
    expect(r.stdout.replace(/\s+/g, " ")).toMatch(/exit 127 \(not found\)/); // wrapped at any width
    for (const flag of ['--port', '--address', '--id', '--ttl', '--tag', '--meta', '--ready', '--kill-after', '--deregister-critical-after']) expect(r.stdout).toContain(flag);
  });
});
