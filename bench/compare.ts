// --compare: regd against a real etcd 3.4 on the same machine. Starts regd's
// local 3-node cluster, runs every workload against it, stops it and removes
// its data; then the same with a 3-member etcd cluster. Never both at once.
// Prints one JSON line per run on stdout as it finishes, then one JSON line of
// regd/etcd ratios per workload (with --rounds > 1: of the per-round medians),
// and the same as a table on stderr.

import type { KvPool } from './kv-pool.js';
import type { StartedCluster } from './started-cluster.js';
import { log } from './log.js';
import { preload, run, type RunResult } from './runner.js';
import { KeySpace, needsPreload, randomValue, type Workload, type WorkloadOptions } from './workloads.js';

export interface CompareOptions {
  workloads: Workload[];
  concurrency: number;
  durationS: number;
  requests?: number;
  warmupS: number;
  rate?: number;
  keySpace: number;
  valueSize: number;
  rounds: number;
  systems: Array<'regd' | 'etcd'>;
  /** Options of the watch and lease workloads. */
  options: WorkloadOptions;
  /** Starts one system's cluster (see regd-cluster.ts, etcd-cluster.ts). */
  start(system: 'regd' | 'etcd'): Promise<StartedCluster & { target: string }>;
  pool(endpoints: readonly string[]): KvPool;
}

/** Clusters running right now, so an interrupt can stop them and remove their data. */
const active = new Set<StartedCluster>();

export async function stopActiveClusters(): Promise<void> {
  await Promise.all([...active].map((c) => c.stop()));
  active.clear();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const ratio = (a: number, b: number) => (b === 0 ? null : Number((a / b).toFixed(3)));

export async function compare(o: CompareOptions, emit: (r: object) => void): Promise<void> {
  const keys = new KeySpace(o.keySpace);
  const value = randomValue(o.valueSize);
  const results: Record<string, Record<string, RunResult[]>> = {};

  for (let round = 1; round <= o.rounds; round++) {
    for (const system of o.systems) {
      if (o.rounds > 1) log(`--- round ${round} of ${o.rounds}: ${system}`);
      const cluster = await o.start(system);
      active.add(cluster);
      const pool = o.pool(cluster.endpoints);
      try {
        let preloaded = false;
        for (const workload of o.workloads) {
          if (needsPreload(workload) && !preloaded) {
            await preload(pool, keys, value, o.concurrency);
            preloaded = true;
          }
          const r = await run({
            target: cluster.target, workload, concurrency: o.concurrency, durationS: o.durationS, requests: o.requests, warmupS: o.warmupS, rate: o.rate, options: o.options,
          }, pool, keys, value);
          emit(r);
          if (r.errors > 0) {
            const out = cluster.recentOutput();
            log(`${system}: ${r.errors} errors in ${workload}; the servers' last output:\n${out === '' ? '(none)' : out}`);
          }
          ((results[system] ??= {})[workload] ??= []).push(r);
        }
      } finally {
        pool.close();
        active.delete(cluster);
        log(`${system}: stopping`);
        await cluster.stop();
      }
    }
  }

  if (!o.systems.includes('regd') || !o.systems.includes('etcd')) return;
  log('');
  log(`regd / etcd, ${o.concurrency} in flight${o.rounds > 1 ? `, medians of ${o.rounds} rounds` : ''}:`);
  log('workload          ops/s regd   ops/s etcd   ops/s ratio   p50 ratio   p99 ratio');
  for (const workload of o.workloads) {
    const regd = results['regd']?.[workload] ?? [];
    const etcd = results['etcd']?.[workload] ?? [];
    if (regd.length === 0 || etcd.length === 0) continue;
    const m = (rs: RunResult[], f: (r: RunResult) => number) => median(rs.map(f));
    const line = {
      compare: 'regd/etcd',
      workload,
      concurrency: o.concurrency,
      ...(o.rate === undefined ? {} : { rate: o.rate }),
      rounds: o.rounds,
      regd_ops_per_s: Number(m(regd, (r) => r.ops_per_s).toFixed(1)),
      etcd_ops_per_s: Number(m(etcd, (r) => r.ops_per_s).toFixed(1)),
      ops_per_s_ratio: ratio(m(regd, (r) => r.ops_per_s), m(etcd, (r) => r.ops_per_s)),
      p50_ratio: ratio(m(regd, (r) => r.p50_ms), m(etcd, (r) => r.p50_ms)),
      p99_ratio: ratio(m(regd, (r) => r.p99_ms), m(etcd, (r) => r.p99_ms)),
    };
    emit(line);
    log(`${workload.padEnd(16)} ${String(line.regd_ops_per_s).padStart(11)} ${String(line.etcd_ops_per_s).padStart(12)}` +
      ` ${String(line.ops_per_s_ratio).padStart(13)} ${String(line.p50_ratio).padStart(11)} ${String(line.p99_ratio).padStart(11)}`);
  }
}
