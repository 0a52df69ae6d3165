/**
 * What every workload checker answers. `unknown` means the checker could not
 * decide (a search limit, or the history lacks what the check needs, such as
 * a final read); a run with an `unknown` verdict fails, like an invalid one.
 */
export type CheckVerdict = 'valid' | 'invalid' | 'unknown';

/** One thing the history shows went wrong. */
export interface Anomaly {
  /** A short stable name: 'stale-read', 'lost-write', 'gap', 'interleaved-holders', ... */
  kind: string;
  /** What was seen, in words, naming processes, values and revisions. */
  message: string;
  /** History times (ns) of the events involved, so the report can highlight them. */
  times: number[];
  key?: string;
}

export interface CheckResult {
  verdict: CheckVerdict;
  anomalies: Anomaly[];
  /** Why the verdict is `unknown`, when it is. */
  reason?: string;
  /** Counts worth keeping in results.json (elements added, events seen, ...). */
  stats: Record<string, number>;
}

/** At most this many anomalies are kept per check (the count is in stats.anomalies). */
export const MAX_ANOMALIES_KEPT = 100;
/** And at most this many of one kind, so a flood of one kind does not hide the others. */
export const MAX_ANOMALIES_KEPT_PER_KIND = 20;

/** Collects anomalies with caps, and builds the result. */
export class AnomalyList {
  readonly items: Anomaly[] = [];
  private readonly perKind = new Map<string, number>();
  count = 0;

  add(a: Anomaly): void {
    this.count++;
    const n = this.perKind.get(a.kind) ?? 0;
    this.perKind.set(a.kind, n + 1);
    if (this.items.length >= MAX_ANOMALIES_KEPT || n >= MAX_ANOMALIES_KEPT_PER_KIND) return;
    this.items.push(a);
  }

  result(stats: Record<string, number>, unknownReason?: string): CheckResult {
    // Every anomaly counted by kind, kept or not: `anomaly:stale-read` and so on.
    const s: Record<string, number> = { ...stats, anomalies: this.count };
    for (const [kind, n] of this.perKind) s[`anomaly:${kind}`] = n;
    if (this.count > 0) return { verdict: 'invalid', anomalies: this.items, stats: s };
    if (unknownReason !== undefined) return { verdict: 'unknown', anomalies: [], reason: unknownReason, stats: s };
    return { verdict: 'valid', anomalies: [], stats: s };
  }
}
