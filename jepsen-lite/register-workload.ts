import { SeededRng } from '../src/raft/rng.js';
import { RegisterClient, type RegisterOutcome } from './client.js';
import type { JepsenCluster } from './cluster.js';
import type { HistoryRecorder } from './recorder.js';

export interface RegisterWorkloadOptions {
  clients: number;
  seed: number;
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

/** What each worker did, for the availability check after healing. */
export interface WorkerStats {
  worker: number;
  node: string;
  ok: number;
  /** Time (history ns) of this worker's last ok completion. */
  lastOkTime: number;
}

/**
 * Register workload: `clients` workers, each bound to one node, doing
 * read / write / cas / delete on its group's current key. Values are unique
 * per key; after an `info` a worker continues under a new process number.
 */
export class RegisterWorkload {
  private readonly groups: KeyGroup[] = [];
  private readonly clientsPerKey: number;
  private readonly opsPerKey: number;
  private readonly timeoutMs: number;
  readonly stats: WorkerStats[] = [];

  constructor(private readonly cluster: JepsenCluster, private readonly history: HistoryRecorder, private readonly opts: RegisterWorkloadOptions) {
    this.clientsPerKey = Math.min(10, Math.max(1, opts.clientsPerKey ?? 5));
    this.opsPerKey = opts.opsPerKey ?? 300;
    this.timeoutMs = opts.timeoutMs ?? 1000;
    const n = Math.ceil(opts.clients / this.clientsPerKey);
    for (let i = 0; i < n; i++) this.groups.push({ index: i, generation: 0, opsOnKey: 0, lastValue: 0 });
  }

  private keyOf(g: KeyGroup): string {
    return `r${g.index}-${g.generation}`;
  }

  /** Runs every worker until `signal` aborts (each finishes its outstanding operation). */
  async run(signal: AbortSignal): Promise<void> {
    const names = this.cluster.names;
    await Promise.all(Array.from({ length: this.opts.clients }, (_, w) => this.worker(w, names[w % names.length]!, signal)));
  }

  private perform(client: RegisterClient, f: 'read' | 'write' | 'cas' | 'delete', key: string, value: number | [number, number] | undefined): Promise<RegisterOutcome> {
    switch (f) {
      case 'read': return client.read(key);
      case 'write': return client.write(key, value as number);
      case 'cas': { const [a, b] = value as [number, number]; return client.cas(key, a, b); }
      case 'delete': return client.delete(key);
    }
  }

  private async worker(w: number, node: string, signal: AbortSignal): Promise<void> {
    const rng = new SeededRng((this.opts.seed * 7919 + w * 104729) >>> 0);
    const group = this.groups[Math.floor(w / this.clientsPerKey)]!;
    const client = new RegisterClient(node, this.cluster.endpoint(node), this.timeoutMs);
    const stats: WorkerStats = { worker: w, node, ok: 0, lastOkTime: -1 };
    this.stats.push(stats);
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
        let f: 'read' | 'write' | 'cas' | 'delete';
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
        this.history.record(value === undefined ? { process: proc, type: 'invoke', f, key, node } : { process: proc, type: 'invoke', f, key, value, node });
        const r = await this.perform(client, f, key, value);
        if (r.type === 'ok') {
          const e = this.history.record({ process: proc, type: 'ok', f, key, value: f === 'read' ? r.value : value, node, revision: r.revision });
          stats.ok++;
          stats.lastOkTime = e.time;
        } else {
          this.history.record({ process: proc, type: r.type, f, key, value: f === 'read' ? undefined : value, node, error: r.error });
          if (r.type === 'info') proc += this.opts.clients;
          // Not a compare mismatch: the node is down or has no leader; do not spin on it.
          if (r.error !== 'mismatch') await new Promise((res) => setTimeout(res, 50 + rng.nextInt(100)));
        }
      }
    } finally {
      client.close();
    }
  }
}
