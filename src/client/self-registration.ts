// Self-registration: `client.registry.register(options)` registers this
// process as an instance and returns a handle that keeps it registered.
//
//   const web = await client.registry.register({ service: 'web', address: '127.0.0.1', port: 8080, ttlMs: 10_000 });
//   await web.warn('draining');   // the TTL check's status and output, at once
//   await web.deregister();       // or client.close(), or deregisterOnExit
//
// - Reporting: a handle with `ttlMs` has a TTL check TTL_CHECK_ID and reports
//   its status every `heartbeatIntervalMs` (default ttlMs / 3) over ONE
//   HeartbeatSession per client, shared by every handle. A handle has at most
//   one periodic report in flight; a report that failed (no leader during an
//   election, a timeout) goes again after REPORT_RETRY_DELAY_MS instead of a
//   whole interval; a stream silent for a whole interval while a report waits
//   is given up and opened on the next member (HeartbeatSession
//   .reconnectIfSilent). So a kill -9 of the leader costs at most about one
//   interval of reporting, well inside the TTL.
// - Re-registration (as Consul's agent anti-entropy): a report answered
//   NotFoundError means the cluster lost the registration (the TTL ran out
//   while the network was down and deregisterCriticalAfterMs removed it, an
//   operator deregistered it, a restored cluster lacks it). The handle puts it
//   again with its current status, counts it (`reregistrations`), emits
//   'reregistered' and goes on reporting. A handle without a TTL check learns
//   of the loss from a service watch shared by the client's handles of that
//   service: a delete of its id that it did not ask for, or a snapshot
//   without it.
// - Shutdown: `deregister()`, `client.close()` (bounded by
//   DEREGISTER_ON_CLOSE_TIMEOUT_MS) and `deregisterOnExit` (SIGTERM, SIGINT).

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { ClientClosedError, FailedPreconditionError, InvalidArgumentError, NotFoundError, RegdError, StatusCode } from './errors.js';
import type { CheckDefinition, HealthStatus, HeartbeatSession, Registration, Registry, ServiceUpdate, ServiceWatch } from './registry.js';

/** The checkId of the TTL check a handle with `ttlMs` registers and reports. */
export const TTL_CHECK_ID = 'ttl';

/** How long `client.close()` and deregisterOnExit wait for the handles to deregister before they go on. */
export const DEREGISTER_ON_CLOSE_TIMEOUT_MS = 2000;

/** After a report failed (other than NotFoundError), the handle reports again after this long, not a whole interval. */
export const REPORT_RETRY_DELAY_MS = 200;

/** A service watch of handles without a TTL check that ended with an error is opened again after this long. */
export const LOSS_WATCH_REOPEN_DELAY_MS = 1000;

/** The longest instance id the registry takes (src/registry/limits.ts MAX_ID_BYTES). */
const MAX_ID_BYTES = 128;

/** What `registry.register` takes. Durations are milliseconds. */
export interface RegisterOptions {
  /** The service name. */
  service: string;
  /** The instance id. Default: `<service>-<host name>-<pid>-<4 random hex digits>`. */
  id?: string;
  /** The address callers use to reach this instance. */
  address: string;
  port: number;
  tags?: readonly string[];
  meta?: Readonly<Record<string, string>>;
  /**
   * Adds a TTL check (checkId TTL_CHECK_ID) that the handle reports: the
   * instance turns critical when no report came within this time. Without it
   * the instance's health is that of its `checks` (passing without any).
   */
  ttlMs?: number;
  /** With `ttlMs`: the time between two reports, less than ttlMs. Default ttlMs / 3. */
  heartbeatIntervalMs?: number;
  /** With `ttlMs`: the registry removes the instance once its TTL check has been critical this long. Default: never. */
  deregisterCriticalAfterMs?: number;
  /** Checks the cluster runs (http, tcp, grpc) or other TTL checks the application reports itself. */
  checks?: readonly CheckDefinition[];
  /** With `ttlMs`: the TTL check's first status, and what the handle reports until pass/warn/fail. Default 'passing'. */
  initialStatus?: HealthStatus;
  /**
   * Deregister this instance when the process gets SIGTERM or SIGINT (bounded
   * by DEREGISTER_ON_CLOSE_TIMEOUT_MS). When regd's handler is the only
   * listener of that signal, the signal is then raised again with its default
   * action, so the process exits as it would have (status 128 + n); when the
   * application listens too, exiting is left to it. Default: the client's
   * `deregisterOnExit` (false).
   */
  deregisterOnExit?: boolean;
}

/** What a 'reregistered' listener gets. */
export interface ReregisteredEvent {
  /** How many times the handle has registered again so far (this one included). */
  reregistrations: number;
  /** The store revision of the new registration. */
  revision: number;
}

/**
 * A handle on a registered instance (from `registry.register`). It keeps
 * reporting until deregister() or the client's close().
 */
export interface ServiceRegistration {
  readonly service: string;
  readonly id: string;
  /** The status this handle reports on its TTL check (set by pass/warn/fail). */
  readonly status: HealthStatus;
  /** The output reported with the status. */
  readonly output: string;
  /** How many times the handle registered the instance again after the cluster lost it. */
  readonly reregistrations: number;
  /** False once deregister() was called or the client closed. */
  readonly active: boolean;
  /**
   * Sets the TTL check's status to passing (with `output`) and reports it at
   * once; resolves when the cluster took it. FailedPreconditionError for a
   * handle without `ttlMs` or one that was deregistered.
   */
  pass(output?: string): Promise<void>;
  /** As pass(), with status warning. */
  warn(output?: string): Promise<void>;
  /** As pass(), with status critical. */
  fail(output?: string): Promise<void>;
  /** Stops reporting and deregisters the instance (already gone is fine). Calling it again returns the same promise, or tries again after a failure. */
  deregister(): Promise<void>;
  /** Called after the handle registered the instance again. */
  on(event: 'reregistered', listener: (e: ReregisteredEvent) => void): this;
  /** Called when reporting or registering again failed; the handle keeps trying. Without a listener such errors are dropped. */
  on(event: 'error', listener: (err: RegdError) => void): this;
  /** Removes a listener added with on(). */
  off(event: 'reregistered' | 'error', listener: (...args: never[]) => void): this;
}

interface TtlSettings {
  ttlMs: number;
  intervalMs: number;
  deregisterCriticalAfterMs: number | undefined;
}

function invalid(message: string): InvalidArgumentError {
  return new InvalidArgumentError(StatusCode.INVALID_ARGUMENT, `register: ${message}`);
}

function positiveInteger(name: string, v: number | undefined): void {
  if (v !== undefined && (!Number.isInteger(v) || v <= 0)) throw invalid(`${name} must be a positive whole number of milliseconds, not ${String(v)}`);
}

/** The default instance id: `<service>-<host>-<pid>-<4 hex>`, within the registry's id alphabet and length. */
function defaultId(service: string): string {
  const suffix = `-${process.pid}-${randomBytes(2).toString('hex')}`;
  const head = `${service}-${hostname()}`.replace(/[^A-Za-z0-9._-]/g, '-');
  return head.slice(0, MAX_ID_BYTES - suffix.length) + suffix;
}

function ttlSettings(o: RegisterOptions): TtlSettings | undefined {
  positiveInteger('ttlMs', o.ttlMs);
  positiveInteger('heartbeatIntervalMs', o.heartbeatIntervalMs);
  positiveInteger('deregisterCriticalAfterMs', o.deregisterCriticalAfterMs);
  if (o.ttlMs === undefined) {
    for (const k of ['heartbeatIntervalMs', 'deregisterCriticalAfterMs', 'initialStatus'] as const) {
      if (o[k] !== undefined) throw invalid(`${k} applies only with ttlMs`);
    }
    return undefined;
  }
  const intervalMs = o.heartbeatIntervalMs ?? Math.max(1, Math.floor(o.ttlMs / 3));
  if (intervalMs >= o.ttlMs) throw invalid(`heartbeatIntervalMs (${intervalMs}) must be less than ttlMs (${o.ttlMs})`);
  if (o.checks?.some((c) => c.checkId === TTL_CHECK_ID) === true) throw invalid(`checks: "${TTL_CHECK_ID}" is the TTL check ttlMs adds; give the other check another checkId`);
  return { ttlMs: o.ttlMs, intervalMs, deregisterCriticalAfterMs: o.deregisterCriticalAfterMs };
}

type Listener = (...args: never[]) => void;

/** One registered instance (the ServiceRegistration a caller holds). */
class Handle implements ServiceRegistration {
  readonly service: string;
  readonly id: string;
  reregistrations = 0;
  /** The revision of the last registration this handle put. */
  putRevision = 0;
  private currentStatus: HealthStatus;
  private currentOutput = '';
  private closed = false;
  /** The cluster lost the registration and it has not been put again yet. */
  private lost = false;
  private putting: Promise<void> | undefined;
  private lastPutError: RegdError | undefined;
  private deregistering: Promise<void> | undefined;
  private reporting = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners = { reregistered: new Set<Listener>(), error: new Set<Listener>() };

  constructor(
    private readonly owner: SelfRegistrations,
    private readonly base: Registration,
    readonly ttl: TtlSettings | undefined,
    readonly deregisterOnExit: boolean,
    initialStatus: HealthStatus,
  ) {
    this.service = base.service;
    this.id = base.id;
    this.currentStatus = initialStatus;
  }

  get status(): HealthStatus {
    return this.currentStatus;
  }

  get output(): string {
    return this.currentOutput;
  }

  get active(): boolean {
    return !this.closed;
  }

  /** The registration as it is put now: the TTL check starts in the handle's current status. */
  registration(): Registration {
    if (this.ttl === undefined) return this.base;
    const ttlCheck: CheckDefinition = { checkId: TTL_CHECK_ID, kind: 'ttl', ttlMs: this.ttl.ttlMs, initialStatus: this.currentStatus };
    if (this.ttl.deregisterCriticalAfterMs !== undefined) ttlCheck.deregisterCriticalAfterMs = this.ttl.deregisterCriticalAfterMs;
    return { ...this.base, checks: [...(this.base.checks ?? []), ttlCheck] };
  }

  /** Starts the periodic reports (TTL handles). */
  start(): void {
    if (this.ttl !== undefined) this.schedule(this.ttl.intervalMs);
  }

  pass(output = ''): Promise<void> {
    return this.set('passing', output);
  }

  warn(output = ''): Promise<void> {
    return this.set('warning', output);
  }

  fail(output = ''): Promise<void> {
    return this.set('critical', output);
  }

  on(event: 'reregistered', listener: (e: ReregisteredEvent) => void): this;
  on(event: 'error', listener: (err: RegdError) => void): this;
  on(event: 'reregistered' | 'error', listener: Listener): this {
    this.listeners[event].add(listener);
    return this;
  }

  off(event: 'reregistered' | 'error', listener: Listener): this {
    this.listeners[event].delete(listener);
    return this;
  }

  deregister(): Promise<void> {
    this.stop();
    if (this.deregistering !== undefined) return this.deregistering;
    const d = (async () => {
      await this.putting; // a registration being put again must not land after the deregistration
      try {
        await this.owner.registry.deregister(this.service, this.id);
      } catch (err) {
        if (!(err instanceof NotFoundError)) throw err;
      }
    })();
    this.deregistering = d;
    d.then(() => this.owner.forget(this), () => {
      if (this.deregistering === d) this.deregistering = undefined; // the next call tries again
    });
    return d;
  }

  /** Stops reporting (no deregistration). */
  stop(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * The cluster lost the registration: put it again with the current status.
   * One put at a time; never rejects (a failure is emitted, and the next tick
   * tries again).
   */
  reregister(): Promise<void> {
    if (this.putting !== undefined) return this.putting;
    if (this.closed) return Promise.resolve();
    this.lost = true;
    const p = this.owner.registry.put(this.registration()).then(
      (h) => {
        this.lost = false;
        this.lastPutError = undefined;
        this.putRevision = Math.max(this.putRevision, h.revision);
        if (this.closed) return;
        this.reregistrations++;
        this.emit('reregistered', { reregistrations: this.reregistrations, revision: h.revision });
      },
      (err: unknown) => {
        this.lastPutError = err instanceof RegdError ? err : new RegdError(StatusCode.UNKNOWN, String(err));
        if (!this.closed && !(err instanceof ClientClosedError)) this.emit('error', this.lastPutError);
      },
    ).finally(() => {
      this.putting = undefined;
    });
    this.putting = p;
    return p;
  }

  private async set(status: HealthStatus, output: string): Promise<void> {
    if (this.ttl === undefined) throw new FailedPreconditionError(StatusCode.FAILED_PRECONDITION, `${this.service}/${this.id} was registered without ttlMs: it has no TTL check to report`);
    if (this.closed) throw new FailedPreconditionError(StatusCode.FAILED_PRECONDITION, `${this.service}/${this.id} was deregistered`);
    this.currentStatus = status;
    this.currentOutput = output;
    if (!this.lost) {
      try {
        await this.send();
        return;
      } catch (err) {
        if (!(err instanceof NotFoundError) || this.closed) throw err;
      }
    }
    await this.reregister();
    if (this.lost) throw this.lastPutError ?? new RegdError(StatusCode.UNAVAILABLE, `${this.service}/${this.id}: registering again failed`);
    await this.send(); // a put already under way may have carried the previous status
  }

  private send(): Promise<void> {
    return this.owner.session().report(this.service, this.id, TTL_CHECK_ID, this.currentStatus, this.currentOutput);
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), delayMs);
    this.timer.unref();
  }

  private tick(): void {
    const ttl = this.ttl;
    if (this.closed || ttl === undefined) return;
    this.schedule(ttl.intervalMs);
    if (this.lost) {
      void this.reregister();
      return;
    }
    if (this.reporting) {
      // The last report is still unanswered after a whole interval: its stream may be stuck.
      this.owner.session().reconnectIfSilent(ttl.intervalMs);
      return;
    }
    this.reporting = true;
    this.send().then(
      () => {
        this.reporting = false;
      },
      (err: unknown) => {
        this.reporting = false;
        if (this.closed || err instanceof ClientClosedError) return;
        if (err instanceof NotFoundError) {
          void this.reregister();
          return;
        }
        this.emit('error', err instanceof RegdError ? err : new RegdError(StatusCode.UNKNOWN, String(err)));
        this.schedule(Math.min(REPORT_RETRY_DELAY_MS, ttl.intervalMs));
      },
    );
  }

  private emit(event: 'reregistered', e: ReregisteredEvent): void;
  private emit(event: 'error', err: RegdError): void;
  private emit(event: 'reregistered' | 'error', arg: ReregisteredEvent | RegdError): void {
    for (const l of [...this.listeners[event]]) (l as (a: typeof arg) => void)(arg);
  }
}

// ------------------------------------------------------------ exit signals

const EXIT_SIGNALS = ['SIGTERM', 'SIGINT'] as const;
/** What runs on SIGTERM / SIGINT: one hook per client with deregisterOnExit handles. */
const exitHooks = new Set<() => Promise<void>>();

function onExitSignal(signal: NodeJS.Signals): void {
  const alone = process.listenerCount(signal) === 1;
  for (const s of EXIT_SIGNALS) process.removeListener(s, onExitSignal);
  const hooks = [...exitHooks];
  exitHooks.clear();
  void Promise.allSettled(hooks.map((h) => h())).then(() => {
    // Only regd listened: exit as the signal's default action would have.
    if (alone) process.kill(process.pid, signal);
  });
}

function addExitHook(hook: () => Promise<void>): void {
  if (exitHooks.has(hook)) return;
  if (exitHooks.size === 0) for (const s of EXIT_SIGNALS) process.on(s, onExitSignal);
  exitHooks.add(hook);
}

function removeExitHook(hook: () => Promise<void>): void {
  if (!exitHooks.delete(hook)) return;
  if (exitHooks.size === 0) for (const s of EXIT_SIGNALS) process.removeListener(s, onExitSignal);
}

// ------------------------------------------------------------ one per client

/** A live watch of one service for the handles without a TTL check. */
interface LossWatch {
  watch: ServiceWatch | undefined;
  reopenTimer: NodeJS.Timeout | undefined;
}

/**
 * The handles of one client: the shared HeartbeatSession, the service
 * watches of handles without a TTL check, and the exit-signal hook.
 * @internal reached through `client.registry`
 */
export class SelfRegistrations {
  private readonly live = new Set<Handle>();
  private shared: HeartbeatSession | undefined;
  private readonly lossWatches = new Map<string, LossWatch>();
  private closed = false;
  private readonly exitHook = () => this.deregisterAll(DEREGISTER_ON_CLOSE_TIMEOUT_MS, (h) => h.deregisterOnExit);

  constructor(readonly registry: Registry, private readonly deregisterOnExitDefault: boolean) {}

  /** Handles not yet deregistered. */
  get size(): number {
    return this.live.size;
  }

  async register(o: RegisterOptions): Promise<ServiceRegistration> {
    if (this.closed) throw new ClientClosedError();
    if (typeof o.service !== 'string' || o.service === '') throw invalid('service is required');
    const ttl = ttlSettings(o);
    const base: Registration = { service: o.service, id: o.id ?? defaultId(o.service), address: o.address, port: o.port };
    if (o.tags !== undefined) base.tags = [...o.tags];
    if (o.meta !== undefined) base.meta = { ...o.meta };
    if (o.checks !== undefined) base.checks = [...o.checks];
    const h = new Handle(this, base, ttl, o.deregisterOnExit ?? this.deregisterOnExitDefault, o.initialStatus ?? 'passing');
    h.putRevision = (await this.registry.put(h.registration())).revision;
    if (this.closed) {
      h.stop();
      throw new ClientClosedError();
    }
    this.live.add(h);
    h.start();
    if (ttl === undefined) this.watchForLoss(h.service);
    if (h.deregisterOnExit) addExitHook(this.exitHook);
    return h;
  }

  /** The client's one heartbeat session, opened on first use. */
  session(): HeartbeatSession {
    this.shared ??= this.registry.heartbeats();
    return this.shared;
  }

  /** A handle was deregistered: drop it, and what only it needed. */
  forget(h: Handle): void {
    if (!this.live.delete(h)) return;
    const handles = [...this.live];
    if (h.ttl === undefined && !handles.some((x) => x.ttl === undefined && x.service === h.service)) this.closeLossWatch(h.service);
    if (!handles.some((x) => x.deregisterOnExit)) removeExitHook(this.exitHook);
  }

  /** Deregisters the live handles (those `which` selects), waiting at most `timeoutMs`. Never rejects. */
  async deregisterAll(timeoutMs: number, which: (h: Handle) => boolean = () => true): Promise<void> {
    const hs = [...this.live].filter(which);
    if (hs.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(hs.map((h) => h.deregister())),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
  }

  /** Stops every handle without deregistering (the client is closing). */
  close(): void {
    this.closed = true;
    for (const h of this.live) h.stop();
    this.live.clear();
    removeExitHook(this.exitHook);
    for (const s of [...this.lossWatches.keys()]) this.closeLossWatch(s);
    this.shared = undefined; // Registry.close() ends the session itself
  }

  // A handle without a TTL check has nothing to report, so no NotFoundError
  // tells it of a loss: a watch of its service does.

  private watchForLoss(service: string): void {
    if (this.lossWatches.has(service)) return;
    const lw: LossWatch = { watch: undefined, reopenTimer: undefined };
    this.lossWatches.set(service, lw);
    this.openLossWatch(service, lw);
  }

  private openLossWatch(service: string, lw: LossWatch): void {
    lw.reopenTimer = undefined;
    if (this.closed || this.lossWatches.get(service) !== lw) return;
    let w: ServiceWatch;
    try {
      w = this.registry.watch(service, { onUpdate: (u) => this.checkLoss(service, u) });
    } catch {
      return; // the client is closed
    }
    lw.watch = w;
    // The watch resumes by itself after transient errors; it ends only on close or a lasting error (e.g. compaction).
    w.done.catch(() => {
      if (lw.watch !== w || this.closed || this.lossWatches.get(service) !== lw) return;
      lw.watch = undefined;
      lw.reopenTimer = setTimeout(() => this.openLossWatch(service, lw), LOSS_WATCH_REOPEN_DELAY_MS);
      lw.reopenTimer.unref();
    });
  }

  private closeLossWatch(service: string): void {
    const lw = this.lossWatches.get(service);
    if (lw === undefined) return;
    this.lossWatches.delete(service);
    clearTimeout(lw.reopenTimer);
    lw.watch?.close();
  }

  /** Registers again every handle of `service` without a TTL check that `u` shows gone and that did not ask for it. */
  private checkLoss(service: string, u: ServiceUpdate): void {
    const handles = [...this.live].filter((h) => h.ttl === undefined && h.service === service && h.active);
    if (handles.length === 0) return;
    const present = new Map<string, boolean>();
    for (const e of u.events) present.set(e.type === 'put' ? e.instance.id : e.id, e.type === 'put');
    for (const h of handles) {
      // An update older than the handle's last registration says nothing about it.
      if (u.revision < h.putRevision) continue;
      const last = present.get(h.id);
      if (last === false || (u.snapshot && last === undefined)) void h.reregister();
    }
  }
}
