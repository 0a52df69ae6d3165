// Maintenance: status, hashes, alarms, defragmentation, leader transfer and
// snapshots. Each call answers for the member it reaches; pass `endpoint` to
// ask a particular member.

import type { ServiceError } from '@grpc/grpc-js';
import { etcdserverpb as pb } from '../generated/proto.js';
import { longToBigInt, longToUnsignedBigInt, toInt64, toUint64 } from '../proto/long.js';
import { MaintenanceService } from '../proto/services.js';
import { ClientClosedError } from './errors.js';
import type { CallOptions, Transport } from './transport.js';
import { toHeader, type ResponseHeader, type RevisionInput } from './types.js';

export interface StatusResult {
  header: ResponseHeader;
  version: string;
  dbSize: bigint;
  /** The member id of the leader the member knows (0n: none). */
  leader: bigint;
  raftIndex: bigint;
  raftTerm: bigint;
  raftAppliedIndex: bigint;
  errors: string[];
  dbSizeInUse: bigint;
  isLearner: boolean;
}

export type AlarmType = 'none' | 'nospace' | 'corrupt';
export type AlarmAction = 'get' | 'activate' | 'deactivate';

export interface AlarmMember {
  memberId: bigint;
  alarm: AlarmType;
}

const ALARM_TYPES: AlarmType[] = ['none', 'nospace', 'corrupt'];
const ALARM_ACTIONS: Record<AlarmAction, pb.AlarmRequest.AlarmAction> = {
  get: pb.AlarmRequest.AlarmAction.GET,
  activate: pb.AlarmRequest.AlarmAction.ACTIVATE,
  deactivate: pb.AlarmRequest.AlarmAction.DEACTIVATE,
};

export class Maintenance {
  constructor(private readonly t: Transport) {}

  async status(options?: CallOptions): Promise<StatusResult> {
    const r = await this.t.unary(MaintenanceService.Status, {}, 'idempotent', options);
    return {
      header: toHeader(r.header),
      version: r.version,
      dbSize: longToBigInt(r.dbSize),
      leader: longToUnsignedBigInt(r.leader),
      raftIndex: longToUnsignedBigInt(r.raftIndex),
      raftTerm: longToUnsignedBigInt(r.raftTerm),
      raftAppliedIndex: longToUnsignedBigInt(r.raftAppliedIndex),
      errors: r.errors,
      dbSizeInUse: longToBigInt(r.dbSizeInUse),
      isLearner: r.isLearner,
    };
  }

  /** A hash of the member's whole store. */
  async hash(options?: CallOptions): Promise<{ header: ResponseHeader; hash: number }> {
    const r = await this.t.unary(MaintenanceService.Hash, {}, 'idempotent', options);
    return { header: toHeader(r.header), hash: r.hash };
  }

  /** A hash of the key-value history up to `revision` (0 or absent: the latest). */
  async hashKV(revision: RevisionInput = 0n, options?: CallOptions): Promise<{ header: ResponseHeader; hash: number; compactRevision: bigint }> {
    const r = await this.t.unary(MaintenanceService.HashKV, { revision: toInt64(revision) }, 'idempotent', options);
    return { header: toHeader(r.header), hash: r.hash, compactRevision: longToBigInt(r.compactRevision) };
  }

  /** Lists, raises or clears alarms. Only `get` is retried. */
  async alarm(action: AlarmAction = 'get', alarm: AlarmType = 'none', memberId = 0n, options?: CallOptions): Promise<{ header: ResponseHeader; alarms: AlarmMember[] }> {
    const req: pb.IAlarmRequest = { action: ALARM_ACTIONS[action], memberID: toUint64(memberId), alarm: ALARM_TYPES.indexOf(alarm) };
    const r = await this.t.unary(MaintenanceService.Alarm, req, action === 'get' ? 'idempotent' : 'write', options);
    return {
      header: toHeader(r.header),
      alarms: r.alarms.map((a) => ({ memberId: longToUnsignedBigInt(a.memberID), alarm: ALARM_TYPES[a.alarm ?? 0] ?? 'none' })),
    };
  }

  /** Defragments the member's storage (safe to repeat). */
  async defragment(options?: CallOptions): Promise<ResponseHeader> {
    return toHeader((await this.t.unary(MaintenanceService.Defragment, {}, 'idempotent', options)).header);
  }

  /**
   * Hands leadership to the member `targetId`. Only the leader can do this:
   * send it to the leader's endpoint (`options.endpoint`; find it with
   * `status`, whose `leader` equals its `header.memberId`). Not retried.
   */
  async moveLeader(targetId: bigint, options?: CallOptions): Promise<ResponseHeader> {
    return toHeader((await this.t.unary(MaintenanceService.MoveLeader, { targetID: toUint64(targetId) }, 'write', options)).header);
  }

  /**
   * The member's whole backend as a stream of chunks, in order (etcd ends it
   * with the SHA-256 of what came before, as etcdctl's snapshot files hold).
   * One member answers: `options.endpoint`, else the endpoint in use; no
   * fail-over and no deadline (`options.timeoutMs` is ignored). Bounded:
   * chunks are read as the consumer takes them (grpc-js flow control), never
   * the whole snapshot at once. Ending the loop early cancels the stream; a
   * failure rejects the iteration with the RegdError of the answer.
   */
  snapshot(options?: Pick<CallOptions, 'endpoint'>): AsyncIterable<Uint8Array> {
    const t = this.t;
    return {
      async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array, void, undefined> {
        const endpoint = options?.endpoint ?? t.endpoint;
        const call = t.serverStream(MaintenanceService.Snapshot, endpoint, {});
        try {
          for await (const r of call as AsyncIterable<pb.SnapshotResponse>) {
            if (r.blob.length > 0) yield r.blob;
          }
        } catch (err) {
          if (t.isClosed) throw new ClientClosedError();
          throw isServiceError(err) ? t.toError(err, options?.endpoint === undefined ? endpoint : undefined) : err;
        } finally {
          // Ended early (or failed): stop the member sending; a late CANCELLED is expected and dropped.
          call.on('error', () => undefined);
          call.cancel();
        }
      },
    };
  }
}

function isServiceError(e: unknown): e is ServiceError {
  return e instanceof Error && typeof (e as Partial<ServiceError>).code === 'number';
}
