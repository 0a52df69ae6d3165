// Service definitions: every method path, kind and message type matches the
// reference table (/work/shared/reference/etcd-v3-api.md §1), and the
// definitions and typed clients work end to end over a loopback gRPC server.
import { Metadata, Server, ServerCredentials, credentials, status, type ServiceError } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { etcdserverpb, grpc as grpcpb, regd, v3electionpb, v3lockpb } from '../../src/generated/proto.js';
import { longToBigInt, longToNumber, toUint64 } from '../../src/proto/long.js';
import {
  AuthService, ClusterService, ElectionService, HealthService, KVClient, KVService, LeaseService, LockService,
  MaintenanceClient, MaintenanceService, RaftTransportClient, RaftTransportService, SERVICES, WatchClient, WatchService,
  addService, type KVServer, type MethodKind, type RpcMethodInfo,
} from '../../src/proto/services.js';
import { batchMessages, batchStamp, batchToWire } from '../../src/server/raft-codec.js';
import type { Message } from '../../src/raft/index.js';

type Kind = 'U' | 'BI' | 'SS' | 'CS';
const KIND: Record<Kind, MethodKind> = { U: 'unary', BI: 'bidi', SS: 'serverStream', CS: 'clientStream' };

/** The reference table, transcribed: path, kind, request type, response type. */
const REFERENCE: Array<[string, Kind, string, string]> = [
  ['/etcdserverpb.KV/Range', 'U', 'RangeRequest', 'RangeResponse'],
  ['/etcdserverpb.KV/Put', 'U', 'PutRequest', 'PutResponse'],
  ['/etcdserverpb.KV/DeleteRange', 'U', 'DeleteRangeRequest', 'DeleteRangeResponse'],
  ['/etcdserverpb.KV/Txn', 'U', 'TxnRequest', 'TxnResponse'],
  ['/etcdserverpb.KV/Compact', 'U', 'CompactionRequest', 'CompactionResponse'],
  ['/etcdserverpb.Watch/Watch', 'BI', 'WatchRequest', 'WatchResponse'],
  ['/etcdserverpb.Lease/LeaseGrant', 'U', 'LeaseGrantRequest', 'LeaseGrantResponse'],
  ['/etcdserverpb.Lease/LeaseRevoke', 'U', 'LeaseRevokeRequest', 'LeaseRevokeResponse'],
  ['/etcdserverpb.Lease/LeaseKeepAlive', 'BI', 'LeaseKeepAliveRequest', 'LeaseKeepAliveResponse'],
  ['/etcdserverpb.Lease/LeaseTimeToLive', 'U', 'LeaseTimeToLiveRequest', 'LeaseTimeToLiveResponse'],
  ['/etcdserverpb.Lease/LeaseLeases', 'U', 'LeaseLeasesRequest', 'LeaseLeasesResponse'],
  ['/etcdserverpb.Cluster/MemberAdd', 'U', 'MemberAddRequest', 'MemberAddResponse'],
  ['/etcdserverpb.Cluster/MemberRemove', 'U', 'MemberRemoveRequest', 'MemberRemoveResponse'],
  ['/etcdserverpb.Cluster/MemberUpdate', 'U', 'MemberUpdateRequest', 'MemberUpdateResponse'],
  ['/etcdserverpb.Cluster/MemberList', 'U', 'MemberListRequest', 'MemberListResponse'],
  ['/etcdserverpb.Cluster/MemberPromote', 'U', 'MemberPromoteRequest', 'MemberPromoteResponse'],
  ['/etcdserverpb.Maintenance/Alarm', 'U', 'AlarmRequest', 'AlarmResponse'],
  ['/etcdserverpb.Maintenance/Status', 'U', 'StatusRequest', 'StatusResponse'],
  ['/etcdserverpb.Maintenance/Defragment', 'U', 'DefragmentRequest', 'DefragmentResponse'],
  ['/etcdserverpb.Maintenance/Hash', 'U', 'HashRequest', 'HashResponse'],
  ['/etcdserverpb.Maintenance/HashKV', 'U', 'HashKVRequest', 'HashKVResponse'],
  ['/etcdserverpb.Maintenance/Snapshot', 'SS', 'SnapshotRequest', 'SnapshotResponse'],
  ['/etcdserverpb.Maintenance/MoveLeader', 'U', 'MoveLeaderRequest', 'MoveLeaderResponse'],
  ['/etcdserverpb.Maintenance/Downgrade', 'U', 'DowngradeRequest', 'DowngradeResponse'],
  ['/etcdserverpb.Auth/AuthEnable', 'U', 'AuthEnableRequest', 'AuthEnableResponse'],
  ['/etcdserverpb.Auth/AuthDisable', 'U', 'AuthDisableRequest', 'AuthDisableResponse'],
  ['/etcdserverpb.Auth/AuthStatus', 'U', 'AuthStatusRequest', 'AuthStatusResponse'],
  ['/etcdserverpb.Auth/Authenticate', 'U', 'AuthenticateRequest', 'AuthenticateResponse'],
  ['/etcdserverpb.Auth/UserAdd', 'U', 'AuthUserAddRequest', 'AuthUserAddResponse'],
  ['/etcdserverpb.Auth/UserGet', 'U', 'AuthUserGetRequest', 'AuthUserGetResponse'],
  ['/etcdserverpb.Auth/UserList', 'U', 'AuthUserListRequest', 'AuthUserListResponse'],
  ['/etcdserverpb.Auth/UserDelete', 'U', 'AuthUserDeleteRequest', 'AuthUserDeleteResponse'],
  ['/etcdserverpb.Auth/UserChangePassword', 'U', 'AuthUserChangePasswordRequest', 'AuthUserChangePasswordResponse'],
  ['/etcdserverpb.Auth/UserGrantRole', 'U', 'AuthUserGrantRoleRequest', 'AuthUserGrantRoleResponse'],
  ['/etcdserverpb.Auth/UserRevokeRole', 'U', 'AuthUserRevokeRoleRequest', 'AuthUserRevokeRoleResponse'],
  ['/etcdserverpb.Auth/RoleAdd', 'U', 'AuthRoleAddRequest', 'AuthRoleAddResponse'],
  ['/etcdserverpb.Auth/RoleGet', 'U', 'AuthRoleGetRequest', 'AuthRoleGetResponse'],
  ['/etcdserverpb.Auth/RoleList', 'U', 'AuthRoleListRequest', 'AuthRoleListResponse'],
  ['/etcdserverpb.Auth/RoleDelete', 'U', 'AuthRoleDeleteRequest', 'AuthRoleDeleteResponse'],
  ['/etcdserverpb.Auth/RoleGrantPermission', 'U', 'AuthRoleGrantPermissionRequest', 'AuthRoleGrantPermissionResponse'],
  ['/etcdserverpb.Auth/RoleRevokePermission', 'U', 'AuthRoleRevokePermissionRequest', 'AuthRoleRevokePermissionResponse'],
  ['/v3lockpb.Lock/Lock', 'U', 'LockRequest', 'LockResponse'],
  ['/v3lockpb.Lock/Unlock', 'U', 'UnlockRequest', 'UnlockResponse'],
  ['/v3electionpb.Election/Campaign', 'U', 'CampaignRequest', 'CampaignResponse'],
  ['/v3electionpb.Election/Proclaim', 'U', 'ProclaimRequest', 'ProclaimResponse'],
  ['/v3electionpb.Election/Leader', 'U', 'LeaderRequest', 'LeaderResponse'],
  ['/v3electionpb.Election/Observe', 'SS', 'LeaderRequest', 'LeaderResponse'],
  ['/v3electionpb.Election/Resign', 'U', 'ResignRequest', 'ResignResponse'],
  // Not in the etcd table: the standard health service and regd's peer transport.
  ['/grpc.health.v1.Health/Check', 'U', 'HealthCheckRequest', 'HealthCheckResponse'],
  ['/grpc.health.v1.Health/Watch', 'SS', 'HealthCheckRequest', 'HealthCheckResponse'],
  ['/regd.raftpb.RaftTransport/Send', 'CS', 'MessageBatch', 'SendReply'],
  ['/regd.raftpb.RaftTransport/SendSnapshot', 'CS', 'SnapshotChunk', 'SendReply'],
  // regd's own service registry (proto/regd/registry.proto).
  ['/regd.v1.Registry/Register', 'U', 'RegisterRequest', 'RegisterResponse'],
  ['/regd.v1.Registry/Deregister', 'U', 'DeregisterRequest', 'DeregisterResponse'],
  ['/regd.v1.Registry/ReportCheck', 'U', 'ReportCheckRequest', 'ReportCheckResponse'],
  ['/regd.v1.Registry/Heartbeat', 'BI', 'HeartbeatRequest', 'HeartbeatResponse'],
  ['/regd.v1.Registry/SetMaintenance', 'U', 'SetMaintenanceRequest', 'SetMaintenanceResponse'],
  ['/regd.v1.Registry/ListServices', 'U', 'ListServicesRequest', 'ListServicesResponse'],
  ['/regd.v1.Registry/ListInstances', 'U', 'ListInstancesRequest', 'ListInstancesResponse'],
  ['/regd.v1.Registry/Watch', 'SS', 'WatchRequest', 'WatchResponse'],
  ['/regd.v1.Registry/Status', 'U', 'StatusRequest', 'StatusResponse'],
  ['/regd.v1.Registry/ReleaseSelfPreservation', 'U', 'ReleaseSelfPreservationRequest', 'ReleaseSelfPreservationResponse'],
];

/** The generated class for a message name in the package of a path. */
function messageClass(path: string, name: string): unknown {
  const pkg = path.slice(1, path.lastIndexOf('.', path.indexOf('/', 1)));
  const ns: Record<string, Record<string, unknown>> = {
    etcdserverpb: etcdserverpb as unknown as Record<string, unknown>,
    v3lockpb: v3lockpb as unknown as Record<string, unknown>,
    v3electionpb: v3electionpb as unknown as Record<string, unknown>,
    'grpc.health.v1': grpcpb.health.v1 as unknown as Record<string, unknown>,
    'regd.raftpb': regd.raftpb as unknown as Record<string, unknown>,
    'regd.v1': regd.v1 as unknown as Record<string, unknown>,
  };
  const cls = ns[pkg]?.[name];
  if (cls === undefined) throw new Error(`no generated class ${pkg}.${name}`);
  return cls;
}

interface Described extends RpcMethodInfo {
  requestType: unknown;
  responseType: unknown;
}

function allMethods(): Map<string, Described> {
  const out = new Map<string, Described>();
  for (const [serviceName, service] of Object.entries(SERVICES)) {
    for (const [name, m] of Object.entries(service)) {
      expect(m.path).toBe(`/${serviceName}/${name}`);
      out.set(m.path, m as Described);
    }
  }
  return out;
}

describe('service definitions', () => {
  const methods = allMethods();

  it('has exactly the methods of the reference table', () => {
    expect([...methods.keys()].sort()).toEqual(REFERENCE.map(([p]) => p).sort());
  });

  it.each(REFERENCE)('%s is %s %s -> %s', (path, kind, req, res) => {
    const m = methods.get(path)!;
    expect(m.kind).toBe(KIND[kind]);
    expect(m.requestStream).toBe(kind === 'BI' || kind === 'CS');
    expect(m.responseStream).toBe(kind === 'BI' || kind === 'SS');
    expect(m.requestType).toBe(messageClass(path, req));
    expect(m.responseType).toBe(messageClass(path, res));
  });

  it('name traps: Compact takes CompactionRequest, Observe takes LeaderRequest, UserAdd takes AuthUserAddRequest', () => {
    expect(KVService.Compact.requestType).toBe(etcdserverpb.CompactionRequest);
    expect(KVService.Compact.responseType).toBe(etcdserverpb.CompactionResponse);
    expect(ElectionService.Observe.requestType).toBe(v3electionpb.LeaderRequest);
    expect(ElectionService.Observe.responseStream).toBe(true);
    expect(AuthService.UserAdd.requestType).toBe(etcdserverpb.AuthUserAddRequest);
    expect(AuthService.RoleGet.path).toBe('/etcdserverpb.Auth/RoleGet');
    expect(AuthService.RoleGet.requestType).toBe(etcdserverpb.AuthRoleGetRequest);
    expect(LockService.Lock.path).toBe('/v3lockpb.Lock/Lock');
    expect(HealthService.Check.path).toBe('/grpc.health.v1.Health/Check');
    expect(ClusterService.MemberPromote.path).toBe('/etcdserverpb.Cluster/MemberPromote');
    expect(LeaseService.LeaseKeepAlive.requestStream && LeaseService.LeaseKeepAlive.responseStream).toBe(true);
    expect(MaintenanceService.Snapshot.requestStream).toBe(false);
  });

  it('serializers give Buffers of the generated encoding', () => {
    const b = KVService.Put.requestSerialize({ key: Buffer.from('foo'), value: Buffer.from('bar'), lease: 5 });
    expect(Buffer.isBuffer(b)).toBe(true);
    expect(b.toString('hex')).toBe('0a03666f6f1203626172' + '1805');
    const d = KVService.Put.requestDeserialize(b);
    expect(d).toBeInstanceOf(etcdserverpb.PutRequest);
  });
});

// ---------------------------------------------------------------------------
// End to end over loopback
// ---------------------------------------------------------------------------

describe('loopback gRPC', () => {
  const server = new Server();
  let address = '';
  const received: { batches: Array<{ stamp: ReturnType<typeof batchStamp>; messages: Message[] }> } = { batches: [] };
  const CLUSTER = 2n ** 63n + 99n;
  const MEMBER = 2n ** 64n - 3n;
  const header = (revision: number): etcdserverpb.IResponseHeader => ({ clusterId: toUint64(CLUSTER), memberId: toUint64(MEMBER), revision, raftTerm: 2 });

  const kv: KVServer = {
    Range: (call, cb) => {
      const key = call.request.key;
      cb(null, { header: header(7), kvs: [{ key, value: Buffer.from('v'), modRevision: 7, createRevision: 3, version: 2 }], count: 1 });
    },
    Put: (call, cb) => {
      if (call.request.key.length === 0) {
        cb({ code: status.INVALID_ARGUMENT, details: 'etcdserver: key is not provided' });
        return;
      }
      cb(null, { header: header(8) });
    },
    DeleteRange: (_call, cb) => cb(null, { header: header(8), deleted: 0 }),
    Txn: (_call, cb) => cb(null, { header: header(8), succeeded: true }),
    Compact: (_call, cb) => cb(null, { header: header(8) }),
  };

  beforeAll(async () => {
    addService(server, KVService, kv);
    addService(server, WatchService, {
      Watch: (call) => {
        call.on('data', (req: etcdserverpb.WatchRequest) => {
          if (req.requestUnion === 'createRequest') {
            call.write({ header: header(9), watchId: 1, created: true });
            call.write({ header: header(10), watchId: 1, events: [{ kv: { key: req.createRequest!.key, modRevision: 10 } }] });
          } else if (req.requestUnion === 'cancelRequest') {
            call.write({ header: header(10), watchId: req.cancelRequest!.watchId, canceled: true });
            call.end();
          }
        });
      },
    });
    addService(server, MaintenanceService, {
      Snapshot: (call) => {
        call.write({ header: header(1), remainingBytes: 3, blob: Buffer.from([1, 2]) });
        call.write({ header: header(1), remainingBytes: 0, blob: Buffer.from([3]) });
        call.end();
      },
    });
    addService(server, RaftTransportService, {
      Send: (call, cb) => {
        call.on('data', (b: regd.raftpb.MessageBatch) => {
          const stamp = batchStamp(b);
          if (stamp.clusterId !== CLUSTER) {
            cb(null, { reason: regd.raftpb.RejectReason.REJECT_REASON_CLUSTER_MISMATCH, detail: 'cluster ID mismatch', clusterId: toUint64(CLUSTER) });
            return;
          }
          received.batches.push({ stamp, messages: batchMessages(b) });
        });
        call.on('end', () => cb(null, { reason: regd.raftpb.RejectReason.REJECT_REASON_NONE, memberId: toUint64(MEMBER) }));
      },
    });
    address = await new Promise<string>((resolve, reject) => {
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(`127.0.0.1:${port}`)));
    });
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
  });

  it('unary: KV.Range and KV.Put through the typed client, with metadata and a gRPC error', async () => {
    const client = new KVClient(address, credentials.createInsecure());
    try {
      const md = new Metadata();
      md.set('client-api-version', '3.4');
      const res = await new Promise<etcdserverpb.RangeResponse>((resolve, reject) => {
        client.Range({ key: Buffer.from('health') }, md, (err, r) => (err ? reject(err) : resolve(r!)));
      });
      expect(res).toBeInstanceOf(etcdserverpb.RangeResponse);
      expect(Buffer.from(res.kvs[0]!.key ?? []).toString()).toBe('health');
      expect(longToNumber(res.header?.revision)).toBe(7);
      expect(longToBigInt(res.header?.memberId)).toBe(MEMBER);
      expect(longToBigInt(res.header?.clusterId)).toBe(CLUSTER);

      const err = await new Promise<ServiceError>((resolve, reject) => {
        client.Put({ value: Buffer.from('x') }, (e) => (e ? resolve(e) : reject(new Error('expected an error'))));
      });
      expect(err.code).toBe(status.INVALID_ARGUMENT);
      expect(err.details).toBe('etcdserver: key is not provided');
    } finally {
      client.close();
    }
  });

  it('bidi: Watch create, event, cancel', async () => {
    const client = new WatchClient(address, credentials.createInsecure());
    try {
      const call = client.Watch();
      const got: etcdserverpb.WatchResponse[] = [];
      const done = new Promise<void>((resolve, reject) => {
        call.on('data', (r: etcdserverpb.WatchResponse) => {
          got.push(r);
          if (got.length === 2) call.write({ cancelRequest: { watchId: 1 } });
        });
        call.on('end', () => resolve());
        call.on('error', reject);
      });
      call.write({ createRequest: { key: Buffer.from('k'), filters: [etcdserverpb.WatchCreateRequest.FilterType.NODELETE] } });
      await done;
      call.end();
      expect(got.map((r) => [r.created, r.canceled, r.events.length])).toEqual([[true, false, 0], [false, false, 1], [false, true, 0]]);
      expect(Buffer.from(got[1]!.events[0]!.kv?.key ?? []).toString()).toBe('k');
    } finally {
      client.close();
    }
  });

  it('server stream: Maintenance.Snapshot', async () => {
    const client = new MaintenanceClient(address, credentials.createInsecure());
    try {
      const chunks: number[] = [];
      await new Promise<void>((resolve, reject) => {
        const s = client.Snapshot({});
        s.on('data', (r: etcdserverpb.SnapshotResponse) => chunks.push(...r.blob));
        s.on('end', () => resolve());
        s.on('error', reject);
      });
      expect(chunks).toEqual([1, 2, 3]);
    } finally {
      client.close();
    }
  });

  it('unimplemented methods answer UNIMPLEMENTED', async () => {
    const client = new MaintenanceClient(address, credentials.createInsecure());
    try {
      const err = await new Promise<ServiceError>((resolve, reject) => {
        client.Status({}, (e) => (e ? resolve(e) : reject(new Error('expected an error'))));
      });
      expect(err.code).toBe(status.UNIMPLEMENTED);
    } finally {
      client.close();
    }
  });

  it('client stream: RaftTransport.Send carries stamped batches; a wrong cluster is rejected with a reason', async () => {
    const client = new RaftTransportClient(address, credentials.createInsecure());
    try {
      const app: Message = {
        type: 'app', from: 1, to: 2, term: 3, logTerm: 3, index: 10, commit: 9, reject: false, rejectHint: 0, context: '',
        entries: [{ term: 3, index: 11, data: Buffer.from('x') }, { term: 3, index: 12, data: new Uint8Array(0), conf: { voters: [1, 2], outgoing: [], learners: [] } }],
      };
      const hb: Message = { type: 'heartbeat', from: 1, to: 2, term: 3, logTerm: 0, index: 0, entries: [], commit: 12, reject: false, rejectHint: 0, context: 'r1' };
      const stamp = { clusterId: CLUSTER, from: 2n ** 63n + 1n, to: MEMBER };
      const reply = await new Promise<regd.raftpb.SendReply>((resolve, reject) => {
        const s = client.Send((err, r) => (err ? reject(err) : resolve(r!)));
        s.write(batchToWire(stamp, [app]));
        s.write(batchToWire(stamp, [hb]));
        s.end();
      });
      expect(reply.reason).toBe(regd.raftpb.RejectReason.REJECT_REASON_NONE);
      expect(longToBigInt(reply.memberId)).toBe(MEMBER);
      expect(received.batches).toHaveLength(2);
      expect(received.batches[0]!.stamp).toEqual(stamp);
      const got = received.batches[0]!.messages[0]!;
      expect(got.entries.map((e) => 'conf' in e)).toEqual([false, true]);
      expect(received.batches[1]!.messages).toEqual([hb]);

      const rejected = await new Promise<regd.raftpb.SendReply>((resolve, reject) => {
        const s = client.Send((err, r) => (err ? reject(err) : resolve(r!)));
        s.write(batchToWire({ ...stamp, clusterId: 1n }, [hb]));
      });
      expect(rejected.reason).toBe(regd.raftpb.RejectReason.REJECT_REASON_CLUSTER_MISMATCH);
      expect(rejected.detail).toBe('cluster ID mismatch');
    } finally {
      client.close();
    }
  });
});
