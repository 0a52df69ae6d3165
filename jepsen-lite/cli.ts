// `npm run jepsen -- --workload register --nemesis partition,kill --nodes 3 --time 30 --clients 10 --seed 1`
import { Command, InvalidArgumentError } from 'commander';
import { NEMESIS_KINDS, type NemesisKind } from './nemesis.js';
import { passed, runJepsen, summaryLine } from './runner.js';

function int(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a non-negative integer`);
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
  .option('--workload <name>', 'workload (register)', 'register')
  .option('--nemesis <list>', `faults, comma-separated: ${NEMESIS_KINDS.join(', ')}, or none`, nemeses, ['partition', 'kill'] as NemesisKind[])
  .option('--nodes <n>', 'cluster size (3 or 5)', int('--nodes'), 3)
  .option('--time <seconds>', 'seconds of faults', int('--time'), 30)
  .option('--quiet <seconds>', 'seconds of quiet after healing', int('--quiet'), 5)
  .option('--clients <n>', 'concurrent clients', int('--clients'), 10)
  .option('--seed <n>', 'seed of the fault and operation schedule', int('--seed'), 1)
  .parse(process.argv);

const o = cmd.opts<{ workload: string; nemesis: NemesisKind[]; nodes: number; time: number; quiet: number; clients: number; seed: number }>();
if (o.workload !== 'register') {
  console.error(`jepsen-lite: unknown workload "${o.workload}" (only register exists so far)`);
  process.exit(2);
}
if (o.nodes < 1 || o.clients < 1) {
  console.error('jepsen-lite: --nodes and --clients must be at least 1');
  process.exit(2);
}

const r = await runJepsen({ workload: 'register', nemesis: o.nemesis, nodes: o.nodes, timeSec: o.time, quietSec: o.quiet, clients: o.clients, seed: o.seed });
console.log(summaryLine(r));
console.log(`jepsen-lite: run folder ${r.runDir}`);
process.exit(passed(r) ? 0 : 1);
