// `npm run -s bench -- client`: the client library's costs, on a local 3-member cluster that
// this benchmark starts (loopback, temporary data) and stops.
//
//   1. Heartbeats: 1,000 self-registered instances (10 s TTL, reporting every ttl/3) in this
//      one process for --duration seconds: this process's CPU (percent of one core) and heap
//      and RSS growth per 1,000 instances, and whether any instance turned critical.
//   2. Register -> visible in 100 discovery sets (client.registry.discover), p50/p99.
//   3. pick() cost per strategy over a 100-instance set, in ns per call.
//
// Figures go to stdout as one JSON line per part; progress to stderr. No timed assertions.
// Options: --instances N --duration S.

import { Command } from 'commander';
import { createClient, type DiscoverySet, type ServiceRegistration } from '../src/client/index.js';
import { LocalCluster } from '../src/launcher/index.js';
import { LatencyHistogram } from './latency.js';
import { log } from './log.js';

const SETS = 100;
const VISIBLE_REGISTRATIONS = 100;
const PICK_SET_SIZE = 100;
const PICK_CALLS = 1_000_000;
const TTL_MS = 10_000;

const program = new Command('bench client')
  .option('--instances <n>', 'self-registered instances in this process', (v) => Number(v), 1_000)
  .option('--duration <s>', 'seconds of heartbeats measured', (v) => Number(v), 30)
  .parse(process.argv.slice(2).filter((a) => a !== 'client'), { from: 'user' });
const o = program.opts<{ instances: number; duration: number }>();

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function emit(part: string, figures: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ bench: 'client', part, ...figures })}\n`);
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function heartbeats(endpoints: string[]): Promise<void> {
  const client = createClient({ endpoints });
  const handles: ServiceRegistration[] = [];
  try {
    gc();
    const heap0 = process.memoryUsage();
    log(`client: registering ${o.instances} instances`);
    for (let i = 0; i < o.instances; i += 50) {
      const batch = Array.from({ length: Math.min(50, o.instances - i) }, (_, k) => client.registry.register({
        service: `hb-${(i + k) % 10}`, id: `hb-${i + k}`, address: '127.0.0.1', port: 10_000 + i + k, ttlMs: TTL_MS,
      }));
      handles.push(...(await Promise.all(batch)));
    }
    const watcher = createClient({ endpoints });
    let critical = 0;
    const watches = Array.from({ length: 10 }, (_, s) => watcher.registry.watch(`hb-${s}`, {
      onUpdate: (u) => {
        for (const e of u.events) if (e.type === 'put' && e.instance.status === 'critical') critical++;
      },
    }));
    log(`client: ${o.duration} s of heartbeats`);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await sleep(o.duration * 1000);
    const cpu = process.cpuUsage(cpu0);
    const seconds = (performance.now() - t0) / 1000;
    gc();
    const heap1 = process.memoryUsage();
    for (const w of watches) w.close();
    watcher.close();
    const per1000 = 1000 / o.instances;
    emit('heartbeats', {
      instances: o.instances, ttlMs: TTL_MS, seconds: round(seconds),
      cpuPercentOfOneCorePer1000: round((((cpu.user + cpu.system) / 1e6 / seconds) * 100) * per1000, 2),
      heapBytesPer1000: Math.round((heap1.heapUsed - heap0.heapUsed) * per1000),
      rssBytesPer1000: Math.round((heap1.rss - heap0.rss) * per1000),
      gcExposed: (globalThis as { gc?: unknown }).gc !== undefined,
      falselyCritical: critical,
    });
  } finally {
    await Promise.all(handles.map((h) => h.deregister()));
    await client.close();
  }
}

async function visible(endpoints: string[]): Promise<void> {
  const writer = createClient({ endpoints });
  const readers = Array.from({ length: 10 }, () => createClient({ endpoints, separateConnections: true }));
  const sets: DiscoverySet[] = Array.from({ length: SETS }, (_, i) => readers[i % readers.length]!.registry.discover('visible', { passing: false }));
  try {
    await Promise.all(sets.map((s) => s.ready));
    const h = new LatencyHistogram();
    log(`client: ${VISIBLE_REGISTRATIONS} registrations, each awaited in ${SETS} discovery sets`);
    for (let i = 0; i < VISIBLE_REGISTRATIONS; i++) {
      const id = `v-${i}`;
      const t0 = performance.now();
      const seen = sets.map((s) => new Promise<void>((resolve) => {
        const on = () => {
          if (s.instances().some((x) => x.id === id)) {
            h.recordMs(performance.now() - t0);
            s.off('change', on);
            resolve();
          }
        };
        s.on('change', on);
      }));
      await writer.registry.put({ service: 'visible', id, address: '127.0.0.1', port: 20_000 + i });
      await Promise.all(seen);
    }
    emit('register-to-visible', { sets: SETS, registrations: VISIBLE_REGISTRATIONS, p50Ms: round(h.percentileMs(50), 2), p99Ms: round(h.percentileMs(99), 2), maxMs: round(h.maxMs, 2) });
  } finally {
    for (const s of sets) s.close();
    for (const r of readers) r.close();
    writer.close();
  }
}

async function pickCost(endpoints: string[]): Promise<void> {
  const client = createClient({ endpoints });
  try {
    for (let i = 0; i < PICK_SET_SIZE; i++) await client.registry.put({ service: 'pick', id: `p-${i}`, address: '127.0.0.1', port: 30_000 + i });
    const figures: Record<string, number> = {};
    for (const strategy of ['round-robin', 'random', 'least-outstanding'] as const) {
      const set = client.registry.discover('pick', { passing: false, strategy });
      await set.ready;
      let sink = 0;
      for (let i = 0; i < 10_000; i++) sink += set.pick()!.port; // warm-up
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < PICK_CALLS; i++) sink += set.pick()!.port;
      figures[`${strategy}Ns`] = round(Number(process.hrtime.bigint() - t0) / PICK_CALLS, 1);
      set.close();
      if (sink === 0) log('');
    }
    emit('pick', { setSize: PICK_SET_SIZE, calls: PICK_CALLS, ...figures });
  } finally {
    client.close();
  }
}

async function main(): Promise<void> {
  log('client: starting a 3-member cluster');
  const cluster = await LocalCluster.start({ members: 3, logLevel: 'warn', token: 'regd-bench-client', stopSignal: 'SIGTERM' });
  try {
    await cluster.waitForHealthy();
    await heartbeats(cluster.endpoints());
    await visible(cluster.endpoints());
    await pickCost(cluster.endpoints());
  } finally {
    await cluster.stop();
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  log(`bench client: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
