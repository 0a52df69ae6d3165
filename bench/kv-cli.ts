// `npm run -s bench -- …`: the etcd v3 KV benchmark, for regd or etcd.
//
//   npm run -s bench -- --endpoints 127.0.0.1:2379,127.0.0.1:22379,127.0.0.1:32379 --workload get --concurrency 64
//   npm run -s bench -- --compare            # regd vs a real local etcd 3.4, put/get/get-serializable at 64
//   npm run -s bench -- --compare --workloads watch-latency --concurrency 1   # put -> event latency, 100 watchers
//
// One JSON line per run on stdout (`-s` keeps npm's own banner off stdout);
// progress and errors on stderr. See bench/README.md.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { compare, stopActiveClusters } from './compare.js';
import { etcdVersion, startEtcdCluster } from './etcd-cluster.js';
import { KvPool, parseEndpoints } from './kv-pool.js';
import { startRegdCluster } from './regd-cluster.js';
import { log } from './log.js';
import { preload, run } from './runner.js';
import { stopAllProcesses } from '../src/launcher/index.js';
import { isWorkload, KeySpace, needsPreload, randomValue, WORKLOADS, type Workload, type WorkloadOptions } from './workloads.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

function nonNegative(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('must be a number >= 0');
  return n;
}

function positive(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a number > 0');
  return n;
}

function workload(v: string): Workload {
  if (!isWorkload(v)) throw new InvalidArgumentError(`must be one of ${WORKLOADS.join(', ')}`);
  return v;
}

function workloadList(v: string): Workload[] {
  return v.split(',').map((s) => workload(s.trim()));
}

function systemList(v: string): Array<'regd' | 'etcd'> {
  return v.split(',').map((s) => {
    const t = s.trim();
    if (t !== 'regd' && t !== 'etcd') throw new InvalidArgumentError('must be regd, etcd or regd,etcd');
    return t;
  });
}

interface Opts {
  endpoints?: string;
  workload: Workload;
  concurrency: number;
  duration: number;
  requests?: number;
  warmup: number;
  rate?: number;
  keySpace: number;
  valueSize: number;
  conns: number;
  timeout: number;
  target?: string;
  preload: boolean;
  watchers: number;
  watchersPerStream: number;
  leases: number;
  keepaliveStreams: number;
  compare: boolean;
  workloads: Workload[];
  systems: Array<'regd' | 'etcd'>;
  rounds: number;
  etcdBinary: string;
  etcdBasePort: number;
  etcdDataParent?: string;
  regdData: string;
  build: boolean;
  regdNodeOptions?: string;
  regdProfileDir?: string;
  verbose: boolean;
}

const program = new Command('bench')
  .description('etcd v3 KV benchmark: one JSON line per run on stdout, progress on stderr')
  .option('--endpoints <list>', 'comma list of host:port; requests go round-robin over them')
  .addOption(new Option('--workload <name>', `${WORKLOADS.join(' | ')} (see bench/README.md)`).default('put').argParser(workload))
  .option('--concurrency <n>', 'requests in flight (closed loop, one per worker); watch-latency: puts in flight', positiveInt, 64)
  .option('--duration <seconds>', 'length of the timed phase', positive, 10)
  .option('--requests <n>', 'stop the timed phase after this many requests instead of --duration', positiveInt)
  .option('--warmup <seconds>', 'untimed load before the timed phase', nonNegative, 2)
  .option('--rate <per-second>', 'issue requests at this steady rate (at most --concurrency in flight) instead of back to back', positive)
  .option('--key-space <n>', 'number of distinct keys', positiveInt, 10000)
  .option('--value-size <bytes>', 'bytes per value written', nonNegative, 256)
  .option('--conns <n>', 'gRPC channels (TCP connections) per endpoint', positiveInt, 1)
  .option('--timeout <ms>', 'deadline of each request', positiveInt, 15000)
  .option('--target <label>', 'the "target" field of the output (default: the endpoint list)')
  .option('--no-preload', 'do not write the key space before a read workload')
  .option('--watchers <n>', 'watch-latency: watchers on the prefix', positiveInt, 100)
  .option('--watchers-per-stream <n>', 'watch-latency: watchers per Watch stream (1: a stream each)', positiveInt, 1)
  .option('--leases <n>', 'lease-keepalive: leases granted first and kept alive in turn', positiveInt, 1000)
  .option('--keepalive-streams <n>', 'lease-keepalive: LeaseKeepAlive streams, round-robin over the endpoints', positiveInt, 6)
  .option('--compare', 'start regd, then a real local etcd, and run --workloads against each (see bench/README.md)', false)
  .option('--workloads <list>', '--compare: workloads to run, in order', workloadList, ['put', 'get', 'get-serializable'] as Workload[])
  .option('--systems <list>', '--compare: which clusters to run', systemList, ['regd', 'etcd'] as Array<'regd' | 'etcd'>)
  .option('--rounds <n>', '--compare: repeat everything n times; ratios use the medians', positiveInt, 1)
  .option('--etcd-binary <path>', '--compare: the etcd 3.4 binary', '/usr/bin/etcd')
  .option('--etcd-base-port <port>', '--compare: client port of the first etcd member (others +100, peers +1)', positiveInt, 12379)
  .option('--etcd-data-parent <dir>', '--compare: where etcd\'s temp data dir goes (default: OS temp dir)')
  .option('--regd-data <dir>', '--compare: regd data dir (must not exist; removed afterwards)', 'data')
  .option('--no-build', '--compare: do not run npm run build before starting regd')
  .option('--regd-node-options <flags>', '--compare: extra NODE_OPTIONS for the regd nodes')
  .option('--regd-profile-dir <dir>', '--compare: write a V8 CPU profile of each regd node here (bench/profile-summary.ts reads them)')
  .option('--verbose', 'echo server output to stderr', false)
  .parse();

const o = program.opts<Opts>();
const workloadOptions: WorkloadOptions = {
  watchers: o.watchers, watchersPerStream: o.watchersPerStream, leases: o.leases, keepaliveStreams: o.keepaliveStreams,
};
const emit = (r: object) => process.stdout.write(`${JSON.stringify(r)}\n`);

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping servers`);
    void stopActiveClusters().finally(() => stopAllProcesses()).finally(() => process.exit(130));
  });
}

async function single(): Promise<void> {
  const endpoints = parseEndpoints(o.endpoints!);
  const pool = new KvPool(endpoints, o.conns, o.timeout);
  const keys = new KeySpace(o.keySpace);
  const value = randomValue(o.valueSize);
  try {
    if (needsPreload(o.workload) && o.preload) await preload(pool, keys, value, o.concurrency);
    const r = await run({
      target: o.target ?? endpoints.join(','), workload: o.workload, concurrency: o.concurrency,
      durationS: o.duration, requests: o.requests, warmupS: o.warmup, rate: o.rate, options: workloadOptions,
    }, pool, keys, value);
    emit(r);
  } finally {
    pool.close();
  }
}

async function compareMode(): Promise<void> {
  const etcdTarget = `etcd-${etcdVersion(o.etcdBinary)}`;
  await compare({
    workloads: o.workloads,
    concurrency: o.concurrency,
    durationS: o.duration,
    requests: o.requests,
    warmupS: o.warmup,
    rate: o.rate,
    keySpace: o.keySpace,
    valueSize: o.valueSize,
    rounds: o.rounds,
    systems: o.systems,
    options: workloadOptions,
    pool: (endpoints) => new KvPool(endpoints, o.conns, o.timeout),
    start: async (system) => {
      if (system === 'regd') {
        const c = await startRegdCluster({ repoRoot, dataDir: o.regdData, build: o.build, nodeOptions: o.regdNodeOptions, profileDir: o.regdProfileDir, verbose: o.verbose });
        return { ...c, target: 'regd' };
      }
      const c = await startEtcdCluster({ binary: o.etcdBinary, size: 3, basePort: o.etcdBasePort, dataParent: o.etcdDataParent, verbose: o.verbose });
      return { ...c, target: etcdTarget };
    },
  }, emit);
}

async function main(): Promise<void> {
  if (o.compare) {
    if (o.endpoints !== undefined) throw new Error('--compare starts its own clusters: leave out --endpoints');
    await compareMode();
  } else {
    if (o.endpoints === undefined) throw new Error('--endpoints is required (or --compare)');
    await single();
  }
}

main().then(
  () => process.exit(0),
  async (err: unknown) => {
    log(`bench: ${(err as Error).message ?? String(err)}`);
    await stopActiveClusters().catch(() => undefined);
    await stopAllProcesses();
    process.exit(1);
  },
);
