// The service registry (regd.v1.Registry): registering instances, reporting
// their TTL checks (one call at a time, or batched on a Heartbeat stream),
// maintenance, discovery, service watches and the registry's status.
//
// Types are camelCase with string statuses ('passing' | 'warning' |
// 'critical') and kinds ('ttl' | 'http' | 'tcp' | 'grpc'); durations and
// times are milliseconds (`...Ms`, times in Unix ms); revisions are numbers.
// The proto enums are mapped both ways by the two tables below, nowhere else.
//
// Retries (see transport.ts for the general rule):
//   - Reads (listServices, listInstances, status) and check reports are
//     retried on any transient error: a report is a heartbeat, repeating it
//     changes nothing a single one would not.
//   - put and setMaintenance set the instance to a value, so repeating
//     them gives the same end state. They go out as writes (retried only when
//     the error proves they were never executed); when the outcome of that
//     send is unknown and the client retries at all, they are sent once more
//     (with the usual retries) to settle it. If that fails too, they throw
//     UnknownOutcomeError. With `retry: false` they are sent exactly once.
//   - deregister likewise, with one difference: the second send may answer
//     NOT_FOUND because the first one took effect. After an unknown first
//     outcome, NOT_FOUND therefore counts as success (the instance is gone,
//     which is what was asked; `header` is then null). A NOT_FOUND to the first
//     send is a NotFoundError, as for any unknown instance.
//   - releaseSelfPreservation is a write, never repeated: after an
//     UnknownOutcomeError, status() tells whether the hold is still in force.

import type { ClientDuplexStream, ServiceError } from '@grpc/grpc-js';
import type { IBackoff } from 'cockatiel';
import { regd } from '../generated/proto.js';
import { longToNumber, longToUnsignedBigInt } from '../proto/long.js';
import { RegistryService } from '../proto/services.js';
import {
  ClientClosedError,
  DeadlineExceededError,
  errorFromStatus,
  InvalidArgumentError,
  NotFoundError,
  RegdError,
  StatusCode,
  UnavailableError,
  UnknownOutcomeError,
} from './errors.js';
import { DiscoverySet, type DiscoverOptions } from './discovery.js';
import { SelfRegistrations, type RegisterOptions, type ServiceRegistration } from './self-registration.js';
import { ServiceWatch, type ServiceWatchOptions } from './service-watch.js';
import { requireLeaderMetadata, type CallOptions, type Transport } from './transport.js';

export { ServiceWatch, type ServiceWatchOptions } from './service-watch.js';

import pb = regd.v1;

export type HealthStatus = 'passing' | 'warning' | 'critical';
export type CheckKind = 'ttl' | 'http' | 'tcp' | 'grpc';

// The two enum tables: client name <-> wire value.
const STATUS_TABLE: ReadonlyArray<readonly [HealthStatus, pb.HealthStatus]> = [
  ['passing', pb.HealthStatus.HEALTH_STATUS_PASSING],
  ['warning', pb.HealthStatus.HEALTH_STATUS_WARNING],
  ['critical', pb.HealthStatus.HEALTH_STATUS_CRITICAL],
];
const KIND_TABLE: ReadonlyArray<readonly [CheckKind, pb.CheckKind]> = [
  ['ttl', pb.CheckKind.CHECK_KIND_TTL],
  ['http', pb.CheckKind.CHECK_KIND_HTTP],
  ['tcp', pb.CheckKind.CHECK_KIND_TCP],
  ['grpc', pb.CheckKind.CHECK_KIND_GRPC],
];
const STATUS_TO_WIRE = new Map(STATUS_TABLE);
const STATUS_FROM_WIRE = new Map(STATUS_TABLE.map(([s, w]) => [w, s]));
const KIND_TO_WIRE = new Map(KIND_TABLE);
const KIND_FROM_WIRE = new Map(KIND_TABLE.map(([k, w]) => [w, k]));

/** A status for the wire; InvalidArgumentError for anything but the three names. */
function statusToWire(s: HealthStatus): pb.HealthStatus {
  const w = STATUS_TO_WIRE.get(s);
  if (w === undefined) throw new InvalidArgumentError(StatusCode.INVALID_ARGUMENT, `unknown health status "${String(s)}" (want passing, warning or critical)`);
  return w;
}

/** A stored status from the wire. UNSPECIFIED is never stored; an unknown value reads as critical, the safe side. */
function statusFromWire(w: pb.HealthStatus | null | undefined): HealthStatus {
  return STATUS_FROM_WIRE.get(w ?? pb.HealthStatus.HEALTH_STATUS_UNSPECIFIED) ?? 'critical';
}

function kindToWire(k: CheckKind): pb.CheckKind {
  const w = KIND_TO_WIRE.get(k);
  if (w === undefined) throw new InvalidArgumentError(StatusCode.INVALID_ARGUMENT, `unknown check kind "${String(k)}" (want ttl, http, tcp or grpc)`);
  return w;
}

function kindFromWire(w: pb.CheckKind | null | undefined): CheckKind {
  const k = KIND_FROM_WIRE.get(w ?? pb.CheckKind.CHECK_KIND_UNSPECIFIED);
  if (k === undefined) throw new RegdError(StatusCode.INTERNAL, `the server sent check kind ${String(w)}, which this client does not know`);
  return k;
}

/** What every registry answer starts with. */
export interface RegistryHeader {
  clusterId: bigint;
  memberId: bigint;
  /** The store revision the answer reflects (every registry change has one). */
  revision: number;
  raftTerm: number;
}

/** A check as registered; absent fields take the server's defaults (proto/regd/registry.proto). */
export interface CheckDefinition {
  checkId: string;
  kind: CheckKind;
  /** Active checks: time between runs (at least 1000). */
  intervalMs?: number;
  /** Active checks: how long one run may take (default 10000). */
  timeoutMs?: number;
  /** TTL checks: a report must come within this time of the previous one. */
  ttlMs?: number;
  /** http: an http:// or https:// URL; tcp, grpc: host:port (default: the instance's). */
  target?: string;
  /** grpc: the service name asked about ('' asks about the whole server). */
  grpcService?: string;
  /** Remove the instance once this check has been critical this long (0 or absent: never). */
  deregisterCriticalAfterMs?: number;
  successBeforePassing?: number;
  /** Absent: the same as failuresBeforeCritical. */
  failuresBeforeWarning?: number;
  failuresBeforeCritical?: number;
  /** The status the check starts in (default critical). */
  initialStatus?: HealthStatus;
}

/** An instance as a client registers it. Registering an existing (service, id) replaces it. */
export interface Registration {
  service: string;
  id: string;
  address: string;
  port: number;
  tags?: readonly string[];
  meta?: Readonly<Record<string, string>>;
  checks?: readonly CheckDefinition[];
  /** Register in maintenance (critical, with `maintenanceReason`). */
  maintenance?: boolean;
  maintenanceReason?: string;
}

/** A check as the registry holds it: its definition with every default filled in, and its state. */
export interface Check {
  definition: Required<CheckDefinition>;
  status: HealthStatus;
  output: string;
  /** When the status last changed, Unix ms (the leader's clock). */
  statusChangedMs: number;
}

/** An instance as the registry holds it. */
export interface Instance {
  service: string;
  id: string;
  address: string;
  port: number;
  tags: string[];
  meta: Record<string, string>;
  checks: Check[];
  /** The worst of its checks; critical in maintenance; passing without checks. */
  status: HealthStatus;
  maintenance: boolean;
  maintenanceReason: string;
  /** Self-preservation holds this instance's transition: its status is its last known one. */
  stale: boolean;
  createRevision: number;
  modRevision: number;
}

export interface ServiceSummary {
  name: string;
  /** Every tag of any instance, sorted. */
  tags: string[];
  instances: number;
  passing: number;
  warning: number;
  critical: number;
}

export interface ListServicesResult {
  header: RegistryHeader;
  services: ServiceSummary[];
  selfPreservation: boolean;
}

export interface ListInstancesOptions extends CallOptions {
  /** Only instances whose status is passing. */
  passingOnly?: boolean;
  /** Only instances with every one of these tags. */
  tags?: readonly string[];
  /** Only instances with every one of these meta pairs. */
  meta?: Readonly<Record<string, string>>;
  /** Answer from the member's own state without a quorum round (may be stale). */
  serializable?: boolean;
}

export interface ListInstancesResult {
  header: RegistryHeader;
  instances: Instance[];
  selfPreservation: boolean;
}

export interface RegistryStatus {
  header: RegistryHeader;
  services: number;
  instances: number;
  passing: number;
  warning: number;
  critical: number;
  /** Instances whose transition self-preservation holds. */
  stale: number;
  selfPreservation: boolean;
  /** When the current hold began (Unix ms); null when none is in force. */
  selfPreservationSinceMs: number | null;
}

export interface DeregisterResult {
  /** null when a repeated send found the instance already gone (see the retry notes at the top). */
  header: RegistryHeader | null;
}

/** One change of a service watch. A delete carries only the instance's identity. */
export type InstanceEvent =
  | { type: 'put'; instance: Instance }
  | { type: 'delete'; service: string; id: string };

/** One message of a service watch. */
export interface ServiceUpdate {
  /** True for the first message of a watch from revision 0: `events` are then the current instances, as puts. */
  snapshot: boolean;
  events: InstanceEvent[];
  selfPreservation: boolean;
  /** The store revision this message reflects: every change up to it has been delivered. */
  revision: number;
}

export interface HeartbeatOptions {
  /** Reports made within this time go out in one message (0: those of the same turn of the event loop). Default 0. */
  batchMs?: number;
  /** A report not answered within this time fails with DeadlineExceededError. Default: the client's requestTimeoutMs. */
  timeoutMs?: number;
}

/** The most reports one Heartbeat message carries; more wait for the next message. */
export const MAX_REPORTS_PER_HEARTBEAT = 1000;

function toRegistryHeader(h: pb.IResponseHeader | null | undefined): RegistryHeader {
  return {
    clusterId: longToUnsignedBigInt(h?.clusterId),
    memberId: longToUnsignedBigInt(h?.memberId),
    revision: longToNumber(h?.revision, 'revision'),
    raftTerm: longToNumber(h?.raftTerm, 'raftTerm'),
  };
}

function checkToWire(c: CheckDefinition): pb.ICheckDefinition {
  const out: pb.ICheckDefinition = { checkId: c.checkId, kind: kindToWire(c.kind) };
  if (c.intervalMs !== undefined) out.intervalMs = c.intervalMs;
  if (c.timeoutMs !== undefined) out.timeoutMs = c.timeoutMs;
  if (c.ttlMs !== undefined) out.ttlMs = c.ttlMs;
  if (c.target !== undefined) out.target = c.target;
  if (c.grpcService !== undefined) out.grpcService = c.grpcService;
  if (c.deregisterCriticalAfterMs !== undefined) out.deregisterCriticalAfterMs = c.deregisterCriticalAfterMs;
  if (c.successBeforePassing !== undefined) out.successBeforePassing = c.successBeforePassing;
  if (c.failuresBeforeWarning !== undefined) out.failuresBeforeWarning = c.failuresBeforeWarning;
  if (c.failuresBeforeCritical !== undefined) out.failuresBeforeCritical = c.failuresBeforeCritical;
  if (c.initialStatus !== undefined) out.initialStatus = statusToWire(c.initialStatus);
  return out;
}

function registrationToWire(r: Registration): pb.IRegistration {
  const out: pb.IRegistration = { service: r.service, id: r.id, address: r.address, port: r.port };
  if (r.tags !== undefined) out.tags = [...r.tags];
  if (r.meta !== undefined) out.meta = { ...r.meta };
  if (r.checks !== undefined) out.checks = r.checks.map(checkToWire);
  if (r.maintenance === true) out.maintenance = true;
  if (r.maintenanceReason !== undefined) out.maintenanceReason = r.maintenanceReason;
  return out;
}

function checkDefinitionFromWire(d: pb.ICheckDefinition | null | undefined): Required<CheckDefinition> {
  const failuresBeforeCritical = d?.failuresBeforeCritical ?? 0;
  return {
    checkId: d?.checkId ?? '',
    kind: kindFromWire(d?.kind),
    intervalMs: longToNumber(d?.intervalMs, 'intervalMs'),
    timeoutMs: longToNumber(d?.timeoutMs, 'timeoutMs'),
    ttlMs: longToNumber(d?.ttlMs, 'ttlMs'),
    target: d?.target ?? '',
    grpcService: d?.grpcService ?? '',
    deregisterCriticalAfterMs: longToNumber(d?.deregisterCriticalAfterMs, 'deregisterCriticalAfterMs'),
    successBeforePassing: d?.successBeforePassing ?? 0,
    failuresBeforeWarning: d?.failuresBeforeWarning ?? failuresBeforeCritical,
    failuresBeforeCritical,
    initialStatus: statusFromWire(d?.initialStatus),
  };
}

function instanceFromWire(i: pb.IInstance): Instance {
  return {
    service: i.service ?? '',
    id: i.id ?? '',
    address: i.address ?? '',
    port: i.port ?? 0,
    tags: i.tags ?? [],
    meta: { ...(i.meta ?? {}) },
    checks: (i.checks ?? []).map((c) => ({
      definition: checkDefinitionFromWire(c.definition),
      status: statusFromWire(c.status),
      output: c.output ?? '',
      statusChangedMs: longToNumber(c.statusChangedUnixMs, 'statusChangedUnixMs'),
    })),
    status: statusFromWire(i.status),
    maintenance: i.maintenance === true,
    maintenanceReason: i.maintenanceReason ?? '',
    stale: i.stale === true,
    createRevision: longToNumber(i.createRevision, 'createRevision'),
    modRevision: longToNumber(i.modRevision, 'modRevision'),
  };
}

/** @internal A Watch message as the client gives it (service-watch.ts). */
export function updateFromWire(r: pb.WatchResponse): ServiceUpdate {
  let revision = longToNumber(r.header?.revision, 'revision');
  const events = r.events.map((e): InstanceEvent => {
    const inst = e.instance ?? {};
    if (e.type === pb.InstanceEvent.EventType.DELETE) return { type: 'delete', service: inst.service ?? '', id: inst.id ?? '' };
    const instance = instanceFromWire(inst);
    if (instance.modRevision > revision) revision = instance.modRevision;
    return { type: 'put', instance };
  });
  return { snapshot: r.snapshot, events, selfPreservation: r.selfPreservation, revision };
}

/** @internal A transient stream failure: the stream is opened again elsewhere. */
export function transientStreamError(e: RegdError): boolean {
  return e.code === StatusCode.UNAVAILABLE || e.code === StatusCode.CANCELLED || e.code === StatusCode.INTERNAL ||
    e.code === StatusCode.DEADLINE_EXCEEDED || e.code === StatusCode.UNKNOWN;
}

/** The status code of a gRPC status name (`NOT_FOUND`), UNKNOWN for a name this client does not know. */
function codeOfName(name: string): number {
  return (StatusCode as Record<string, number>)[name] ?? StatusCode.UNKNOWN;
}

interface QueuedReport {
  report: pb.ICheckReport;
  resolve(): void;
  reject(err: RegdError): void;
  timer: NodeJS.Timeout;
  settled: boolean;
}

type HeartbeatCall = ClientDuplexStream<pb.IHeartbeatRequest, pb.HeartbeatResponse>;

/**
 * Reports over one bidirectional Heartbeat stream. `report()` queues a report;
 * the queue goes out as one message per `batchMs` (at most
 * MAX_REPORTS_PER_HEARTBEAT reports each), and each report's promise settles
 * with the server's answer for it: resolved when taken, rejected with the
 * error the server gave it (NotFoundError for an unknown instance or check,
 * InvalidArgumentError, ...), with DeadlineExceededError when no answer came
 * in time, or with ClientClosedError on close().
 *
 * When the stream breaks it is opened again on the next member after a
 * jittered backoff, and every report not yet answered is sent again, oldest
 * first: a report is a heartbeat, repeating one is harmless.
 */
export class HeartbeatSession {
  private call: HeartbeatCall | undefined;
  private callEndpoint = '';
  /** When the stream in use was opened or last answered (ms, Date.now()). */
  private lastHeardMs = 0;
  private queue: QueuedReport[] = [];
  private readonly inFlight = new Map<number, QueuedReport[]>();
  private nextSeq = 1;
  private flushScheduled: { cancel(): void } | undefined;
  private reopenTimer: NodeJS.Timeout | undefined;
  private backoff: IBackoff<unknown>;
  private closed = false;
  private readonly batchMs: number;
  private readonly timeoutMs: number;
  /** How many times the stream was opened (1 unless it broke and was opened again). */
  opened = 0;

  /** @internal use `client.registry.heartbeats()` */
  constructor(private readonly t: Transport, options: HeartbeatOptions, private readonly onClose: (s: HeartbeatSession) => void) {
    this.batchMs = options.batchMs ?? 0;
    this.timeoutMs = options.timeoutMs ?? t.requestTimeoutMs;
    this.backoff = t.newBackoff();
  }

  /** Reports a check's status (TTL checks: also a heartbeat). Resolves once the server took it. */
  report(service: string, id: string, checkId: string, status: HealthStatus, output = ''): Promise<void> {
    if (this.closed || this.t.isClosed) return Promise.reject(new ClientClosedError());
    let wire: pb.HealthStatus;
    try {
      wire = statusToWire(status);
    } catch (err) {
      return Promise.reject(err as RegdError);
    }
    return new Promise<void>((resolve, reject) => {
      const q: QueuedReport = {
        report: { service, id, checkId, status: wire, output },
        resolve,
        reject,
        settled: false,
        timer: setTimeout(() => {
          // Still queued or in flight: skipped when sent, ignored when answered.
          this.settle(q, new DeadlineExceededError(StatusCode.DEADLINE_EXCEEDED, `heartbeat report of ${service}/${id}/${checkId}: no answer within ${this.timeoutMs} ms`));
        }, this.timeoutMs),
      };
      this.queue.push(q);
      this.scheduleFlush();
    });
  }

  /**
   * Gives up on the stream in use if it has been silent (opened or last
   * answered) for `silentMs` or longer while reports wait for an answer: its
   * member may be frozen or cut off without the connection breaking. The
   * stream is then opened again on the next member and the unanswered reports
   * are sent again, as when it breaks. True when it gave up.
   */
  reconnectIfSilent(silentMs: number): boolean {
    const call = this.call;
    if (call === undefined || this.closed || this.inFlight.size === 0 || Date.now() - this.lastHeardMs < silentMs) return false;
    this.broken(call, new UnavailableError(StatusCode.UNAVAILABLE, `heartbeat stream to ${this.callEndpoint}: no answer for ${silentMs} ms`));
    call.on('error', () => undefined);
    call.cancel();
    return true;
  }

  /** Reports queued or sent and not yet answered. */
  get pending(): number {
    let n = 0;
    for (const q of this.queue) if (!q.settled) n++;
    for (const b of this.inFlight.values()) for (const q of b) if (!q.settled) n++;
    return n;
  }

  /** Ends the stream; reports not yet answered fail with ClientClosedError. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.flushScheduled?.cancel();
    clearTimeout(this.reopenTimer);
    const err = new ClientClosedError();
    for (const q of this.queue) this.settle(q, err);
    for (const b of this.inFlight.values()) for (const q of b) this.settle(q, err);
    this.queue = [];
    this.inFlight.clear();
    this.endCall();
    this.onClose(this);
  }

  private settle(q: QueuedReport, err?: RegdError): void {
    if (q.settled) return;
    q.settled = true;
    clearTimeout(q.timer);
    if (err === undefined) q.resolve();
    else q.reject(err);
  }

  private scheduleFlush(): void {
    if (this.flushScheduled !== undefined || this.reopenTimer !== undefined) return;
    const flush = () => {
      this.flushScheduled = undefined;
      this.flush();
    };
    if (this.batchMs > 0) {
      const t = setTimeout(flush, this.batchMs);
      this.flushScheduled = { cancel: () => clearTimeout(t) };
    } else {
      const i = setImmediate(flush);
      this.flushScheduled = { cancel: () => clearImmediate(i) };
    }
  }

  private flush(): void {
    if (this.closed || this.reopenTimer !== undefined) return;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_REPORTS_PER_HEARTBEAT).filter((q) => !q.settled);
      if (batch.length === 0) continue;
      const seq = this.nextSeq++;
      this.inFlight.set(seq, batch);
      try {
        this.stream().write({ seq, reports: batch.map((q) => q.report) });
      } catch {
        // The client closed meanwhile: close() or the client's close fails what is pending.
        return;
      }
    }
  }

  private stream(): HeartbeatCall {
    if (this.call !== undefined) return this.call;
    const endpoint = this.t.endpoint;
    const call: HeartbeatCall = this.t.bidi(RegistryService.Heartbeat, endpoint, requireLeaderMetadata());
    this.opened++;
    this.call = call;
    this.callEndpoint = endpoint;
    this.lastHeardMs = Date.now();
    call.on('data', (r: pb.HeartbeatResponse) => {
      this.backoff = this.t.newBackoff();
      this.lastHeardMs = Date.now();
      this.answer(r);
    });
    call.on('error', (err: ServiceError) => this.broken(call, this.t.toError(err, endpoint)));
    call.on('end', () => this.broken(call, new UnavailableError(StatusCode.UNAVAILABLE, 'heartbeat stream ended by the server')));
    return call;
  }

  private answer(r: pb.HeartbeatResponse): void {
    const seq = longToNumber(r.seq, 'seq');
    const batch = this.inFlight.get(seq);
    if (batch === undefined) return;
    this.inFlight.delete(seq);
    const errors = new Map<number, RegdError>();
    for (const e of r.errors) errors.set(e.index ?? 0, errorFromStatus(codeOfName(e.code ?? ''), e.message ?? ''));
    batch.forEach((q, i) => this.settle(q, errors.get(i)));
  }

  /** The stream broke: open it again elsewhere and send again what is unanswered, or fail it all if retrying cannot help. */
  private broken(call: HeartbeatCall, err: RegdError): void {
    if (this.call !== call) return;
    this.call = undefined;
    call.removeAllListeners('data');
    if (this.closed || this.t.isClosed) return;
    const unanswered = [...this.inFlight.values()].flat().filter((q) => !q.settled);
    this.inFlight.clear();
    if (!transientStreamError(err)) {
      for (const q of [...unanswered, ...this.queue]) this.settle(q, err);
      this.queue = [];
      return;
    }
    this.t.failed(this.callEndpoint);
    this.queue = [...unanswered, ...this.queue];
    if (this.queue.length === 0) return; // opened again by the next report
    const delay = this.backoff.duration;
    this.backoff = this.backoff.next(undefined);
    this.flushScheduled?.cancel();
    this.flushScheduled = undefined;
    clearTimeout(this.reopenTimer);
    this.reopenTimer = setTimeout(() => {
      this.reopenTimer = undefined;
      this.flush();
    }, delay);
  }

  private endCall(): void {
    const call = this.call;
    this.call = undefined;
    if (call === undefined) return;
    call.removeAllListeners();
    call.on('error', () => undefined);
    call.cancel();
  }
}

/** The service registry. See the notes at the top of this file for which calls are retried. */
export class Registry {
  private readonly sessions = new Set<HeartbeatSession>();
  private readonly watches = new Set<ServiceWatch>();
  /** @internal the handles of `register` (src/client/self-registration.ts) */
  readonly selfRegistrations: SelfRegistrations;

  /**
   * @internal `resend`: whether writes with an unknown outcome may be sent again (false when the client does not retry);
   * `deregisterOnExit`: the default of RegisterOptions.deregisterOnExit.
   */
  constructor(private readonly t: Transport, private readonly resend: boolean, options: { deregisterOnExit?: boolean } = {}) {
    this.selfRegistrations = new SelfRegistrations(this, options.deregisterOnExit === true);
  }

  /**
   * Registers this process as an instance and keeps it registered: with `ttlMs`, the handle
   * reports a TTL check over the client's one shared heartbeat stream; when the cluster lost the
   * registration, it is registered again. Resolves once the registration committed. See
   * src/client/self-registration.ts.
   */
  register(options: RegisterOptions): Promise<ServiceRegistration> {
    return this.selfRegistrations.register(options);
  }

  /** Sets an instance's record once, replacing any with the same service and id. May throw UnknownOutcomeError. */
  async put(registration: Registration, options?: CallOptions): Promise<RegistryHeader> {
    const req: pb.IRegisterRequest = { instance: registrationToWire(registration) };
    return toRegistryHeader((await this.settledWrite(RegistryService.Register, req, options, false))?.header);
  }

  /** Removes an instance (NotFoundError if it is not registered). May throw UnknownOutcomeError. */
  async deregister(service: string, id: string, options?: CallOptions): Promise<DeregisterResult> {
    const r = await this.settledWrite(RegistryService.Deregister, { service, id }, options, true);
    return { header: r === null ? null : toRegistryHeader(r.header) };
  }

  /** Reports one check's status (for a TTL check, also a heartbeat). Retried on transient errors. */
  async report(service: string, id: string, checkId: string, status: HealthStatus, output = '', options?: CallOptions): Promise<RegistryHeader> {
    const req: pb.IReportCheckRequest = { report: { service, id, checkId, status: statusToWire(status), output } };
    return toRegistryHeader((await this.t.unary(RegistryService.ReportCheck, req, 'idempotent', options)).header);
  }

  /** A session that batches reports over one Heartbeat stream; close() it when done. */
  heartbeats(options: HeartbeatOptions = {}): HeartbeatSession {
    if (this.t.isClosed) throw new ClientClosedError();
    const s = new HeartbeatSession(this.t, options, (x) => this.sessions.delete(x));
    this.sessions.add(s);
    return s;
  }

  /** Puts an instance in maintenance (critical, with `reason`) or takes it out. May throw UnknownOutcomeError. */
  async setMaintenance(service: string, id: string, enable: boolean, reason = '', options?: CallOptions): Promise<RegistryHeader> {
    const req: pb.ISetMaintenanceRequest = { service, id, enable, reason };
    return toRegistryHeader((await this.settledWrite(RegistryService.SetMaintenance, req, options, false))?.header);
  }

  /** Every service with its tags and counts by status. */
  async listServices(options?: CallOptions & { serializable?: boolean }): Promise<ListServicesResult> {
    const r = await this.t.unary(RegistryService.ListServices, { serializable: options?.serializable === true }, 'idempotent', options);
    return {
      header: toRegistryHeader(r.header),
      services: r.services.map((s) => ({
        name: s.name ?? '', tags: s.tags ?? [], instances: s.instances ?? 0, passing: s.passing ?? 0, warning: s.warning ?? 0, critical: s.critical ?? 0,
      })),
      selfPreservation: r.selfPreservation,
    };
  }

  /** The instances of a service, filtered as asked. */
  async listInstances(service: string, options?: ListInstancesOptions): Promise<ListInstancesResult> {
    const req: pb.IListInstancesRequest = { service };
    if (options?.passingOnly === true) req.passingOnly = true;
    if (options?.tags !== undefined) req.tags = [...options.tags];
    if (options?.meta !== undefined) req.meta = { ...options.meta };
    if (options?.serializable === true) req.serializable = true;
    const r = await this.t.unary(RegistryService.ListInstances, req, 'idempotent', options);
    return { header: toRegistryHeader(r.header), instances: r.instances.map(instanceFromWire), selfPreservation: r.selfPreservation };
  }

  /** Watches a service's instances (see ServiceWatch). */
  watch(service: string, options: ServiceWatchOptions = {}): ServiceWatch {
    const w = new ServiceWatch(this.t, service, options, (x) => this.watches.delete(x));
    this.watches.add(w);
    return w;
  }

  async status(options?: CallOptions): Promise<RegistryStatus> {
    const r = await this.t.unary(RegistryService.Status, {}, 'idempotent', options);
    const since = longToNumber(r.selfPreservationSinceUnixMs, 'selfPreservationSinceUnixMs');
    return {
      header: toRegistryHeader(r.header),
      services: r.services,
      instances: r.instances,
      passing: r.passing,
      warning: r.warning,
      critical: r.critical,
      stale: r.stale,
      selfPreservation: r.selfPreservation,
      selfPreservationSinceMs: since === 0 ? null : since,
    };
  }

  /** Ends a self-preservation hold now (held transitions are then released at a bounded rate). False when none was in force. */
  async releaseSelfPreservation(options?: CallOptions): Promise<{ header: RegistryHeader; released: boolean }> {
    const r = await this.t.unary(RegistryService.ReleaseSelfPreservation, {}, 'write', options);
    return { header: toRegistryHeader(r.header), released: r.released };
  }

  /** Stops every handle of `register` (without deregistering) and ends every heartbeat session and watch of this client. */
  close(): void {
    this.selfRegistrations.close();
    for (const s of [...this.sessions]) s.close();
    for (const w of [...this.watches]) w.close();
  }

  /**
   * A write that sets a value: sent once as a write; if its outcome is
   * unknown (and the client retries), sent again to settle it. With
   * `notFoundIsGone`, NOT_FOUND to that second send means the first took
   * effect: it answers null.
   */
  private async settledWrite<IReq, Res>(
    method: { readonly path: string; readonly requestSerialize: (v: IReq) => Buffer; readonly responseDeserialize: (b: Buffer) => Res },
    req: IReq, options: CallOptions | undefined, notFoundIsGone: boolean,
  ): Promise<Res | null> {
    try {
      return await this.t.unary(method, req, 'write', options);
    } catch (first) {
      if (!(first instanceof UnknownOutcomeError) || !this.resend || this.t.isClosed) throw first;
      try {
        return await this.t.unary(method, req, 'idempotent', options);
      } catch (second) {
        if (notFoundIsGone && second instanceof NotFoundError) return null;
        if (second instanceof ClientClosedError) throw second;
        throw new UnknownOutcomeError(second instanceof RegdError ? second : first.cause);
      }
    }
  }

  /** A live set of the passing (by default) instances of a service, kept current by a watch; see DiscoverySet. Closing the client closes it. */
  discover(service: string, options?: DiscoverOptions): DiscoverySet {
    return new DiscoverySet(this, service, options);
  }
}
