// npm run jepsen -- --workload register --nemesis partition,kill --nodes 3 --time 30 --clients 10 --seed 1
// npm run jepsen -- --matrix            (every workload × kill, pause, partition, mixed × 3 and 5 nodes)
// npm run jepsen -- --matrix ci         (the short matrix CI runs, failpoint runs included)
import { Command, InvalidArgumentError, Option } from 'commander';
import { MATRIX_NAMES, matrix, runMatrix, type MatrixName } from './matrix.js';
import { NEMESIS_KINDS, type NemesisKind } from './nemesis.js';
import { passed, runJepsen, summaryLine } from './runner.js';
import { DEFAULT_CLIENTS } from './workloads/index.js';
import { WORKLOAD_NAMES, type WorkloadName } from './workloads/workload.js';

function int(name: string, min: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer of at least ${min}`);
    return n;
  };
}

function nemeses(v: string): NemesisKind[] {
  if (v === 'none' || v === '') return [];
  const kinds = v.split(',').map((s) => s.trim());
  for (const k of kinds) {
    if (!(NEMESIS_KINDS as readonly string[]).includes(k)) throw new InvalidArgumentError(`unknown nemesis "${k}" (want ${NEMESIS_KINDS.join(', ')} or none)`);
  }
  return kinds as NemesisKind[];
}

const cmd = new Command('jepsen-lite')
  .description('Runs real regd clusters under faults and checks the recorded histories.')
  .addOption(new Option('--workload <name>', 'workload').choices(WORKLOAD_NAMES).default('register'))
  .option('--nemesis <list>', `faults, comma-separated: ${NEMESIS_KINDS.join(', ')}, or none`, nemeses, ['partition', 'kill'] as NemesisKind[])
  .option('--nodes <n>', 'cluster size (3 or 5)', int('--nodes', 1), 3)
  .option('--time <seconds>', 'seconds of faults', int('--time', 1), 30)
  .option('--quiet <seconds>', 'seconds of quiet after healing, in which every client must succeed again', int('--quiet', 1), 5)
  .option('--clients <n>', 'concurrent clients (default: per workload)', int('--clients', 1))
  .option('--seed <n>', 'seed of the fault and operation schedule', int('--seed', 0), 1)
  .option('--failpoints <list>', 'REGD_FAILPOINTS for every member (testing the harness: the run must then find an anomaly)', '')
  .addOption(new Option('--matrix [name]', 'run a matrix instead of one run').choices(MATRIX_NAMES).preset('full'))
  .parse(process.argv);

const o = cmd.opts<{ workload: WorkloadName; nemesis: NemesisKind[]; nodes: number; time: number; quiet: number; clients?: number; seed: number; failpoints: string; matrix?: MatrixName }>();

if (o.matrix !== undefined) {
  const ok = await runMatrix(matrix(o.matrix), { timeSec: o.time, quietSec: o.quiet, seed: o.seed, log: (l) => console.log(l) });
  process.exit(ok ? 0 : 1);
}

const r = await runJepsen({
  workload: o.workload, nemesis: o.nemesis, nodes: o.nodes, timeSec: o.time, quietSec: o.quiet,
  clients: o.clients ?? DEFAULT_CLIENTS[o.workload], seed: o.seed, failpoints: o.failpoints,
});
console.log(summaryLine(r));
for (const a of r.anomalies.slice(0, 10)) console.log(`jepsen-lite: anomaly ${a.kind}${a.key === undefined ? '' : ` ${a.key}`}: ${a.message}`);
if (r.reason !== undefined) console.log(`jepsen-lite: unknown: ${r.reason}`);
console.log(`jepsen-lite: run folder ${r.runDir}`);
// With failpoints on, finding the anomaly is the success.
process.exit((o.failpoints === '' ? passed(r) : r.verdict === 'invalid') ? 0 : 1);
