// Validation of a registration, before it is proposed and again when it is
// applied (it depends on nothing but the request, so every member decides the
// same). Every issue names its field as the API spells it (snake_case, with
// indexes: `checks[1].interval_ms`) and carries a stable code; the API layer
// answers any of them with INVALID_ARGUMENT and the joined messages.

import { CHECK_STATUSES, MAX_FLAP_THRESHOLD, type CheckStatus } from '../health/check.js';
import {
  DEFAULT_CHECK_TIMEOUT_MS,
  MAX_ADDRESS_BYTES,
  MAX_CHECK_INTERVAL_MS,
  MAX_CHECK_TARGET_BYTES,
  MAX_CHECK_TIMEOUT_MS,
  MAX_CHECK_TTL_MS,
  MAX_CHECKS_PER_INSTANCE,
  MAX_DEREGISTER_CRITICAL_AFTER_MS,
  MAX_GRPC_SERVICE_BYTES,
  MAX_ID_BYTES,
  MAX_MAINTENANCE_REASON_BYTES,
  MAX_META_KEY_BYTES,
  MAX_META_PAIRS,
  MAX_META_VALUE_BYTES,
  MAX_PORT,
  MAX_TAG_BYTES,
  MAX_TAGS,
  MIN_CHECK_INTERVAL_MS,
  MIN_CHECK_TIMEOUT_MS,
  MIN_CHECK_TTL_MS,
  MIN_DEREGISTER_CRITICAL_AFTER_MS,
  MIN_PORT,
} from './limits.js';
import {
  CHECK_KINDS,
  type CheckDefinition,
  type CheckKind,
  type ServiceRegistration,
  type ValidCheck,
  type ValidRegistration,
} from './model.js';
import { utf8ByteLength } from '../health/utf8.js';

export const REGISTRATION_ISSUE_CODES = [
  'REQUIRED', // missing or empty
  'INVALID_CHARACTERS', // a character outside the field's alphabet
  'TOO_LONG', // over its byte limit
  'TOO_MANY', // more elements than its limit
  'NOT_AN_INTEGER', // a number that is not a safe integer
  'OUT_OF_RANGE', // an integer outside its bounds
  'INVALID_VALUE', // not one of the allowed values, or not of the field's form (URL, host:port)
  'DUPLICATE', // the same id twice
  'NOT_APPLICABLE', // set on a kind of check that does not use it
  'INCONSISTENT', // contradicts another field
] as const;
export type RegistrationIssueCode = (typeof REGISTRATION_ISSUE_CODES)[number];

export interface RegistrationIssue {
  /** The field, as the API names it: `port`, `meta["k"]`, `checks[1].interval_ms`. */
  field: string;
  code: RegistrationIssueCode;
  /** What is wrong, without the field name. */
  message: string;
}

/** A meta key longer than this is shown shortened in a field name. */
const META_KEY_SHOWN_CHARS = 40;

/** At most this many issues are reported for one registration, so an answer stays small. */
export const MAX_REPORTED_ISSUES = 16;

export type RegistrationValidation =
  | { ok: true; registration: ValidRegistration }
  | { ok: false; issues: RegistrationIssue[] };

/** `field: message` for each issue, joined: the text of the INVALID_ARGUMENT answer. */
export function describeIssues(issues: readonly RegistrationIssue[]): string {
  return issues.map((i) => `${i.field}: ${i.message}`).join('; ');
}

const ID_PATTERN = /^[A-Za-z0-9._-]+$/;
// Host names and IP literals (IPv6 with an optional zone).
const ADDRESS_PATTERN = /^[A-Za-z0-9._:%[\]-]+$/;
const HOST_PORT_PATTERN = /^(\[[0-9A-Za-z:.%]+\]|[A-Za-z0-9._-]+):([0-9]{1,5})$/;
const HTTP_URL_PATTERN = /^https?:\/\/[^\s/?#]+([/?#]\S*)?$/i;
// eslint-disable-next-line no-control-regex
const CONTROL_PATTERN = /[\u0000-\u001f\u007f]/;

class Issues {
  readonly list: RegistrationIssue[] = [];
  add(field: string, code: RegistrationIssueCode, message: string): void {
    if (this.list.length < MAX_REPORTED_ISSUES) this.list.push({ field, code, message });
  }
}

/**
 * Issues of ids given on their own (the service, id and check_id of a
 * deregistration, report or query), and of an optional maintenance reason.
 */
export function idIssues(
  ids: ReadonlyArray<readonly [field: string, value: unknown]>,
  reason?: readonly [field: string, value: string],
): RegistrationIssue[] {
  const out = new Issues();
  for (const [field, value] of ids) checkId(out, field, value, MAX_ID_BYTES);
  if (reason !== undefined) checkText(out, reason[0], reason[1], MAX_MAINTENANCE_REASON_BYTES, true);
  return out.list;
}

/** Service names, instance ids, check ids, meta keys. */
function checkId(out: Issues, field: string, value: unknown, maxBytes: number, subject = ''): value is string {
  if (typeof value !== 'string' || value === '') {
    out.add(field, 'REQUIRED', `${subject}must not be empty`);
    return false;
  }
  if (utf8ByteLength(value) > maxBytes) {
    out.add(field, 'TOO_LONG', `${subject}must be at most ${maxBytes} bytes`);
    return false;
  }
  if (!ID_PATTERN.test(value)) {
    out.add(field, 'INVALID_CHARACTERS', `${subject}may contain only letters, digits, '.', '_' and '-'`);
    return false;
  }
  return true;
}

function checkText(out: Issues, field: string, value: unknown, maxBytes: number, allowEmpty: boolean): value is string {
  if (typeof value !== 'string' || (!allowEmpty && value === '')) {
    out.add(field, 'REQUIRED', 'must not be empty');
    return false;
  }
  if (utf8ByteLength(value) > maxBytes) {
    out.add(field, 'TOO_LONG', `must be at most ${maxBytes} bytes`);
    return false;
  }
  return true;
}

/** An integer in [min, max]; `unit` is appended to the bounds in messages. */
function checkInteger(out: Issues, field: string, value: unknown, min: number, max: number, unit: string): value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    out.add(field, 'NOT_AN_INTEGER', 'must be an integer');
    return false;
  }
  if (value < min) {
    out.add(field, 'OUT_OF_RANGE', `must be at least ${min}${unit}`);
    return false;
  }
  if (value > max) {
    out.add(field, 'OUT_OF_RANGE', `must be at most ${max}${unit}`);
    return false;
  }
  return true;
}

function isHostPort(s: string): boolean {
  const m = HOST_PORT_PATTERN.exec(s);
  if (!m) return false;
  const port = Number(m[2]);
  return port >= MIN_PORT && port <= MAX_PORT;
}

/** host:port of an instance, with an IPv6 literal in brackets. */
export function hostPort(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

const ACTIVE_ONLY = [
  ['intervalMs', 'interval_ms'],
  ['timeoutMs', 'timeout_ms'],
  ['target', 'target'],
  ['grpcService', 'grpc_service'],
  ['successBeforePassing', 'success_before_passing'],
  ['failuresBeforeWarning', 'failures_before_warning'],
  ['failuresBeforeCritical', 'failures_before_critical'],
] as const satisfies ReadonlyArray<readonly [keyof CheckDefinition, string]>;

/** Proto3 cannot tell 0 or '' from absent, so neither counts as set on a kind that does not use the field. */
function isSet(v: unknown): boolean {
  return v !== undefined && v !== 0 && v !== '';
}

function validateCheck(out: Issues, at: string, c: CheckDefinition, address: string, port: number): ValidCheck | null {
  const before = out.list.length;
  if (typeof c !== 'object' || c === null) {
    out.add(at, 'REQUIRED', 'must be a check');
    return null;
  }
  const f = (name: string): string => `${at}.${name}`;
  const idOk = checkId(out, f('check_id'), c.checkId, MAX_ID_BYTES);
  if (!CHECK_KINDS.includes(c.kind)) {
    out.add(f('kind'), 'INVALID_VALUE', `must be one of ${CHECK_KINDS.join(', ')}`);
    return null;
  }
  const kind: CheckKind = c.kind;
  let status: CheckStatus = 'critical';
  if (c.status !== undefined) {
    if (CHECK_STATUSES.includes(c.status)) status = c.status;
    else out.add(f('status'), 'INVALID_VALUE', `must be one of ${CHECK_STATUSES.join(', ')}`);
  }
  let deregisterCriticalAfterMs: number | null = null;
  if (isSet(c.deregisterCriticalAfterMs) && c.deregisterCriticalAfterMs !== null) {
    const v: unknown = c.deregisterCriticalAfterMs;
    if (checkInteger(out, f('deregister_critical_after_ms'), v, MIN_DEREGISTER_CRITICAL_AFTER_MS, MAX_DEREGISTER_CRITICAL_AFTER_MS, ' ms')) {
      deregisterCriticalAfterMs = v;
    }
  }

  if (kind === 'ttl') {
    if (c.ttlMs === undefined) {
      out.add(f('ttl_ms'), 'REQUIRED', 'a ttl check needs a ttl');
    } else {
      checkInteger(out, f('ttl_ms'), c.ttlMs, MIN_CHECK_TTL_MS, MAX_CHECK_TTL_MS, ' ms');
    }
    // Reports are heartbeats set by the instance itself: nothing to run, nothing to damp.
    for (const [key, name] of ACTIVE_ONLY) {
      if (isSet(c[key])) out.add(f(name), 'NOT_APPLICABLE', 'applies only to http, tcp and grpc checks');
    }
    if (out.list.length !== before || !idOk) return null;
    return {
      kind: 'ttl',
      checkId: c.checkId,
      ttlMs: c.ttlMs!,
      deregisterCriticalAfterMs,
      status,
      successBeforePassing: 0,
      failuresBeforeWarning: 0,
      failuresBeforeCritical: 0,
    };
  }

  if (isSet(c.ttlMs)) out.add(f('ttl_ms'), 'NOT_APPLICABLE', 'applies only to ttl checks');
  if (c.intervalMs === undefined) out.add(f('interval_ms'), 'REQUIRED', `an ${kind} check needs an interval`);
  else checkInteger(out, f('interval_ms'), c.intervalMs, MIN_CHECK_INTERVAL_MS, MAX_CHECK_INTERVAL_MS, ' ms');
  const timeoutMs = c.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
  checkInteger(out, f('timeout_ms'), timeoutMs, MIN_CHECK_TIMEOUT_MS, MAX_CHECK_TIMEOUT_MS, ' ms');

  let target: string;
  if (kind === 'http') {
    target = c.target ?? '';
    if (checkText(out, f('target'), target, MAX_CHECK_TARGET_BYTES, false) && !HTTP_URL_PATTERN.test(target)) {
      out.add(f('target'), 'INVALID_VALUE', 'must be an http:// or https:// URL');
    }
  } else {
    target = c.target ?? hostPort(address, port);
    if (checkText(out, f('target'), target, MAX_CHECK_TARGET_BYTES, false) && !isHostPort(target)) {
      out.add(f('target'), 'INVALID_VALUE', 'must be host:port with a port from 1 to 65535');
    }
  }
  const grpcService = c.grpcService ?? '';
  if (kind !== 'grpc' && isSet(c.grpcService)) {
    out.add(f('grpc_service'), 'NOT_APPLICABLE', 'applies only to grpc checks');
  } else {
    checkText(out, f('grpc_service'), grpcService, MAX_GRPC_SERVICE_BYTES, true);
  }

  // 0 and absent mean the same, as in Consul and proto3: no damping.
  const successBeforePassing = c.successBeforePassing ?? 0;
  const failuresBeforeCritical = c.failuresBeforeCritical ?? 0;
  const warningGiven = c.failuresBeforeWarning !== undefined && c.failuresBeforeWarning !== 0;
  const failuresBeforeWarning = warningGiven ? c.failuresBeforeWarning! : failuresBeforeCritical;
  checkInteger(out, f('success_before_passing'), successBeforePassing, 0, MAX_FLAP_THRESHOLD, '');
  const critOk = checkInteger(out, f('failures_before_critical'), failuresBeforeCritical, 0, MAX_FLAP_THRESHOLD, '');
  const warnOk = checkInteger(out, f('failures_before_warning'), failuresBeforeWarning, 0, MAX_FLAP_THRESHOLD, '');
  if (critOk && warnOk && failuresBeforeWarning > failuresBeforeCritical) {
    out.add(f('failures_before_warning'), 'INCONSISTENT', 'must not be above failures_before_critical');
  }

  if (out.list.length !== before || !idOk) return null;
  return {
    kind,
    checkId: c.checkId,
    intervalMs: c.intervalMs!,
    timeoutMs,
    target,
    grpcService,
    deregisterCriticalAfterMs,
    status,
    successBeforePassing,
    failuresBeforeWarning,
    failuresBeforeCritical,
  };
}

/**
 * Checks a registration against every rule and limit, and fills in defaults:
 * no tags, no meta, no checks, no maintenance; for each check the status
 * critical, the timeout DEFAULT_CHECK_TIMEOUT_MS, the target of tcp and grpc
 * checks the instance's address:port, no damping, failures_before_warning =
 * failures_before_critical. Returns every issue found (up to MAX_REPORTED_ISSUES).
 */
export function validateRegistration(r: ServiceRegistration): RegistrationValidation {
  const out = new Issues();
  checkId(out, 'service', r.service, MAX_ID_BYTES);
  checkId(out, 'id', r.id, MAX_ID_BYTES);
  if (checkText(out, 'address', r.address, MAX_ADDRESS_BYTES, false) && !ADDRESS_PATTERN.test(r.address)) {
    out.add('address', 'INVALID_CHARACTERS', 'must be a host name or an IP address');
  }
  checkInteger(out, 'port', r.port, MIN_PORT, MAX_PORT, '');

  const tags = r.tags ?? [];
  if (tags.length > MAX_TAGS) {
    out.add('tags', 'TOO_MANY', `at most ${MAX_TAGS} tags`);
  } else {
    tags.forEach((tag, i) => {
      if (checkText(out, `tags[${i}]`, tag, MAX_TAG_BYTES, false) && CONTROL_PATTERN.test(tag)) {
        out.add(`tags[${i}]`, 'INVALID_CHARACTERS', 'must not contain control characters');
      }
    });
  }

  const metaKeys = Object.keys(r.meta ?? {}).sort();
  if (metaKeys.length > MAX_META_PAIRS) {
    out.add('meta', 'TOO_MANY', `at most ${MAX_META_PAIRS} pairs`);
  } else {
    for (const key of metaKeys) {
      // The key names the field; a long one is shortened so the answer stays small.
      const shown = key.length > META_KEY_SHOWN_CHARS ? `${key.slice(0, META_KEY_SHOWN_CHARS)}…` : key;
      const field = `meta[${JSON.stringify(shown)}]`;
      if (!checkId(out, field, key, MAX_META_KEY_BYTES, 'key ')) continue;
      checkText(out, field, r.meta![key], MAX_META_VALUE_BYTES, true);
    }
  }

  if (r.maintenance) checkText(out, 'maintenance.reason', r.maintenance.reason, MAX_MAINTENANCE_REASON_BYTES, true);

  const defs = r.checks ?? [];
  const checks: ValidCheck[] = [];
  if (defs.length > MAX_CHECKS_PER_INSTANCE) {
    out.add('checks', 'TOO_MANY', `at most ${MAX_CHECKS_PER_INSTANCE} checks`);
  } else {
    const seen = new Set<string>();
    defs.forEach((def, i) => {
      const valid = validateCheck(out, `checks[${i}]`, def, r.address, r.port);
      if (valid === null) return;
      if (seen.has(valid.checkId)) out.add(`checks[${i}].check_id`, 'DUPLICATE', `${valid.checkId} appears twice`);
      seen.add(valid.checkId);
      checks.push(valid);
    });
  }

  if (out.list.length > 0) return { ok: false, issues: out.list };
  return {
    ok: true,
    registration: {
      service: r.service,
      id: r.id,
      address: r.address,
      port: r.port,
      tags: [...tags],
      meta: metaKeys.map((k) => [k, r.meta![k]!] as const),
      checks,
      maintenance: r.maintenance ? { reason: r.maintenance.reason } : null,
    },
  };
}
