import { SeededRng } from '../rng.js';
import type { CheckResult } from '../checker/check-result.js';
import { operationsOf, type HistoryEvent } from '../checker/history.js';
import { checkHistory } from '../checker/linearizability.js';
import { MemberKv, sleep, type Outcome } from '../ops.js';
import { backoffMs, countOk, newStats, type Workload, type WorkloadContext, type WorkerStats } from './workload.js';

export interface RegisterOptions {
  /** Clients sharing one key at a time (at most 10: the checker's search grows steeply with concurrency). */
  clientsPerKey?: number;
  /** Operations on a key before its group moves on to a fresh key. */
  opsPerKey?: number;
  /** Per-request deadline, ms. */
  timeoutMs?: number;
}

/** One group of clients working on the same key, which it rotates. */
interface KeyGroup {
  index: number;
  generation: number;
  opsOnKey: number;
  /** The per-key counter behind unique values. */
  lastValue: number;
}

type RegisterF = 'read' | 'write' | 'cas' | 'delete';

/**
 * Register workload: workers, each bound to one node, doing read / write /
 * cas / delete on their group's current key; checked for linearizability per
 * key. Values are unique per key; after an `info` a worker continues under a
 * new process number.
 */
export class RegisterWorkload implements Workload {
  private readonly groups: KeyGroup[] = [];
  private readonly clientsPerKey: number;
  private readonly opsPerKey: number;
  private readonly timeoutMs: number;
  readonly stats: WorkerStats[] = [];

  constructor(private readonly ctx: WorkloadContext, opts: RegisterOptions = {}) {
    this.clientsPerKey = Math.min(10, Math.max(1, opts.clientsPerKey ?? 5));
    this.opsPerKey = opts.opsPerKey ?? 300;
    this.timeoutMs = opts.timeoutMs ?? 1000;
    const n = Math.ceil(ctx.clients / this.clientsPerKey);
    for (let i = 0; i < n; i++) this.groups.push({ index: i, generation: 0, opsOnKey: 0, lastValue: 0 });
  }

  async run(signal: AbortSignal): Promise<void> {
    const names = this.ctx.cluster.names;
    await Promise.all(Array.from({ length: this.ctx.clients }, (_, w) => this.worker(w, names[w % names.length]!, signal)));
  }

  async finish(): Promise<void> {
    // Nothing to add: every read along the way is checked.
  }

  check(events: readonly HistoryEvent[]): CheckResult {
    const r = checkHistory(operationsOf(events));
    const bad = r.keys.filter((k) => k.verdict !== 'linearizable');
    const stats = { keys: r.keys.length, operations: r.keys.reduce((n, k) => n + k.operations, 0), searchSteps: r.keys.reduce((n, k) => n + k.steps, 0) };
    const notLinearizable = bad.filter((k) => k.verdict === 'not-linearizable');
    if (notLinearizable.length > 0) {
      return {
        verdict: 'invalid',
        stats: { ...stats, anomalies: notLinearizable.length },
        anomalies: notLinearizable.map((k) => ({
          kind: 'not-linearizable',
          key: k.key,
          message: `key ${k.key}: no linearization of its ${k.operations} operations exists (the longest linearizable prefix has ${k.longestLinearized?.length ?? 0})`,
          times: [],
        })),
      };
    }
    if (bad.length > 0) return { verdict: 'unknown', anomalies: [], stats: { ...stats, anomalies: 0 }, reason: bad.map((k) => `${k.key}: ${k.reason ?? 'unknown'}`).join('; ') };
    return { verdict: 'valid', anomalies: [], stats: { ...stats, anomalies: 0 } };
  }

  private keyOf(g: KeyGroup): string {
    return `r${g.index}-${g.generation}`;
  }

  private perform(client: MemberKv, f: RegisterF, key: string, value: number | [number, number] | undefined): Promise<Outcome<{ value?: number | null; revision: number; matched?: boolean }>> {
    switch (f) {
      case 'read': return client.read(key);
      case 'write': return client.put(key, String(value));
      case 'cas': { const [a, b] = value as [number, number]; return client.cas(key, String(a), String(b)); }
      case 'delete': return client.delete(key);
    }
  }

  private async worker(w: number, node: string, signal: AbortSignal): Promise<void> {
    const { history, clients, seed, cluster } = this.ctx;
    const rng = new SeededRng((seed * 7919 + w * 104729) >>> 0);
    const group = this.groups[Math.floor(w / this.clientsPerKey)]!;
    const client = new MemberKv(node, cluster.endpoint(node), this.timeoutMs);
    const stats = newStats(this.stats, `w${w}`, node);
    let proc = w;
    try {
      while (!signal.aborted) {
        if (group.opsOnKey >= this.opsPerKey) {
          group.generation++;
          group.opsOnKey = 0;
          group.lastValue = 0;
        }
        group.opsOnKey++;
        const key = this.keyOf(group);
        const roll = rng.nextFloat();
        let f: RegisterF;
        let value: number | [number, number] | undefined;
        if (roll < 0.4) {
          f = 'read';
        } else if (roll < 0.65) {
          f = 'write';
          value = ++group.lastValue;
        } else if (roll < 0.9) {
          f = 'cas';
          const expected = Math.max(1, group.lastValue - rng.nextInt(3));
          value = [expected, ++group.lastValue];
        } else {
          f = 'delete';
        }
        // The invoke is recorded before the request leaves.
        history.record(value === undefined ? { process: proc, type: 'invoke', f, key, node } : { process: proc, type: 'invoke', f, key, value, node });
        const r = await this.perform(client, f, key, value);
        if (r.type === 'ok' && r.value.matched === false) {
          history.record({ process: proc, type: 'fail', f, key, value, node, error: 'mismatch' });
        } else if (r.type === 'ok') {
          countOk(stats, history.record({ process: proc, type: 'ok', f, key, value: f === 'read' ? r.value.value : value, node, revision: r.value.revision }));
        } else {
          history.record({ process: proc, type: r.type, f, key, value: f === 'read' ? undefined : value, node, error: r.error });
          if (r.type === 'info') proc += clients;
          await sleep(backoffMs(rng), signal);
        }
      }
    } finally {
      client.close();
    }
  }
}
