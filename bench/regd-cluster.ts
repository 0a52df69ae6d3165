// regd's local 3-node cluster for comparison runs, exactly as `npm start` runs
// it: `npm run build`, then `node dist/scripts/start-cluster.js` (client ports
// 2379, 22379, 32379; peer +1, metrics +2). Its data dir (default ./data) must
// not exist beforehand, so the benchmark never reuses or deletes data it did
// not create; it is removed on stop.
//
// `nodeOptions` is added to NODE_OPTIONS of start-cluster and so of every
// node (e.g. "--max-old-space-size=2048"); `profileDir` makes every node write
// a V8 CPU profile there when it stops (see cpu-profile.mjs).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KvPool } from './kv-pool.js';
import type { LocalCluster } from './local-cluster.js';
import { log } from './log.js';
import { ServerProcess } from './server-process.js';

export const REGD_ENDPOINTS = ['127.0.0.1:2379', '127.0.0.1:22379', '127.0.0.1:32379'];

export interface RegdClusterOptions {
  /** The regd checkout (where package.json is). */
  repoRoot: string;
  /** Data parent dir passed to start-cluster --data; relative to repoRoot. */
  dataDir: string;
  build: boolean;
  nodeOptions?: string;
  /** Write a V8 CPU profile of every node here (see cpu-profile.mjs). */
  profileDir?: string;
  verbose: boolean;
}

export async function startRegdCluster(opts: RegdClusterOptions): Promise<LocalCluster> {
  const dataDir = resolve(opts.repoRoot, opts.dataDir);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} already exists and is not empty: remove it, or pass another --regd-data dir`);
  }
  if (opts.build) {
    log('regd: npm run build');
    const b = spawnSync('npm', ['run', 'build'], { cwd: opts.repoRoot, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`npm run build failed (${b.status ?? b.signal}):\n${b.stdout}\n${b.stderr}`);
  }
  const script = join(opts.repoRoot, 'dist', 'scripts', 'start-cluster.js');
  if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build`);

  const env = { ...process.env };
  const nodeOptions = [env['NODE_OPTIONS'], opts.nodeOptions];
  if (opts.profileDir !== undefined) {
    mkdirSync(opts.profileDir, { recursive: true });
    env['BENCH_CPU_PROFILE_DIR'] = resolve(opts.profileDir);
    nodeOptions.push(`--import ${pathToFileURL(join(opts.repoRoot, 'bench', 'cpu-profile.mjs')).href}`);
  }
  if (nodeOptions.some(Boolean)) env['NODE_OPTIONS'] = nodeOptions.filter(Boolean).join(' ');
  const proc = new ServerProcess('regd', process.execPath, [script, '--nodes', '3', '--data', dataDir, '--log-level', opts.verbose ? 'info' : 'warn'], {
    cwd: opts.repoRoot,
    env,
    verbose: opts.verbose,
  });
  const stop = async () => {
    await proc.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };

  log(`regd: starting 3 nodes (${REGD_ENDPOINTS.join(',')}), data in ${dataDir}`);
  const probe = new KvPool(REGD_ENDPOINTS, 1, 5000);
  try {
    await probe.waitReady(60_000, () => {
      if (proc.exit !== undefined) throw new Error(`regd start-cluster exited (${proc.exit}):\n${proc.recentOutput()}`);
    });
  } catch (err) {
    await stop();
    throw err;
  } finally {
    probe.close();
  }
  log('regd: cluster ready');
  return { name: 'regd', endpoints: REGD_ENDPOINTS, stop, recentOutput: () => proc.recentOutput() };
}
