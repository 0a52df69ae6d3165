import { SeededRng } from '../rng.js';
import type { CheckResult } from '../checker/check-result.js';
import type { HistoryEvent } from '../checker/history.js';
import { checkSet } from '../checker/set.js';
import { MemberKv, sleep } from '../ops.js';
import { backoffMs, countOk, newStats, waitUntil, type Workload, type WorkloadContext, type WorkerStats } from './workload.js';

export interface SetOptions {
  /** Adds to one set before the clients move on to a fresh one (reads stay small). */
  addsPerSet?: number;
  /** Share of operations that read the whole set. */
  readShare?: number;
  timeoutMs?: number;
}

/** The keys holding set `s`'s elements: one key per element, `<set>/<element>`. */
const elementPrefix = (set: string) => `${set}/`;

/**
 * Set workload: unique adds (a Put of one key per element) and reads of the
 * whole set (a prefix Range), workers bound to one node each; after healing a
 * final read of every set. Every acknowledged add must be in the final read,
 * no read may lack an add acknowledged before it began, and nothing that was
 * never added may appear.
 */
export class SetWorkload implements Workload {
  private readonly addsPerSet: number;
  private readonly readShare: number;
  private readonly timeoutMs: number;
  private generation = 0;
  private addsInSet = 0;
  private nextElement = 0;
  private readonly sets = new Set<string>();
  readonly stats: WorkerStats[] = [];

  constructor(private readonly ctx: WorkloadContext, opts: SetOptions = {}) {
    this.addsPerSet = opts.addsPerSet ?? 500;
    this.readShare = opts.readShare ?? 0.1;
    this.timeoutMs = opts.timeoutMs ?? 1000;
  }

  private currentSet(): string {
    if (this.addsInSet >= this.addsPerSet) {
      this.generation++;
      this.addsInSet = 0;
    }
    const s = `s${this.generation}`;
    this.sets.add(s);
    return s;
  }

  async run(signal: AbortSignal): Promise<void> {
    const names = this.ctx.cluster.names;
    await Promise.all(Array.from({ length: this.ctx.clients }, (_, w) => this.worker(w, names[w % names.length]!, signal)));
  }

  private async worker(w: number, node: string, signal: AbortSignal): Promise<void> {
    const { history, clients, seed, cluster } = this.ctx;
    const rng = new SeededRng((seed * 6151 + w * 193) >>> 0);
    const client = new MemberKv(node, cluster.endpoint(node), this.timeoutMs);
    const stats = newStats(this.stats, `w${w}`, node);
    let proc = w;
    try {
      while (!signal.aborted) {
        const set = this.currentSet();
        if (rng.nextFloat() < this.readShare) {
          history.record({ process: proc, type: 'invoke', f: 'read', key: set, node });
          const r = await client.readPrefix(elementPrefix(set), true);
          if (r.type === 'ok') {
            countOk(stats, history.record({ process: proc, type: 'ok', f: 'read', key: set, value: elementsOf(set, r.value.kvs), node, revision: r.value.revision }));
          } else {
            history.record({ process: proc, type: 'fail', f: 'read', key: set, node, error: r.error });
            await sleep(backoffMs(rng), signal);
          }
          continue;
        }
        const element = this.nextElement++;
        this.addsInSet++;
        history.record({ process: proc, type: 'invoke', f: 'add', key: set, value: element, node });
        const r = await client.put(`${elementPrefix(set)}${element}`, String(element));
        if (r.type === 'ok') {
          countOk(stats, history.record({ process: proc, type: 'ok', f: 'add', key: set, value: element, node, revision: r.value.revision }));
        } else {
          history.record({ process: proc, type: r.type, f: 'add', key: set, value: element, node, error: r.error });
          if (r.type === 'info') proc += clients;
          await sleep(backoffMs(rng), signal);
        }
      }
    } finally {
      client.close();
    }
  }

  /** One final read of every set, from whichever node answers, retried until it does. */
  async finish(): Promise<void> {
    const { history, cluster } = this.ctx;
    const proc = 'final';
    for (const set of [...this.sets].sort()) {
      let attempt = 0;
      await waitUntil(`a final read of set ${set}`, async () => {
        const node = cluster.names[attempt++ % cluster.names.length]!;
        const client = new MemberKv(node, cluster.endpoint(node), 5000);
        try {
          history.record({ process: proc, type: 'invoke', f: 'final-read', key: set, node });
          const r = await client.readPrefix(elementPrefix(set), true);
          if (r.type === 'ok') {
            history.record({ process: proc, type: 'ok', f: 'final-read', key: set, value: elementsOf(set, r.value.kvs), node, revision: r.value.revision });
            return true;
          }
          history.record({ process: proc, type: 'fail', f: 'final-read', key: set, node, error: r.error });
          return false;
        } finally {
          client.close();
        }
      }, 30_000);
    }
  }

  check(events: readonly HistoryEvent[]): CheckResult {
    return checkSet(events);
  }
}

function elementsOf(set: string, kvs: ReadonlyArray<{ key: string }>): number[] {
  const p = elementPrefix(set).length;
  return kvs.map((kv) => Number(kv.key.slice(p)));
}
