// `npm run -s bench -- registry`: the service registry on a local 3-member
// cluster that this benchmark starts (loopback, temporary data) and stops.
//
//   1. 10,000 instances with a 10 s TTL report every 5 s over 100 heartbeat
//      connections: the leader's CPU use over the run (process_cpu_seconds_total
//      from its /metrics) and the instances that turned critical falsely.
//   2. List latency with 10,000 instances: ListInstances of one 1,000-instance
//      service and ListServices over all of them (linearizable), p50/p99.
//   3. Register -> visible in 100 service watches, p50/p99.
//   4. 1,000 HTTP checks at a 10 s interval against one local HTTP server: the
//      runs per second the server saw, and the leader's CPU use.
//
// Figures go to stdout as one JSON line per part; progress to stderr. No
// timed assertions. Options: --instances N --duration S --http-checks N.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Command } from 'commander';
import { createClient, type Client } from '../src/client/index.js';
import { LocalCluster } from '../src/launcher/index.js';
import { LatencyHistogram } from './latency.js';
import { log } from './log.js';

const SERVICES = 10;
const CONNECTIONS = 100;
const TTL_MS = 10_000;
const REPORT_EVERY_MS = 5_000;
const WATCHERS = 100;
const WATCHED_REGISTRATIONS = 200;
const LIST_CALLS = 200;

const program = new Command('bench registry')
  .option('--instances <n>', 'TTL instances', (v) => Number(v), 10_000)
  .option('--duration <s>', 'seconds of heartbeats (and of HTTP checks)', (v) => Number(v), 30)
  .option('--http-checks <n>', 'HTTP-checked instances', (v) => Number(v), 1_000)
  .parse(process.argv.slice(2).filter((a) => a !== 'registry'), { from: 'user' });
const o = program.opts<{ instances: number; duration: number; httpChecks: number }>();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

function emit(part: string, figures: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ bench: 'registry', part, ...figures })}\n`);
}

async function leaderName(cluster: LocalCluster, client: Client): Promise<string> {
  for (const name of cluster.names) {
    const c = createClient({ endpoints: [cluster.endpoint(name)], retry: false });
    try {
      const s = await c.maintenance.status();
      if (s.leader !== 0n && s.leader === s.header.memberId) return name;
    } finally {
      c.close();
    }
  }
  void client;
  throw new Error('no leader');
}

async function cpuSeconds(cluster: LocalCluster, name: string): Promise<number> {
  const text = await cluster.metrics(name);
  const m = /^process_cpu_seconds_total (\S+)$/m.exec(text);
  return m === null ? Number.NaN : Number(m[1]);
}

/** Registers `n` instances with at most `concurrency` calls in flight. */
async function registerMany(client: Client, n: number, make: (i: number) => Parameters<Client['registry']['put']>[0], concurrency = 64): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let i = next++; i < n; i = next++) await client.registry.put(make(i));
  }));
}

async function heartbeats(cluster: LocalCluster, client: Client): Promise<void> {
  const n = o.instances;
  // The reporters start first and report every instance once it is registered, as a real
  // instance does, so no TTL runs out while the rest are still registering.
  const registered = new Array<boolean>(n).fill(false);
  const clients = Array.from({ length: CONNECTIONS }, (_, c) => createClient({ endpoints: [cluster.endpoint(cluster.names[c % cluster.names.length]!)], separateConnections: true }));
  const sessions = clients.map((c) => c.registry.heartbeats());
  let stop = false;
  let reports = 0;
  let failures = 0;
  const loops = sessions.map(async (s, c) => {
    const mine: number[] = [];
    for (let i = c; i < n; i += CONNECTIONS) mine.push(i);
    // Spread the connections over the report interval.
    await sleep((c / CONNECTIONS) * REPORT_EVERY_MS);
    while (!stop) {
      const started = Date.now();
      await Promise.all(mine.filter((i) => registered[i]).map((i) => s.report(`svc-${i % SERVICES}`, `i-${i}`, 'ttl', 'passing').then(() => { reports++; }, () => { failures++; })));
      await sleep(Math.max(0, REPORT_EVERY_MS - (Date.now() - started)));
    }
  });
  log(`registry: registering ${n} TTL instances in ${SERVICES} services`);
  const r0 = Date.now();
  let next = 0;
  await Promise.all(Array.from({ length: 64 }, async () => {
    for (let i = next++; i < n; i = next++) {
      await client.registry.put({
        service: `svc-${i % SERVICES}`, id: `i-${i}`, address: '127.0.0.1', port: 10_000 + (i % 50_000),
        checks: [{ checkId: 'ttl', kind: 'ttl', ttlMs: TTL_MS, initialStatus: 'passing' }],
      });
      registered[i] = true;
    }
  }));
  const registerSeconds = (Date.now() - r0) / 1000;
  reports = 0;
  failures = 0;
  const leader = await leaderName(cluster, client);
  const cpu0 = await cpuSeconds(cluster, leader);
  const t0 = Date.now();
  let maxCritical = 0;
  while (Date.now() - t0 < o.duration * 1000) {
    await sleep(2000);
    maxCritical = Math.max(maxCritical, (await client.registry.status()).critical);
  }
  const cpu1 = await cpuSeconds(cluster, leader);
  const seconds = (Date.now() - t0) / 1000;
  stop = true;
  await Promise.all(loops);
  for (const s of sessions) s.close();
  for (const c of clients) c.close();
  emit('heartbeats', {
    instances: n, registerSeconds: round(registerSeconds), registrationsPerSecond: round(n / registerSeconds), ttlMs: TTL_MS, reportEveryMs: REPORT_EVERY_MS, connections: CONNECTIONS, seconds: round(seconds),
    reportsPerSecond: round(reports / seconds), reportFailures: failures,
    leaderCpuPercentOfOneCore: round(((cpu1 - cpu0) / seconds) * 100), falselyCriticalMax: maxCritical,
  });
}

async function lists(client: Client): Promise<void> {
  const one = new LatencyHistogram();
  const all = new LatencyHistogram();
  let size = 0;
  for (let i = 0; i < LIST_CALLS; i++) {
    let t = performance.now();
    size = (await client.registry.listInstances(`svc-${i % SERVICES}`)).instances.length;
    one.recordMs(performance.now() - t);
    if (i % 4 === 0) {
      t = performance.now();
      await client.registry.listServices();
      all.recordMs(performance.now() - t);
    }
  }
  emit('list', {
    instances: o.instances, serviceSize: size,
    listInstancesP50Ms: round(one.percentileMs(50)), listInstancesP99Ms: round(one.percentileMs(99)),
    listServicesP50Ms: round(all.percentileMs(50)), listServicesP99Ms: round(all.percentileMs(99)),
  });
}

async function watchLatency(client: Client): Promise<void> {
  const seen = new Map<string, number>();
  const hist = new LatencyHistogram();
  const started = new Map<string, number>();
  const watches = Array.from({ length: WATCHERS }, () => client.registry.watch('watched', {
    onUpdate: (u) => {
      for (const e of u.events) {
        if (e.type !== 'put' || u.snapshot) continue;
        const t = started.get(e.instance.id);
        if (t === undefined) continue;
        hist.recordMs(performance.now() - t);
        seen.set(e.instance.id, (seen.get(e.instance.id) ?? 0) + 1);
      }
    },
  }));
  await client.registry.put({ service: 'watched', id: 'warm', address: '127.0.0.1', port: 1 });
  await sleep(1000);
  for (let i = 0; i < WATCHED_REGISTRATIONS; i++) {
    const id = `w-${i}`;
    started.set(id, performance.now());
    await client.registry.put({ service: 'watched', id, address: '127.0.0.1', port: 2 });
  }
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && [...seen.values()].reduce((a, b) => a + b, 0) < WATCHERS * WATCHED_REGISTRATIONS) await sleep(100);
  for (const w of watches) w.close();
  emit('watch', {
    watchers: WATCHERS, registrations: WATCHED_REGISTRATIONS, deliveries: hist.count,
    registerToVisibleP50Ms: round(hist.percentileMs(50)), registerToVisibleP99Ms: round(hist.percentileMs(99)),
  });
}

async function httpChecks(cluster: LocalCluster, client: Client): Promise<void> {
  let hits = 0;
  const server = http.createServer((_req, res) => {
    hits++;
    res.writeHead(200);
    res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  log(`registry: registering ${o.httpChecks} HTTP-checked instances`);
  await registerMany(client, o.httpChecks, (i) => ({
    service: 'http-checked', id: `h-${i}`, address: '127.0.0.1', port,
    checks: [{ checkId: 'http', kind: 'http', target: `http://127.0.0.1:${port}/health`, intervalMs: 10_000, timeoutMs: 2_000 }],
  }));
  await sleep(10_000); // one interval: every check has started
  const leader = await leaderName(cluster, client);
  const cpu0 = await cpuSeconds(cluster, leader);
  const h0 = hits;
  const t0 = Date.now();
  await sleep(o.duration * 1000);
  const seconds = (Date.now() - t0) / 1000;
  const cpu1 = await cpuSeconds(cluster, leader);
  const passing = (await client.registry.listInstances('http-checked', { passingOnly: true })).instances.length;
  server.closeAllConnections();
  server.close();
  emit('http-checks', {
    checks: o.httpChecks, intervalMs: 10_000, seconds: round(seconds), runsPerSecond: round((hits - h0) / seconds),
    expectedRunsPerSecond: o.httpChecks / 10, passing, leaderCpuPercentOfOneCore: round(((cpu1 - cpu0) / seconds) * 100),
  });
}

async function main(): Promise<void> {
  log('registry: starting a 3-member cluster');
  const cluster = await LocalCluster.start({ members: 3, logLevel: 'warn', token: 'regd-bench-registry', stopSignal: 'SIGTERM' });
  const client = createClient({ endpoints: cluster.endpoints() });
  try {
    await cluster.waitForHealthy();
    await heartbeats(cluster, client);
    await lists(client);
    await watchLatency(client);
    await httpChecks(cluster, client);
  } finally {
    client.close();
    await cluster.stop();
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  log(`bench registry: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
