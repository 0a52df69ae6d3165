// `regd/client` as an application gets it: a folder with node_modules/regd linked to this
// repository (what `npm install <path to regd>` makes), an ES module importing
// 'regd/client' by name, and a TypeScript file type-checked against the published
// declarations (no source conditions), talking to a real cluster.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from './harness/local-cluster.js';

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

let app: string;
let cluster: LocalCluster;

beforeAll(async () => {
  app = await mkdtemp(join(tmpdir(), 'regd-app-'));
  await mkdir(join(app, 'node_modules'));
  await symlink(ROOT, join(app, 'node_modules', 'regd'), 'dir');
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  cluster = await LocalCluster.start(3);
  await cluster.waitForHealthy();
}, 60_000);

afterAll(async () => {
  await cluster?.stop();
  if (app !== undefined) await rm(app, { recursive: true, force: true });
});

describe('the regd/client package', () => {
  it('imports by name from an ES module and works against a cluster', async () => {
    await writeFile(join(app, 'main.js'), `
import { connect } from 'regd/client';
const client = await connect({ endpoints: process.argv.slice(2) });
await client.kv.put('package-test', 'ok');
const r = await client.registry.register({ service: 'pkg', address: '127.0.0.1', port: 1, ttlMs: 10000 });
const listed = await client.registry.listInstances('pkg');
console.log(JSON.stringify({ value: (await client.kv.get('package-test'))?.valueString, id: r.id, listed: listed.instances.map((i) => i.id) }));
await client.close();
console.log(JSON.stringify({ after: (await (await connect({ endpoints: process.argv.slice(2) })).registry.listInstances('pkg')).instances.length }));
process.exit(0);
`);
    const { stdout } = await run(process.execPath, [join(app, 'main.js'), ...cluster.endpoints()], { cwd: app, timeout: 30_000 });
    const [first, second] = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first!.value).toBe('ok');
    expect(first!.listed).toEqual([first!.id]);
    expect(second).toEqual({ after: 0 }); // close() deregistered it
  }, 60_000);

  it('type-checks against the published declarations, and they are not `any`', async () => {
    await writeFile(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')] },
      files: ['app.ts'],
    }));
    await writeFile(join(app, 'app.ts'), `
import { connect, type Client, type DiscoverySet, type ServiceRegistration } from 'regd/client';
export async function main(): Promise<void> {
  const client: Client = await connect();
  const handle: ServiceRegistration = await client.registry.register({ service: 'web', address: '127.0.0.1', port: 8080, ttlMs: 10_000 });
  const set: DiscoverySet = client.registry.discover('web', { passing: true });
  const id: string | undefined = set.pick()?.id;
  // @ts-expect-error ttlMs is a number of milliseconds
  await client.registry.register({ service: 'web', address: '127.0.0.1', port: 8080, ttlMs: '10s' });
  // @ts-expect-error there is no such method
  client.registry.nonexistent();
  await handle.deregister();
  void id;
  await client.close();
}
`);
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = await run(process.execPath, [tsc, '-p', join(app, 'tsconfig.json')], { cwd: app, timeout: 60_000 }).catch((e: { stdout: string; stderr: string }) => e);
    expect(r.stdout + r.stderr).toBe('');
  }, 90_000);

  it('packs the client build with its declarations and the examples, and no tests or data', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: ROOT, timeout: 60_000 });
    const files = new Set((JSON.parse(stdout) as [{ files: { path: string }[] }])[0].files.map((f) => f.path));
    for (const f of ['package.json', 'README.md', 'docs/client.md', 'dist/src/client/index.js', 'dist/src/client/index.d.ts', 'dist/src/generated/proto.js', 'dist/examples/greeter.js', 'dist/cli/regctl.js']) {
      expect(files, f).toContain(f);
    }
    expect([...files].filter((f) => f.startsWith('test/') || f.startsWith('data/') || f.startsWith('node_modules/'))).toEqual([]);
  }, 90_000);
});
