// The reserved keyspace against a real member: reserved keys written by the
// member itself (through its KvFrontend, as src/registry writes its records) are
// never shown to etcdctl, nor deleted by it, nor can the etcd API write one.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../../src/client/index.js';
import type { regd } from '../../src/generated/proto.js';
import { RESERVED_KEY_MESSAGE } from '../../src/kv/reserved.js';
import { reservePort } from '../../src/launcher/index.js';
import { parseConfig } from '../../src/node/config.js';
import { RegdServer } from '../../src/node/regd-server.js';
import { RegistryClient } from '../../src/proto/services.js';
import { b, removeDir, str, tempDir } from '../kv/helpers.js';
import { waitFor } from './harness/wait-for.js';

const run = promisify(execFile);
const ETCDCTL = '/usr/bin/etcdctl';
const haveEtcdctl = existsSync(ETCDCTL);
if (!haveEtcdctl && process.env['REGD_REQUIRE_ETCDCTL'] === '1') {
  throw new Error(`${ETCDCTL} is required (install Debian's etcd-client)`);
}

const R = '\xff\xff';
/** Reserved keys of this test's own (outside `registry/`, so the member's registry leaves them alone). */
const RECORDS = [R, `${R}test/1`, `${R}test/2`, `${R}\xff`];
const USER = ['\x00first', 'a', 'b/1', 'b/2', '\xff', '\xff\xfe\xff'];

let dir: string;
let server: RegdServer;
let endpoint: string;
let client: Client;

/** etcdctl with its output as latin1 text, so any 0xff byte it printed stays visible as '\xff'. */
async function etcdctl(args: string[]): Promise<string> {
  const r = await run(ETCDCTL, [`--endpoints=${endpoint}`, '--dial-timeout=3s', '--command-timeout=8s', ...args], {
    env: { ...process.env, ETCDCTL_API: '3' }, encoding: 'latin1',
  });
  return r.stdout;
}

/** Keys of `etcdctl get ... -w json`, and its count. */
async function getJson(args: string[]): Promise<{ keys: string[]; count: number; more: boolean }> {
  const out = JSON.parse(await etcdctl(['get', ...args, '-w', 'json'])) as { kvs?: Array<{ key: string }>; count?: number; more?: boolean };
  return { keys: (out.kvs ?? []).map((kv) => Buffer.from(kv.key, 'base64').toString('latin1')), count: out.count ?? 0, more: out.more ?? false };
}

/** Every key the store holds, reserved ones included, read below the etcd API (but the registry's own). */
async function storeKeys(): Promise<string[]> {
  const r = await server.kv.range({ key: b('\x00'), rangeEnd: b('\x00'), keysOnly: true });
  return r.kvs.map((kv) => str(kv.key)).filter((k) => !k.startsWith(`${R}registry/`));
}

async function writeRecords(): Promise<void> {
  for (const k of RECORDS) await server.kv.put({ key: b(k), value: b('r') });
}

describe.skipIf(!haveEtcdctl)('the reserved keyspace, seen through etcdctl', () => {
  beforeAll(async () => {
    dir = tempDir('regd-reserved-');
    const [client, peer, metrics] = [await reservePort(), await reservePort(), await reservePort()];
    endpoint = `127.0.0.1:${client}`;
    const config = parseConfig([
      '--name', 'r1', '--data-dir', join(dir, 'r1'),
      '--listen-client-urls', `http://${endpoint}`, '--advertise-client-urls', `http://${endpoint}`,
      '--listen-peer-urls', `http://127.0.0.1:${peer}`, '--initial-advertise-peer-urls', `http://127.0.0.1:${peer}`,
      '--listen-metrics-urls', `http://127.0.0.1:${metrics}`,
      '--heartbeat-interval', '50', '--election-timeout', '500',
    ], {});
    server = await RegdServer.start(config, pino({ level: 'silent' }));
    await waitFor('the member to elect itself', () => server.hasLeader(), { timeoutMs: 10_000 });
  });
  beforeAll(() => {
    client = createClient({ endpoints: [endpoint], requestTimeoutMs: 5000, retry: false });
  });
  afterAll(async () => {
    client?.close();
    await server?.stop();
    removeDir(dir);
  });

  it('get "" --prefix and get --from-key "": user keys only, with their count', async () => {
    for (const k of USER) await client.kv.put(b(k), 'u');
    await writeRecords();
    expect((await storeKeys()).filter((k) => k.startsWith(R))).toEqual(RECORDS);

    for (const args of [['', '--prefix'], ['--from-key', ''], ['\x01', '--from-key']]) {
      const want = args[0] === '\x01' ? USER.slice(1) : USER;
      const text = await etcdctl(['get', ...args]);
      expect(text).not.toContain(R);
      const r = await getJson(args);
      expect(r).toEqual({ keys: want, count: want.length, more: false });
    }
    const limited = await getJson(['', '--prefix', '--limit=2']);
    expect(limited).toEqual({ keys: USER.slice(0, 2), count: USER.length, more: true });
    const last = await getJson(['', '--prefix', '--limit=1', '--order=DESCEND']);
    expect(last.keys).toEqual(['\xff\xfe\xff']);
  });

  it('watch --prefix "": replays and streams user events only', async () => {
    const watcher = spawn(ETCDCTL, [`--endpoints=${endpoint}`, 'watch', '--prefix', '', '--rev=1'], { env: { ...process.env, ETCDCTL_API: '3' } });
    let out = '';
    watcher.stdout.setEncoding('latin1');
    watcher.stdout.on('data', (d: string) => {
      out += d;
    });
    try {
      await waitFor('the replayed history', () => out.includes('\xff\xfe\xff\nu\n'), { timeoutMs: 10_000 });
      await server.kv.put({ key: b(`${R}test/3`), value: b('r') });
      await server.kv.deleteRange({ key: b(`${R}test/3`) });
      await client.kv.put('after', 'x');
      await waitFor('the live event after the records', () => out.includes('after\nx\n'), { timeoutMs: 10_000 });
      expect(out).not.toContain(R);
    } finally {
      watcher.kill('SIGKILL');
    }
  });

  it('del "" --prefix deletes the user keys and leaves the reserved ones', async () => {
    await client.kv.put('after-watch', 'x');
    const userCount = (await getJson(['', '--prefix'])).count;
    expect(userCount).toBeGreaterThan(0);
    expect(await etcdctl(['del', '', '--prefix'])).toBe(`${userCount}\n`);
    expect((await getJson(['', '--prefix'])).count).toBe(0);
    expect(await storeKeys()).toEqual(RECORDS);
    expect(await etcdctl(['del', '--from-key', ''])).toBe('0\n');
    expect(await storeKeys()).toEqual(RECORDS);
  });

  it('lock and election calls refuse reserved names; the member keeps serving', async () => {
    const { id } = await client.lease.grant(30);
    const errors = await Promise.all([
      client.lock.lock(b(`${R}registry/lock`), id).then(() => 'locked', (e: Error) => e.message),
      client.lock.unlock(b(RECORDS[1]!)).then(() => 'unlocked', (e: Error) => e.message),
      client.election.campaign(b(`${R}registry/e`), id, 'v').then(() => 'elected', (e: Error) => e.message),
      client.election.leader(b(`${R}registry/e`)).then(() => 'leader', (e: Error) => e.message),
    ]);
    for (const e of errors) expect(e).toContain(RESERVED_KEY_MESSAGE);
    expect(await storeKeys()).toEqual(RECORDS);
    expect(await etcdctl(['put', 'still', 'serving'])).toBe('OK\n');
  });

  it('a registration made through the registry API survives etcdctl del "" --prefix, unseen', async () => {
    const k = new RegistryClient(endpoint, credentials.createInsecure());
    const call = <Req, Res>(f: (req: Req, md: Metadata, o: { deadline: number }, cb: (err: ServiceError | null, res?: Res) => void) => unknown, req: Req) =>
      new Promise<Res>((resolve, reject) => {
        f.call(k, req, new Metadata(), { deadline: Date.now() + 5000 }, (err, res) => (err !== null ? reject(err) : resolve(res!)));
      });
    try {
      await call<regd.v1.IRegisterRequest, regd.v1.RegisterResponse>(k.Register, { instance: { service: 'web', id: 'w1', address: '127.0.0.1', port: 8080 } });
      await client.kv.put('user', 'u');
      expect(await etcdctl(['get', '', '--prefix', '--keys-only'])).toBe('still\n\nuser\n\n');
      expect(await etcdctl(['del', '', '--prefix'])).toBe('2\n');
      const list = await call<regd.v1.IListInstancesRequest, regd.v1.ListInstancesResponse>(k.ListInstances, { service: 'web' });
      expect(list.instances.map((i) => i.id)).toEqual(['w1']);
    } finally {
      k.close();
    }
  });
});
