/**
 * jepsen-lite's seeded generator (SplitMix32-style mixing over a Weyl
 * sequence): the same seed gives the same workload and fault schedule on
 * every platform, so a run can be repeated from its seed.
 */
export class SeededRng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniformly distributed 32-bit unsigned integer. */
  nextU32(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  }

  /** A uniformly distributed integer in [0, maxExclusive). */
  nextInt(maxExclusive: number): number {
    if (!(maxExclusive > 0)) throw new RangeError(`nextInt bound must be positive, got ${maxExclusive}`);
    return Math.floor((this.nextU32() / 0x1_0000_0000) * maxExclusive);
  }

  /** A float in [0, 1). */
  nextFloat(): number {
    return this.nextU32() / 0x1_0000_0000;
  }
}
