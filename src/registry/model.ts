// The service registry's data model. Field names follow Consul's agent API
// (ServiceID, Service, Address, Port, Tags, Meta, Checks; CheckID, Interval,
// Timeout, TTL, DeregisterCriticalServiceAfter, SuccessBeforePassing,
// FailuresBeforeWarning, FailuresBeforeCritical, Status, Output) in regd's
// camelCase, with the unit in the name where there is one.
//
// `ServiceRegistration` is what a client asks for; `validateRegistration`
// (validate.ts) turns it into a `ValidRegistration`, with every default filled
// in, which is what the state machine stores. Registering an existing
// (service, id) replaces it.

import type { CheckStatus, FlapThresholds } from '../health/check.js';

export const CHECK_KINDS = ['ttl', 'http', 'tcp', 'grpc'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];


/** A check as a client registers it; optional fields take the defaults validateRegistration documents. */
export interface CheckDefinition {
  checkId: string;
  kind: CheckKind;
  /** Active checks only: time between two runs. */
  intervalMs?: number;
  /** Active checks only: how long one run may take (DEFAULT_CHECK_TIMEOUT_MS). */
  timeoutMs?: number;
  /** TTL checks only: a report must arrive within this time after the previous one. */
  ttlMs?: number;
  /** http: an http:// or https:// URL (required). tcp, grpc: host:port (default: the instance's address:port). */
  target?: string;
  /** grpc only: the service name sent in grpc.health.v1 Check (default: '', the whole server). */
  grpcService?: string;
  /** Remove the instance once this check has been critical this long (absent, null or 0: never). */
  deregisterCriticalAfterMs?: number | null;
  /** Active checks only: consecutive passing/warning results before the status leaves critical (default 0). */
  successBeforePassing?: number;
  /** Active checks only: consecutive failures before the status turns warning (default: failuresBeforeCritical). */
  failuresBeforeWarning?: number;
  /** Active checks only: consecutive failures before the status turns critical (default 0). */
  failuresBeforeCritical?: number;
  /** The status the check starts in (default critical). */
  status?: CheckStatus;
}

export interface Maintenance {
  reason: string;
}

/** An instance as a client registers it. */
export interface ServiceRegistration {
  /** The service name (Consul's Service). */
  service: string;
  /** The instance id, unique within the service (Consul's ID). */
  id: string;
  address: string;
  port: number;
  tags?: readonly string[];
  meta?: Readonly<Record<string, string>>;
  checks?: readonly CheckDefinition[];
  maintenance?: Maintenance | null;
}

interface ValidCheckBase extends FlapThresholds {
  checkId: string;
  /** null: the instance is never removed for this check. */
  deregisterCriticalAfterMs: number | null;
  /** The status the check starts in. */
  status: CheckStatus;
}

export interface ValidTtlCheck extends ValidCheckBase {
  kind: 'ttl';
  ttlMs: number;
}

export interface ValidActiveCheck extends ValidCheckBase {
  kind: 'http' | 'tcp' | 'grpc';
  intervalMs: number;
  timeoutMs: number;
  /** http: the URL; tcp and grpc: host:port. */
  target: string;
  /** grpc: the service name asked about ('' for the server); '' for other kinds. */
  grpcService: string;
}

export type ValidCheck = ValidTtlCheck | ValidActiveCheck;

/** A registration after validation: every field present, every default applied, meta keys sorted. */
export interface ValidRegistration {
  service: string;
  id: string;
  address: string;
  port: number;
  tags: readonly string[];
  meta: ReadonlyArray<readonly [key: string, value: string]>;
  checks: readonly ValidCheck[];
  maintenance: Maintenance | null;
}

/** The identity of an instance in the registry: the instance id is unique within its service. */
export function instanceKey(service: string, id: string): string {
  // '/' never occurs in a valid id, so the key is unambiguous.
  return `${service}/${id}`;
}
