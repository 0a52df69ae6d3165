// Runs a local regd cluster on loopback: `npm start` (3 nodes) or `npm start -- --nodes 5`.
// Data lives under ./data/<name>; each node's log lines are prefixed with its name.
// Ctrl-C (or SIGTERM) stops every node cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = join(root, 'dist', 'src', 'node', 'main.js');
/** Client ports of the local cluster; each node's peer port is +1 and metrics +2. */
const CLIENT_PORTS = [2379, 22379, 32379, 42379, 52379];

const program = new Command('start-cluster')
  .option('--nodes <n>', 'number of nodes: 1, 3 or 5', '3')
  .option('--data <dir>', 'parent folder of the nodes\' data dirs', 'data')
  .option('--log-level <level>', 'log level of the nodes', 'info')
  .parse();
const opts = program.opts<{ nodes: string; data: string; logLevel: string }>();
const n = Number(opts.nodes);
if (![1, 3, 5].includes(n)) {
  console.error(`--nodes must be 1, 3 or 5, not ${opts.nodes}`);
  process.exit(2);
}

const nodes = CLIENT_PORTS.slice(0, n).map((port, i) => ({
  name: `n${i + 1}`,
  client: `http://127.0.0.1:${port}`,
  peer: `http://127.0.0.1:${port + 1}`,
  metrics: `http://127.0.0.1:${port + 2}`,
}));
const initialCluster = nodes.map((x) => `${x.name}=${x.peer}`).join(',');
const children: ChildProcess[] = [];
let stopping = false;

for (const node of nodes) {
  const dataDir = join(opts.data, node.name);
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(process.execPath, [
    MAIN,
    '--name', node.name,
    '--data-dir', dataDir,
    '--listen-client-urls', node.client,
    '--advertise-client-urls', node.client,
    '--listen-peer-urls', node.peer,
    '--initial-advertise-peer-urls', node.peer,
    '--listen-metrics-urls', node.metrics,
    '--initial-cluster', initialCluster,
    '--initial-cluster-state', 'new',
    '--initial-cluster-token', 'regd-local',
    '--log-level', opts.logLevel,
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => process.stdout.write(`${node.name.padEnd(3)} | ${line}\n`));
  }
  child.on('exit', (code, signal) => {
    process.stdout.write(`${node.name.padEnd(3)} | exited (${signal ?? code})\n`);
    if (!stopping) stopAll(1);
  });
  children.push(child);
}

console.log(`regd: ${n}-node cluster starting; client endpoints ${nodes.map((x) => x.client.replace('http://', '')).join(',')}`);
console.log(`      try: etcdctl --endpoints=${nodes.map((x) => x.client.replace('http://', '')).join(',')} endpoint status -w table`);

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  let left = children.filter((c) => c.exitCode === null).length;
  if (left === 0) process.exit(code);
  for (const c of children) {
    c.once('exit', () => {
      if (--left === 0) process.exit(code);
    });
  }
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
