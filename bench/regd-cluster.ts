// regd's local 3-member cluster for comparison runs, as `npm start` runs it
// (src/launcher: client ports 2379, 22379, 32379; peer +1, metrics +2), after
// `npm run build`. Its data dir (default ./data) must not exist beforehand, so
// the benchmark never reuses or deletes data it did not create; it is removed
// on stop.
//
// `nodeOptions` is added to NODE_OPTIONS of every member (e.g.
// "--max-old-space-size=2048"); `profileDir` makes every member write a V8 CPU
// profile there when it stops (see cpu-profile.mjs).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCAL_CLIENT_PORTS, LocalCluster, REGD_MAIN } from '../src/launcher/index.js';
import { log } from './log.js';
import type { StartedCluster } from './started-cluster.js';

/** How long the cluster may take to elect a leader on every member. */
const READY_TIMEOUT_MS = 60_000;

export interface RegdClusterOptions {
  /** The regd checkout (where package.json is). */
  repoRoot: string;
  /** Parent of the members' data dirs; relative to repoRoot. */
  dataDir: string;
  build: boolean;
  nodeOptions?: string;
  /** Write a V8 CPU profile of every member here (see cpu-profile.mjs). */
  profileDir?: string;
  verbose: boolean;
}

export async function startRegdCluster(opts: RegdClusterOptions): Promise<StartedCluster> {
  const dataDir = resolve(opts.repoRoot, opts.dataDir);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} already exists and is not empty: remove it, or pass another --regd-data dir`);
  }
  if (opts.build) {
    log('regd: npm run build');
    const b = spawnSync('npm', ['run', 'build'], { cwd: opts.repoRoot, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`npm run build failed (${b.status ?? b.signal}):\n${b.stdout}\n${b.stderr}`);
  }
  if (!existsSync(REGD_MAIN)) throw new Error(`${REGD_MAIN} is missing: run npm run build`);

  const env: Record<string, string> = {};
  const nodeOptions = [process.env['NODE_OPTIONS'], opts.nodeOptions];
  if (opts.profileDir !== undefined) {
    mkdirSync(opts.profileDir, { recursive: true });
    env['BENCH_CPU_PROFILE_DIR'] = resolve(opts.profileDir);
    nodeOptions.push(`--import ${pathToFileURL(join(opts.repoRoot, 'bench', 'cpu-profile.mjs')).href}`);
  }
  if (nodeOptions.some(Boolean)) env['NODE_OPTIONS'] = nodeOptions.filter(Boolean).join(' ');
  const cluster = await LocalCluster.create({
    members: 3,
    ports: { kind: 'fixed', clientPorts: LOCAL_CLIENT_PORTS },
    dataDir,
    env,
    logs: opts.verbose ? { kind: 'terminal', stream: process.stderr } : { kind: 'capture' },
    logLevel: opts.verbose ? 'info' : 'warn',
  });
  const endpoints = cluster.endpoints();
  const recentOutput = () => cluster.names.map((n) => `${n}:\n${cluster.output(n)}`).join('\n');
  const stop = async () => {
    await cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };

  log(`regd: starting 3 members (${endpoints.join(',')}), data in ${dataDir}`);
  try {
    cluster.startAll();
    await cluster.waitForHealthy(cluster.names, READY_TIMEOUT_MS);
  } catch (err) {
    await stop();
    throw err;
  }
  log('regd: cluster ready');
  return { name: 'regd', endpoints, stop, recentOutput };
}
