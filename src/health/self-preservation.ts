// Self-preservation (Eureka's idea, made measurable). When many TTL instances
// stop reporting at once, the likelier cause is the network or the registry's
// own side, not that many services died together. Then the leader holds those
// transitions to critical and those removals: the instances keep their last
// status and are flagged stale, rather than every caller losing its backends.
//
// The rule, decided by this pure class (time and counts are inputs):
//   - An instance is *missing* from its TTL expiry until it reports again, is
//     deregistered, or is removed. It went missing *within the window* while
//     now - expiry < windowTtls × its TTL.
//   - Engage (mode 'holding') at an expiry when the instances that went missing
//     within the window are at least `minInstances` and more than `thresholdRatio`
//     of the TTL instances. That expiry, and every later one and every removal
//     while holding, is held.
//   - The hold ends (a) when reports recover: the missing instances no longer
//     meet that condition; (b) after `maxHoldMs`; (c) by an operator's release.
//     Held actions that remain are then released, oldest first, at most
//     `releaseBurst + releasePerSecond × elapsed` of them (mode 'releasing'); no new
//     hold starts while releasing, and what went missing before the end does not
//     count toward engaging again. So every held action is released within
//     maxHoldMs plus the release time of the held set.
//   - An explicit deregistration always goes through: it is never asked about here,
//     only reported, and the instance is forgotten.
//   - A held instance that reports again is no longer stale; nothing is released for it.
// Bounded: at most `maxTracked` missing instances are tracked; past that, expiries
// are not held (they go through), so memory stays bounded and nothing is lost.

import { MAX_TRACKED_TTL_CHECKS } from './ttl.js';

export interface SelfPreservationSettings {
  /** Off: every transition and removal goes through. */
  enabled: boolean;
  /** Engage when more than this fraction of the TTL instances went missing within the window... */
  thresholdRatio: number;
  /** ...and at least this many. */
  minInstances: number;
  /** The window, in multiples of each instance's own TTL. */
  windowTtls: number;
  /** The longest a hold lasts. */
  maxHoldMs: number;
  /** Held actions released per second once a hold ends, after a first burst. */
  releasePerSecond: number;
  releaseBurst: number;
  /** Missing instances tracked at most. */
  maxTracked: number;
}

export const DEFAULT_SELF_PRESERVATION: Readonly<SelfPreservationSettings> = {
  enabled: true,
  thresholdRatio: 0.15,
  minInstances: 10,
  windowTtls: 1,
  maxHoldMs: 15 * 60 * 1_000,
  releasePerSecond: 20,
  releaseBurst: 20,
  maxTracked: MAX_TRACKED_TTL_CHECKS,
};

export type SelfPreservationMode = 'normal' | 'holding' | 'releasing';
export type HoldEndReason = 'recovered' | 'timeout' | 'operator';
/** What a held instance waits for: its transition to critical, or its removal. */
export type HeldAction = 'transition' | 'remove';

export interface Release {
  key: string;
  action: HeldAction;
}

export interface SelfPreservationStatus {
  mode: SelfPreservationMode;
  /** What the registry reports as `self_preservation`. */
  selfPreservation: boolean;
  engagedAtMs: number | null;
  /** Instances flagged stale (held, not yet released). */
  held: number;
  missing: number;
  lastEnd: HoldEndReason | null;
}

interface Missing {
  sinceMs: number;
  ttlMs: number;
}

export class SelfPreservation {
  private readonly settings: SelfPreservationSettings;
  private mode_: SelfPreservationMode = 'normal';
  private readonly missing = new Map<string, Missing>();
  /** Insertion order is hold order: releases go oldest first. */
  private readonly held = new Map<string, HeldAction>();
  private engagedAtMs: number | null = null;
  private releaseStartMs = 0;
  private released = 0;
  /** Instances that went missing before this do not count toward engaging. */
  private windowFloorMs = -Infinity;
  private lastEnd: HoldEndReason | null = null;

  constructor(settings: Partial<SelfPreservationSettings> = {}) {
    this.settings = { ...DEFAULT_SELF_PRESERVATION, ...settings };
  }

  get mode(): SelfPreservationMode {
    return this.mode_;
  }

  /** Held and not released: the instance keeps its last status, flagged stale. */
  isStale(key: string): boolean {
    return this.held.has(key);
  }

  status(): SelfPreservationStatus {
    return {
      mode: this.mode_,
      selfPreservation: this.mode_ === 'holding',
      engagedAtMs: this.engagedAtMs,
      held: this.held.size,
      missing: this.missing.size,
      lastEnd: this.lastEnd,
    };
  }

  /**
   * An instance missed its TTL. 'transition': turn it critical now; 'hold': keep
   * its status, flagged stale. `ttlInstances` is the number of TTL instances
   * registered now.
   */
  onExpiry(key: string, ttlMs: number, ttlInstances: number, nowMs: number): 'transition' | 'hold' {
    if (!this.settings.enabled) return 'transition';
    if (!this.missing.has(key)) {
      if (this.missing.size >= this.settings.maxTracked) return 'transition';
      this.missing.set(key, { sinceMs: nowMs, ttlMs });
    }
    if (this.mode_ === 'holding') return this.hold(key, 'transition');
    if (this.mode_ === 'releasing') return 'transition';
    if (this.meetsThreshold(this.missingWithinWindow(nowMs), ttlInstances)) {
      this.mode_ = 'holding';
      this.engagedAtMs = nowMs;
      return this.hold(key, 'transition');
    }
    return 'transition';
  }

  /** The instance's deregister_critical_after ran out. 'remove' now, or 'hold' it. */
  onRemovalDue(key: string, _nowMs: number): 'remove' | 'hold' {
    if (this.mode_ === 'holding') return this.hold(key, 'remove');
    this.forget(key);
    return 'remove';
  }

  /** The instance reported: no longer missing, nor stale. */
  onReport(key: string): void {
    this.forget(key);
  }

  /** An explicit deregistration went through: forget the instance. */
  onDeregister(key: string): void {
    this.forget(key);
  }

  /** The operator ends the hold now; held actions are released at the bounded rate. */
  operatorRelease(nowMs: number): void {
    if (this.mode_ === 'holding') this.endHold('operator', nowMs);
  }

  /**
   * Time passes (the caller's timer, and after reports): ends a hold that ran
   * `maxHoldMs` or whose reports recovered, and returns what may be released now.
   */
  tick(ttlInstances: number, nowMs: number): Release[] {
    if (this.mode_ === 'holding') {
      if (nowMs - this.engagedAtMs! >= this.settings.maxHoldMs) this.endHold('timeout', nowMs);
      else if (!this.meetsThreshold(this.missingSinceFloor(), ttlInstances)) this.endHold('recovered', nowMs);
    }
    if (this.mode_ !== 'releasing') return [];
    const elapsedMs = Math.max(0, nowMs - this.releaseStartMs);
    const allowance =
      this.settings.releaseBurst + Math.floor((elapsedMs * this.settings.releasePerSecond) / 1_000) - this.released;
    const out: Release[] = [];
    for (const [key, action] of this.held) {
      if (out.length >= allowance) break;
      out.push({ key, action });
    }
    for (const r of out) {
      this.held.delete(r.key);
      if (r.action === 'remove') this.missing.delete(r.key);
    }
    this.released += out.length;
    if (this.held.size === 0) this.mode_ = 'normal';
    return out;
  }

  private hold(key: string, action: HeldAction): 'hold' {
    // A removal supersedes a held transition (it keeps its place in the order).
    if (this.held.get(key) !== 'remove') this.held.set(key, action);
    return 'hold';
  }

  private forget(key: string): void {
    this.missing.delete(key);
    this.held.delete(key);
    if (this.mode_ === 'releasing' && this.held.size === 0) this.mode_ = 'normal';
  }

  private endHold(reason: HoldEndReason, nowMs: number): void {
    this.lastEnd = reason;
    this.engagedAtMs = null;
    this.windowFloorMs = nowMs;
    this.releaseStartMs = nowMs;
    this.released = 0;
    this.mode_ = this.held.size > 0 ? 'releasing' : 'normal';
  }

  private meetsThreshold(count: number, ttlInstances: number): boolean {
    return count >= this.settings.minInstances && count > this.settings.thresholdRatio * ttlInstances;
  }

  private missingWithinWindow(nowMs: number): number {
    // Cheap exit: the usual case is a handful of missing instances.
    if (this.missing.size < this.settings.minInstances) return this.missing.size;
    let n = 0;
    for (const m of this.missing.values()) {
      if (m.sinceMs >= this.windowFloorMs && nowMs - m.sinceMs < this.settings.windowTtls * m.ttlMs) n++;
    }
    return n;
  }

  private missingSinceFloor(): number {
    let n = 0;
    for (const m of this.missing.values()) if (m.sinceMs >= this.windowFloorMs) n++;
    return n;
  }
}
