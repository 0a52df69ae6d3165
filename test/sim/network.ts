// The simulated network between nodes. Seeded, so a run replays exactly: each
// message independently may be dropped, duplicated, and delayed by a random
// latency; latencies wider than the gap between two sends reorder them.
// Partitions block directed links; every partition shape is a set of blocked
// (from, to) pairs, checked both when a message is sent and when it arrives,
// so a partition also cuts the messages already in flight.

import type { NodeId, SeededRng } from '../../src/raft/index.js';

export interface NetworkConditions {
  /** Chance, in 1/1000, that a message is lost. */
  dropPermille: number;
  /** Chance, in 1/1000, that a message is delivered twice. */
  duplicatePermille: number;
  /** Lowest delivery latency, in virtual time units (100 units = 1 tick). */
  minLatency: number;
  /** Extra random latency in [0, jitter). */
  jitter: number;
}

/** A healthy network: nothing lost, little jitter. */
export const CLEAN_NETWORK: NetworkConditions = { dropPermille: 0, duplicatePermille: 0, minLatency: 5, jitter: 20 };

export interface Partition {
  /** For the trace and reports, e.g. "symmetric 1,2 | 3". */
  describe: string;
  blocked: ReadonlySet<number>;
}

function link(from: NodeId, to: NodeId): number {
  return from * 0x1_0000 + to;
}

/** Nodes in `a` and nodes in `b` cannot reach each other, in either direction. */
export function symmetricPartition(a: readonly NodeId[], b: readonly NodeId[]): Partition {
  const blocked = new Set<number>();
  for (const x of a) for (const y of b) { blocked.add(link(x, y)); blocked.add(link(y, x)); }
  return { describe: `symmetric ${a.join(',')} | ${b.join(',')}`, blocked };
}

/** Messages from `from` to `to` are lost; the other direction works. */
export function oneWayPartition(from: readonly NodeId[], to: readonly NodeId[]): Partition {
  const blocked = new Set<number>();
  for (const x of from) for (const y of to) blocked.add(link(x, y));
  return { describe: `one-way ${from.join(',')} -/-> ${to.join(',')}`, blocked };
}

/** `a` and `b` cannot reach each other, but `bridge` reaches both: no side sees everyone. */
export function bridgePartition(a: readonly NodeId[], bridge: NodeId, b: readonly NodeId[]): Partition {
  const p = symmetricPartition(a, b);
  return { describe: `bridge ${a.join(',')} <-> ${bridge} <-> ${b.join(',')}`, blocked: p.blocked };
}

export class Network {
  conditions: NetworkConditions = CLEAN_NETWORK;
  partition: Partition | null = null;

  constructor(private readonly rng: SeededRng) {}

  isBlocked(from: NodeId, to: NodeId): boolean {
    return this.partition !== null && this.partition.blocked.has(link(from, to));
  }

  /** The delivery delays of one message: none when it is lost, two when it is duplicated. */
  latencies(): number[] {
    const c = this.conditions;
    if (c.dropPermille > 0 && this.rng.nextInt(1000) < c.dropPermille) return [];
    const first = c.minLatency + (c.jitter > 0 ? this.rng.nextInt(c.jitter) : 0);
    if (c.duplicatePermille > 0 && this.rng.nextInt(1000) < c.duplicatePermille) {
      return [first, c.minLatency + (c.jitter > 0 ? this.rng.nextInt(c.jitter) : 0)];
    }
    return [first];
  }

  heal(): void {
    this.partition = null;
    this.conditions = CLEAN_NETWORK;
  }
}
