// Summarises a V8 CPU profile (`node --cpu-prof`, or the regd nodes of
// `npm run -s bench -- --compare --systems regd --regd-profile-dir /tmp/prof`):
// CPU share per area (regd layer, library, GC, idle), then the functions with
// the most self time and the most inclusive time.
//
//   npx tsx bench/profile-summary.ts /tmp/prof/CPU.….cpuprofile [--top 25]

import { readFileSync } from 'node:fs';
import { Command } from 'commander';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  /** Added by bench/cpu-profile.mjs: Date.now() when profiling started. */
  wallStartMs?: number;
}

const AREAS: Array<[RegExp, string]> = [
  [/\/src\/raft\//, 'regd src/raft'],
  [/\/src\/kv\//, 'regd src/kv'],
  [/\/src\/server\//, 'regd src/server'],
  [/\/src\/api\//, 'regd src/api'],
  [/\/src\/proto\/|\/src\/generated\//, 'regd src/proto + generated codecs'],
  [/node_modules\/@grpc\//, '@grpc/grpc-js'],
  [/node_modules\/protobufjs\/|node_modules\/long\//, 'protobufjs'],
  [/node_modules\/(classic-level|abstract-level|level|level-transcoder|module-error|maybe-combine-errors)\//, 'level (JS side)'],
  [/node_modules\/pino|node_modules\/sonic-boom|node_modules\/thread-stream/, 'pino'],
  [/node_modules\/prom-client\//, 'prom-client'],
  [/node_modules\/sorted-btree\//, 'sorted-btree'],
  [/^node:|^internal\//, 'node internals (http2, net, streams, timers, …)'],
];

function area(f: CallFrame): string {
  if (f.url === '') {
    if (f.functionName === '(idle)') return '(idle)';
    if (f.functionName === '(garbage collector)') return '(garbage collector)';
    if (f.functionName === '(program)') return '(program: native, outside JS)';
    return `(native) ${f.functionName}`;
  }
  for (const [re, name] of AREAS) if (re.test(f.url)) return name;
  return 'other JS';
}

function shortUrl(url: string): string {
  const i = url.search(/\/(src|scripts|node_modules)\//);
  return i >= 0 ? url.slice(i + 1) : url.replace(/^file:\/\//, '');
}

const program = new Command('profile-summary')
  .argument('<file>', '.cpuprofile written by node --cpu-prof')
  .option('--top <n>', 'functions to list', (v) => Number(v), 25)
  .option('--from <ms>', 'only samples at or after this wall-clock time (Date.now() ms; profiles from bench/cpu-profile.mjs)', Number)
  .option('--to <ms>', 'only samples before this wall-clock time', Number)
  .parse();
const file = program.args[0]!;
const { top, from, to } = program.opts<{ top: number; from?: number; to?: number }>();

const prof = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
if ((from !== undefined || to !== undefined) && prof.wallStartMs === undefined) {
  console.error(`${file} has no wallStartMs (not written by bench/cpu-profile.mjs): --from/--to need it`);
  process.exit(2);
}
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const key = (f: CallFrame) => `${f.functionName || '(anonymous)'}  ${shortUrl(f.url)}${f.url ? `:${f.lineNumber + 1}` : ''}`;
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const areas = new Map<string, number>();
let total = 0;
let idle = 0;

let atUs = 0; // since the first sample
for (let i = 0; i < prof.samples.length; i++) {
  const dt = prof.timeDeltas[i] ?? 0;
  atUs += dt;
  const atMs = (prof.wallStartMs ?? 0) + atUs / 1000;
  if ((from !== undefined && atMs < from) || (to !== undefined && atMs >= to)) continue;
  const node = byId.get(prof.samples[i]!);
  if (node === undefined) continue;
  total += dt;
  if (node.callFrame.functionName === '(idle)') idle += dt;
  self.set(key(node.callFrame), (self.get(key(node.callFrame)) ?? 0) + dt);
  areas.set(area(node.callFrame), (areas.get(area(node.callFrame)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
    const k = key(byId.get(id)!.callFrame);
    if (seen.has(k)) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
  }
}

const busy = total - idle;
const pct = (x: number, of: number) => `${((x / of) * 100).toFixed(1).padStart(5)} %`;
for (const k of ['(root)', '(idle)', '(program)']) inclusive.delete(k + '  ');
const print = (title: string, m: Map<string, number>, n: number) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${pct(v, busy)}  ${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`);
};

console.log(`${file}: ${(total / 1e6).toFixed(1)} s profiled, ${(busy / 1e6).toFixed(1)} s on CPU (${pct(busy, total).trim()} busy); shares below are of CPU time`);
areas.delete('(idle)');
print('self time by area', areas, 30);
self.delete(key({ functionName: '(idle)', url: '', lineNumber: -1 }));
print('self time by function', self, top);
print('inclusive time by function', inclusive, top);
