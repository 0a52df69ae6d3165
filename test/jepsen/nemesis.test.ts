import { describe, expect, it } from 'vitest';
import { SeededRng } from '../../jepsen-lite/rng.js';
import type { JepsenCluster } from '../../jepsen-lite/cluster.js';
import {
  MIXED_KINDS, NEMESIS_KINDS, Nemesis, PARTITION_MODES, planDelay, planPartition, type NemesisKind, type PartitionPlan,
} from '../../jepsen-lite/nemesis.js';
import { HistoryRecorder } from '../../jepsen-lite/recorder.js';

const names = (n: number) => Array.from({ length: n }, (_, i) => `n${i + 1}`);
const SEEDS = Array.from({ length: 50 }, (_, i) => i * 7919 + 1);
const key = (a: string, b: string) => `${a}->${b}`;
const cutSet = (p: PartitionPlan) => new Set(p.cuts.map(([a, b]) => key(a, b)));

/** Every directed link between distinct names. */
function links(ns: string[]): Array<[string, string]> {
  return ns.flatMap((a) => ns.flatMap((b): Array<[string, string]> => (a === b ? [] : [[a, b]])));
}

/** The groups cover the names exactly once each. */
function expectCover(p: PartitionPlan, ns: string[]): void {
  expect(p.groups.flat().sort()).toEqual([...ns].sort());
}

/** Both directions of every link between two different groups are cut, and no link inside a group. */
function expectSymmetricSplit(p: PartitionPlan, sides: string[][]): void {
  const cut = cutSet(p);
  const side = new Map(sides.flatMap((g, i) => g.map((n) => [n, i] as const)));
  for (const [a, b] of links([...side.keys()])) {
    expect(cut.has(key(a, b)), key(a, b)).toBe(side.get(a) !== side.get(b));
  }
  expect(cut.size).toBe(p.cuts.length);
}

describe('planPartition', () => {
  for (const n of [3, 5]) {
    const ns = names(n);

    it(`majority-minority leaves a strict majority (${n} nodes)`, () => {
      const minorities = new Set<string>();
      for (const seed of SEEDS) {
        const p = planPartition('majority-minority', ns, undefined, new SeededRng(seed));
        expect(p.mode).toBe('majority-minority');
        expectCover(p, ns);
        const [minority, majority] = p.groups as [string[], string[]];
        expect(p.groups).toHaveLength(2);
        expect(majority.length).toBeGreaterThan(n / 2);
        expect(minority.length).toBeGreaterThanOrEqual(1);
        expect(minority.length).toBe(Math.floor((n - 1) / 2));
        expectSymmetricSplit(p, p.groups);
        minorities.add(minority.join(','));
      }
      // The minority is chosen at random, not always the same nodes.
      expect(minorities.size).toBeGreaterThan(1);
    });

    it(`isolate-leader cuts the leader off, or a random node without one (${n} nodes)`, () => {
      for (const seed of SEEDS) {
        const p = planPartition('isolate-leader', ns, 'n2', new SeededRng(seed));
        expect(p.groups).toEqual([['n2'], ns.filter((x) => x !== 'n2')]);
        expectSymmetricSplit(p, p.groups);
        expect(p.cuts).toHaveLength(2 * (n - 1));
      }
      const picked = new Set<string>();
      for (const seed of SEEDS) {
        const p = planPartition('isolate-leader', ns, undefined, new SeededRng(seed));
        expectCover(p, ns);
        expect(p.groups[0]).toHaveLength(1);
        expectSymmetricSplit(p, p.groups);
        picked.add(p.groups[0]![0]!);
        // A leader the cluster does not know about counts as no leader.
        expect(planPartition('isolate-leader', ns, 'n99', new SeededRng(seed))).toEqual(p);
      }
      expect(picked.size).toBeGreaterThan(1);
    });

    it(`bridge leaves the bridge node connected to all (${n} nodes)`, () => {
      const bridges = new Set<string>();
      for (const seed of SEEDS) {
        const p = planPartition('bridge', ns, undefined, new SeededRng(seed));
        expectCover(p, ns);
        expect(p.groups).toHaveLength(3);
        const [a, [bridgeNode], b] = p.groups as [string[], string[], string[]];
        expect(p.groups[1]).toHaveLength(1);
        bridges.add(bridgeNode!);
        expect(Math.abs(a.length - b.length)).toBeLessThanOrEqual(1);
        expect(a.length).toBeGreaterThanOrEqual(1);
        expect(b.length).toBeGreaterThanOrEqual(1);
        if (n === 3) expect([a.length, b.length]).toEqual([1, 1]);
        const cut = cutSet(p);
        for (const x of ns) {
          if (x === bridgeNode) continue;
          expect(cut.has(key(bridgeNode!, x))).toBe(false);
          expect(cut.has(key(x, bridgeNode!))).toBe(false);
        }
        // The halves cannot talk to each other, both ways; inside a half they can.
        expectSymmetricSplit(p, [a, b]);
        expect(p.cuts).toHaveLength(2 * a.length * b.length);
      }
      expect(bridges.size).toBeGreaterThan(1);
    });

    it(`one-way cuts only one direction (${n} nodes)`, () => {
      const seen = { out: 0, in: 0, leader: 0, other: 0 };
      for (const seed of SEEDS) {
        const p = planPartition('one-way', ns, 'n1', new SeededRng(seed));
        expectCover(p, ns);
        const [[node], rest] = p.groups as [string[], string[]];
        expect(rest).toEqual(ns.filter((x) => x !== node));
        const cut = cutSet(p);
        expect(p.cuts).toHaveLength(n - 1);
        for (const [a, b] of p.cuts) {
          expect(cut.has(key(b, a)), `${a}<->${b} cut both ways`).toBe(false);
          expect(a === node || b === node).toBe(true);
        }
        const outbound = p.cuts.every(([a]) => a === node);
        const inbound = p.cuts.every(([, b]) => b === node);
        expect(outbound !== inbound).toBe(true);
        expect(p.from).toEqual(outbound ? [node] : rest);
        expect(p.to).toEqual(outbound ? rest : [node]);
        // Links among the rest are untouched.
        for (const [a, b] of links(rest)) expect(cut.has(key(a, b))).toBe(false);
        seen[outbound ? 'out' : 'in']++;
        seen[node === 'n1' ? 'leader' : 'other']++;
      }
      // Both directions happen, and the leader is picked about half the time (plus random hits).
      expect(seen.out).toBeGreaterThan(5);
      expect(seen.in).toBeGreaterThan(5);
      expect(seen.leader).toBeGreaterThan(10);
      expect(seen.other).toBeGreaterThan(5);
    });
  }

  it('is deterministic, and draws the same amount whoever leads', () => {
    for (const mode of PARTITION_MODES) {
      for (const seed of SEEDS) {
        expect(planPartition(mode, names(5), undefined, new SeededRng(seed))).toEqual(planPartition(mode, names(5), undefined, new SeededRng(seed)));
        const a = new SeededRng(seed);
        const b = new SeededRng(seed);
        planPartition(mode, names(5), undefined, a);
        planPartition(mode, names(5), 'n4', b);
        expect(a.nextU32()).toBe(b.nextU32());
      }
    }
  });
});

describe('planDelay', () => {
  it('delays every link or one node, by 50–300 ms with bounded jitter', () => {
    const modes = new Set<string>();
    for (const n of [3, 5]) {
      for (const seed of SEEDS) {
        const p = planDelay(names(n), new SeededRng(seed));
        modes.add(p.mode);
        expect(p.ms).toBeGreaterThanOrEqual(50);
        expect(p.ms).toBeLessThanOrEqual(300);
        expect(p.jitterMs).toBeGreaterThanOrEqual(0);
        expect(p.jitterMs).toBeLessThanOrEqual(p.ms / 4);
        if (p.mode === 'all') expect(p.nodes).toEqual(names(n));
        else expect(p.nodes).toHaveLength(1);
        expect(planDelay(names(n), new SeededRng(seed))).toEqual(p);
      }
    }
    expect(modes).toEqual(new Set(['all', 'node']));
  });
});

describe('nemesis kinds', () => {
  it('lists every kind; mixed draws from the concrete ones', () => {
    expect([...NEMESIS_KINDS].sort()).toEqual(['bridge', 'delay', 'isolate-leader', 'kill', 'majority-minority', 'mixed', 'one-way', 'partition', 'pause'].sort());
    expect(MIXED_KINDS).not.toContain('mixed');
    expect(MIXED_KINDS).not.toContain('partition');
    for (const m of PARTITION_MODES) expect(MIXED_KINDS).toContain(m);
  });
});

/** A stand-in cluster that records what the nemesis asks of it. */
function fakeCluster(n: number, leader: string | undefined) {
  const calls: string[] = [];
  const cluster = {
    names: names(n),
    leader: async () => leader,
    kill: async (x: string) => void calls.push(`kill ${x}`),
    start: (x: string) => void calls.push(`start ${x}`),
    pause: (x: string) => void calls.push(`pause ${x}`),
    resume: (x: string) => void calls.push(`resume ${x}`),
    cutLinks: (ls: Iterable<readonly [string, string]>) => void calls.push(`cut ${[...ls].map(([a, b]) => key(a, b)).join(' ')}`),
    delayLinks: (ns: readonly string[], ms: number, j: number) => void calls.push(`delay ${ns.join(',')} ${ms}+${j}`),
    healLinks: () => void calls.push('heal-links'),
    healAll: () => void calls.push('heal-all'),
  };
  return { cluster: cluster as unknown as JepsenCluster, calls };
}

async function runNemesis(kinds: NemesisKind[], seed: number, leader: string | undefined) {
  const { cluster, calls } = fakeCluster(5, leader);
  const history = new HistoryRecorder();
  const nemesis = new Nemesis(cluster, history, { kinds, seed, gapMs: [1, 3], holdMs: [1, 3] });
  const stop = new AbortController();
  const done = nemesis.run(stop.signal);
  while (nemesis.windows.filter((w) => w.end !== Infinity).length < 40) await new Promise((r) => setTimeout(r, 5));
  stop.abort();
  await done;
  return { calls, events: history.events, windows: nemesis.windows };
}

describe('Nemesis', () => {
  it('runs mixed faults, records start/stop with mode and groups, heals at the end', async () => {
    const { calls, events, windows } = await runNemesis(['mixed'], 3, 'n2');
    expect(calls.at(-1)).toBe('heal-all');
    const starts = events.filter((e) => e.f.startsWith('start-'));
    const stops = events.filter((e) => e.f.startsWith('stop-'));
    expect(starts.length).toBe(stops.length);
    expect(events.every((e) => e.process === 'nemesis')).toBe(true);
    const fs = new Set(windows.map((w) => w.f));
    expect(fs).toEqual(new Set(['kill', 'pause', 'partition', 'delay']));
    const modes = new Set(windows.filter((w) => w.f === 'partition').map((w) => w.value.mode));
    expect(modes).toEqual(new Set(PARTITION_MODES));
    for (const w of windows) {
      expect(w.end).toBeGreaterThanOrEqual(w.start);
      if (w.f === 'partition' || w.f === 'delay') expect(Array.isArray(w.value.groups)).toBe(true);
      if (w.f === 'partition' && w.value.mode === 'bridge') expect((w.value.groups as string[][])[1]).toHaveLength(1);
      if (w.f === 'partition' && w.value.mode === 'isolate-leader') expect(w.value.groups).toEqual([['n2'], ['n1', 'n3', 'n4', 'n5']]);
    }
    // Every network fault is healed before the next one starts.
    let broken = false;
    for (const c of calls) {
      if (c.startsWith('cut') || c.startsWith('delay')) {
        expect(broken).toBe(false);
        broken = true;
      } else if (c === 'heal-links') broken = false;
    }
  });

  it('follows the seed', async () => {
    const a = await runNemesis(['partition', 'delay'], 11, undefined);
    const b = await runNemesis(['partition', 'delay'], 11, undefined);
    const faults = (r: typeof a) => r.windows.slice(0, 40).map((w) => JSON.stringify([w.f, w.value]));
    expect(faults(a)).toEqual(faults(b));
  });
});
