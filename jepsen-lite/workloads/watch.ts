import { SeededRng } from '../rng.js';
import type { CheckResult } from '../checker/check-result.js';
import type { HistoryEvent } from '../checker/history.js';
import { checkWatch } from '../checker/watch.js';
import { MemberKv, MemberWatch, sleep, type WatchedEvent } from '../ops.js';
import { backoffMs, countOk, newStats, waitUntil, type Workload, type WorkloadContext, type WorkerStats } from './workload.js';

export interface WatchOptions {
  /** Keys under the prefix the writers spread their puts over. */
  keys?: number;
  /** Watchers (default: one per node). */
  watchers?: number;
  /** A watcher that saw nothing for this long while writes go on moves to another node, ms. */
  idleMs?: number;
  timeoutMs?: number;
}

const PREFIX = 'w/';

/** One watcher's state across its streams. */
interface Watcher {
  name: string;
  /** The revision after the last event seen: where a resumed stream starts. */
  nextRevision: number;
  lastEventAt: number;
  stream: MemberWatch | undefined;
  stats: WorkerStats;
}

/**
 * Watch workload: writers put unique values under a prefix; watchers watch the
 * prefix through the faults, each resuming from the revision after the last
 * event it saw, on the next node, whenever its stream ends or goes idle.
 * After healing, a fresh watcher on a healthy node reads the committed
 * sequence once (the reference); every watcher's events must be exactly that
 * sequence from its start: no gap, no duplicate, no reorder.
 */
export class WatchWorkload implements Workload {
  private readonly keys: number;
  private readonly watcherCount: number;
  private readonly idleMs: number;
  private readonly timeoutMs: number;
  private readonly lastValue: number[] = [];
  private readonly watchers: Watcher[] = [];
  private startRevision = 0;
  private stopped = false;
  readonly stats: WorkerStats[] = [];

  constructor(private readonly ctx: WorkloadContext, opts: WatchOptions = {}) {
    this.keys = opts.keys ?? 10;
    this.watcherCount = opts.watchers ?? ctx.cluster.names.length;
    this.idleMs = opts.idleMs ?? 2000;
    this.timeoutMs = opts.timeoutMs ?? 1000;
    for (let k = 0; k < this.keys; k++) this.lastValue.push(0);
  }

  async run(signal: AbortSignal): Promise<void> {
    const { cluster } = this.ctx;
    const names = cluster.names;
    // Watchers start at the revision after the current one, before any write.
    const first = new MemberKv(names[0]!, cluster.endpoint(names[0]!), 5000);
    try {
      await waitUntil('the first revision', async () => {
        const r = await first.readPrefix(PREFIX, true);
        if (r.type === 'ok') this.startRevision = r.value.revision + 1;
        return r.type === 'ok';
      }, 30_000);
    } finally {
      first.close();
    }
    for (let i = 0; i < this.watcherCount; i++) {
      const w: Watcher = { name: `watcher-${i}`, nextRevision: this.startRevision, lastEventAt: Date.now(), stream: undefined, stats: newStats(this.stats, `watcher-${i}`, names[i % names.length]!) };
      this.watchers.push(w);
      this.open(w, i % names.length);
    }
    const idleCheck = setInterval(() => this.restartIdle(), 250);
    try {
      await Promise.all(Array.from({ length: this.ctx.clients }, (_, c) => this.writer(c, names[c % names.length]!, signal)));
    } finally {
      clearInterval(idleCheck);
    }
  }

  /** Opens watcher `w`'s stream on node index `at`, from the revision after its last event. */
  private open(w: Watcher, at: number): void {
    const { cluster, history } = this.ctx;
    const node = cluster.names[at % cluster.names.length]!;
    w.stats.node = node;
    w.lastEventAt = Date.now();
    history.record({ process: w.name, type: 'info', f: 'watch-start', value: { startRevision: w.nextRevision }, node });
    const stream = new MemberWatch(node, cluster.endpoint(node), PREFIX, w.nextRevision, {
      onEvents: (events: WatchedEvent[]) => {
        if (w.stream !== stream) return;
        for (const e of events) {
          if (e.type !== 'PUT') continue;
          countOk(w.stats, history.record({ process: w.name, type: 'ok', f: 'event', key: e.key, value: Number(e.value), revision: e.revision, node }));
          w.nextRevision = e.revision + 1;
        }
        w.lastEventAt = Date.now();
      },
      onEnd: (reason: string) => {
        if (w.stream !== stream) return;
        history.record({ process: w.name, type: 'info', f: 'watch-end', value: { error: reason }, node });
        w.stream = undefined;
        // Resume on the next node after a short pause (the node may be down).
        setTimeout(() => { if (!this.stopped && w.stream === undefined) this.open(w, at + 1); }, 100);
      },
    });
    w.stream = stream;
  }

  /** A watcher that saw nothing for idleMs may sit on a paused or cut-off node: move it. */
  private restartIdle(): void {
    if (this.stopped) return;
    for (const [i, w] of this.watchers.entries()) {
      if (w.stream === undefined || Date.now() - w.lastEventAt < this.idleMs) continue;
      const at = this.ctx.cluster.names.indexOf(w.stream.node);
      this.ctx.history.record({ process: w.name, type: 'info', f: 'watch-end', value: { error: `idle for ${this.idleMs} ms` }, node: w.stream.node });
      w.stream.close();
      w.stream = undefined;
      this.open(w, (at < 0 ? i : at) + 1);
    }
  }

  private async writer(c: number, node: string, signal: AbortSignal): Promise<void> {
    const { history, clients, seed, cluster } = this.ctx;
    const rng = new SeededRng((seed * 4099 + c * 31) >>> 0);
    const client = new MemberKv(node, cluster.endpoint(node), this.timeoutMs);
    const stats = newStats(this.stats, `writer-${c}`, node);
    let proc = c;
    try {
      while (!signal.aborted) {
        const k = rng.nextInt(this.keys);
        const key = `${PREFIX}${k}`;
        const value = ++this.lastValue[k]!;
        history.record({ process: proc, type: 'invoke', f: 'put', key, value, node });
        const r = await client.put(key, String(value));
        if (r.type === 'ok') {
          countOk(stats, history.record({ process: proc, type: 'ok', f: 'put', key, value, node, revision: r.value.revision }));
        } else {
          history.record({ process: proc, type: r.type, f: 'put', key, value, node, error: r.error });
          if (r.type === 'info') proc += clients;
          await sleep(backoffMs(rng), signal);
        }
      }
    } finally {
      client.close();
    }
  }

  /**
   * Writers have stopped: find the last revision under the prefix, let every
   * watcher catch up to it, then read the reference sequence once.
   */
  async finish(): Promise<void> {
    const { cluster, history } = this.ctx;
    let last = 0;
    let to = 0;
    let attempt = 0;
    await waitUntil('the final revision', async () => {
      const node = cluster.names[attempt++ % cluster.names.length]!;
      const client = new MemberKv(node, cluster.endpoint(node), 5000);
      try {
        const r = await client.readPrefix(PREFIX, false);
        if (r.type !== 'ok') return false;
        last = Math.max(0, ...r.value.kvs.map((kv) => kv.modRevision));
        to = r.value.revision;
        return true;
      } finally {
        client.close();
      }
    }, 30_000);
    try {
      // A watcher that does not catch up is left behind: the checker reports it.
      await waitUntil('every watcher to catch up', async () => this.watchers.every((w) => w.nextRevision > last), 15_000);
    } catch {
      // Reported by the check as watcher-behind.
    }
    this.stopped = true;
    for (const w of this.watchers) w.stream?.close();

    history.record({ process: 'reference', type: 'info', f: 'reference-range', value: { from: this.startRevision, to } });
    const events = await this.readReference(last);
    for (const e of events) history.record({ process: 'reference', type: 'ok', f: 'event', key: e.key, value: Number(e.value), revision: e.revision });
  }

  /** Every PUT under the prefix from the start revision through `last`, from one fresh watch. */
  private async readReference(last: number): Promise<WatchedEvent[]> {
    const { cluster } = this.ctx;
    for (let attempt = 0; attempt < 10; attempt++) {
      const node = cluster.names[attempt % cluster.names.length]!;
      const got: WatchedEvent[] = [];
      const done = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => { stream.close(); resolve(false); }, 20_000);
        const stream = new MemberWatch(node, cluster.endpoint(node), PREFIX, this.startRevision, {
          onEvents: (events) => {
            got.push(...events.filter((e) => e.type === 'PUT'));
            if (got.length > 0 && got[got.length - 1]!.revision >= last) {
              clearTimeout(timer);
              stream.close();
              resolve(true);
            }
          },
          onEnd: () => { clearTimeout(timer); resolve(false); },
        });
        if (last < this.startRevision) { clearTimeout(timer); stream.close(); resolve(true); }
      });
      if (done) return got;
    }
    throw new Error('watch workload: could not read the reference sequence from any node');
  }

  check(events: readonly HistoryEvent[]): CheckResult {
    return checkWatch(events);
  }
}
