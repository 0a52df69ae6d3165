// A real local etcd cluster for comparison runs: `size` members of the etcd
// binary (3.4 from Debian's etcd-server at /usr/bin/etcd) on loopback, with
// data in a fresh temp dir that is removed on stop. The processes are run by
// src/launcher's ServerProcess, as regd's members are; only the flags are etcd's.
//
// Member i (0-based) listens for clients on basePort + 100*i and for peers on
// basePort + 100*i + 1: 12379/12380, 12479/12480, 12579/12580 by default, so
// it never collides with regd's local cluster (2379, 22379, 32379 and +1, +2).
// etcd runs with its defaults (100 ms heartbeat, 1 s election timeout, the
// same as regd's), fsync on, and the data dir on the same disk as regd's.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpHealth, OutputSink, ServerProcess, waitForHealth } from '../src/launcher/index.js';
import { log } from './log.js';
import type { StartedCluster } from './started-cluster.js';

/** How long the cluster may take to elect a leader on every member. */
const READY_TIMEOUT_MS = 60_000;

export interface EtcdClusterOptions {
  binary: string;
  size: number;
  basePort: number;
  /** Parent of the temp data dir; default the OS temp dir. */
  dataParent?: string;
  verbose: boolean;
}

export async function startEtcdCluster(opts: EtcdClusterOptions): Promise<StartedCluster> {
  const root = mkdtempSync(join(opts.dataParent ?? tmpdir(), 'regd-bench-etcd-'));
  const members = Array.from({ length: opts.size }, (_, i) => ({
    name: `etcd${i + 1}`,
    client: `http://127.0.0.1:${opts.basePort + 100 * i}`,
    peer: `http://127.0.0.1:${opts.basePort + 100 * i + 1}`,
  }));
  const initialCluster = members.map((m) => `${m.name}=${m.peer}`).join(',');
  const procs = members.map((m) => new ServerProcess(m.name, opts.binary, [
    '--name', m.name,
    '--data-dir', join(root, m.name),
    '--listen-client-urls', m.client,
    '--advertise-client-urls', m.client,
    '--listen-peer-urls', m.peer,
    '--initial-advertise-peer-urls', m.peer,
    '--initial-cluster', initialCluster,
    '--initial-cluster-state', 'new',
    '--initial-cluster-token', 'regd-bench-etcd',
    '--logger', 'zap',
    '--log-outputs', 'stderr',
    '--log-level', opts.verbose ? 'info' : 'warn',
  ], new OutputSink(m.name, opts.verbose ? { kind: 'terminal', stream: process.stderr } : { kind: 'capture' })));

  const endpoints = members.map((m) => m.client.replace('http://', ''));
  const stop = async () => {
    await Promise.all(procs.map((p) => p.stop()));
    rmSync(root, { recursive: true, force: true });
  };

  log(`etcd: starting ${opts.size} members (${endpoints.join(',')}), data in ${root}`);
  try {
    await Promise.all(members.map(async (m, i) => {
      await waitForHealth(`etcd member ${m.name}`, async () => (await httpHealth(`${m.client}/health`)) === 'healthy', procs[i], READY_TIMEOUT_MS);
    }));
  } catch (err) {
    await stop();
    throw err;
  }
  log('etcd: cluster ready');
  return { name: 'etcd', endpoints, stop, recentOutput: () => procs.map((p) => `${p.name}:\n${p.output(40)}`).join('\n') };
}

/** The version `etcd --version` reports, e.g. "3.4.23", for the target label. */
export function etcdVersion(binary: string): string {
  try {
    const out = execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    return /etcd Version:\s*(\S+)/.exec(out)?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
