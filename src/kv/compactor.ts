// Physical removal of compacted history, in the background. The compaction
// itself (new compacted revision, pruned key index) is applied and persisted
// with its Raft entry; deleting the dropped records can take a while for a
// large history, so it runs here in bounded batches without holding up the
// apply loop. Nothing reads the dropped records any more, so deleting them
// late is invisible to readers; history scans filter them out until then.
//
// Crash safety: `m/compactDone` is written with the last batch of a job. On
// open, if it is behind `m/compact`, the store rebuilds the index, compacts it
// again (which names exactly the records still present) and resumes here.

import { revKey } from './codec.js';
import type { RemovedRevisions } from './key-index.js';

export type StoreOp = { type: 'put'; key: Uint8Array; value: Uint8Array } | { type: 'del'; key: Uint8Array };

export interface CompactorDeps {
  write(ops: StoreOp[]): Promise<void>;
  /** The op that records "physically compacted through `rev`". */
  doneOp(rev: number): StoreOp;
  onError(err: unknown): void;
}

interface Job {
  rev: number;
  removed: RemovedRevisions;
}

export class Compactor {
  private readonly deps: CompactorDeps;
  private readonly chunk: number;
  private readonly jobs: Job[] = [];
  private running: Promise<void> | null = null;
  private stopped = false;
  private done: number;
  private waiters: Array<{ rev: number; resolve: () => void; reject: (e: unknown) => void }> = [];
  private error: unknown = null;

  constructor(deps: CompactorDeps, doneRev: number, chunk: number) {
    this.deps = deps;
    this.done = doneRev;
    this.chunk = Math.max(1, chunk);
  }

  /** The revision through which dropped history is gone from disk. */
  get doneRevision(): number {
    return this.done;
  }

  enqueue(rev: number, removed: RemovedRevisions): void {
    if (this.stopped) return;
    this.jobs.push({ rev, removed });
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
  }

  /** Resolves once history dropped by the compaction at `rev` is gone from disk. */
  whenDone(rev: number): Promise<void> {
    if (this.error !== null) return Promise.reject(this.error);
    if (rev <= this.done) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ rev, resolve, reject }));
  }

  /** Stop after the batch in flight; remaining work resumes on the next open. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.jobs.length = 0;
    await this.running;
    const err = new Error('kv store: closed before the compaction finished');
    for (const w of this.waiters) w.reject(err);
    this.waiters = [];
  }

  private async run(): Promise<void> {
    try {
      for (let job = this.jobs.shift(); job !== undefined && !this.stopped; job = this.jobs.shift()) {
        const { mains, subs } = job.removed;
        let i = 0;
        do {
          const end = Math.min(mains.length, i + this.chunk);
          const ops: StoreOp[] = [];
          for (; i < end; i++) ops.push({ type: 'del', key: revKey(mains[i] ?? 0, subs[i] ?? 0) });
          if (i >= mains.length) ops.push(this.deps.doneOp(job.rev));
          await this.deps.write(ops);
        } while (i < mains.length && !this.stopped);
        if (i >= mains.length) this.markDone(job.rev);
      }
    } catch (err) {
      this.error = err;
      for (const w of this.waiters) w.reject(err);
      this.waiters = [];
      this.deps.onError(err);
    }
  }

  private markDone(rev: number): void {
    this.done = Math.max(this.done, rev);
    const ready = this.waiters.filter((w) => w.rev <= this.done);
    this.waiters = this.waiters.filter((w) => w.rev > this.done);
    for (const w of ready) w.resolve();
  }
}
