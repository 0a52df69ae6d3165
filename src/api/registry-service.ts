// regd.v1.Registry: the service registry on the client port.
//
// Writes (register, deregister, maintenance) go through Raft from any member.
// Check reports are heartbeats that only the leader takes: a follower forwards
// them to the leader (marked, so the leader never forwards them again) and
// answers with the leader's verdict. Reads are linearizable unless asked
// serializable.

import { status, type Metadata, type ServerDuplexStream, type ServerWritableStream } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import type { regd } from '../generated/proto.js';
import { longToNumber } from '../proto/long.js';
import type { RegistryServer } from '../proto/services.js';
import type { CheckStatus } from '../health/check.js';
import { RegistryError } from '../registry/errors.js';
import type { HealthManager } from '../registry/health-manager.js';
import type { InstanceFilter, RegistryStore } from '../registry/store.js';
import { describeIssues, idIssues, validateRegistration } from '../registry/validate.js';
import { watchService, type ServiceWatch, type ServiceWatchUpdate } from '../registry/watch.js';
import type { WatchHub } from '../kv/watch-hub.js';
import { FORWARDED_METADATA } from '../server/lease-forwarder.js';
import { toServiceError, unary } from './grpc-call.js';
import type { NodeView } from './node-view.js';
import { instanceToPb, registrationFromPb, registryHeader, reportStatusFromPb } from './registry-convert.js';

/** Reports in one heartbeat message at most. */
export const MAX_REPORTS_PER_HEARTBEAT = 1_000;
/** Heartbeat messages of one stream being answered at once; the stream stops reading past this. */
export const MAX_HEARTBEATS_IN_FLIGHT_PER_STREAM = 8;

/** How a follower reaches the leader (src/server/report-forwarder.ts). */
export interface LeaderForwarder {
  /** The leader's verdict on each report: undefined when taken, else its error. */
  report(reports: regd.v1.ICheckReport[]): Promise<Array<regd.v1.IReportError | undefined>>;
  releaseSelfPreservation(): Promise<boolean>;
}

export interface RegistryDeps {
  store: RegistryStore;
  health: HealthManager;
  hub: WatchHub;
  forwarder: LeaderForwarder;
  /** Reports received by this member (taken here or forwarded). */
  onReports?(n: number): void;
}

function invalid(issues: ReturnType<typeof idIssues>): never {
  throw new RegistryError('INVALID_ARGUMENT', `registry: ${describeIssues(issues)}`);
}

function requireIds(ids: ReadonlyArray<readonly [string, unknown]>, reason?: readonly [string, string]): void {
  const issues = idIssues(ids, reason);
  if (issues.length > 0) invalid(issues);
}

function isForwarded(md: Metadata): boolean {
  return md.get(FORWARDED_METADATA)[0] === '1';
}

const CODE_NAMES: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(status).filter(([, v]) => typeof v === 'number').map(([k, v]) => [v, k]));

function reportError(index: number, err: unknown): regd.v1.IReportError {
  const e = toServiceError(err);
  return { index, code: CODE_NAMES[e.code ?? status.UNKNOWN] ?? 'UNKNOWN', message: e.details ?? '' };
}

export function registryService(node: NodeView, deps: RegistryDeps, log: Logger): RegistryServer {
  const hdr = (revision: number) => registryHeader(node.headerBase(), revision);
  const hasLeader = () => node.hasLeader();

  /** One report on the leader; throws what the client should hear. */
  async function reportHere(r: regd.v1.ICheckReport): Promise<void> {
    requireIds([['service', r.service ?? ''], ['id', r.id ?? ''], ['check_id', r.checkId ?? '']]);
    const s: CheckStatus = reportStatusFromPb(r.status, 'status');
    await deps.health.report(r.service!, r.id!, r.checkId!, s, r.output ?? '');
  }

  /** The verdict on each report: taken here when leading, else by the leader. */
  async function reports(rs: regd.v1.ICheckReport[], forwarded: boolean): Promise<Array<regd.v1.IReportError | undefined>> {
    deps.onReports?.(rs.length);
    if (deps.health.isLeading() || forwarded) {
      return Promise.all(rs.map((r, i) => reportHere(r).then(() => undefined, (err: unknown) => reportError(i, err))));
    }
    return deps.forwarder.report(rs);
  }

  return {
    Register: unary(log, 'Register', async (req) => {
      const { registration, explicitStatus } = registrationFromPb(req.instance);
      const v = validateRegistration(registration);
      if (!v.ok) invalid(v.issues);
      const revision = await deps.store.register(v.registration, explicitStatus);
      return { header: hdr(revision) };
    }, { hasLeader }),

    Deregister: unary(log, 'Deregister', async (req) => {
      requireIds([['service', req.service], ['id', req.id]]);
      const revision = await deps.store.deregister(req.service, req.id);
      return { header: hdr(revision) };
    }, { hasLeader }),

    ReportCheck: unary(log, 'ReportCheck', async (req, call) => {
      const r = req.report ?? {};
      const [err] = await reports([r], isForwarded(call.metadata));
      if (err !== undefined && err !== null) {
        const code = (status as unknown as Record<string, number>)[err.code ?? 'UNKNOWN'] ?? status.UNKNOWN;
        throw Object.assign(new Error(err.message ?? ''), { code, details: err.message ?? '' });
      }
      return { header: hdr(node.kv.revision) };
    }, { hasLeader }),

    Heartbeat: (call: ServerDuplexStream<regd.v1.HeartbeatRequest, regd.v1.IHeartbeatResponse>) => {
      const forwarded = isForwarded(call.metadata);
      let inFlight = 0;
      let ended = false;
      call.on('data', (req: regd.v1.HeartbeatRequest) => {
        const seq = req.seq;
        if (req.reports.length > MAX_REPORTS_PER_HEARTBEAT) {
          call.write({
            header: hdr(node.kv.revision), seq,
            errors: [{ index: 0, code: 'INVALID_ARGUMENT', message: `registry: at most ${MAX_REPORTS_PER_HEARTBEAT} reports per heartbeat, got ${req.reports.length}` }],
          });
          return;
        }
        if (++inFlight >= MAX_HEARTBEATS_IN_FLIGHT_PER_STREAM) call.pause();
        reports(req.reports, forwarded).then(
          (verdicts) => verdicts.flatMap((e) => (e === undefined ? [] : [e])),
          (err: unknown) => req.reports.map((_, i) => reportError(i, err)),
        ).then((errors) => {
          if (!ended) call.write({ header: hdr(node.kv.revision), seq, errors });
          if (--inFlight < MAX_HEARTBEATS_IN_FLIGHT_PER_STREAM) call.resume();
        });
      });
      call.on('end', () => {
        ended = true;
        call.end();
      });
      call.on('error', () => { ended = true; });
      call.on('cancelled', () => { ended = true; });
    },

    SetMaintenance: unary(log, 'SetMaintenance', async (req) => {
      requireIds([['service', req.service], ['id', req.id]], ['reason', req.reason]);
      const r = await deps.store.setMaintenance(req.service, req.id, req.enable ? { reason: req.reason } : null);
      return { header: hdr(r.revision) };
    }, { hasLeader }),

    ListServices: unary(log, 'ListServices', async (req) => {
      const all = await deps.store.list(undefined, {}, req.serializable);
      const by = new Map<string, { tags: Set<string>; instances: number; passing: number; warning: number; critical: number }>();
      for (const v of all.instances) {
        const name = v.record.reg.service;
        let s = by.get(name);
        if (s === undefined) {
          s = { tags: new Set(), instances: 0, passing: 0, warning: 0, critical: 0 };
          by.set(name, s);
        }
        for (const t of v.record.reg.tags) s.tags.add(t);
        s.instances++;
        s[v.health.status]++;
      }
      const services = [...by].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, s]) => ({ name, tags: [...s.tags].sort(), instances: s.instances, passing: s.passing, warning: s.warning, critical: s.critical }));
      return { header: hdr(all.revision), services, selfPreservation: all.selfPreservation.active };
    }, { hasLeader }),

    ListInstances: unary(log, 'ListInstances', async (req) => {
      requireIds([['service', req.service]]);
      const metaEntries = Object.entries(req.meta ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const filter: InstanceFilter = { passingOnly: req.passingOnly, tags: req.tags, meta: metaEntries };
      const list = await deps.store.list(req.service, filter, req.serializable);
      return { header: hdr(list.revision), instances: list.instances.map(instanceToPb), selfPreservation: list.selfPreservation.active };
    }, { hasLeader }),

    Watch: (call: ServerWritableStream<regd.v1.WatchRequest, regd.v1.IWatchResponse>) => {
      let watch: ServiceWatch | undefined;
      let done = false;
      const fail = (err: unknown) => {
        if (done) return;
        done = true;
        watch?.close();
        // 'error' makes grpc-js send the status; destroy() would end the stream without one.
        call.emit('error', toServiceError(err));
      };
      call.on('cancelled', () => {
        done = true;
        watch?.close();
      });
      call.on('drain', () => watch?.resume());
      const toPb = (u: ServiceWatchUpdate): regd.v1.IWatchResponse => ({
        header: hdr(u.revision),
        snapshot: u.snapshot,
        selfPreservation: u.selfPreservation,
        events: u.changes.map((c) => (c.type === 'put'
          ? { type: 0, instance: instanceToPb(c.instance) }
          : { type: 1, instance: { service: c.service, id: c.id } })),
      });
      try {
        requireIds([['service', call.request.service]]);
        const start = longToNumber(call.request.startRevision, 'start_revision');
        watchService(deps.hub, deps.store, call.request.service, start, {
          update: (u) => (done ? true : call.write(toPb(u))),
          end: fail,
        }).then((w) => {
          if (done) w.close();
          else watch = w;
        }, fail);
      } catch (err) {
        fail(err);
      }
    },

    Status: unary(log, 'Status', async () => {
      const sum = await deps.store.summary(false);
      return {
        header: hdr(sum.revision),
        services: sum.services,
        instances: sum.instances,
        ...sum.byStatus,
        stale: sum.stale,
        selfPreservation: sum.selfPreservation.active,
        selfPreservationSinceUnixMs: sum.selfPreservation.sinceMs,
      };
    }, { hasLeader }),

    ReleaseSelfPreservation: unary(log, 'ReleaseSelfPreservation', async (_req, call) => {
      const released = deps.health.isLeading() || isForwarded(call.metadata)
        ? deps.health.releaseSelfPreservation()
        : await deps.forwarder.releaseSelfPreservation();
      return { header: hdr(node.kv.revision), released };
    }, { hasLeader }),
  };
}

