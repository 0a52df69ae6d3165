import { SeededRng } from './rng.js';
import { sleep } from './ops.js';
import type { JepsenCluster } from './cluster.js';
import type { HistoryRecorder } from './recorder.js';

/** The ways `planPartition` splits the cluster's peer links. */
export type PartitionMode = 'majority-minority' | 'isolate-leader' | 'bridge' | 'one-way';
export const PARTITION_MODES: readonly PartitionMode[] = ['majority-minority', 'isolate-leader', 'bridge', 'one-way'];

/**
 * A fault kind the nemesis can be asked for. `partition` draws one of the
 * PARTITION_MODES each time; `mixed` draws from every concrete kind.
 */
export type NemesisKind = 'kill' | 'pause' | 'partition' | PartitionMode | 'delay' | 'mixed';
export const NEMESIS_KINDS: readonly NemesisKind[] = ['kill', 'pause', 'partition', ...PARTITION_MODES, 'delay', 'mixed'];
/** What `mixed` draws from (`partition` is left out: its modes are in already). */
export const MIXED_KINDS: readonly NemesisKind[] = ['kill', 'pause', ...PARTITION_MODES, 'delay'];

/** The randomness the planners need (SeededRng has it). */
export interface NemesisRng {
  /** An integer in [0, maxExclusive). */
  nextInt(maxExclusive: number): number;
  /** A float in [0, 1). */
  nextFloat(): number;
}

/** Which directed peer links a partition cuts, and how to draw it. */
export interface PartitionPlan {
  mode: PartitionMode;
  /**
   * The sides, for the report: majority-minority [minority, majority];
   * isolate-leader [[node], rest]; bridge [a, [bridge], b]; one-way
   * [[node], rest] (see `from`/`to` for the direction).
   */
  groups: string[][];
  /** Directed links `[from, to]` to cut: `from` can no longer send to `to`. */
  cuts: Array<[string, string]>;
  /** one-way only: every link from a member of `from` to a member of `to` is cut, none back. */
  from?: string[];
  to?: string[];
}

/** A delay fault: every link to or from one of `nodes` slowed down. */
export interface DelayPlan {
  /** 'all': every link; 'node': the links of one node. */
  mode: 'all' | 'node';
  nodes: string[];
  ms: number;
  jitterMs: number;
}

function pickFrom<T>(rng: NemesisRng, xs: readonly T[]): T {
  return xs[rng.nextInt(xs.length)]!;
}

/** A seeded Fisher–Yates shuffle; always takes `xs.length - 1` draws. */
function shuffled<T>(rng: NemesisRng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const sorted = (xs: readonly string[]) => [...xs].sort();

/** Every directed link between the two groups, both ways. */
function between(a: readonly string[], b: readonly string[]): Array<[string, string]> {
  return a.flatMap((x) => b.flatMap((y): Array<[string, string]> => (x === y ? [] : [[x, y], [y, x]])));
}

/**
 * Where to cut for a partition of `names` (pure; the nemesis applies it).
 * `leader` is the current leader if known. The number of draws from `rng`
 * depends only on the mode and the number of names, never on `leader`, so a
 * seeded schedule stays the same whoever leads.
 *
 * - majority-minority: a random ⌊(n−1)/2⌋ nodes (at least 1) cut off from the rest, both ways.
 * - isolate-leader: the leader (a random node if none is known) cut off from the rest.
 * - bridge: the other nodes shuffled into two halves that cannot talk to each
 *   other; the bridge node still talks to both (3 nodes: a | bridge | b).
 * - one-way: a node (the leader half the time, if known) can no longer send to
 *   the others but still hears them, or, half the time, the reverse.
 */
export function planPartition(mode: PartitionMode, names: readonly string[], leader: string | undefined, rng: NemesisRng): PartitionPlan {
  const known = leader !== undefined && names.includes(leader) ? leader : undefined;
  switch (mode) {
    case 'majority-minority': {
      const order = shuffled(rng, names);
      const k = Math.max(1, Math.floor((names.length - 1) / 2));
      const minority = sorted(order.slice(0, k));
      const majority = sorted(order.slice(k));
      return { mode, groups: [minority, majority], cuts: between(minority, majority) };
    }
    case 'isolate-leader': {
      const random = pickFrom(rng, names);
      const node = known ?? random;
      const rest = names.filter((n) => n !== node);
      return { mode, groups: [[node], rest], cuts: between([node], rest) };
    }
    case 'bridge': {
      const [bridgeNode, ...others] = shuffled(rng, names);
      if (bridgeNode === undefined) return { mode, groups: [], cuts: [] };
      const half = Math.floor(others.length / 2);
      const a = sorted(others.slice(0, half));
      const b = sorted(others.slice(half));
      return { mode, groups: [a, [bridgeNode], b], cuts: between(a, b) };
    }
    case 'one-way': {
      const preferLeader = rng.nextFloat() < 0.5;
      const random = pickFrom(rng, names);
      const outbound = rng.nextFloat() < 0.5;
      const node = preferLeader && known !== undefined ? known : random;
      const rest = names.filter((n) => n !== node);
      const from = outbound ? [node] : rest;
      const to = outbound ? rest : [node];
      const cuts = from.flatMap((x) => to.map((y): [string, string] => [x, y]));
      return { mode, groups: [[node], rest], cuts, from, to };
    }
  }
}

/**
 * A delay fault (pure): half the time every link, otherwise the links of one
 * random node, slowed by 50–300 ms plus up to a quarter of that in jitter.
 * Always takes the same draws.
 */
export function planDelay(names: readonly string[], rng: NemesisRng): DelayPlan {
  const all = rng.nextFloat() < 0.5;
  const node = pickFrom(rng, names);
  const ms = 50 + rng.nextInt(251);
  const jitterMs = rng.nextInt(Math.floor(ms / 4) + 1);
  return { mode: all ? 'all' : 'node', nodes: all ? [...names] : [node], ms, jitterMs };
}

export interface NemesisOptions {
  kinds: readonly NemesisKind[];
  seed: number;
  /** Quiet time between faults, ms: [min, max). */
  gapMs?: [number, number];
  /** How long a fault lasts, ms: [min, max). */
  holdMs?: [number, number];
}

/** A fault window, for results.json and the report. */
export interface FaultWindow {
  f: string;
  value: Record<string, unknown>;
  start: number;
  end: number;
}

/**
 * Injects one fault at a time on a seeded schedule: kill -9 (restart later),
 * SIGSTOP/SIGCONT, a network partition (see `planPartition`; history `f`
 * `partition`, value `{mode, groups, cut, …}`), or slow links (`planDelay`;
 * `f` `delay`). Every start and stop is a `"process": "nemesis"` history
 * event; `run` heals everything before it returns. The schedule follows from
 * the seed, except for which node is the leader.
 */
export class Nemesis {
  private readonly rng: SeededRng;
  readonly windows: FaultWindow[] = [];

  constructor(private readonly cluster: JepsenCluster, private readonly history: HistoryRecorder, private readonly opts: NemesisOptions) {
    this.rng = new SeededRng(opts.seed ^ 0x6e656d);
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[this.rng.nextInt(xs.length)]!;
  }

  private between([lo, hi]: [number, number]): number {
    return lo + this.rng.nextInt(Math.max(1, hi - lo));
  }

  /** The leader half the time (if one is known), a random node otherwise. */
  private async target(): Promise<string> {
    const preferLeader = this.rng.nextFloat() < 0.5;
    const random = this.pick(this.cluster.names);
    if (!preferLeader) return random;
    return (await this.cluster.leader()) ?? random;
  }

  /** Runs faults until `signal` aborts, then heals everything. */
  async run(signal: AbortSignal): Promise<void> {
    const gap = this.opts.gapMs ?? [1000, 3000];
    const hold = this.opts.holdMs ?? [2000, 5000];
    while (!signal.aborted) {
      await sleep(this.between(gap), signal);
      if (signal.aborted) break;
      const kind = this.pick(this.opts.kinds);
      const heal = await this.start(kind);
      await sleep(this.between(hold), signal);
      await heal();
    }
    // Belt and braces: nothing stays broken after the schedule.
    this.cluster.healAll();
  }

  private begin(f: string, value: Record<string, unknown>): FaultWindow {
    const e = this.history.record({ process: 'nemesis', type: 'info', f: `start-${f}`, value });
    const w: FaultWindow = { f, value, start: e.time, end: Infinity };
    this.windows.push(w);
    return w;
  }

  private finish(w: FaultWindow): void {
    w.end = this.history.record({ process: 'nemesis', type: 'info', f: `stop-${w.f}`, value: w.value }).time;
  }

  /** Starts a fault; returns the function that heals it. */
  private async start(requested: NemesisKind): Promise<() => Promise<void>> {
    let kind = requested === 'mixed' ? this.pick(MIXED_KINDS) : requested;
    if (kind === 'partition') kind = this.pick(PARTITION_MODES);
    switch (kind) {
      case 'kill': {
        const node = await this.target();
        const w = this.begin('kill', { node });
        await this.cluster.kill(node);
        return async () => {
          this.cluster.start(node);
          this.finish(w);
        };
      }
      case 'pause': {
        const node = await this.target();
        const w = this.begin('pause', { node });
        this.cluster.pause(node);
        return async () => {
          this.cluster.resume(node);
          this.finish(w);
        };
      }
      case 'delay': {
        const plan = planDelay(this.cluster.names, this.rng);
        const w = this.begin('delay', { mode: plan.mode, nodes: plan.nodes, ms: plan.ms, jitterMs: plan.jitterMs, groups: [plan.nodes] });
        this.cluster.delayLinks(plan.nodes, plan.ms, plan.jitterMs);
        return async () => {
          this.cluster.healLinks();
          this.finish(w);
        };
      }
      case 'mixed':
        // Not drawn from MIXED_KINDS; here only to keep the switch exhaustive.
        throw new Error('nemesis: mixed is not a concrete fault');
      default: {
        const mode: PartitionMode = kind;
        const leader = mode === 'isolate-leader' || mode === 'one-way' ? await this.cluster.leader() : undefined;
        const plan = planPartition(mode, this.cluster.names, leader, this.rng);
        const value: Record<string, unknown> = { mode, groups: plan.groups, cut: plan.cuts.map(([a, b]) => `${a}->${b}`) };
        if (plan.from !== undefined) value.from = plan.from;
        if (plan.to !== undefined) value.to = plan.to;
        if (mode === 'isolate-leader' || mode === 'one-way') value.leader = leader ?? null;
        const w = this.begin('partition', value);
        this.cluster.cutLinks(plan.cuts);
        return async () => {
          this.cluster.healLinks();
          this.finish(w);
        };
      }
    }
  }
}
