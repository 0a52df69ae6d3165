// regd.v1 protobuf <-> the registry's own types. Zero values in a request mean
// "the default" (proto3 has no presence), except failures_before_warning,
// which is `optional` because its default is another field's value.

import type { regd } from '../generated/proto.js';
import type { CheckStatus } from '../health/check.js';
import type { CheckDefinition, CheckKind, ServiceRegistration, ValidCheck } from '../registry/model.js';
import type { InstanceView } from '../registry/record.js';
import { RegistryError } from '../registry/errors.js';
import { toUint64, type LongField } from '../proto/long.js';
import type { HeaderBase } from './kv-convert.js';

type HealthStatusPb = regd.v1.HealthStatus;
type CheckKindPb = regd.v1.CheckKind;

// The enum values of proto/regd/registry.proto.
const STATUS_TO_PB: Readonly<Record<CheckStatus, HealthStatusPb>> = { passing: 1, warning: 2, critical: 3 };
const STATUS_FROM_PB: ReadonlyArray<CheckStatus | undefined> = [undefined, 'passing', 'warning', 'critical'];
const KIND_TO_PB: Readonly<Record<CheckKind, CheckKindPb>> = { ttl: 1, http: 2, tcp: 3, grpc: 4 };
const KIND_FROM_PB: ReadonlyArray<CheckKind | undefined> = [undefined, 'ttl', 'http', 'tcp', 'grpc'];

export function statusToPb(s: CheckStatus): HealthStatusPb {
  return STATUS_TO_PB[s];
}

/** A request's status: undefined for UNSPECIFIED (the default); INVALID_ARGUMENT for an unknown value. */
export function statusFromPb(v: number | null | undefined, field: string): CheckStatus | undefined {
  if (v === null || v === undefined || v === 0) return undefined;
  const s = STATUS_FROM_PB[v];
  if (s === undefined) throw new RegistryError('INVALID_ARGUMENT', `${field}: unknown status ${v}`);
  return s;
}

/** A report's status: one of passing, warning, critical. */
export function reportStatusFromPb(v: number | null | undefined, field: string): CheckStatus {
  const s = statusFromPb(v, field);
  if (s === undefined) throw new RegistryError('INVALID_ARGUMENT', `${field}: must be PASSING, WARNING or CRITICAL`);
  return s;
}

/** A uint64 as a number; one past the safe range becomes NaN, which validation refuses as "not an integer". */
function u64(v: LongField): number | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return v === 0 ? undefined : v;
  const n = v.high >>> 0 > 0x1fffff ? Number.NaN : (v.high >>> 0) * 2 ** 32 + (v.low >>> 0);
  return n === 0 ? undefined : n;
}

function checkFromPb(c: regd.v1.ICheckDefinition): CheckDefinition {
  const kind = KIND_FROM_PB[c.kind ?? 0];
  const def: CheckDefinition = {
    checkId: c.checkId ?? '',
    // An unknown kind goes to validation as text, so the answer names the field.
    kind: kind ?? (String(c.kind ?? 'unspecified') as CheckKind),
  };
  const interval = u64(c.intervalMs);
  if (interval !== undefined) def.intervalMs = interval;
  const timeout = u64(c.timeoutMs);
  if (timeout !== undefined) def.timeoutMs = timeout;
  const ttl = u64(c.ttlMs);
  if (ttl !== undefined) def.ttlMs = ttl;
  if (c.target) def.target = c.target;
  if (c.grpcService) def.grpcService = c.grpcService;
  def.deregisterCriticalAfterMs = u64(c.deregisterCriticalAfterMs) ?? null;
  if (c.successBeforePassing) def.successBeforePassing = c.successBeforePassing;
  if (c.failuresBeforeWarning !== null && c.failuresBeforeWarning !== undefined) def.failuresBeforeWarning = c.failuresBeforeWarning;
  if (c.failuresBeforeCritical) def.failuresBeforeCritical = c.failuresBeforeCritical;
  const status = statusFromPb(c.initialStatus, `checks[${c.checkId ?? ''}].initial_status`);
  if (status !== undefined) def.status = status;
  return def;
}

/** A registration as validateRegistration takes it, and which checks gave their initial status. */
export function registrationFromPb(r: regd.v1.IRegistration | null | undefined): { registration: ServiceRegistration; explicitStatus: boolean[] } {
  if (r === null || r === undefined) throw new RegistryError('INVALID_ARGUMENT', 'instance: is required');
  const checks = (r.checks ?? []).map(checkFromPb);
  const registration: ServiceRegistration = {
    service: r.service ?? '',
    id: r.id ?? '',
    address: r.address ?? '',
    port: r.port ?? 0,
    tags: r.tags ?? [],
    meta: r.meta ?? {},
    checks,
    maintenance: r.maintenance === true ? { reason: r.maintenanceReason ?? '' } : null,
  };
  return { registration, explicitStatus: (r.checks ?? []).map((c) => (c.initialStatus ?? 0) !== 0) };
}

function checkDefinitionToPb(c: ValidCheck): regd.v1.ICheckDefinition {
  const out: regd.v1.ICheckDefinition = {
    checkId: c.checkId,
    kind: KIND_TO_PB[c.kind],
    deregisterCriticalAfterMs: c.deregisterCriticalAfterMs ?? 0,
    successBeforePassing: c.successBeforePassing,
    failuresBeforeWarning: c.failuresBeforeWarning,
    failuresBeforeCritical: c.failuresBeforeCritical,
    initialStatus: STATUS_TO_PB[c.status],
  };
  if (c.kind === 'ttl') out.ttlMs = c.ttlMs;
  else {
    out.intervalMs = c.intervalMs;
    out.timeoutMs = c.timeoutMs;
    out.target = c.target;
    out.grpcService = c.grpcService;
  }
  return out;
}

export function instanceToPb(v: InstanceView): regd.v1.IInstance {
  const reg = v.record.reg;
  return {
    service: reg.service,
    id: reg.id,
    address: reg.address,
    port: reg.port,
    tags: reg.tags.slice(),
    meta: Object.fromEntries(reg.meta),
    checks: reg.checks.map((c, i) => {
      const s = v.record.checks[i]!;
      return { definition: checkDefinitionToPb(c), status: STATUS_TO_PB[s.status], output: s.output, statusChangedUnixMs: s.statusChangedMs };
    }),
    status: STATUS_TO_PB[v.health.status],
    maintenance: reg.maintenance !== null,
    maintenanceReason: reg.maintenance?.reason ?? '',
    stale: v.record.stale,
    createRevision: v.createRevision,
    modRevision: v.modRevision,
  };
}

export function registryHeader(base: HeaderBase, revision: number): regd.v1.IResponseHeader {
  return { clusterId: toUint64(base.clusterId), memberId: toUint64(base.memberId), revision, raftTerm: base.raftTerm };
}
