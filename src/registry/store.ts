// The registry's writes and reads on the replicated store (record.ts says how
// records are laid out). Every write is one etcd txn through Raft; a write that
// depends on the current record compares its mod revision (compare-and-swap)
// and retries on a concurrent change, so two writers never lose each other's
// changes. Reads are ranges: linearizable (ReadIndex) unless asked serializable.

import type { CheckStatus } from '../health/check.js';
import { truncateCheckOutput } from '../health/check.js';
import { CompareResult, CompareTarget, type KeyValue, type RangeRequest, type RangeResponse, type TxnRequest, type TxnResponse } from '../kv/index.js';
import { RegistryError, unknownCheck, unknownInstance } from './errors.js';
import type { Maintenance, ValidRegistration } from './model.js';
import {
  ALL_INSTANCES_PREFIX, SELF_PRESERVATION_KEY, checkIndex, decodeInstanceRecord, decodeSelfPreservationRecord, encodeRecord, instanceStoreKey,
  instanceView, prefixEnd, servicePrefix,
  type CheckRecord, type InstanceRecord, type InstanceView, type SelfPreservationRecord,
} from './record.js';

/** The store operations the registry needs (KvFrontend provides them). */
export interface RegistryKv {
  txn(req: TxnRequest): Promise<TxnResponse>;
  range(req: RangeRequest): Promise<RangeResponse>;
}

/** A compare-and-swap that keeps losing to concurrent writes gives up after this many tries. */
export const MAX_CAS_ATTEMPTS = 16;
/** Decoded records kept for reads (by key and mod revision), so a list decodes only what changed. */
export const MAX_CACHED_RECORDS = 200_000;

export interface InstanceFilter {
  /** Only instances whose status is passing. */
  passingOnly?: boolean;
  /** Only instances with all of these tags. */
  tags?: readonly string[];
  /** Only instances with all of these meta pairs. */
  meta?: ReadonlyArray<readonly [string, string]>;
}

export interface InstanceList {
  revision: number;
  instances: InstanceView[];
  selfPreservation: SelfPreservationRecord;
}

/** What a conditional change did: the revision of the write (or of the read, if nothing changed). */
export interface ChangeResult {
  revision: number;
  changed: boolean;
  record: InstanceRecord;
  modRevision: number;
}

/** Counts over the whole registry (Status, metrics). */
export interface RegistrySummary {
  revision: number;
  services: number;
  instances: number;
  byStatus: { passing: number; warning: number; critical: number };
  stale: number;
  selfPreservation: SelfPreservationRecord;
}

export function matchesFilter(v: InstanceView, f: InstanceFilter): boolean {
  if (f.passingOnly === true && v.health.status !== 'passing') return false;
  if (f.tags !== undefined && f.tags.length > 0 && !f.tags.every((t) => v.record.reg.tags.includes(t))) return false;
  if (f.meta !== undefined && f.meta.length > 0) {
    const meta = v.record.reg.meta;
    for (const [k, val] of f.meta) if (!meta.some(([mk, mv]) => mk === k && mv === val)) return false;
  }
  return true;
}

const dec = new TextDecoder();

export class RegistryStore {
  private readonly cache = new Map<string, { modRevision: number; view: InstanceView | undefined }>();

  constructor(private readonly kv: RegistryKv, private readonly nowMs: () => number = Date.now) {}

  // ------------------------------------------------------------------ writes

  /**
   * Registers or replaces an instance. A check that was registered before with
   * the same id and kind keeps its status and output unless the registration
   * gives the status (`explicitStatus[i]`), so a client that registers again
   * after a reconnect does not reset its health (Consul keeps it too).
   */
  async register(reg: ValidRegistration, explicitStatus: readonly boolean[]): Promise<number> {
    const key = instanceStoreKey(reg.service, reg.id);
    for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
      const cur = (await this.kv.range({ key, serializable: true })).kvs[0];
      const old = cur === undefined ? undefined : decodeInstanceRecord(cur.value);
      const now = this.nowMs();
      const checks: CheckRecord[] = reg.checks.map((c, i) => {
        const j = old === undefined || explicitStatus[i] === true ? -1 : checkIndex(old, c.checkId);
        if (j >= 0 && old!.reg.checks[j]!.kind === c.kind) return { ...old!.checks[j]! };
        return { status: c.status, output: '', statusChangedMs: now };
      });
      const record: InstanceRecord = { v: 1, reg, checks, stale: false };
      const r = await this.kv.txn({
        compare: [cur === undefined ? createIs(key, 0) : modIs(key, cur.modRevision)],
        success: [{ requestPut: { key, value: encodeRecord(record) } }],
        failure: [],
      });
      if (r.succeeded) return r.revision;
    }
    throw contended(reg.service, reg.id);
  }

  /** Removes an instance; NOT_FOUND if it is not registered. */
  async deregister(service: string, id: string): Promise<number> {
    const key = instanceStoreKey(service, id);
    const r = await this.kv.txn({
      compare: [{ key, target: CompareTarget.CREATE, result: CompareResult.GREATER, createRevision: 0 }],
      success: [{ requestDeleteRange: { key } }],
      failure: [],
    });
    if (!r.succeeded) throw unknownInstance(service, id);
    return r.revision;
  }

  /** Removes an instance only if it is unchanged since `modRevision` (a removal the leader decided on). */
  async removeIfUnchanged(service: string, id: string, modRevision: number): Promise<boolean> {
    const key = instanceStoreKey(service, id);
    const r = await this.kv.txn({ compare: [modIs(key, modRevision)], success: [{ requestDeleteRange: { key } }], failure: [] });
    return r.succeeded;
  }

  /**
   * Sets checks' statuses and outputs (and the instance's stale flag) where
   * they differ from what is stored. A `status` left out keeps the status (an
   * output flush). NOT_FOUND for an unknown instance or check.
   */
  async updateChecks(
    service: string, id: string,
    updates: ReadonlyArray<{ checkId: string; status?: CheckStatus; output: string }>,
    stale?: boolean,
  ): Promise<ChangeResult> {
    return this.modify(service, id, (rec) => {
      let checks: CheckRecord[] | undefined;
      for (const u of updates) {
        const i = checkIndex(rec, u.checkId);
        if (i < 0) throw unknownCheck(service, id, u.checkId);
        const c = (checks ?? rec.checks)[i]!;
        const status = u.status ?? c.status;
        const output = truncateCheckOutput(u.output);
        if (c.status === status && c.output === output) continue;
        checks ??= rec.checks.slice();
        checks[i] = { status, output, statusChangedMs: status === c.status ? c.statusChangedMs : this.nowMs() };
      }
      const nextStale = stale ?? rec.stale;
      if (checks === undefined && nextStale === rec.stale) return null;
      return { ...rec, checks: checks ?? rec.checks, stale: nextStale };
    });
  }

  /** Puts an instance in maintenance (critical, with the reason) or takes it out. */
  async setMaintenance(service: string, id: string, maintenance: Maintenance | null): Promise<ChangeResult> {
    return this.modify(service, id, (rec) => {
      const cur = rec.reg.maintenance;
      if ((cur === null && maintenance === null) || (cur !== null && maintenance !== null && cur.reason === maintenance.reason)) return null;
      return { ...rec, reg: { ...rec.reg, maintenance } };
    });
  }

  async writeSelfPreservation(rec: SelfPreservationRecord): Promise<number> {
    const r = await this.kv.txn({ compare: [], success: [{ requestPut: { key: SELF_PRESERVATION_KEY, value: encodeRecord(rec) } }], failure: [] });
    return r.revision;
  }

  private async modify(service: string, id: string, f: (rec: InstanceRecord) => InstanceRecord | null): Promise<ChangeResult> {
    const key = instanceStoreKey(service, id);
    for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
      const cur = await this.kv.range({ key, serializable: true });
      const kv = cur.kvs[0];
      const rec = kv === undefined ? undefined : decodeInstanceRecord(kv.value);
      if (kv === undefined || rec === undefined) throw unknownInstance(service, id);
      const next = f(rec);
      if (next === null) return { revision: cur.revision, changed: false, record: rec, modRevision: kv.modRevision };
      const r = await this.kv.txn({ compare: [modIs(key, kv.modRevision)], success: [{ requestPut: { key, value: encodeRecord(next) } }], failure: [] });
      if (r.succeeded) return { revision: r.revision, changed: true, record: next, modRevision: r.revision };
    }
    throw contended(service, id);
  }

  // ------------------------------------------------------------------ reads

  async get(service: string, id: string, serializable: boolean): Promise<{ revision: number; instance: InstanceView | undefined }> {
    const r = await this.kv.range({ key: instanceStoreKey(service, id), serializable });
    const kv = r.kvs[0];
    return { revision: r.revision, instance: kv === undefined ? undefined : this.view(kv) };
  }

  /** The instances of one service (all services when `service` is undefined), in id order, filtered. */
  async list(service: string | undefined, filter: InstanceFilter, serializable: boolean): Promise<InstanceList> {
    const prefix = service === undefined ? ALL_INSTANCES_PREFIX : servicePrefix(service);
    // One read for the instances and the self-preservation record (it sorts after them), at one revision.
    const r = await this.kv.txn({
      compare: [],
      success: [
        { requestRange: { key: prefix, rangeEnd: prefixEnd(prefix), serializable } },
        { requestRange: { key: SELF_PRESERVATION_KEY, serializable } },
      ],
      failure: [],
    });
    const [insts, sp] = r.responses as Array<{ responseRange: RangeResponse }>;
    const instances: InstanceView[] = [];
    for (const kv of insts!.responseRange.kvs) {
      const v = this.view(kv);
      if (v !== undefined && matchesFilter(v, filter)) instances.push(v);
    }
    if (service === undefined) this.pruneCache(insts!.responseRange.kvs);
    return { revision: r.revision, instances, selfPreservation: decodeSelfPreservationRecord(sp!.responseRange.kvs[0]?.value) };
  }

  async summary(serializable: boolean): Promise<RegistrySummary> {
    const all = await this.list(undefined, {}, serializable);
    const byStatus = { passing: 0, warning: 0, critical: 0 };
    const services = new Set<string>();
    let stale = 0;
    for (const v of all.instances) {
      byStatus[v.health.status]++;
      services.add(v.record.reg.service);
      if (v.record.stale) stale++;
    }
    return { revision: all.revision, services: services.size, instances: all.instances.length, byStatus, stale, selfPreservation: all.selfPreservation };
  }

  async selfPreservation(serializable: boolean): Promise<SelfPreservationRecord> {
    return decodeSelfPreservationRecord((await this.kv.range({ key: SELF_PRESERVATION_KEY, serializable })).kvs[0]?.value);
  }

  /** The view of a stored instance key-value (decoded once per mod revision). */
  view(kv: KeyValue): InstanceView | undefined {
    const k = dec.decode(kv.key);
    const hit = this.cache.get(k);
    if (hit !== undefined && hit.modRevision === kv.modRevision) return hit.view;
    const rec = decodeInstanceRecord(kv.value);
    const view = rec === undefined ? undefined : instanceView(rec, kv.createRevision, kv.modRevision);
    if (this.cache.size >= MAX_CACHED_RECORDS) this.cache.clear();
    this.cache.set(k, { modRevision: kv.modRevision, view });
    return view;
  }

  /** After a full list: forget cached records of instances that are gone. */
  private pruneCache(live: readonly KeyValue[]): void {
    if (this.cache.size <= live.length) return;
    const keep = new Set(live.map((kv) => dec.decode(kv.key)));
    for (const k of this.cache.keys()) if (!keep.has(k)) this.cache.delete(k);
  }
}

function modIs(key: Uint8Array, modRevision: number) {
  return { key, target: CompareTarget.MOD, result: CompareResult.EQUAL, modRevision };
}

function createIs(key: Uint8Array, createRevision: number) {
  return { key, target: CompareTarget.CREATE, result: CompareResult.EQUAL, createRevision };
}

function contended(service: string, id: string): RegistryError {
  return new RegistryError('UNAVAILABLE', `registry: instance "${id}" of service "${service}" is changing too fast; retry`);
}
