// Latency recording for the benchmark: a log-linear histogram of microseconds
// (HdrHistogram's bucket layout with 7 bits of sub-bucket precision), so memory
// stays fixed however many requests a run makes.
//
// Values below 256 µs are kept exactly; above that every power of two is split
// into 128 equal buckets, so a reported percentile is within 0.8 % of the true
// sample (it is reported as its bucket's midpoint). The maximum is exact.

const SUB_BITS = 7;
const SUB_COUNT = 1 << SUB_BITS; // 128
const EXACT_LIMIT = 2 * SUB_COUNT; // values below this get a bucket each
/** Largest value recorded as itself (~35 minutes in µs); larger ones are clamped. */
const MAX_VALUE = 2 ** 31 - 1;
const BUCKETS = EXACT_LIMIT + (31 - SUB_BITS - 1) * SUB_COUNT;

function bucketOf(us: number): number {
  const v = Math.min(MAX_VALUE, Math.max(0, Math.round(us)));
  if (v < EXACT_LIMIT) return v;
  const msb = 31 - Math.clz32(v);
  const shift = msb - SUB_BITS;
  return EXACT_LIMIT + (shift - 1) * SUB_COUNT + ((v >>> shift) - SUB_COUNT);
}

/** [lowest, highest] µs value that lands in bucket `i`. */
function bucketRange(i: number): [number, number] {
  if (i < EXACT_LIMIT) return [i, i];
  const shift = Math.floor((i - EXACT_LIMIT) / SUB_COUNT) + 1;
  const sub = ((i - EXACT_LIMIT) % SUB_COUNT) + SUB_COUNT;
  return [sub * 2 ** shift, (sub + 1) * 2 ** shift - 1];
}

export class LatencyHistogram {
  private readonly counts = new Float64Array(BUCKETS);
  private n = 0;
  private maxUs = 0;
  private sumUs = 0;

  /** Records one latency, in milliseconds (as `performance.now()` differences give them). */
  recordMs(ms: number): void {
    const us = ms * 1000;
    this.counts[bucketOf(us)]! += 1;
    this.n += 1;
    this.sumUs += us;
    if (us > this.maxUs) this.maxUs = us;
  }

  get count(): number {
    return this.n;
  }

  get maxMs(): number {
    return this.maxUs / 1000;
  }

  get meanMs(): number {
    return this.n === 0 ? 0 : this.sumUs / this.n / 1000;
  }

  /** The p-th percentile (0 < p <= 100) in milliseconds; 0 when nothing was recorded. */
  percentileMs(p: number): number {
    if (this.n === 0) return 0;
    const rank = Math.max(1, Math.ceil((p / 100) * this.n));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) {
        const [lo, hi] = bucketRange(i);
        return Math.min((lo + hi) / 2, this.maxUs) / 1000;
      }
    }
    return this.maxMs;
  }
}
