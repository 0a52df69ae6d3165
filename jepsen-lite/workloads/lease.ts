import { SeededRng } from '../rng.js';
import type { CheckResult } from '../checker/check-result.js';
import type { HistoryEvent } from '../checker/history.js';
import { checkLease } from '../checker/lease.js';
import { MemberKv, MemberLeases, sleep } from '../ops.js';
import { countOk, newStats, waitUntil, type Workload, type WorkloadContext, type WorkerStats } from './workload.js';

export interface LeaseOptions {
  /** Lease TTL asked for, seconds. */
  ttl?: number;
  /** Seconds a lease is kept alive before the keeper abandons it and takes a new one: [min, max). */
  holdSeconds?: [number, number];
  /** Slack the checker allows past the TTL before an abandoned lease's key must be gone, seconds. */
  graceSeconds?: number;
  timeoutMs?: number;
}

/** One keeper's current lease. */
interface Held {
  id: bigint;
  hex: string;
  ttl: number;
  key: string;
  until: number;
}

/**
 * Lease workload: keepers grant a lease, attach a key to it, keep it alive
 * (a keep-alive every TTL/4, through whichever node answers) and read the key,
 * then abandon the lease and start over. A key must not vanish while its
 * lease is provably kept alive, through leader changes; once everything
 * healed, the keys of abandoned leases must be gone after the TTL.
 */
export class LeaseWorkload implements Workload {
  private readonly ttl: number;
  private readonly hold: [number, number];
  private readonly graceSeconds: number;
  private readonly timeoutMs: number;
  private readonly keys = new Set<string>();
  private lastAbandon = 0;
  private maxTtl = 0;
  readonly stats: WorkerStats[] = [];

  constructor(private readonly ctx: WorkloadContext, opts: LeaseOptions = {}) {
    this.ttl = opts.ttl ?? 2;
    this.hold = opts.holdSeconds ?? [3, 8];
    this.graceSeconds = opts.graceSeconds ?? 3;
    this.timeoutMs = opts.timeoutMs ?? 1000;
  }

  async run(signal: AbortSignal): Promise<void> {
    await Promise.all(Array.from({ length: this.ctx.clients }, (_, w) => this.keeper(w, signal)));
  }

  private async keeper(w: number, signal: AbortSignal): Promise<void> {
    const { history, clients, seed, cluster } = this.ctx;
    const names = cluster.names;
    const rng = new SeededRng((seed * 2473 + w * 613) >>> 0);
    // One connection per node: a keeper moves to the next node when one fails.
    const kvs = names.map((n) => new MemberKv(n, cluster.endpoint(n), this.timeoutMs));
    const leases = names.map((n) => new MemberLeases(n, cluster.endpoint(n), this.timeoutMs));
    const stats = newStats(this.stats, `keeper-${w}`, names[w % names.length]!);
    let at = w % names.length;
    let proc = w;
    let generation = 0;
    let held: Held | undefined;
    const fail = () => { at = (at + 1) % names.length; stats.node = names[at]!; };
    const abandon = () => {
      if (held === undefined) return;
      const e = history.record({ process: proc, type: 'info', f: 'abandon', value: { lease: held.hex }, key: held.key });
      this.lastAbandon = Math.max(this.lastAbandon, e.time);
      held = undefined;
    };
    try {
      while (!signal.aborted) {
        const node = names[at]!;
        if (held === undefined) {
          history.record({ process: proc, type: 'invoke', f: 'grant', value: { ttl: this.ttl }, node });
          const g = await leases[at]!.grant(this.ttl);
          if (g.type !== 'ok') {
            history.record({ process: proc, type: g.type, f: 'grant', value: { ttl: this.ttl }, node, error: g.error });
            if (g.type === 'info') proc += clients;
            fail();
            await sleep(100, signal);
            continue;
          }
          history.record({ process: proc, type: 'ok', f: 'grant', value: { lease: g.value.hex, ttl: g.value.ttl }, node });
          this.maxTtl = Math.max(this.maxTtl, g.value.ttl);
          const key = `l/${w}-${generation++}`;
          history.record({ process: proc, type: 'invoke', f: 'put', key, value: { lease: g.value.hex }, node });
          const p = await kvs[at]!.put(key, key, g.value.id);
          if (p.type !== 'ok') {
            history.record({ process: proc, type: p.type, f: 'put', key, value: { lease: g.value.hex }, node, error: p.error });
            if (p.type === 'info') { proc += clients; this.keys.add(key); }
            held = { id: g.value.id, hex: g.value.hex, ttl: g.value.ttl, key, until: 0 };
            abandon();
            fail();
            continue;
          }
          countOk(stats, history.record({ process: proc, type: 'ok', f: 'put', key, value: { lease: g.value.hex }, node, revision: p.value.revision }));
          this.keys.add(key);
          held = { id: g.value.id, hex: g.value.hex, ttl: g.value.ttl, key, until: Date.now() + (this.hold[0] + rng.nextFloat() * (this.hold[1] - this.hold[0])) * 1000 };
          continue;
        }
        if (Date.now() > held.until) {
          abandon();
          continue;
        }
        // Keep it alive.
        history.record({ process: proc, type: 'invoke', f: 'keepalive', value: { lease: held.hex }, node });
        const k = await leases[at]!.keepAliveOnce(held.id);
        if (k.type === 'ok') {
          countOk(stats, history.record({ process: proc, type: 'ok', f: 'keepalive', value: { lease: held.hex, ttl: k.value.ttl }, node }));
          if (k.value.ttl <= 0) { abandon(); continue; }
        } else {
          history.record({ process: proc, type: 'fail', f: 'keepalive', value: { lease: held.hex }, node, error: k.error });
          fail();
          continue;
        }
        // Read the key: it must be there while the lease is alive.
        history.record({ process: proc, type: 'invoke', f: 'read', key: held.key, node });
        const r = await kvs[at]!.readKv(held.key);
        if (r.type === 'ok') {
          countOk(stats, history.record({ process: proc, type: 'ok', f: 'read', key: held.key, value: r.value.kv === null ? null : { lease: r.value.kv.lease }, node, revision: r.value.revision }));
        } else {
          history.record({ process: proc, type: 'fail', f: 'read', key: held.key, node, error: r.error });
          fail();
          continue;
        }
        await sleep((held.ttl * 1000) / 4, signal);
      }
      abandon();
    } finally {
      for (const c of kvs) c.close();
      for (const c of leases) c.close();
    }
  }

  /**
   * Every lease is abandoned; once the last one is past its TTL and the
   * checker's grace, read every key ever attached: all must be gone.
   */
  async finish(): Promise<void> {
    const { cluster, history } = this.ctx;
    // The checker wants each final read after max(abandon, quiet) + TTL + grace.
    const readyAt = Math.max(this.lastAbandon, quietTime(history.events)) + (this.maxTtl + this.graceSeconds) * 1e9;
    const delayMs = (readyAt - history.now()) / 1e6 + 100;
    if (delayMs > 0) await sleep(delayMs);
    let attempt = 0;
    for (const key of [...this.keys].sort()) {
      await waitUntil(`a final read of ${key}`, async () => {
        const node = cluster.names[attempt++ % cluster.names.length]!;
        const client = new MemberKv(node, cluster.endpoint(node), 5000);
        try {
          history.record({ process: 'final', type: 'invoke', f: 'final-read', key, node });
          const r = await client.readKv(key);
          if (r.type === 'ok') {
            history.record({ process: 'final', type: 'ok', f: 'final-read', key, value: r.value.kv === null ? null : { lease: r.value.kv.lease }, node, revision: r.value.revision });
            return true;
          }
          history.record({ process: 'final', type: 'fail', f: 'final-read', key, node, error: r.error });
          return false;
        } finally {
          client.close();
        }
      }, 30_000);
    }
  }

  check(events: readonly HistoryEvent[]): CheckResult {
    return checkLease(events, { graceSeconds: this.graceSeconds });
  }
}

function quietTime(events: readonly HistoryEvent[]): number {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.process === 'nemesis' && e.f === 'quiet') return e.time;
  }
  return 0;
}
