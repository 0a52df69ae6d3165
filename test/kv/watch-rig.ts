// A store and a watch hub fed the way the state machine feeds them, and test
// streams that record what they are given.
import { KvError, validateCommand, type ApplyResult, type Event, type KvCommand } from '../../src/kv/index.js';
import { WatchHub, type WatchHubOptions } from '../../src/kv/watch-hub.js';
import type { WatchCreate, WatchOutput, WatchStream } from '../../src/kv/watch-stream.js';
import { b, Harness, str } from './helpers.js';

/** A notified revision not yet handed to the hub. */
interface Held {
  revision: number;
  events: Event[];
}

export class WatchRig {
  /** Applied revisions held back from the hub (the hub lags the store, as while a batch lands). */
  private readonly held: Held[] = [];
  holdNotifications = false;

  private constructor(readonly h: Harness, readonly hub: WatchHub) {}

  static async create(opts: WatchHubOptions = {}): Promise<WatchRig> {
    const h = await Harness.create();
    return new WatchRig(h, new WatchHub(h.store, opts));
  }

  /**
   * Applies commands as one batch, then notifies the hub (unless held). A
   * command that fails validation is left out, as a proposer would refuse it.
   */
  async apply(...commands: KvCommand[]): Promise<ApplyResult[]> {
    const entries = commands.filter(isValid).map((command) => ({ index: ++this.h.index, command }));
    const results = await this.h.store.applyBatch(entries);
    for (const r of results) if (r.status === 'applied' && r.events.length > 0) this.held.push({ revision: r.revision, events: r.events });
    if (!this.holdNotifications) this.release();
    return results;
  }

  put(key: string, value: string, lease?: bigint): Promise<ApplyResult[]> {
    return this.apply({ type: 'put', request: { key: b(key), value: b(value), ...(lease ? { lease } : {}) } });
  }

  del(key: string, rangeEnd?: string): Promise<ApplyResult[]> {
    return this.apply({ type: 'deleteRange', request: rangeEnd === undefined ? { key: b(key) } : { key: b(key), rangeEnd: b(rangeEnd) } });
  }

  compact(revision: number): Promise<ApplyResult[]> {
    return this.apply({ type: 'compaction', request: { revision } });
  }

  /** Hands up to `n` held revisions to the hub, in order. */
  release(n = Infinity): void {
    while (n-- > 0 && this.held.length > 0) {
      const x = this.held.shift()!;
      this.hub.notify(x.revision, x.events);
    }
  }

  /** As if a snapshot was installed: the held revisions are never notified; the hub resyncs from the store. */
  jump(): void {
    this.held.length = 0;
    this.hub.resync();
  }

  get heldCount(): number {
    return this.held.length;
  }

  stream(mode: 'auto' | 'manual' = 'auto'): TestStream {
    return new TestStream(this.hub, mode);
  }

  async dispose(): Promise<void> {
    await this.hub.settled();
    await this.h.dispose();
  }
}

/**
 * A client stream. `auto` takes every response as soon as it is queued (a
 * fast client); `manual` only when drain() is called (a slow one).
 */
export class TestStream {
  readonly stream: WatchStream;
  readonly got: WatchOutput[] = [];
  failure: unknown = undefined;
  hubClosed = false;

  constructor(hub: WatchHub, public mode: 'auto' | 'manual') {
    this.stream = hub.openStream({
      readable: () => {
        if (this.mode === 'auto') this.drain();
      },
      failed: (err) => {
        this.failure = err;
      },
      closed: () => {
        this.hubClosed = true;
      },
    });
  }

  create(req: Omit<Partial<WatchCreate>, 'key' | 'rangeEnd'> & { key: string; end?: string }): number {
    const { key, end, ...rest } = req;
    const c: WatchCreate = { ...rest, key: b(key) };
    if (end !== undefined) c.rangeEnd = b(end);
    return this.stream.create(c);
  }

  /** Takes everything queued now. */
  drain(): number {
    let n = 0;
    for (let out = this.stream.take(); out !== undefined; out = this.stream.take()) {
      this.got.push(out);
      n++;
    }
    return n;
  }

  /** The outputs for one watch id (created, events, canceled…), in order. */
  of(id: number): WatchOutput[] {
    return this.got.filter((o) => o.kind !== 'createFailed' && o.watchId === id);
  }

  /** Every event delivered to `id`, as "PUT k=v@mod" / "DEL k@mod". */
  events(id: number): string[] {
    return this.of(id).flatMap((o) => (o.kind === 'events' ? o.events.map(summary) : []));
  }
}

export function summary(e: Event): string {
  return e.type === 0 ? `PUT ${str(e.kv.key)}=${str(e.kv.value)}@${e.kv.modRevision}` : `DEL ${str(e.kv.key)}@${e.kv.modRevision}`;
}

/** Hub and streams idle: loops through drain and settle until nothing moves. */
export async function quiesce(rig: WatchRig, streams: TestStream[]): Promise<void> {
  for (let i = 0; i < 10_000; i++) {
    await rig.hub.settled();
    let moved = 0;
    for (const s of streams) moved += s.drain();
    await rig.hub.settled();
    if (moved === 0 && streams.every((s) => s.stream.pending === 0)) {
      // A catch-up scheduled by the last take() has run by now (settled waits for it).
      await new Promise((r) => setImmediate(r));
      await rig.hub.settled();
      if (streams.every((s) => s.stream.pending === 0)) return;
    }
  }
  throw new Error('quiesce: the hub never went idle');
}

function isValid(command: KvCommand): boolean {
  try {
    validateCommand(command);
    return true;
  } catch (err) {
    if (err instanceof KvError) return false;
    throw err;
  }
}
