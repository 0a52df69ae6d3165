// A real etcd cluster (Debian's etcd-server 3.4 at /usr/bin/etcd) for the
// regctl tests that need what regd's server does not do yet: `size` members on
// loopback with allocated ports, run by src/launcher's ServerProcess as
// bench/etcd-cluster.ts does, data in a temp dir that stop() removes.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpHealth, OutputSink, reservePorts, ServerProcess, waitForHealth } from '../../src/launcher/index.js';

export const ETCD_BINARY = '/usr/bin/etcd';
export const ETCDCTL_BINARY = '/usr/bin/etcdctl';

/** Whether the etcd tests run: etcd is installed, or CI demands them (REGD_REQUIRE_ETCD=1, then a missing etcd fails them). */
export const RUN_ETCD_TESTS = existsSync(ETCD_BINARY) || process.env.REGD_REQUIRE_ETCD === '1';

/** How long every member may take to answer /health. */
const ETCD_READY_TIMEOUT_MS = 60_000;
/** How long stop() waits for a member after SIGTERM before SIGKILL. */
const ETCD_STOP_GRACE_MS = 5_000;

export interface EtcdCluster {
  /** `host:port` of each member's client URL. */
  endpoints: string[];
  /** Each member's output, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export async function startEtcd(size: number): Promise<EtcdCluster> {
  const root = mkdtempSync(join(tmpdir(), 'regctl-etcd-'));
  const members = await Promise.all(Array.from({ length: size }, async (_, i) => {
    const base = await reservePorts(2);
    return { name: `etcd${i + 1}`, client: `http://127.0.0.1:${base}`, peer: `http://127.0.0.1:${base + 1}` };
  }));
  const initialCluster = members.map((m) => `${m.name}=${m.peer}`).join(',');
  const procs = members.map((m) => new ServerProcess(m.name, ETCD_BINARY, [
    '--name', m.name,
    '--data-dir', join(root, m.name),
    '--listen-client-urls', m.client,
    '--advertise-client-urls', m.client,
    '--listen-peer-urls', m.peer,
    '--initial-advertise-peer-urls', m.peer,
    '--initial-cluster', initialCluster,
    '--initial-cluster-state', 'new',
    '--initial-cluster-token', 'regctl-test-etcd',
    '--logger', 'zap',
    '--log-outputs', 'stderr',
    '--log-level', 'warn',
  ], new OutputSink(m.name, { kind: 'capture' })));
  const cluster: EtcdCluster = {
    endpoints: members.map((m) => m.client.replace('http://', '')),
    output: () => procs.map((p) => `${p.name}:\n${p.output(40)}`).join('\n'),
    stop: async () => {
      await Promise.all(procs.map((p) => p.stop(ETCD_STOP_GRACE_MS)));
      rmSync(root, { recursive: true, force: true });
    },
  };
  try {
    await Promise.all(members.map((m, i) => waitForHealth(`etcd member ${m.name}`, async () => (await httpHealth(`${m.client}/health`)) === 'healthy', procs[i], ETCD_READY_TIMEOUT_MS)));
  } catch (err) {
    await cluster.stop();
    throw err;
  }
  return cluster;
}
