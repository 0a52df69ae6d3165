// TTL bookkeeping for the leader: when each TTL check must next report, and when
// an instance whose check stays critical is due for removal
// (deregister_critical_after). Pure: every call takes `nowMs`; nothing here reads
// a clock or sets a timer. Only the leader keeps one; followers forward reports.
//
// - report(): a heartbeat; restarts the check's TTL at full length, whatever
//   status it reports (a failing instance is alive enough to say so).
// - expired(): the checks whose TTL ran out, each offered once until it reports
//   again; each becomes one replicated transition to critical.
// - restartAll(): a new leader restarts every TTL at its full length, and every
//   deregister_critical_after period too: a leader change never turns a healthy
//   instance critical, nor removes one sooner than the rule says.
// - Bounded: at most `maxTracked` checks (MAX_TRACKED_TTL_CHECKS by default);
//   track() refuses more, so memory is bounded whatever clients register.

import { truncateCheckOutput, type CheckStatus } from './check.js';

/** The most TTL checks one leader tracks. */
export const MAX_TRACKED_TTL_CHECKS = 100_000;

export interface TtlCheckSpec {
  ttlMs: number;
  /** null: never removed for being critical. */
  deregisterCriticalAfterMs: number | null;
}

export interface TtlExpiry {
  key: string;
  /** When the TTL ran out. */
  deadlineMs: number;
  /** The output to record with the critical status. */
  output: string;
}

interface Entry extends TtlCheckSpec {
  /** null: expired and offered; waits for a report. */
  deadlineMs: number | null;
  /** Since when the check is critical (by report or expiry); null while it is not. */
  criticalSinceMs: number | null;
  /** True once deregisterDue offered this entry, until its status changes. */
  removalOffered: boolean;
  lastOutput: string;
}

/** What a missed TTL records as the check's output (Consul's wording, with the last report's output). */
export function ttlExpiredOutput(lastOutput: string): string {
  return truncateCheckOutput(lastOutput === '' ? 'TTL expired' : `TTL expired (last output before it: ${lastOutput})`);
}

export class TtlTable {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxTracked: number = MAX_TRACKED_TTL_CHECKS) {}

  get size(): number {
    return this.entries.size;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /**
   * Starts tracking a check registered (or found at leader start) with `status`.
   * Its TTL starts now at full length. Tracking a key again replaces it (a
   * re-registration). False when the table is full.
   */
  track(key: string, spec: TtlCheckSpec, status: CheckStatus, nowMs: number, output = ''): boolean {
    if (!this.entries.has(key) && this.entries.size >= this.maxTracked) return false;
    this.entries.set(key, {
      ttlMs: spec.ttlMs,
      deregisterCriticalAfterMs: spec.deregisterCriticalAfterMs,
      deadlineMs: nowMs + spec.ttlMs,
      criticalSinceMs: status === 'critical' ? nowMs : null,
      removalOffered: false,
      lastOutput: truncateCheckOutput(output),
    });
    return true;
  }

  /** True while the check's TTL ran out and it has not reported since. */
  isExpired(key: string): boolean {
    return this.entries.get(key)?.deadlineMs === null;
  }

  /** Stops tracking (deregistration, removal). False if it was not tracked. */
  untrack(key: string): boolean {
    return this.entries.delete(key);
  }

  /** A heartbeat: restarts the TTL. False if the key is not tracked. */
  report(key: string, status: CheckStatus, output: string, nowMs: number): boolean {
    const e = this.entries.get(key);
    if (!e) return false;
    e.deadlineMs = nowMs + e.ttlMs;
    e.lastOutput = truncateCheckOutput(output);
    if (status === 'critical') {
      if (e.criticalSinceMs === null) e.criticalSinceMs = nowMs;
    } else {
      e.criticalSinceMs = null;
      e.removalOffered = false;
    }
    return true;
  }

  /**
   * The checks whose TTL ran out by `nowMs` (deadline <= nowMs), in deadline
   * order, then key order. Each is offered once: it is marked critical from its
   * deadline and is not offered again until it reports.
   */
  expired(nowMs: number): TtlExpiry[] {
    const due: Array<[string, Entry]> = [];
    for (const kv of this.entries) {
      if (kv[1].deadlineMs !== null && kv[1].deadlineMs <= nowMs) due.push(kv);
    }
    due.sort(([ka, a], [kb, b]) => a.deadlineMs! - b.deadlineMs! || (ka < kb ? -1 : ka > kb ? 1 : 0));
    return due.map(([key, e]) => {
      const deadlineMs = e.deadlineMs!;
      e.deadlineMs = null;
      if (e.criticalSinceMs === null) e.criticalSinceMs = deadlineMs;
      return { key, deadlineMs, output: ttlExpiredOutput(e.lastOutput) };
    });
  }

  /**
   * The checks critical for at least their deregister_critical_after by
   * `nowMs`: their instances are due for removal. Each is offered once, until
   * it turns non-critical and critical again (or is tracked again).
   */
  deregisterDue(nowMs: number): string[] {
    const out: string[] = [];
    for (const [key, e] of this.entries) {
      if (e.removalOffered || e.criticalSinceMs === null || e.deregisterCriticalAfterMs === null) continue;
      if (nowMs - e.criticalSinceMs >= e.deregisterCriticalAfterMs) {
        e.removalOffered = true;
        out.push(key);
      }
    }
    return out.sort();
  }

  /**
   * For a new leader: every TTL restarts at full length from `nowMs`, and every
   * critical check's deregister_critical_after period restarts from `nowMs` too.
   * Expired checks stay expired (they are critical already) until they report.
   */
  restartAll(nowMs: number): void {
    for (const e of this.entries.values()) {
      if (e.deadlineMs !== null) e.deadlineMs = nowMs + e.ttlMs;
      if (e.criticalSinceMs !== null) e.criticalSinceMs = nowMs;
      e.removalOffered = false;
    }
  }

  /** The earliest pending deadline (TTL or removal), for the caller's timer; null if none. */
  nextDeadlineMs(): number | null {
    let next: number | null = null;
    for (const e of this.entries.values()) {
      if (e.deadlineMs !== null && (next === null || e.deadlineMs < next)) next = e.deadlineMs;
      if (!e.removalOffered && e.criticalSinceMs !== null && e.deregisterCriticalAfterMs !== null) {
        const d = e.criticalSinceMs + e.deregisterCriticalAfterMs;
        if (next === null || d < next) next = d;
      }
    }
    return next;
  }
}
