// The simulator's command line (`npm run sim -- ...`).
//
//   --seed N              run one schedule and print what happened (replays a failure exactly)
//   --trace               with --seed: print the whole trace
//   --seeds N             run N schedules; the last line is the summary
//   --nodes 3|5           with --seeds: only that cluster size (even seeds run 3 nodes, odd seeds 5)
//   --start S             with --seeds: the first seed (default 1)
//   --impl FILE           drive the Raft class exported by FILE instead of src/raft (e.g. a mutated copy)
//   --stop                with --seeds: stop at the first violation
//   --e2e-only            check only the end-to-end properties, not the protocol rules
//                         (to measure how well the end-to-end checks alone catch a planted bug)
//   --stop-removed        a node that applies its own removal shuts down for good (as etcd does)
//
// A violation prints its seed, the invariant and the last events of the trace,
// and the whole trace is written to .sim-failures/seed-N.txt.

import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultRaftImpl, loadRaftImpl } from './raft-impl.js';
import { formatFailure, runSeed, type RunOptions, type SimResult } from './run-schedule.js';
import { describeAction } from './schedule.js';
import { firstSeedWithNodes } from './seeds.js';

const FAILURE_DIR = '.sim-failures';

/** How to run: the options for each schedule, and the flags a replay command needs besides the seed. */
interface Invocation { options: RunOptions; replayFlags: string }

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      seeds: { type: 'string' },
      nodes: { type: 'string' },
      start: { type: 'string' },
      impl: { type: 'string' },
      trace: { type: 'boolean', default: false },
      stop: { type: 'boolean', default: false },
      'e2e-only': { type: 'boolean', default: false },
      'stop-removed': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const base: Invocation = {
    options: {
      impl: values.impl ? await loadRaftImpl(values.impl) : defaultRaftImpl,
      protocolChecks: !values['e2e-only'],
      stopRemoved: values['stop-removed'],
    },
    replayFlags: [
      values.impl ? ` --impl ${values.impl}` : '',
      values['e2e-only'] ? ' --e2e-only' : '',
      values['stop-removed'] ? ' --stop-removed' : '',
    ].join(''),
  };
  if (values.seed !== undefined) return replay(parseInteger('--seed', values.seed), base, values.trace);
  if (values.seeds !== undefined) {
    const nodes = values.nodes === undefined ? undefined : parseNodes(values.nodes);
    const start = values.start === undefined ? 1 : parseInteger('--start', values.start);
    return runMany(parseInteger('--seeds', values.seeds), start, nodes, base, values.stop);
  }
  process.stderr.write('usage: npm run sim -- --seed N [--trace] | --seeds N [--nodes 3|5] [--start S] [--stop]   [--impl FILE] [--e2e-only] [--stop-removed]\n');
  return 2;
}

async function replay(seed: number, base: Invocation, fullTrace: boolean): Promise<number> {
  const r = await runSeed(seed, { ...base.options, traceKeep: fullTrace ? Infinity : undefined });
  const s = r.schedule;
  const out: string[] = [
    `sim: seed=${seed} nodes=${s.nodes} preVote=${s.preVote} checkQuorum=${s.checkQuorum} snapshotEvery=${s.snapshotEvery} keep=${s.snapshotCatchUpEntries} maxSizePerMsg=${s.maxSizePerMsg} maxInflightMsgs=${s.maxInflightMsgs} maxUncommittedBytes=${s.maxUncommittedBytes} disk=[${s.diskLatency.join(',')}] load writes=${s.writePermille}‰ reads=${s.readPermille}‰`,
    'schedule:',
    ...s.actions.map((a, n) => `  ${n}: +${(a.after / 100).toFixed(2)} ticks  ${describeAction(a.action)}`),
  ];
  if (fullTrace) out.push('trace:', ...r.traceTail.map((l) => `  ${l}`));
  if (r.violation) {
    out.push(formatFailure(r, fullTrace ? 0 : 60, base.replayFlags));
    await saveFailure(r, base);
  } else {
    out.push(`sim: ok seed=${seed} steps=${r.steps} ticks=${r.ticks.toFixed(2)} liveness=${r.livenessTicks?.toFixed(2)} ticks after heal, writes acknowledged=${r.writesAcked} reads completed=${r.readsCompleted} trace=${r.traceHash}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return r.violation ? 1 : 0;
}

async function runMany(count: number, start: number, nodes: 3 | 5 | undefined, base: Invocation, stopAtFirst: boolean): Promise<number> {
  const began = performance.now();
  let steps = 0;
  let violations = 0;
  let runs = 0;
  let longest: SimResult | undefined;
  let slowestLiveness: SimResult | undefined;
  const byInvariant = new Map<string, number[]>();
  let seed = nodes === undefined ? start : firstSeedWithNodes(start, nodes);
  const stride = nodes === undefined ? 1 : 2;
  let lastProgress = began;
  for (; runs < count; seed += stride) {
    const r = await runSeed(seed, base.options);
    runs++;
    steps += r.steps;
    if (!longest || r.steps > longest.steps) longest = r;
    if (r.livenessTicks !== undefined && (!slowestLiveness || r.livenessTicks > (slowestLiveness.livenessTicks ?? 0))) slowestLiveness = r;
    if (r.violation) {
      violations++;
      const seeds = byInvariant.get(r.violation.invariant) ?? [];
      seeds.push(seed);
      byInvariant.set(r.violation.invariant, seeds);
      if (violations <= 5) process.stdout.write(`${formatFailure(r, 25, base.replayFlags)}\n`);
      else process.stdout.write(`sim: VIOLATION seed=${seed} invariant=${r.violation.invariant}: ${r.violation.detail}\n`);
      await saveFailure(r, base);
      if (stopAtFirst) break;
    }
    const now = performance.now();
    if (now - lastProgress > 10_000) {
      lastProgress = now;
      process.stderr.write(`sim: ${runs}/${count} schedules, ${violations} violations, ${((now - began) / 1000).toFixed(0)}s\n`);
    }
  }
  const seconds = (performance.now() - began) / 1000;
  for (const [invariant, seeds] of byInvariant) {
    process.stdout.write(`sim: ${invariant}: ${seeds.length} schedule(s), seeds ${seeds.slice(0, 20).join(' ')}${seeds.length > 20 ? ' ...' : ''}\n`);
  }
  const longestText = longest ? `${longest.steps} steps (seed ${longest.seed}, ${longest.ticks.toFixed(0)} ticks)` : 'none';
  const livenessText = slowestLiveness ? `${slowestLiveness.livenessTicks?.toFixed(1)} ticks (seed ${slowestLiveness.seed})` : 'none';
  process.stdout.write(`sim: ${(runs / seconds).toFixed(1)} schedules/s, ${(steps / seconds).toFixed(0)} steps/s, longest schedule ${longestText}, mean ${(steps / Math.max(1, runs)).toFixed(0)} steps; slowest recovery after heal ${livenessText}\n`);
  process.stdout.write(`sim: schedules=${runs} violations=${violations} steps=${steps} seconds=${seconds.toFixed(1)}\n`);
  return violations > 0 ? 1 : 0;
}

/** Writes the whole trace of a failing seed (replayed with every event kept) for a closer look. */
async function saveFailure(r: SimResult, base: Invocation): Promise<void> {
  const full = await runSeed(r.seed, { ...base.options, traceKeep: Infinity });
  mkdirSync(FAILURE_DIR, { recursive: true });
  const file = `${FAILURE_DIR}/seed-${r.seed}.txt`;
  writeFileSync(file, `${formatFailure(full, Infinity, base.replayFlags)}\n`);
  process.stdout.write(`  full trace: ${file} (trace hash ${full.traceHash}${full.traceHash === r.traceHash ? '' : `, BUT THE FIRST RUN HASHED ${r.traceHash}: NOT DETERMINISTIC`})\n`);
}

function parseInteger(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${flag} needs a non-negative integer, got ${JSON.stringify(text)}`);
  return n;
}

function parseNodes(text: string): 3 | 5 {
  if (text === '3') return 3;
  if (text === '5') return 5;
  throw new Error(`--nodes is 3 or 5, got ${JSON.stringify(text)}`);
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 2;
});
