// regctl service, check and registry against a real cluster: register (with
// TTL, HTTP and TCP checks), deregister, list, show, maint, check pass|warn|fail,
// registry status and preserve off, a JSON service watch; golden outputs of
// list, show and status in the three formats; exit codes of a failed request
// and of invalid flags; a self-preservation hold seen and released.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from '../integration/harness/local-cluster.js';
import { waitFor } from '../integration/harness/wait-for.js';
import { golden, normalize, REGCTL, regctl, regctlOk } from './harness.js';

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

interface CheckView { id: string; kind: string; status: string; output: string; target?: string; ttl_ms?: number; interval_ms?: number }
interface InstanceView {
  id: string; address: string; port: number; tags: string[]; meta: Record<string, string>; status: string; stale: boolean;
  maintenance: boolean; maintenance_reason: string; checks: CheckView[];
}
interface ShowView { service: string; revision: string; instances: InstanceView[] }

async function showJson(name: string, ...flags: string[]): Promise<ShowView> {
  return JSON.parse(await regctlOk(ep, ['-w', 'json', 'service', 'show', name, ...flags])) as ShowView;
}

async function instance(name: string, id: string): Promise<InstanceView | undefined> {
  return (await showJson(name)).instances.find((i) => i.id === id);
}

/** Revisions and check times, which differ per run. */
const VARYING: readonly (readonly [RegExp, string])[] = [
  [/"(revision|create_revision|mod_revision)":"\d+"/g, '"$1":"<rev>"'],
  [/"status_changed":"[^"]+"/g, '"status_changed":"<time>"'],
];

const TABLE = { env: { COLUMNS: '200' } };

describe('regctl service, check, registry', () => {
  it('prints service list, service show and registry status as simple, table and json (golden)', async () => {
    await regctlOk(ep, ['service', 'register', 'web', '--id', 'web-1', '--address', '10.0.0.5', '--port', '8080', '--tag', 'http', '--tag', 'v2',
      '--meta', 'version=2.1', '--meta', 'Zone_A=eu-west', '--ttl', '30s']);
    await regctlOk(ep, ['service', 'register', 'web', '--id', 'web-2', '--address', '10.0.0.6', '--port', '8080', '--tag', 'http']);
    await regctlOk(ep, ['service', 'register', 'db', '--id', 'db-1', '--address', 'db.internal', '--port', '5432', '--ttl', '30s']);
    expect(await regctlOk(ep, ['check', 'warn', 'web', 'web-1', '--output', 'disk 91% full'])).toBe('web-1 of web: check ttl warning\n');

    const list = await regctlOk(ep, ['service', 'list']);
    expect(list).toBe('db 1 instance passing=0 warning=0 critical=1\nweb 2 instances passing=1 warning=1 critical=0 tags=http,v2\n');
    await expect(list).toMatchFileSnapshot(golden('service-list'));
    await expect(await regctlOk(ep, ['-w', 'table', 'service', 'list'], TABLE)).toMatchFileSnapshot(golden('service-list.table'));
    const listJson = await regctlOk(ep, ['-w', 'json', 'service', 'list']);
    expect((JSON.parse(listJson) as { services: unknown[] }).services).toEqual([
      { name: 'db', instances: 1, passing: 0, warning: 0, critical: 1, tags: [] },
      { name: 'web', instances: 2, passing: 1, warning: 1, critical: 0, tags: ['http', 'v2'] },
    ]);
    await expect(normalize(listJson, VARYING)).toMatchFileSnapshot(golden('service-list.json'));

    const show = await regctlOk(ep, ['service', 'show', 'web']);
    expect(show).toBe(
      'web-1 10.0.0.5:8080 warning tags=http,v2 meta=Zone_A=eu-west,version=2.1 checks=ttl:warning output="disk 91% full"\n' +
      'web-2 10.0.0.6:8080 passing tags=http\n',
    );
    await expect(show).toMatchFileSnapshot(golden('service-show'));
    await expect(await regctlOk(ep, ['-w', 'table', 'service', 'show', 'web'], TABLE)).toMatchFileSnapshot(golden('service-show.table'));
    const showText = await regctlOk(ep, ['-w', 'json', 'service', 'show', 'web']);
    const parsed = JSON.parse(showText) as ShowView;
    expect(parsed.service).toBe('web');
    expect(parsed.revision).toMatch(/^\d+$/);
    expect(parsed.instances[0]).toMatchObject({
      id: 'web-1', address: '10.0.0.5', port: 8080, tags: ['http', 'v2'], meta: { 'version': '2.1', 'Zone_A': 'eu-west' }, status: 'warning', stale: false,
      checks: [{ id: 'ttl', kind: 'ttl', status: 'warning', output: 'disk 91% full', ttl_ms: 30_000 }],
    });
    expect(parsed.instances[1]).toMatchObject({ id: 'web-2', status: 'passing', stale: false, checks: [] });
    await expect(normalize(showText, VARYING)).toMatchFileSnapshot(golden('service-show.json'));

    const status = await regctlOk(ep, ['registry', 'status']);
    expect(status).toBe('services: 2\ninstances: 3 (1 passing, 1 warning, 1 critical; 0 stale)\nself-preservation: off\n');
    await expect(status).toMatchFileSnapshot(golden('registry-status'));
    await expect(await regctlOk(ep, ['-w', 'table', 'registry', 'status'], TABLE)).toMatchFileSnapshot(golden('registry-status.table'));
    const statusJson = await regctlOk(ep, ['-w', 'json', 'registry', 'status']);
    expect(JSON.parse(statusJson)).toMatchObject({ self_preservation: false, services: 2, instances: 3, passing: 1, warning: 1, critical: 1, stale: 0 });
    await expect(normalize(statusJson, VARYING)).toMatchFileSnapshot(golden('registry-status.json'));

    await regctlOk(ep, ['service', 'deregister', 'db', 'db-1']);
  });

  it('check pass, warn and fail set the status read back', async () => {
    await regctlOk(ep, ['service', 'register', 'chk', '--id', 'chk-1', '--address', '127.0.0.1', '--port', '9000', '--ttl', '1m']);
    expect((await instance('chk', 'chk-1'))?.checks).toMatchObject([{ id: 'ttl', kind: 'ttl', status: 'critical', ttl_ms: 60_000 }]);
    const cases = [['pass', 'passing', ''], ['warn', 'warning', 'slow disk'], ['fail', 'critical', 'db down'], ['pass', 'passing', 'ok again']] as const;
    for (const [verb, status, output] of cases) {
      const out = await regctlOk(ep, ['check', verb, 'chk', 'chk-1', ...(output !== '' ? ['--output', output] : [])]);
      expect(out).toBe(`chk-1 of chk: check ttl ${status}\n`);
      const i = await instance('chk', 'chk-1');
      expect(i?.status, verb).toBe(status);
      expect(i?.checks[0]?.output, verb).toBe(output);
    }
    const jsonText = await regctlOk(ep, ['-w', 'json', 'check', 'warn', 'chk', 'chk-1', '--check-id', 'ttl', '--output', 'x']);
    expect(JSON.parse(jsonText)).toMatchObject({ service: 'chk', id: 'chk-1', check_id: 'ttl', status: 'warning', output: 'x' });
    await expect(normalize(jsonText, VARYING)).toMatchFileSnapshot(golden('check-warn.json'));
    await expect(await regctlOk(ep, ['check', 'warn', 'chk', 'chk-1', '--output', 'x'])).toMatchFileSnapshot(golden('check-warn'));
    expect(await regctlOk(ep, ['service', 'show', 'chk'])).toBe('chk-1 127.0.0.1:9000 warning checks=ttl:warning output="x"\n');

    const unknown = await regctl(['--endpoints', ep.join(','), 'check', 'pass', 'chk', 'nosuch']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^Error: .*\(NOT_FOUND\)\n$/);
    const badCheck = await regctl(['--endpoints', ep.join(','), 'check', 'pass', 'chk', 'chk-1', '--check-id', 'http']);
    expect(badCheck.code).toBe(1);
    expect(badCheck.stderr).toMatch(/\(NOT_FOUND\)\n$/);
  });

  it('maint on and off', async () => {
    await regctlOk(ep, ['service', 'register', 'mnt', '--id', 'mnt-1', '--address', '127.0.0.1', '--port', '9001']);
    expect(await regctlOk(ep, ['service', 'maint', 'mnt', 'mnt-1', 'on', '--reason', 'kernel upgrade'])).toBe('mnt-1 of mnt: maintenance on (kernel upgrade)\n');
    expect(await instance('mnt', 'mnt-1')).toMatchObject({ status: 'critical', maintenance: true, maintenance_reason: 'kernel upgrade' });
    expect(await regctlOk(ep, ['service', 'show', 'mnt'])).toBe('mnt-1 127.0.0.1:9001 critical maintenance="kernel upgrade"\n');
    expect(await regctlOk(ep, ['service', 'show', 'mnt', '--passing'])).toBe('');
    expect(await regctlOk(ep, ['service', 'maint', 'mnt', 'mnt-1', 'off'])).toBe('mnt-1 of mnt: maintenance off\n');
    expect(await instance('mnt', 'mnt-1')).toMatchObject({ status: 'passing', maintenance: false, maintenance_reason: '' });
    const unknown = await regctl(['--endpoints', ep.join(','), 'service', 'maint', 'mnt', 'nosuch', 'on']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/\(NOT_FOUND\)\n$/);
  });

  it('show filters by --passing, --tag and --meta', async () => {
    await regctlOk(ep, ['service', 'register', 'flt', '--id', 'a', '--address', '127.0.0.1', '--port', '1001', '--tag', 'v1', '--meta', 'zone=eu-1']);
    await regctlOk(ep, ['service', 'register', 'flt', '--id', 'b', '--address', '127.0.0.1', '--port', '1002', '--tag', 'v2', '--tag', 'canary', '--meta', 'zone=eu-1', '--meta', 'rack=r7']);
    await regctlOk(ep, ['service', 'register', 'flt', '--id', 'c', '--address', '127.0.0.1', '--port', '1003', '--tag', 'v2', '--ttl', '1m']);
    const ids = async (...flags: string[]): Promise<string[]> => (await showJson('flt', ...flags)).instances.map((i) => i.id);
    expect(await ids()).toEqual(['a', 'b', 'c']);
    expect(await ids('--passing')).toEqual(['a', 'b']);
    expect(await ids('--tag', 'v2')).toEqual(['b', 'c']);
    expect(await ids('--tag', 'v2', '--tag', 'canary')).toEqual(['b']);
    expect(await ids('--tag', 'v2', '--passing')).toEqual(['b']);
    expect(await ids('--meta', 'zone=eu-1')).toEqual(['a', 'b']);
    expect(await ids('--meta', 'zone=eu-1', '--meta', 'rack=r7')).toEqual(['b']);
    expect(await ids('--meta', 'zone=us-1')).toEqual([]);
  });

  it('register with an --http check against a real server turns passing; --tcp and --grpc define their checks', async () => {
    const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const out = await regctlOk(ep, ['service', 'register', 'api', '--id', 'api-1', '--address', '127.0.0.1', '--port', String(port),
        '--http', `http://127.0.0.1:${port}/health`, '--interval', '1s', '--timeout', '500ms', '--deregister-after', '1m']);
      expect(out).toBe(`registered api-1 of api at 127.0.0.1:${port} (checks http)\n`);
      const i = await waitFor('api-1 passing', async () => {
        const x = await instance('api', 'api-1');
        return x?.status === 'passing' ? x : undefined;
      }, { timeoutMs: 30_000, intervalMs: 200 });
      expect(i.checks).toMatchObject([{ id: 'http', kind: 'http', status: 'passing', target: `http://127.0.0.1:${port}/health`, interval_ms: 1000 }]);
      expect((JSON.parse(await regctlOk(ep, ['-w', 'json', 'service', 'show', 'api'])) as ShowView).instances[0]?.checks[0]).toMatchObject({
        timeout_ms: 500, deregister_critical_after_ms: 60_000,
      });
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
    await regctlOk(ep, ['service', 'register', 'api', '--id', 'api-2', '--address', '127.0.0.1', '--port', '1', '--tcp', '127.0.0.1:1', '--ttl', '1m']);
    expect((await instance('api', 'api-2'))?.checks).toMatchObject([{ id: 'ttl', kind: 'ttl' }, { id: 'tcp', kind: 'tcp', target: '127.0.0.1:1', interval_ms: 10_000 }]);
    await regctlOk(ep, ['service', 'register', 'api', '--id', 'api-3', '--address', '127.0.0.1', '--port', '1', '--grpc', '127.0.0.1:1/greeter.Greeter']);
    expect((await instance('api', 'api-3'))?.checks).toMatchObject([{ id: 'grpc', kind: 'grpc', target: '127.0.0.1:1' }]);
    const json = JSON.parse(await regctlOk(ep, ['-w', 'json', 'service', 'show', 'api'])) as { instances: { id: string; checks: { grpc_service?: string }[] }[] };
    expect(json.instances.find((x) => x.id === 'api-3')?.checks[0]?.grpc_service).toBe('greeter.Greeter');
  });

  it('deregister removes an instance; an unknown one exits 1 with NOT_FOUND', async () => {
    await regctlOk(ep, ['service', 'register', 'gone', '--id', 'g-1', '--address', '127.0.0.1', '--port', '1']);
    expect(await regctlOk(ep, ['service', 'deregister', 'gone', 'g-1'])).toBe('deregistered g-1 of gone\n');
    expect((await showJson('gone')).instances).toEqual([]);
    const r = await regctl(['--endpoints', ep.join(','), 'service', 'deregister', 'gone', 'g-1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Error: .*"g-1".*\(NOT_FOUND\)\n$/);
  });

  it('invalid flags exit 3 with the error and the usage line, without a request', async () => {
    const base = ['service', 'register', 'web', '--id', 'w', '--address', '127.0.0.1', '--port', '80'];
    const cases: [string[], RegExp][] = [
      [['service', 'register', 'web', '--id', 'w', '--address', '127.0.0.1', '--port', '0'], /--port 0: want a number from 1 to 65535/],
      [['service', 'register', 'web', '--id', 'w', '--address', '127.0.0.1', '--port', 'http'], /--port "http": want a whole number/],
      [['service', 'register', 'web', '--id', 'w', '--address', '127.0.0.1'], /required option '--port <port>'/],
      [[...base, '--http', 'http://x/h', '--tcp', 'x:1'], /give at most one of --http, --tcp and --grpc/],
      [[...base, '--ttl', 'soon'], /--ttl "soon": want a duration/],
      [[...base, '--ttl', '0'], /--ttl "0": want a duration above zero/],
      [[...base, '--http', 'http://x/h', '--interval', '5'], /--interval "5": want a duration/],
      [[...base, '--interval', '5s'], /--interval: applies to an --http, --tcp or --grpc check/],
      [[...base, '--deregister-after', '1m'], /--deregister-after: applies to a check/],
      [[...base, '--http', 'ftp://x/'], /--http "ftp:\/\/x\/": want an http/],
      [[...base, '--tcp', 'nohost'], /--tcp "nohost": want HOST:PORT/],
      [[...base, '--meta', 'novalue'], /--meta "novalue": want KEY=VALUE/],
      [['service', 'register', 'web/x', '--id', 'w', '--address', '127.0.0.1', '--port', '80'], /NAME "web\/x": want letters, digits/],
      [['service', 'register', 'web', '--id', 'w', '--address', 'a b', '--port', '80'], /--address "a b": want a host name/],
      [['service', 'maint', 'web', 'w', 'maybe'], /maintenance "maybe": want on or off/],
      [['service', 'maint', 'web', 'w', 'off', '--reason', 'x'], /--reason: applies to/],
      [['registry', 'preserve', 'on'], /preserve "on": want off \(to end a hold\)/],
      [['check', 'ok', 'web', 'w'], /unknown command 'ok'/],
    ];
    for (const [args, message] of cases) {
      const r = await regctl(['--endpoints', ep.join(','), ...args]);
      expect(r.code, args.join(' ')).toBe(3);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines[0], args.join(' ')).toMatch(/^Error: /);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(lines[lines.length - 1], args.join(' ')).toMatch(/^Usage: regctl/);
      expect(r.stdout).toBe('');
    }
  });

  it('--help of every command shows examples', async () => {
    const commands = [
      ['service', 'register'], ['service', 'deregister'], ['service', 'list'], ['service', 'show'], ['service', 'maint'], ['service', 'watch'],
      ['check', 'pass'], ['check', 'warn'], ['check', 'fail'], ['registry', 'status'], ['registry', 'preserve'],
    ];
    for (const cmd of commands) {
      const r = await regctl([...cmd, '--help']);
      expect(r.code, cmd.join(' ')).toBe(0);
      expect(r.stdout, cmd.join(' ')).toMatch(new RegExp(`Examples:\\n  regctl ${cmd.join(' ')}[ \\n]`));
    }
  });

  it('service watch -w json prints one object per update until SIGINT, then exits 0', async () => {
    const { updates, stderr, exited, child } = watchJson('wj');
    try {
      await waitFor('the first update', () => updates().length >= 1, { timeoutMs: 20_000 });
      expect(stderr()).toMatch(/^watching wj from revision \d+…/);
      expect(updates()[0]).toMatchObject({ snapshot: true, events: [] });
      await regctlOk(ep, ['service', 'register', 'wj', '--id', 'wj-1', '--address', '127.0.0.1', '--port', '7000', '--ttl', '1m']);
      await waitFor('the put', () => updates().length >= 2, { timeoutMs: 20_000 });
      await regctlOk(ep, ['check', 'pass', 'wj', 'wj-1', '--output', 'fine']);
      await waitFor('the status change', () => updates().length >= 3, { timeoutMs: 20_000 });
      await regctlOk(ep, ['service', 'deregister', 'wj', 'wj-1']);
      await waitFor('the delete', () => updates().length >= 4, { timeoutMs: 20_000 });
      const [, put, pass, del] = updates();
      expect(put).toMatchObject({ snapshot: false, events: [{ type: 'put', instance: { id: 'wj-1', port: 7000, status: 'critical' } }] });
      expect(pass).toMatchObject({ events: [{ type: 'put', instance: { id: 'wj-1', status: 'passing', checks: [{ output: 'fine' }] } }] });
      expect(del).toMatchObject({ events: [{ type: 'delete', id: 'wj-1' }] });
      expect(Number(del!.revision)).toBeGreaterThan(Number(put!.revision));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

interface WatchUpdate { snapshot: boolean; revision: string; events: { type: string; id?: string; instance?: InstanceView }[] }

/** `regctl -w json service watch NAME flags…` as a child process, its updates read as they come. */
function watchJson(name: string, ...flags: string[]) {
  const child = spawn(process.execPath, [REGCTL, '--endpoints', ep.join(','), '-w', 'json', 'service', 'watch', name, ...flags], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  const updates = (): WatchUpdate[] => stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as WatchUpdate);
  return { child, exited, updates, stderr: () => stderr };
}

describe('regctl service watch --passing', () => {
  it('shows an instance coming when it starts passing and leaving when it stops', async () => {
    const { updates, stderr, exited, child } = watchJson('wp', '--passing');
    try {
      await waitFor('the first update', () => updates().length >= 1, { timeoutMs: 20_000 });
      expect(stderr()).toMatch(/^watching passing instances of wp from revision \d+…/);
      await regctlOk(ep, ['service', 'register', 'wp', '--id', 'wp-1', '--address', '127.0.0.1', '--port', '7001', '--ttl', '1m']);
      await regctlOk(ep, ['check', 'pass', 'wp', 'wp-1']);
      await waitFor('the put', () => updates().length >= 2, { timeoutMs: 20_000 });
      await regctlOk(ep, ['check', 'warn', 'wp', 'wp-1']);
      await waitFor('the leave', () => updates().length >= 3, { timeoutMs: 20_000 });
      await regctlOk(ep, ['service', 'deregister', 'wp', 'wp-1']);
      await regctlOk(ep, ['service', 'register', 'wp', '--id', 'wp-2', '--address', '127.0.0.1', '--port', '7002']);
      await waitFor('wp-2', () => updates().length >= 4, { timeoutMs: 20_000 });
      // The critical registration and the deregistration of a non-passing instance printed nothing.
      expect(updates().map((u) => u.events.map((e) => `${e.type} ${e.id ?? e.instance?.id} ${e.instance?.status ?? ''}`.trim()))).toEqual([
        [], ['put wp-1 passing'], ['delete wp-1'], ['put wp-2 passing'],
      ]);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe('regctl registry under a self-preservation hold', () => {
  let small: LocalCluster | undefined;

  afterAll(async () => {
    await small?.stop();
  });

  it('registry status shows the hold and since when, show marks stale instances, preserve off releases it', async () => {
    small = await LocalCluster.start(1, ['--registry-self-preservation-min-instances', '1']);
    await small.waitForHealthy();
    const sep = small.endpoints();
    await regctlOk(sep, ['service', 'register', 'sp', '--id', 'sp-1', '--address', '127.0.0.1', '--port', '1', '--ttl', '1s']);
    await regctlOk(sep, ['service', 'register', 'sp', '--id', 'sp-2', '--address', '127.0.0.1', '--port', '2', '--ttl', '1m']);
    await regctlOk(sep, ['check', 'pass', 'sp', 'sp-1']);
    await regctlOk(sep, ['check', 'pass', 'sp', 'sp-2']);
    // sp-1 stops reporting: its expiry engages the hold (1 of 2 TTL instances missing), so it stays passing, stale.
    const st = await waitFor('a hold', async () => {
      const s = JSON.parse(await regctlOk(sep, ['-w', 'json', 'registry', 'status'])) as { self_preservation: boolean; stale: number; self_preservation_since: string | null };
      return s.self_preservation && s.stale === 1 ? s : undefined;
    }, { timeoutMs: 30_000, intervalMs: 200 });
    expect(Date.parse(st.self_preservation_since ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(await regctlOk(sep, ['registry', 'status'])).toMatch(/^self-preservation: on since \d{4}-\d\d-\d\dT[\d:.]+Z \(\d+s\)$/m);
    const show = await regctl(['--endpoints', sep.join(','), 'service', 'show', 'sp']);
    expect(show.stdout).toMatch(/^sp-1 127\.0\.0\.1:1 passing stale checks=ttl:passing$/m);
    expect(show.stderr).toMatch(/self-preservation is on/);
    expect(await regctlOk(sep, ['registry', 'preserve', 'off'])).toBe('released the self-preservation hold: held transitions now go through\n');
    await waitFor('sp-1 critical', async () => (await regctlOk(sep, ['-w', 'json', 'service', 'show', 'sp'])).includes('"id":"sp-1","address":"127.0.0.1","port":1,"tags":[],"meta":{},"status":"critical"'),
      { timeoutMs: 30_000, intervalMs: 200 });
    expect(JSON.parse(await regctlOk(sep, ['-w', 'json', 'registry', 'preserve', 'off']))).toMatchObject({ released: false });
    expect(await regctlOk(sep, ['registry', 'preserve', 'off'])).toBe('no self-preservation hold was in force\n');
  });
});
