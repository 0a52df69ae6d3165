// The leader's side of health: TTL deadlines, active checks, self-preservation,
// and the writes that record what they decide. Only the leader runs it; every
// other member forwards check reports to the leader.
//
// - At the start of each term as leader it reads every instance from its own
//   store and then follows the instance keys on the watch hub, so it always
//   knows what the registry holds. Each TTL check is tracked from that moment
//   at its full TTL (a leader change never turns a healthy instance critical),
//   and each active check is handed to the runner.
// - A report is a heartbeat: it restarts the TTL in memory and writes nothing,
//   unless the status differs from the stored one (one replicated transition),
//   the instance was flagged stale, or an output-only change is due for its
//   flush (OUTPUT_FLUSH_INTERVAL_MS).
// - A tick (TICK_MS) collects missed TTLs and due removals, asks
//   self-preservation whether each goes through or is held (held instances are
//   flagged stale instead), releases what a finished hold lets go, and removes
//   instances whose check stayed critical past deregister_critical_after.
// - Writes are compare-and-swap updates of one instance (store.ts), at most
//   MAX_WRITES_IN_FLIGHT at once; what should be written is kept per instance,
//   so a burst of reports for one instance becomes at most one write at a time.

import type { Logger } from 'pino';
import { OUTPUT_FLUSH_INTERVAL_MS } from '../health/check-state.js';
import type { ActiveChecks, ActiveCheckSpec } from '../health/active-checks.js';
import { truncateCheckOutput, type CheckStatus } from '../health/check.js';
import { SelfPreservation, type SelfPreservationSettings, type SelfPreservationStatus } from '../health/self-preservation.js';
import { TtlTable, ttlExpiredOutput } from '../health/ttl.js';
import { EventType, type Event } from '../kv/index.js';
import type { WatchHub } from '../kv/watch-hub.js';
import type { WatchStream } from '../kv/watch-stream.js';
import { RegistryError, unknownCheck, unknownInstance } from './errors.js';
import { instanceKey, type ValidActiveCheck, type ValidCheck } from './model.js';
import { ALL_INSTANCES_PREFIX, prefixEnd, type InstanceRecord } from './record.js';
import type { RegistryStore } from './store.js';

/** How often the leader looks for missed TTLs, due removals and releases. */
export const TICK_MS = 200;
/** Registry writes the leader has in flight at most. */
export const MAX_WRITES_IN_FLIGHT = 32;
/** A failed write is tried again after this long (while still leader). */
export const WRITE_RETRY_MS = 500;

/** The active-check runner (src/health/active-checks.ts), as the manager uses it. */
export type ActiveCheckRunner = Pick<ActiveChecks, 'upsert' | 'remove' | 'start' | 'stop' | 'clear'>;

export interface Role {
  leader: boolean;
  term: number;
}

export interface HealthManagerOptions {
  store: RegistryStore;
  hub: WatchHub;
  role: () => Role;
  /** Runs the active checks; its transitions come back through `activeResult`. Absent: active checks are not run. */
  activeChecks?: ActiveCheckRunner;
  selfPreservation?: Partial<SelfPreservationSettings>;
  /** Wall clock, Unix ms. */
  nowMs?: () => number;
  log: Logger;
  /** A write changed a check's status to `to`. */
  onTransition?(to: CheckStatus): void;
}

/** The spec the runner gets for an active check. */
export function activeSpec(c: ValidActiveCheck): ActiveCheckSpec {
  return {
    kind: c.kind, target: c.target, grpcService: c.grpcService, intervalMs: c.intervalMs, timeoutMs: c.timeoutMs,
    thresholds: { successBeforePassing: c.successBeforePassing, failuresBeforeWarning: c.failuresBeforeWarning, failuresBeforeCritical: c.failuresBeforeCritical },
  };
}

interface Known {
  service: string;
  id: string;
  record: InstanceRecord;
  modRevision: number;
}

/** What should be written for one instance, if it differs from the store. */
interface Desired {
  checks: Map<string, { status?: CheckStatus; output: string }>;
  stale?: boolean;
  remove?: boolean;
  /** Reports waiting for this write (a status change is answered once it is committed). */
  waiters: Array<{ resolve(): void; reject(err: Error): void }>;
}

const keyText = new TextDecoder();

const checkKey = (inst: string, checkId: string): string => `${inst}/${checkId}`;

function specKey(c: ValidCheck): string {
  return c.kind === 'ttl'
    ? `ttl ${c.ttlMs} ${c.deregisterCriticalAfterMs}`
    : `${c.kind} ${c.target} ${c.grpcService} ${c.intervalMs} ${c.timeoutMs} ${c.successBeforePassing} ${c.failuresBeforeWarning} ${c.failuresBeforeCritical} ${c.deregisterCriticalAfterMs}`;
}

export class HealthManager {
  private readonly store: RegistryStore;
  private readonly now: () => number;
  private readonly log: Logger;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  // ----- state of the current term as leader (reset by becomeLeader / stepDown)
  private term = -1;
  private ready: Promise<void> | undefined;
  private follow: WatchStream | undefined;
  private known = new Map<string, Known>();
  /** Check key -> the spec it is tracked with (TTL table or runner). */
  private tracked = new Map<string, string>();
  private ttl = new TtlTable();
  private ttlInstances = new Set<string>();
  private sp: SelfPreservation;
  /** Active checks: check key -> since when it is critical (this term), for deregister_critical_after. */
  private activeCriticalSince = new Map<string, number>();
  /** Last output flush per TTL check key. */
  private flushedAt = new Map<string, number>();
  private desired = new Map<string, Desired>();
  private writing = new Set<string>();
  private retryAt = new Map<string, number>();
  private spWritten: boolean | undefined;
  private spWriting = false;

  constructor(private readonly opts: HealthManagerOptions) {
    this.store = opts.store;
    this.now = opts.nowMs ?? Date.now;
    this.log = opts.log;
    this.sp = new SelfPreservation(opts.selfPreservation);
  }

  start(): void {
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref?.();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.stepDown();
  }

  /** Self-preservation as this member (the leader) sees it; normal on followers. */
  selfPreservationStatus(): SelfPreservationStatus {
    return this.sp.status();
  }

  isLeading(): boolean {
    const r = this.opts.role();
    return r.leader && r.term === this.term && !this.stopped;
  }

  /** The operator ends a hold now. False when none was in force (or this member is not the leader). */
  releaseSelfPreservation(): boolean {
    if (!this.isLeading() || this.sp.mode !== 'holding') return false;
    this.sp.operatorRelease(this.now());
    this.tick();
    return true;
  }

  // ------------------------------------------------------------------ reports

  /**
   * A TTL check's report (pass / warn / fail) on the leader. Throws NOT_FOUND
   * for an unknown instance or check, FAILED_PRECONDITION for a check that is
   * not a TTL check, UNAVAILABLE when this member is not the leader.
   */
  async report(service: string, id: string, checkId: string, status: CheckStatus, output: string): Promise<void> {
    this.ensureTerm();
    if (!this.isLeading()) throw new RegistryError('UNAVAILABLE', 'registry: not the leader');
    await this.ready;
    const inst = instanceKey(service, id);
    let k = this.known.get(inst);
    if (k === undefined) {
      // Registered but not seen here yet (it may be committed and not applied): read it linearizably.
      const got = await this.store.get(service, id, false);
      if (got.instance === undefined) throw unknownInstance(service, id);
      if (!this.isLeading()) throw new RegistryError('UNAVAILABLE', 'registry: not the leader');
      k = this.known.get(inst) ?? this.learn(got.instance.record, got.instance.modRevision);
    }
    const i = k.record.reg.checks.findIndex((c) => c.checkId === checkId);
    if (i < 0) throw unknownCheck(service, id, checkId);
    const check = k.record.reg.checks[i]!;
    if (check.kind !== 'ttl') {
      throw new RegistryError('FAILED_PRECONDITION', `registry: check "${checkId}" of instance "${id}" is a ${check.kind} check; only ttl checks take reports`);
    }
    const key = checkKey(inst, checkId);
    const now = this.now();
    this.ttl.report(key, status, output, now);
    this.sp.onReport(inst);
    const stored = k.record.checks[i]!;
    const out = truncateCheckOutput(output);
    const d = this.desired.get(inst);
    if (stored.status !== status || k.record.stale || this.writing.has(inst) || d?.checks.has(checkId) === true || d?.stale !== undefined) {
      await new Promise<void>((resolve, reject) => {
        this.desiredOf(inst).waiters.push({ resolve, reject });
        this.want(inst, checkId, { status, output: out }, false);
      });
    } else if (stored.output !== out && now - (this.flushedAt.get(key) ?? 0) >= OUTPUT_FLUSH_INTERVAL_MS) {
      this.flushedAt.set(key, now);
      this.want(inst, checkId, { output: out });
    }
  }

  /** An active check's result that must be recorded (a status change or an output flush). */
  activeResult(key: string, status: CheckStatus, output: string, statusChanged: boolean): void {
    if (!this.isLeading()) return;
    const slash = key.lastIndexOf('/');
    const inst = key.slice(0, slash);
    const checkId = key.slice(slash + 1);
    if (!this.known.has(inst)) return;
    if (status === 'critical') {
      if (!this.activeCriticalSince.has(key)) this.activeCriticalSince.set(key, this.now());
    } else {
      this.activeCriticalSince.delete(key);
    }
    this.want(inst, checkId, statusChanged ? { status, output } : { output });
  }

  // ------------------------------------------------------------------ leadership

  private ensureTerm(): void {
    const r = this.opts.role();
    if (r.leader && !this.stopped) {
      if (r.term !== this.term) this.becomeLeader(r.term);
    } else if (this.term !== -1) {
      this.stepDown();
    }
  }

  private becomeLeader(term: number): void {
    this.stepDown();
    this.term = term;
    this.log.info({ term }, 'registry: leading health checks');
    this.ready = this.load(term).catch((err: unknown) => {
      this.log.warn({ err: (err as Error).message }, 'registry: could not read the registry as the new leader; will try again');
      if (this.term === term) this.term = -1; // the next tick starts over
    });
  }

  private stepDown(): void {
    if (this.term !== -1) this.log.info({ term: this.term }, 'registry: no longer leading health checks');
    this.term = -1;
    this.follow?.close();
    this.follow = undefined;
    this.opts.activeChecks?.stop();
    this.opts.activeChecks?.clear();
    this.known = new Map();
    this.tracked = new Map();
    this.ttl = new TtlTable();
    this.ttlInstances = new Set();
    this.sp = new SelfPreservation(this.opts.selfPreservation);
    this.activeCriticalSince = new Map();
    this.flushedAt = new Map();
    for (const d of this.desired.values()) for (const w of d.waiters) w.reject(new RegistryError('UNAVAILABLE', 'registry: leader changed'));
    this.desired = new Map();
    this.retryAt = new Map();
    this.spWritten = undefined;
    this.ready = undefined;
  }

  private async load(term: number): Promise<void> {
    const all = await this.store.list(undefined, {}, true);
    if (this.term !== term) return;
    // The runner takes checks only while started.
    this.opts.activeChecks?.start();
    for (const v of all.instances) this.learn(v.record, v.modRevision);
    this.spWritten = all.selfPreservation.active;
    this.follow = this.opts.hub.openStream({
      readable: () => this.drainFollow(term),
      failed: (err) => {
        this.log.warn({ err: (err as Error).message }, 'registry: following the registry failed; starting over');
        if (this.term === term) this.term = -1;
      },
      closed: () => undefined,
    });
    this.follow.create({ key: ALL_INSTANCES_PREFIX, rangeEnd: prefixEnd(ALL_INSTANCES_PREFIX), startRevision: all.revision + 1 });
    this.drainFollow(term);
  }

  private drainFollow(term: number): void {
    const f = this.follow;
    if (f === undefined || this.term !== term) return;
    for (let out = f.take(); out !== undefined; out = f.take()) {
      if (out.kind === 'events') this.applyEvents(out.events);
      else if (out.kind === 'compacted' || out.kind === 'canceled' || out.kind === 'createFailed') {
        this.term = -1; // start over at the next tick
        return;
      }
    }
  }

  private applyEvents(events: readonly Event[]): void {
    for (const e of events) {
      if (e.type === EventType.DELETE) {
        // The key after the prefix is `<service>/<id>`, the instance key itself.
        this.forget(keyText.decode(e.kv.key.subarray(ALL_INSTANCES_PREFIX.length)));
        continue;
      }
      const v = this.store.view(e.kv);
      if (v !== undefined) this.learn(v.record, e.kv.modRevision);
    }
  }

  /** Takes in an instance's stored record: tracks its new or changed checks, drops removed ones. */
  private learn(record: InstanceRecord, modRevision: number): Known {
    const inst = instanceKey(record.reg.service, record.reg.id);
    const prev = this.known.get(inst);
    const k: Known = { service: record.reg.service, id: record.reg.id, record, modRevision };
    this.known.set(inst, k);
    const now = this.now();
    const ids = new Set<string>();
    let hasTtl = false;
    record.reg.checks.forEach((c, i) => {
      ids.add(c.checkId);
      const key = checkKey(inst, c.checkId);
      const state = record.checks[i]!;
      const spec = specKey(c);
      if (c.kind === 'ttl') {
        hasTtl = true;
        if (this.tracked.get(key) !== spec) {
          this.tracked.set(key, spec);
          this.ttl.track(key, { ttlMs: c.ttlMs, deregisterCriticalAfterMs: c.deregisterCriticalAfterMs }, state.status, now, state.output);
        }
      } else {
        this.tracked.set(key, spec);
        this.opts.activeChecks?.upsert(key, activeSpec(c), state);
        if (state.status === 'critical') {
          if (!this.activeCriticalSince.has(key)) this.activeCriticalSince.set(key, now);
        } else {
          this.activeCriticalSince.delete(key);
        }
      }
    });
    if (prev !== undefined) {
      for (const c of prev.record.reg.checks) if (!ids.has(c.checkId)) this.untrack(checkKey(inst, c.checkId));
    }
    if (hasTtl) this.ttlInstances.add(inst);
    else this.ttlInstances.delete(inst);
    return k;
  }

  private forget(inst: string): void {
    const k = this.known.get(inst);
    if (k === undefined) return;
    this.known.delete(inst);
    for (const c of k.record.reg.checks) this.untrack(checkKey(inst, c.checkId));
    this.ttlInstances.delete(inst);
    this.sp.onDeregister(inst);
    this.desired.delete(inst);
    this.retryAt.delete(inst);
  }

  private untrack(key: string): void {
    this.tracked.delete(key);
    this.ttl.untrack(key);
    this.opts.activeChecks?.remove(key);
    this.activeCriticalSince.delete(key);
    this.flushedAt.delete(key);
  }

  // ------------------------------------------------------------------ the tick

  private tick(): void {
    if (this.stopped) return;
    this.ensureTerm();
    if (!this.isLeading() || this.follow === undefined) return;
    const now = this.now();
    for (const e of this.ttl.expired(now)) {
      const slash = e.key.lastIndexOf('/');
      const inst = e.key.slice(0, slash);
      const k = this.known.get(inst);
      if (k === undefined) continue;
      const check = k.record.reg.checks.find((c) => c.checkId === e.key.slice(slash + 1));
      const ttlMs = check?.kind === 'ttl' ? check.ttlMs : 0;
      if (this.sp.onExpiry(inst, ttlMs, this.ttlInstances.size, now) === 'transition') {
        this.want(inst, e.key.slice(slash + 1), { status: 'critical', output: e.output }, false);
      } else {
        this.wantStale(inst);
      }
    }
    for (const key of this.ttl.deregisterDue(now)) {
      const inst = key.slice(0, key.lastIndexOf('/'));
      if (this.sp.onRemovalDue(inst, now) === 'remove') this.wantRemoved(inst);
      else this.wantStale(inst);
    }
    for (const [key, since] of this.activeCriticalSince) {
      const inst = key.slice(0, key.lastIndexOf('/'));
      const check = this.known.get(inst)?.record.reg.checks.find((c) => checkKey(inst, c.checkId) === key);
      const after = check?.deregisterCriticalAfterMs ?? null;
      if (after !== null && now - since >= after) {
        this.activeCriticalSince.delete(key);
        this.wantRemoved(inst);
      }
    }
    for (const r of this.sp.tick(this.ttlInstances.size, now)) {
      if (r.action === 'remove') {
        this.wantRemoved(r.key);
        continue;
      }
      const k = this.known.get(r.key);
      if (k === undefined) continue;
      // A released transition: every TTL check that is still expired turns critical.
      k.record.reg.checks.forEach((c, i) => {
        const key = checkKey(r.key, c.checkId);
        if (c.kind === 'ttl' && this.ttl.isExpired(key)) this.want(r.key, c.checkId, { status: 'critical', output: ttlExpiredOutput(k.record.checks[i]!.output) }, false);
      });
      this.wantStaleCleared(r.key);
    }
    this.writeSelfPreservation(now);
    this.pump();
  }

  private writeSelfPreservation(now: number): void {
    const active = this.sp.status().selfPreservation;
    if (this.spWriting || this.spWritten === active) return;
    this.spWriting = true;
    const term = this.term;
    const since = active ? (this.sp.status().engagedAtMs ?? now) : 0;
    if (active) this.log.warn({ missing: this.sp.status().missing, ttlInstances: this.ttlInstances.size }, 'registry: self-preservation engaged: holding TTL expiries and removals');
    else this.log.info({ end: this.sp.status().lastEnd }, 'registry: self-preservation ended');
    this.store.writeSelfPreservation({ v: 1, active, sinceMs: since }).then(
      () => { if (this.term === term) this.spWritten = active; },
      (err: unknown) => this.log.debug({ err: (err as Error).message }, 'registry: writing the self-preservation state failed; will retry'),
    ).finally(() => { this.spWriting = false; });
  }

  // ------------------------------------------------------------------ writes

  private desiredOf(inst: string): Desired {
    let d = this.desired.get(inst);
    if (d === undefined) {
      d = { checks: new Map(), waiters: [] };
      this.desired.set(inst, d);
    }
    return d;
  }

  private want(inst: string, checkId: string, change: { status?: CheckStatus; output: string }, stale?: boolean): void {
    const d = this.desiredOf(inst);
    const prev = d.checks.get(checkId);
    d.checks.set(checkId, { status: change.status ?? prev?.status, output: change.output });
    if (stale !== undefined) d.stale = stale;
    this.pump();
  }

  private wantStale(inst: string): void {
    this.desiredOf(inst).stale = true;
  }

  private wantStaleCleared(inst: string): void {
    this.desiredOf(inst).stale = false;
  }

  private wantRemoved(inst: string): void {
    this.desiredOf(inst).remove = true;
  }

  /** Starts writes for instances with something to write, up to MAX_WRITES_IN_FLIGHT. */
  private pump(): void {
    if (!this.isLeading()) return;
    const now = this.now();
    for (const [inst, d] of this.desired) {
      if (this.writing.size >= MAX_WRITES_IN_FLIGHT) return;
      if (this.writing.has(inst) || (this.retryAt.get(inst) ?? 0) > now) continue;
      this.desired.delete(inst);
      this.writing.add(inst);
      void this.write(inst, d).finally(() => {
        this.writing.delete(inst);
        this.pump();
      });
    }
  }

  private async write(inst: string, d: Desired): Promise<void> {
    const k = this.known.get(inst);
    if (k === undefined) {
      for (const w of d.waiters) w.reject(new RegistryError('NOT_FOUND', 'registry: the instance was removed'));
      return;
    }
    const term = this.term;
    try {
      if (d.remove === true) {
        const removed = await this.store.removeIfUnchanged(k.service, k.id, k.modRevision);
        this.log.info({ service: k.service, id: k.id, removed }, 'registry: removing an instance critical past deregister_critical_after');
        for (const w of d.waiters) w.resolve();
        return;
      }
      const updates = [...d.checks].map(([checkId, u]) => ({ checkId, ...u }));
      const before = new Map(k.record.reg.checks.map((c, i) => [c.checkId, k.record.checks[i]!.status]));
      const r = await this.store.updateChecks(k.service, k.id, updates, d.stale);
      if (r.changed && this.term === term) {
        for (const u of updates) if (u.status !== undefined && before.get(u.checkId) !== u.status) this.opts.onTransition?.(u.status);
        this.learn(r.record, r.modRevision);
      }
      for (const w of d.waiters) w.resolve();
    } catch (err) {
      if (this.term !== term || (err instanceof RegistryError && err.code === 'NOT_FOUND')) {
        // Deregistered meanwhile, or no longer the leader.
        for (const w of d.waiters) w.reject(err instanceof RegistryError ? err : new RegistryError('UNAVAILABLE', 'registry: leader changed'));
        return;
      }
      // Keep what is wanted (newer wishes win) and try again later.
      const cur = this.desired.get(inst);
      const merged: Desired = {
        checks: new Map([...d.checks, ...(cur?.checks ?? [])]), stale: cur?.stale ?? d.stale, remove: (cur?.remove ?? false) || d.remove,
        waiters: [...d.waiters, ...(cur?.waiters ?? [])],
      };
      this.desired.set(inst, merged);
      this.retryAt.set(inst, this.now() + WRITE_RETRY_MS);
      this.log.debug({ inst, err: (err as Error).message }, 'registry: a health write failed; will retry');
    }
  }
}
