// Everything random in a simulated run derives from one integer, the schedule
// seed: the schedule itself (through fast-check) and every run-time stream
// (network, clients, each node's election jitter). That is what makes a
// failing schedule replay exactly from `npm run sim -- --seed N`.

/** The cluster size is part of the seed, so a bare seed replays exactly: even seeds run 3 nodes, odd seeds 5. */
export function nodeCountForSeed(seed: number): 3 | 5 {
  return seed % 2 === 0 ? 3 : 5;
}

/** The first seed >= from whose cluster size is `nodes`. */
export function firstSeedWithNodes(from: number, nodes: 3 | 5): number {
  return nodeCountForSeed(from) === nodes ? from : from + 1;
}

export function assertValidSeed(seed: number): void {
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0x7fff_ffff) {
    throw new RangeError(`a seed is an integer in [0, 2^31), got ${seed}`);
  }
}

/**
 * Derives an independent 32-bit stream seed from the schedule seed and a few
 * labels (stream id, node id, incarnation), so adding draws to one stream never
 * shifts another.
 */
export function deriveSeed(seed: number, ...labels: number[]): number {
  let h = mix32(seed ^ 0x5bd1e995);
  for (const label of labels) h = mix32(h ^ mix32(label + 0x9e3779b9));
  return h;
}

function mix32(x: number): number {
  let z = x >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** Labels of the run-time random streams. */
export const Stream = {
  network: 1,
  clients: 2,
  nodeRng: 3,
  nodeSetup: 4,
} as const;
