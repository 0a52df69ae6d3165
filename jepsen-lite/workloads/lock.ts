import { SeededRng } from '../rng.js';
import type { CheckResult } from '../checker/check-result.js';
import type { HistoryEvent } from '../checker/history.js';
import { checkLock } from '../checker/lock.js';
import { MemberKv, MemberLeases, sleep } from '../ops.js';
import { backoffMs, countOk, newStats, type Workload, type WorkloadContext, type WorkerStats } from './workload.js';

export interface LockOptions {
  /** TTL of each holder's lease, seconds: a holder cut off loses the lock after about this long. */
  leaseTtl?: number;
  /** Guarded writes per holding. */
  writesPerHold?: number;
  /** Chance that a holder stalls past its lease after its first guarded write, as a GC pause would. */
  stallChance?: number;
  /** How long a waiter waits for the lock, ms. */
  lockTimeoutMs?: number;
  timeoutMs?: number;
}

const LOCK_NAME = 'lock';
const GUARD_KEY = 'guard';
const DIGITS = 16;

/** The guarded register's value: sorts by token, then by seq. */
export function guardValue(token: number, seq: number): string {
  return `${String(token).padStart(DIGITS, '0')}/${String(seq).padStart(DIGITS, '0')}`;
}

/**
 * Lock workload: every worker, bound to one node, takes the lock on a fresh
 * lease (v3lockpb.Lock), reads its fencing token (the owner key's create
 * revision), writes token/seq a few times to a guarded register that refuses
 * values below the stored one, and releases. Now and then a holder stalls
 * past its lease between two writes, so the fence gets exercised. The check: tokens only grow, and
 * no two holders' accepted guarded writes interleave.
 */
export class LockWorkload implements Workload {
  private readonly leaseTtl: number;
  private readonly writesPerHold: number;
  private readonly stallChance: number;
  private readonly lockTimeoutMs: number;
  private readonly timeoutMs: number;
  readonly stats: WorkerStats[] = [];

  constructor(private readonly ctx: WorkloadContext, opts: LockOptions = {}) {
    this.leaseTtl = opts.leaseTtl ?? 2;
    this.writesPerHold = opts.writesPerHold ?? 3;
    this.stallChance = opts.stallChance ?? 0.02;
    this.lockTimeoutMs = opts.lockTimeoutMs ?? 5000;
    this.timeoutMs = opts.timeoutMs ?? 1000;
  }

  async run(signal: AbortSignal): Promise<void> {
    const names = this.ctx.cluster.names;
    await Promise.all(Array.from({ length: this.ctx.clients }, (_, w) => this.worker(w, names[w % names.length]!, signal)));
  }

  async finish(): Promise<void> {
    // Every acquisition and guarded write is checked as recorded.
  }

  check(events: readonly HistoryEvent[]): CheckResult {
    return checkLock(events);
  }

  private async worker(w: number, node: string, signal: AbortSignal): Promise<void> {
    const { history, clients, seed, cluster } = this.ctx;
    const rng = new SeededRng((seed * 3001 + w * 7727) >>> 0);
    const endpoint = cluster.endpoint(node);
    const kv = new MemberKv(node, endpoint, this.timeoutMs);
    const leases = new MemberLeases(node, endpoint, this.timeoutMs);
    const locks = leases;
    const stats = newStats(this.stats, `w${w}`, node);
    let proc = w;
    const next = () => { proc += clients; };
    try {
      while (!signal.aborted) {
        // A fresh lease per attempt: one abandoned after a timeout lapses on its own.
        const lease = await leases.grant(this.leaseTtl);
        if (lease.type !== 'ok') {
          await sleep(backoffMs(rng), signal);
          continue;
        }
        history.record({ process: proc, type: 'invoke', f: 'acquire', key: LOCK_NAME, node });
        const got = await locks.lock(LOCK_NAME, lease.value.id, this.lockTimeoutMs);
        if (got.type !== 'ok') {
          history.record({ process: proc, type: got.type, f: 'acquire', key: LOCK_NAME, node, error: got.error });
          if (got.type === 'info') next();
          await leases.revoke(lease.value.id);
          await sleep(backoffMs(rng), signal);
          continue;
        }
        // The token is the owner key's create revision.
        const ownerKey = new TextDecoder().decode(got.value.key);
        const owner = await kv.readKv(ownerKey);
        if (owner.type !== 'ok' || owner.value.kv === null) {
          const why = owner.type === 'ok' ? `the owner key ${ownerKey} was gone before its token was read` : owner.error;
          history.record({ process: proc, type: 'info', f: 'acquire', key: LOCK_NAME, node, error: why });
          next();
          await leases.revoke(lease.value.id);
          continue;
        }
        const token = owner.value.kv.createRevision;
        countOk(stats, history.record({ process: proc, type: 'ok', f: 'acquire', key: LOCK_NAME, value: token, node, revision: owner.value.revision }));

        let lost = false;
        const stall = rng.nextFloat() < this.stallChance;
        for (let seq = 1; seq <= this.writesPerHold && !lost; seq++) {
          // The lease lapses during the stall and another client takes the lock: the guard must refuse our next write.
          if (seq === 2 && stall) await sleep((lease.value.ttl + 1) * 1000);
          const value = { token, seq };
          history.record({ process: proc, type: 'invoke', f: 'guarded-write', key: GUARD_KEY, value, node });
          const r = await kv.fencedPut(GUARD_KEY, guardValue(token, seq));
          if (r.type === 'ok' && r.value.fenced) {
            history.record({ process: proc, type: 'fail', f: 'guarded-write', key: GUARD_KEY, value, node, error: 'fenced' });
            lost = true;
          } else if (r.type === 'ok') {
            history.record({ process: proc, type: 'ok', f: 'guarded-write', key: GUARD_KEY, value, node, revision: r.value.revision });
          } else {
            history.record({ process: proc, type: r.type, f: 'guarded-write', key: GUARD_KEY, value, node, error: r.error });
            if (r.type === 'info') next();
            lost = true;
          }
        }

        history.record({ process: proc, type: 'invoke', f: 'release', key: LOCK_NAME, value: token, node });
        const rel = await locks.unlock(got.value.key, this.timeoutMs);
        history.record({ process: proc, type: rel.type, f: 'release', key: LOCK_NAME, value: token, node, ...(rel.type === 'ok' ? {} : { error: rel.error }) });
        if (rel.type === 'info') next();
        await leases.revoke(lease.value.id);
        await sleep(rng.nextInt(20), signal);
      }
    } finally {
      kv.close();
      leases.close();
    }
  }
}
