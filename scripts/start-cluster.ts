// Runs a local regd cluster on loopback: `npm start` (3 members) or `npm start -- --nodes 5`.
// Data lives under ./data/<name>; each member's log lines are prefixed with its name. A member
// that exits without being asked to (kill -9) is restarted after a second while the others keep
// running. Ctrl-C (or SIGTERM) stops every member cleanly and exits 0.
import { Command } from 'commander';
import { LOCAL_CLIENT_PORTS, LocalCluster, NPM_START_RESTART } from '../src/launcher/index.js';

const program = new Command('start-cluster')
  .option('--nodes <n>', 'number of members: 1, 3 or 5', '3')
  .option('--data <dir>', 'parent folder of the members\' data dirs', 'data')
  .option('--log-level <level>', 'log level of the members', 'info')
  .option('--client-ports <list>', 'comma-separated client ports (peer +1, metrics +2)', LOCAL_CLIENT_PORTS.join(','))
  .parse();
const opts = program.opts<{ nodes: string; data: string; logLevel: string; clientPorts: string }>();
const n = Number(opts.nodes);
if (![1, 3, 5].includes(n)) {
  console.error(`--nodes must be 1, 3 or 5, not ${opts.nodes}`);
  process.exit(2);
}
const clientPorts = opts.clientPorts.split(',').map(Number);
if (clientPorts.length < n || clientPorts.some((p) => !Number.isInteger(p) || p <= 0 || p > 65533)) {
  console.error(`--client-ports needs ${n} ports, not ${opts.clientPorts}`);
  process.exit(2);
}

const cluster = await LocalCluster.create({
  members: n,
  ports: { kind: 'fixed', clientPorts },
  dataDir: opts.data,
  logs: { kind: 'terminal' },
  logLevel: opts.logLevel,
  restart: NPM_START_RESTART,
  onGiveUp: () => {
    if (cluster.alive.length === 0) {
      console.error('regd: no member is left running');
      void cluster.stop().then(() => process.exit(1));
    }
  },
});
const endpoints = cluster.endpoints().join(',');
console.log(`regd: ${n}-member cluster starting; client endpoints ${endpoints}`);
console.log(`      try: etcdctl --endpoints=${endpoints} endpoint status -w table`);
cluster.startAll();

let stopping = false;
const stopAll = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`regd: ${signal}: stopping every member`);
  cluster.stop().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(`regd: stopping failed: ${(err as Error).message}`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));
