// How the registry is stored: one MVCC key per instance, in the reserved part
// of the keyspace (keys that start with 0xff 0xff, which the etcd API never
// shows or lets a client write), so a registry change is an ordinary store
// write: it has a revision, goes in the same LevelDB batch as the applied
// index, is in every snapshot, and reaches service watches through the watch hub.
//
//   \xff\xff registry/i/<service>/<id>   an instance: its registration and its checks' states
//   \xff\xff registry/sp                 the self-preservation state the leader last wrote
//
// '/' never occurs in a service name or an instance id (validate.ts), so a
// service's instances are exactly the keys under `registry/i/<service>/`.
//
// The value is JSON (a record is written on registration and on status
// transitions only, never per heartbeat). Decoding never throws: a value that
// is not a record of this version reads as absent.

import type { CheckStatus } from '../health/check.js';
import { CHECK_STATUSES } from '../health/check.js';
import { instanceHealth, type InstanceHealth } from '../health/status.js';
import { RESERVED_KEY_PREFIX } from '../kv/reserved.js';
import type { ValidCheck, ValidRegistration } from './model.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** The reserved part of the keyspace: every key starting with these bytes. */
export const RESERVED_PREFIX = RESERVED_KEY_PREFIX;

function reserved(suffix: string): Uint8Array {
  const s = enc.encode(suffix);
  const out = new Uint8Array(RESERVED_PREFIX.length + s.length);
  out.set(RESERVED_PREFIX, 0);
  out.set(s, RESERVED_PREFIX.length);
  return out;
}

const INSTANCES = 'registry/i/';
/** Every instance of every service. */
export const ALL_INSTANCES_PREFIX = reserved(INSTANCES);
/** The self-preservation record. */
export const SELF_PRESERVATION_KEY = reserved('registry/sp');

export function instanceStoreKey(service: string, id: string): Uint8Array {
  return reserved(`${INSTANCES}${service}/${id}`);
}

/** The prefix of every instance of `service`. */
export function servicePrefix(service: string): Uint8Array {
  return reserved(`${INSTANCES}${service}/`);
}

/** The end of the range of every key starting with `prefix`. */
export function prefixEnd(prefix: Uint8Array): Uint8Array {
  for (let i = prefix.length - 1; i >= 0; i--) {
    if (prefix[i]! < 0xff) {
      const end = prefix.slice(0, i + 1);
      end[i]! += 1;
      return end;
    }
  }
  return new Uint8Array([0]);
}

/** A check's replicated state. */
export interface CheckRecord {
  status: CheckStatus;
  output: string;
  /** When the status last changed (the leader's wall clock, Unix ms). */
  statusChangedMs: number;
}

/** What one instance key holds. `checks[i]` is the state of `reg.checks[i]`. */
export interface InstanceRecord {
  v: 1;
  reg: ValidRegistration;
  checks: CheckRecord[];
  /** Self-preservation holds this instance's transition or removal: its status is its last known one. */
  stale: boolean;
}

export interface SelfPreservationRecord {
  v: 1;
  active: boolean;
  /** When the hold began (Unix ms), 0 when none. */
  sinceMs: number;
}

export function encodeRecord(r: InstanceRecord | SelfPreservationRecord): Uint8Array {
  return enc.encode(JSON.stringify(r));
}

function parse(value: Uint8Array): unknown {
  try {
    return JSON.parse(dec.decode(value)) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The instance a value holds, or undefined if it holds none of this version. */
export function decodeInstanceRecord(value: Uint8Array): InstanceRecord | undefined {
  const v = parse(value);
  if (!isObject(v) || v['v'] !== 1 || !isObject(v['reg']) || !Array.isArray(v['checks'])) return undefined;
  const reg = v['reg'] as unknown as ValidRegistration;
  const checks = v['checks'] as unknown[];
  if (typeof reg.service !== 'string' || typeof reg.id !== 'string' || !Array.isArray(reg.checks) || reg.checks.length !== checks.length) return undefined;
  for (const c of checks) {
    if (!isObject(c) || !CHECK_STATUSES.includes(c['status'] as CheckStatus) || typeof c['output'] !== 'string' || typeof c['statusChangedMs'] !== 'number') return undefined;
  }
  return { v: 1, reg, checks: checks as CheckRecord[], stale: v['stale'] === true };
}

export function decodeSelfPreservationRecord(value: Uint8Array | undefined): SelfPreservationRecord {
  const v = value === undefined ? undefined : parse(value);
  if (!isObject(v) || v['v'] !== 1) return { v: 1, active: false, sinceMs: 0 };
  return { v: 1, active: v['active'] === true, sinceMs: typeof v['sinceMs'] === 'number' ? v['sinceMs'] : 0 };
}

/** An instance as reads return it. */
export interface InstanceView {
  record: InstanceRecord;
  health: InstanceHealth;
  createRevision: number;
  modRevision: number;
}

export function instanceView(record: InstanceRecord, createRevision: number, modRevision: number): InstanceView {
  const summaries = record.reg.checks.map((c, i) => ({ checkId: c.checkId, status: record.checks[i]!.status, output: record.checks[i]!.output }));
  return { record, health: instanceHealth(summaries, record.reg.maintenance), createRevision, modRevision };
}

/** The index of check `checkId` in the record, or -1. */
export function checkIndex(record: InstanceRecord, checkId: string): number {
  return record.reg.checks.findIndex((c: ValidCheck) => c.checkId === checkId);
}
