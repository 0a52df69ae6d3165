// Discovery: a live set of the instances of one service, kept current by a
// registry service watch (no polling), with a pick() for load balancing and
// call() for calls with per-attempt timeouts, retries on another instance and
// a circuit breaker per instance (instance-caller.ts).
//
// Exactness: the watch carries every instance of the service; the set keeps
// those that pass its filter. When the stream breaks, the set keeps what it
// holds, marked stale, and the watch is opened again from a fresh snapshot
// (resumeFromSnapshot), which replaces the set wholesale. So after any number
// of breaks the set is the service's state at the snapshot's revision plus
// every change after it, never a merge of old and new.
//
// Memory: at most `maxInstances` instances are held (the first by id). When a
// set at its limit loses one, it asks the watch for a fresh snapshot to learn
// which instance is next, rather than remembering the ones it let go.

import { EventEmitter } from 'node:events';
import { ClientClosedError, InvalidArgumentError, StatusCode, type RegdError } from './errors.js';
import { InstanceCaller, type BreakerState, type CallContext, type CallPolicyOptions } from './instance-caller.js';
import type { Instance, Registry, ServiceUpdate } from './registry.js';
import type { ServiceWatch } from './service-watch.js';

/** The most instances a discovery set holds unless `maxInstances` says otherwise. */
export const MAX_DISCOVERY_INSTANCES = 10_000;

/** How pick() chooses among the instances it may pick. */
export type PickStrategy = 'round-robin' | 'random' | 'least-outstanding';

const STRATEGIES: readonly PickStrategy[] = ['round-robin', 'random', 'least-outstanding'];

/** Which instances a discovery set holds and how it picks and calls them. */
export interface DiscoverOptions {
  /** Only instances whose status is passing. Default true. */
  passing?: boolean;
  /** Only instances with every one of these tags. */
  tags?: readonly string[];
  /** Only instances with every one of these meta pairs. */
  meta?: Readonly<Record<string, string>>;
  /**
   * How pick() chooses: 'round-robin' (default) takes the instances in id
   * order in turn, 'random' uniformly at random, 'least-outstanding' the one
   * with the fewest calls of call() in flight (ties in turn).
   */
  strategy?: PickStrategy;
  /**
   * The most instances the set holds (default MAX_DISCOVERY_INSTANCES):
   * beyond it, it holds the first ones by id and `truncated` is true.
   */
  maxInstances?: number;
  /** Timeouts, retries and circuit breakers of call() (defaults: see CallPolicyOptions). */
  call?: CallPolicyOptions;
}

/** The events of a DiscoverySet and their arguments. */
export interface DiscoverySetEvents {
  /** The set changed (an instance came, left, or changed); the argument is instances(). */
  change: [instances: readonly Instance[]];
  /** The watch stream went down (true: the set is the last one known) or the set is current again (false). */
  stale: [stale: boolean];
}

const NOTHING_EXCLUDED: ReadonlySet<string> = new Set();

/** Same records: ids, revisions and statuses agree (what a snapshot after a reconnect is compared by). */
function sameRecords(a: readonly Instance[], b: readonly Instance[]): boolean {
  return a.length === b.length && a.every((x, i) => x.id === b[i]!.id && x.modRevision === b[i]!.modRevision && x.status === b[i]!.status);
}

const byId = (a: Instance, b: Instance): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Where `id` is or would go in a list sorted by id (binary search). */
function indexOf(list: readonly Instance[], id: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The live set of the instances of one service that pass its filter, sorted
 * by id. Made by `client.registry.discover(service, options)`.
 *
 * - `ready` resolves once the first snapshot is applied (rejects if the watch
 *   ends before that, e.g. an invalid service name or a closed client).
 * - While the cluster cannot be reached, the set keeps the last instances it
 *   knew and `stale` is true; it is never emptied for that reason.
 * - `pick()` and `call()` skip instances whose circuit breaker is open.
 * - `close()` stops it; closing the client closes every set.
 */
export class DiscoverySet extends EventEmitter<DiscoverySetEvents> {
  /** Resolves once the first snapshot is applied. */
  readonly ready: Promise<void>;
  /** Resolves on close() (or when the client closes); rejects with the error that ended the set's watch. */
  readonly done: Promise<void>;
  /** The service whose instances this set holds. */
  readonly service: string;

  private current: readonly Instance[] = Object.freeze([]);
  private isStale = false;
  private isTruncated = false;
  /** While truncated: the largest id known to be among the first maxInstances; instances beyond it were let go. */
  private boundary: string | undefined;
  private lastRevision = 0;
  private selfPreserving = false;
  private turn = 0;
  private closed = false;
  private readonly passing: boolean;
  private readonly tags: readonly string[];
  private readonly meta: ReadonlyArray<readonly [string, string]>;
  private readonly strategy: PickStrategy;
  private readonly maxInstances: number;
  private readonly caller: InstanceCaller<Instance>;
  private readonly watch: ServiceWatch;
  private resolveReady!: () => void;
  private rejectReady!: (err: RegdError) => void;

  /** @internal use `client.registry.discover()` */
  constructor(registry: Registry, service: string, options: DiscoverOptions = {}) {
    super();
    const strategy = options.strategy ?? 'round-robin';
    if (!STRATEGIES.includes(strategy)) {
      throw new InvalidArgumentError(StatusCode.INVALID_ARGUMENT, `unknown pick strategy "${String(strategy)}" (want ${STRATEGIES.join(', ')})`);
    }
    const maxInstances = options.maxInstances ?? MAX_DISCOVERY_INSTANCES;
    if (!Number.isSafeInteger(maxInstances) || maxInstances < 1) {
      throw new InvalidArgumentError(StatusCode.INVALID_ARGUMENT, `maxInstances must be a positive integer, not ${String(maxInstances)}`);
    }
    this.service = service;
    this.strategy = strategy;
    this.maxInstances = maxInstances;
    this.passing = options.passing ?? true;
    this.tags = [...(options.tags ?? [])];
    this.meta = Object.entries(options.meta ?? {});
    this.caller = new InstanceCaller<Instance>((exclude) => this.choose(exclude), options.call, service);
    this.ready = new Promise<void>((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.ready.catch(() => undefined);
    this.watch = registry.watch(service, {
      resumeFromSnapshot: true,
      onUpdate: (u) => this.apply(u),
      onBroken: () => this.setStale(true),
    });
    this.done = this.watch.done.then(() => this.ended(new ClientClosedError()), (err: RegdError) => {
      this.ended(err);
      throw err;
    });
    this.done.catch(() => undefined);
  }

  /** The instances, sorted by id (a frozen array: the next change makes a new one). */
  instances(): readonly Instance[] {
    return this.current;
  }

  /**
   * The next instance by the set's strategy, skipping those whose circuit
   * breaker is open; undefined when the set is empty or every breaker is open.
   */
  pick(): Instance | undefined {
    return this.choose(NOTHING_EXCLUDED);
  }

  /**
   * Runs `fn` on a picked instance with a per-attempt timeout (`ctx.signal`
   * aborts when it runs out) and retries retryable failures on another
   * instance with jittered exponential backoff; `options` override the set's
   * `call` options for this call. See InstanceCaller for the errors.
   */
  call<T>(fn: (instance: Instance, ctx: CallContext) => Promise<T>, options?: CallPolicyOptions): Promise<T> {
    return this.caller.call(fn, options);
  }

  /** The circuit breaker state of an instance of the set ('closed' for an id it does not know). */
  breakerState(id: string): BreakerState {
    return this.caller.breakerState(id);
  }

  /** Calls of call() in flight to an instance. */
  outstanding(id: string): number {
    return this.caller.outstanding(id);
  }

  /** True while the watch stream is down: the instances are the last ones known. */
  get stale(): boolean {
    return this.isStale;
  }

  /**
   * True when the service had more matching instances than `maxInstances`:
   * the set holds the first ones by id. Set as soon as it is exceeded; cleared
   * by the next snapshot in which the service fits (the set asks for one when
   * it holds fewer than its limit; otherwise at the next reconnect).
   */
  get truncated(): boolean {
    return this.isTruncated;
  }

  /** The store revision the set reflects (0 before the first snapshot). */
  get revision(): number {
    return this.lastRevision;
  }

  /** Whether the registry's self-preservation hold was in force at the last update (statuses may be last known ones). */
  get selfPreservation(): boolean {
    return this.selfPreserving;
  }

  /** Stops the set's watch. The set keeps its last instances; no more events are emitted. */
  close(): void {
    this.closed = true;
    this.watch.close();
  }

  private matches(i: Instance): boolean {
    if (this.passing && i.status !== 'passing') return false;
    for (const t of this.tags) if (!i.tags.includes(t)) return false;
    for (const [k, v] of this.meta) if (i.meta[k] !== v) return false;
    return true;
  }

  private apply(u: ServiceUpdate): void {
    if (this.closed) return;
    const before = this.current;
    let next: Instance[];
    if (u.snapshot) {
      next = u.events.flatMap((e) => (e.type === 'put' && this.matches(e.instance) ? [e.instance] : [])).sort(byId);
      this.isTruncated = next.length > this.maxInstances;
    } else {
      // Sorted by id throughout: each event is a binary search and at most one splice.
      next = [...before];
      for (const e of u.events) {
        const id = e.type === 'put' ? e.instance.id : e.id;
        const at = indexOf(next, id);
        const present = at < next.length && next[at]!.id === id;
        if (e.type === 'put' && this.matches(e.instance)) {
          if (present) next[at] = e.instance;
          else next.splice(at, 0, e.instance);
        } else if (present) {
          next.splice(at, 1);
        }
      }
      // Truncated: which instances lie beyond the boundary is unknown, so none of them is held.
      const boundary = this.boundary;
      if (this.isTruncated && boundary !== undefined) {
        const at = indexOf(next, boundary);
        next.length = at < next.length && next[at]!.id === boundary ? at + 1 : at;
      }
      if (next.length > this.maxInstances) this.isTruncated = true;
    }
    if (next.length > this.maxInstances) next.length = this.maxInstances;
    if (this.isTruncated && next.length === this.maxInstances) this.boundary = next.at(-1)!.id;
    if (!this.isTruncated) this.boundary = undefined;
    this.lastRevision = u.revision;
    this.selfPreserving = u.selfPreservation;
    const changed = u.snapshot ? !sameRecords(before, next) : before.length !== next.length || before.some((x, i) => x !== next[i]);
    if (changed) {
      this.current = Object.freeze(next);
      const kept = new Set(next.map((i) => i.id));
      for (const i of before) if (!kept.has(i.id)) this.caller.forget(i.id);
    }
    if (u.snapshot) this.resolveReady();
    if (changed) this.emit('change', this.current);
    if (u.snapshot) this.setStale(false);
    // The set let instances go: once it holds fewer than its limit, only a snapshot tells which come next.
    if (this.isTruncated && this.current.length < this.maxInstances && !this.closed) this.watch.resync();
  }

  private setStale(stale: boolean): void {
    if (this.isStale === stale || this.closed) return;
    this.isStale = stale;
    this.emit('stale', stale);
  }

  private ended(err: RegdError): void {
    this.closed = true;
    this.rejectReady(err);
  }

  /** The pick for pick() and the caller: the strategy's choice among instances not excluded and not open. */
  private choose(exclude: ReadonlySet<string>): Instance | undefined {
    const list = this.current;
    const n = list.length;
    if (n === 0) return undefined;
    const eligible = (i: Instance) => !exclude.has(i.id) && !this.caller.isOpen(i.id);
    if (this.strategy === 'random') {
      const first = list[Math.floor(Math.random() * n)]!;
      if (eligible(first)) return first;
      const rest = list.filter(eligible);
      return rest[Math.floor(Math.random() * rest.length)];
    }
    const start = this.turn % n;
    this.turn = (this.turn + 1) % Number.MAX_SAFE_INTEGER;
    if (this.strategy === 'round-robin') {
      for (let k = 0; k < n; k++) {
        const i = list[(start + k) % n]!;
        if (eligible(i)) return i;
      }
      return undefined;
    }
    let best: Instance | undefined;
    let bestOutstanding = Infinity;
    for (let k = 0; k < n; k++) {
      const i = list[(start + k) % n]!;
      if (!eligible(i)) continue;
      const o = this.caller.outstanding(i.id);
      if (o < bestOutstanding) {
        best = i;
        bestOutstanding = o;
        if (o === 0) break; // none can have fewer: an idle set costs one step, a busy one a scan
      }
    }
    return best;
  }
}
