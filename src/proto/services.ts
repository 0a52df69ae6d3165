// grpc-js service definitions and client constructors for every service regd
// serves or calls, built on the static protobufjs code in src/generated/.
//
// Each method is typed four ways:
//   - Req:  the decoded request class (what a server handler receives);
//   - IReq: the request properties interface (what a client sends; plain objects);
//   - Res:  the decoded response class (what a client receives);
//   - IRes: the response properties interface (what a server handler returns).
//
// Paths are `/<proto package>.<Service>/<Method>`, built from the service name
// and the method key (test/proto/services.test.ts checks them against the
// reference table).

import {
  makeGenericClientConstructor,
  type CallOptions,
  type ChannelCredentials,
  type ChannelOptions,
  type Client,
  type ClientDuplexStream,
  type ClientReadableStream,
  type ClientUnaryCall,
  type ClientWritableStream,
  type deserialize as Deserialize,
  type MethodDefinition,
  type Metadata,
  type Server,
  type ServiceDefinition,
  type serialize as Serialize,
  type UntypedServiceImplementation,
  type handleBidiStreamingCall,
  type handleClientStreamingCall,
  type handleServerStreamingCall,
  type handleUnaryCall,
  type requestCallback,
} from '@grpc/grpc-js';
import type { Reader, Writer } from 'protobufjs/minimal.js';
import { etcdserverpb, grpc as grpcpb, regd, v3electionpb, v3lockpb } from '../generated/proto.js';

/** The static side of a generated message class: `T` decoded instances, `I` encodable properties. */
export interface MessageCodec<T, I> {
  encode(message: I, writer?: Writer): Writer;
  decode(reader: Reader | Uint8Array, length?: number): T;
}

export type MethodKind = 'unary' | 'clientStream' | 'serverStream' | 'bidi';

/** What every RPC method has, whatever its message types. */
export interface RpcMethodInfo {
  readonly path: string;
  readonly kind: MethodKind;
  readonly requestStream: boolean;
  readonly responseStream: boolean;
}

/**
 * One RPC: a grpc-js MethodDefinition plus its kind and message classes.
 * Server side it deserializes to `Req` and serializes `IRes`; client side it
 * serializes `IReq` and deserializes to `Res`.
 */
export interface RpcMethod<K extends MethodKind, Req extends IReq, IReq, Res extends IRes, IRes>
  extends MethodDefinition<Req, IRes> {
  readonly kind: K;
  /** Client side: takes plain request objects, not only decoded ones. */
  readonly requestSerialize: Serialize<IReq>;
  /** Client side: gives the decoded response class. */
  readonly responseDeserialize: Deserialize<Res>;
  readonly requestType: MessageCodec<Req, IReq>;
  readonly responseType: MessageCodec<Res, IRes>;
}

/** A service: method name -> RpcMethod (HandlerFor / ClientMethodFor recover the types). */
export type RpcService = Readonly<Record<string, RpcMethodInfo>>;

/** grpc-js wants a Buffer; the Node Writer already gives one, anything else is wrapped without copying. */
function asBuffer(u8: Uint8Array): Buffer {
  return Buffer.isBuffer(u8) ? u8 : Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

/** Encodes with a generated class straight to a Buffer (no copy on Node). */
export function encodeToBuffer<I>(type: { encode(message: I, writer?: Writer): Writer }, message: I): Buffer {
  return asBuffer(type.encode(message).finish());
}

interface MethodSpec<K extends MethodKind, Req extends IReq, IReq, Res extends IRes, IRes> {
  kind: K;
  requestType: MessageCodec<Req, IReq>;
  responseType: MessageCodec<Res, IRes>;
}

function unary<Req extends IReq, IReq, Res extends IRes, IRes>(
  requestType: MessageCodec<Req, IReq>,
  responseType: MessageCodec<Res, IRes>,
): MethodSpec<'unary', Req, IReq, Res, IRes> {
  return { kind: 'unary', requestType, responseType };
}

function clientStream<Req extends IReq, IReq, Res extends IRes, IRes>(
  requestType: MessageCodec<Req, IReq>,
  responseType: MessageCodec<Res, IRes>,
): MethodSpec<'clientStream', Req, IReq, Res, IRes> {
  return { kind: 'clientStream', requestType, responseType };
}

function serverStream<Req extends IReq, IReq, Res extends IRes, IRes>(
  requestType: MessageCodec<Req, IReq>,
  responseType: MessageCodec<Res, IRes>,
): MethodSpec<'serverStream', Req, IReq, Res, IRes> {
  return { kind: 'serverStream', requestType, responseType };
}

function bidi<Req extends IReq, IReq, Res extends IRes, IRes>(
  requestType: MessageCodec<Req, IReq>,
  responseType: MessageCodec<Res, IRes>,
): MethodSpec<'bidi', Req, IReq, Res, IRes> {
  return { kind: 'bidi', requestType, responseType };
}

type ServiceFromSpecs<T> = {
  readonly [M in keyof T]: T[M] extends MethodSpec<infer K, infer Req, infer IReq, infer Res, infer IRes>
    ? RpcMethod<K, Req, IReq, Res, IRes>
    : never;
};

function makeMethod<K extends MethodKind, Req extends IReq, IReq, Res extends IRes, IRes>(
  path: string,
  spec: MethodSpec<K, Req, IReq, Res, IRes>,
): RpcMethod<K, Req, IReq, Res, IRes> {
  const { requestType, responseType, kind } = spec;
  return {
    path,
    kind,
    requestType,
    responseType,
    requestStream: kind === 'clientStream' || kind === 'bidi',
    responseStream: kind === 'serverStream' || kind === 'bidi',
    // Client side: the caller hands us IReq (Req is a subtype, so a decoded request can be re-sent).
    requestSerialize: (value: IReq) => encodeToBuffer(requestType, value),
    requestDeserialize: (bytes: Buffer) => requestType.decode(bytes),
    responseSerialize: (value: IRes) => encodeToBuffer(responseType, value),
    // Typed IRes by grpc-js; what a client receives is the decoded Res.
    responseDeserialize: (bytes: Buffer) => responseType.decode(bytes),
  };
}

/** Builds a service: each method's path is `/<serviceName>/<key>`. */
function defineService<T extends Record<string, MethodSpec<MethodKind, unknown, unknown, unknown, unknown>>>(
  serviceName: string,
  specs: T,
): ServiceFromSpecs<T> {
  const out: Record<string, RpcMethodInfo> = {};
  for (const [name, spec] of Object.entries(specs)) out[name] = makeMethod(`/${serviceName}/${name}`, spec);
  return Object.freeze(out) as ServiceFromSpecs<T>;
}

// ---------------------------------------------------------------------------
// Server side
// ---------------------------------------------------------------------------

/** The grpc-js handler type for one method. */
export type HandlerFor<M> =
  M extends RpcMethod<'unary', infer Req, infer _IReq, infer _Res, infer IRes> ? handleUnaryCall<Req, IRes>
  : M extends RpcMethod<'clientStream', infer Req, infer _IReq, infer _Res, infer IRes> ? handleClientStreamingCall<Req, IRes>
  : M extends RpcMethod<'serverStream', infer Req, infer _IReq, infer _Res, infer IRes> ? handleServerStreamingCall<Req, IRes>
  : M extends RpcMethod<'bidi', infer Req, infer _IReq, infer _Res, infer IRes> ? handleBidiStreamingCall<Req, IRes>
  : never;

/** What a server must implement for a service: one handler per method. */
export type ServiceImplementation<S extends RpcService> = { [M in keyof S]: HandlerFor<S[M]> };

/**
 * `server.addService` with the handlers type-checked against the service.
 * Methods left out answer UNIMPLEMENTED (grpc-js default); annotate the
 * implementation as e.g. `KVServer` to require every method.
 */
export function addService<S extends RpcService>(server: Server, service: S, implementation: Partial<ServiceImplementation<S>>): void {
  server.addService(service as unknown as ServiceDefinition, implementation as UntypedServiceImplementation);
}

// ---------------------------------------------------------------------------
// Client side
// ---------------------------------------------------------------------------

export interface UnaryClientMethod<IReq, Res> {
  (request: IReq, callback: requestCallback<Res>): ClientUnaryCall;
  (request: IReq, metadata: Metadata, callback: requestCallback<Res>): ClientUnaryCall;
  (request: IReq, options: Partial<CallOptions>, callback: requestCallback<Res>): ClientUnaryCall;
  (request: IReq, metadata: Metadata, options: Partial<CallOptions>, callback: requestCallback<Res>): ClientUnaryCall;
}

export interface ClientStreamClientMethod<IReq, Res> {
  (callback: requestCallback<Res>): ClientWritableStream<IReq>;
  (metadata: Metadata, callback: requestCallback<Res>): ClientWritableStream<IReq>;
  (options: Partial<CallOptions>, callback: requestCallback<Res>): ClientWritableStream<IReq>;
  (metadata: Metadata, options: Partial<CallOptions>, callback: requestCallback<Res>): ClientWritableStream<IReq>;
}

export interface ServerStreamClientMethod<IReq, Res> {
  (request: IReq, options?: Partial<CallOptions>): ClientReadableStream<Res>;
  (request: IReq, metadata?: Metadata, options?: Partial<CallOptions>): ClientReadableStream<Res>;
}

export interface BidiClientMethod<IReq, Res> {
  (options?: Partial<CallOptions>): ClientDuplexStream<IReq, Res>;
  (metadata?: Metadata, options?: Partial<CallOptions>): ClientDuplexStream<IReq, Res>;
}

/** The client-side call signature for one method. */
export type ClientMethodFor<M> =
  M extends RpcMethod<'unary', infer _Req, infer IReq, infer Res, infer _IRes> ? UnaryClientMethod<IReq, Res>
  : M extends RpcMethod<'clientStream', infer _Req, infer IReq, infer Res, infer _IRes> ? ClientStreamClientMethod<IReq, Res>
  : M extends RpcMethod<'serverStream', infer _Req, infer IReq, infer Res, infer _IRes> ? ServerStreamClientMethod<IReq, Res>
  : M extends RpcMethod<'bidi', infer _Req, infer IReq, infer Res, infer _IRes> ? BidiClientMethod<IReq, Res>
  : never;

/** A grpc-js client with one typed method per RPC (named exactly as in the .proto). */
export type ServiceClient<S extends RpcService> = Client & { readonly [M in keyof S]: ClientMethodFor<S[M]> };

export interface ServiceClientConstructor<S extends RpcService> {
  new (address: string, credentials: ChannelCredentials, options?: Partial<ChannelOptions>): ServiceClient<S>;
  readonly service: S;
  readonly serviceName: string;
}

/** A typed client class for a service (grpc-js `makeGenericClientConstructor`). */
export function makeClientConstructor<S extends RpcService>(service: S, serviceName: string): ServiceClientConstructor<S> {
  return makeGenericClientConstructor(service as unknown as ServiceDefinition, serviceName) as unknown as ServiceClientConstructor<S>;
}

// ---------------------------------------------------------------------------
// The services
// ---------------------------------------------------------------------------

const pb = etcdserverpb;

export const KVService = defineService('etcdserverpb.KV', {
  Range: unary(pb.RangeRequest, pb.RangeResponse),
  Put: unary(pb.PutRequest, pb.PutResponse),
  DeleteRange: unary(pb.DeleteRangeRequest, pb.DeleteRangeResponse),
  Txn: unary(pb.TxnRequest, pb.TxnResponse),
  Compact: unary(pb.CompactionRequest, pb.CompactionResponse),
});

export const WatchService = defineService('etcdserverpb.Watch', {
  Watch: bidi(pb.WatchRequest, pb.WatchResponse),
});

export const LeaseService = defineService('etcdserverpb.Lease', {
  LeaseGrant: unary(pb.LeaseGrantRequest, pb.LeaseGrantResponse),
  LeaseRevoke: unary(pb.LeaseRevokeRequest, pb.LeaseRevokeResponse),
  LeaseKeepAlive: bidi(pb.LeaseKeepAliveRequest, pb.LeaseKeepAliveResponse),
  LeaseTimeToLive: unary(pb.LeaseTimeToLiveRequest, pb.LeaseTimeToLiveResponse),
  LeaseLeases: unary(pb.LeaseLeasesRequest, pb.LeaseLeasesResponse),
});

export const ClusterService = defineService('etcdserverpb.Cluster', {
  MemberAdd: unary(pb.MemberAddRequest, pb.MemberAddResponse),
  MemberRemove: unary(pb.MemberRemoveRequest, pb.MemberRemoveResponse),
  MemberUpdate: unary(pb.MemberUpdateRequest, pb.MemberUpdateResponse),
  MemberList: unary(pb.MemberListRequest, pb.MemberListResponse),
  MemberPromote: unary(pb.MemberPromoteRequest, pb.MemberPromoteResponse),
});

export const MaintenanceService = defineService('etcdserverpb.Maintenance', {
  Alarm: unary(pb.AlarmRequest, pb.AlarmResponse),
  Status: unary(pb.StatusRequest, pb.StatusResponse),
  Defragment: unary(pb.DefragmentRequest, pb.DefragmentResponse),
  Hash: unary(pb.HashRequest, pb.HashResponse),
  HashKV: unary(pb.HashKVRequest, pb.HashKVResponse),
  Snapshot: serverStream(pb.SnapshotRequest, pb.SnapshotResponse),
  MoveLeader: unary(pb.MoveLeaderRequest, pb.MoveLeaderResponse),
  /** 3.5+ */
  Downgrade: unary(pb.DowngradeRequest, pb.DowngradeResponse),
});

export const AuthService = defineService('etcdserverpb.Auth', {
  AuthEnable: unary(pb.AuthEnableRequest, pb.AuthEnableResponse),
  AuthDisable: unary(pb.AuthDisableRequest, pb.AuthDisableResponse),
  /** 3.5+ */
  AuthStatus: unary(pb.AuthStatusRequest, pb.AuthStatusResponse),
  Authenticate: unary(pb.AuthenticateRequest, pb.AuthenticateResponse),
  UserAdd: unary(pb.AuthUserAddRequest, pb.AuthUserAddResponse),
  UserGet: unary(pb.AuthUserGetRequest, pb.AuthUserGetResponse),
  UserList: unary(pb.AuthUserListRequest, pb.AuthUserListResponse),
  UserDelete: unary(pb.AuthUserDeleteRequest, pb.AuthUserDeleteResponse),
  UserChangePassword: unary(pb.AuthUserChangePasswordRequest, pb.AuthUserChangePasswordResponse),
  UserGrantRole: unary(pb.AuthUserGrantRoleRequest, pb.AuthUserGrantRoleResponse),
  UserRevokeRole: unary(pb.AuthUserRevokeRoleRequest, pb.AuthUserRevokeRoleResponse),
  RoleAdd: unary(pb.AuthRoleAddRequest, pb.AuthRoleAddResponse),
  RoleGet: unary(pb.AuthRoleGetRequest, pb.AuthRoleGetResponse),
  RoleList: unary(pb.AuthRoleListRequest, pb.AuthRoleListResponse),
  RoleDelete: unary(pb.AuthRoleDeleteRequest, pb.AuthRoleDeleteResponse),
  RoleGrantPermission: unary(pb.AuthRoleGrantPermissionRequest, pb.AuthRoleGrantPermissionResponse),
  RoleRevokePermission: unary(pb.AuthRoleRevokePermissionRequest, pb.AuthRoleRevokePermissionResponse),
});

export const LockService = defineService('v3lockpb.Lock', {
  Lock: unary(v3lockpb.LockRequest, v3lockpb.LockResponse),
  Unlock: unary(v3lockpb.UnlockRequest, v3lockpb.UnlockResponse),
});

export const ElectionService = defineService('v3electionpb.Election', {
  Campaign: unary(v3electionpb.CampaignRequest, v3electionpb.CampaignResponse),
  Proclaim: unary(v3electionpb.ProclaimRequest, v3electionpb.ProclaimResponse),
  Leader: unary(v3electionpb.LeaderRequest, v3electionpb.LeaderResponse),
  Observe: serverStream(v3electionpb.LeaderRequest, v3electionpb.LeaderResponse),
  Resign: unary(v3electionpb.ResignRequest, v3electionpb.ResignResponse),
});

export const HealthService = defineService('grpc.health.v1.Health', {
  Check: unary(grpcpb.health.v1.HealthCheckRequest, grpcpb.health.v1.HealthCheckResponse),
  Watch: serverStream(grpcpb.health.v1.HealthCheckRequest, grpcpb.health.v1.HealthCheckResponse),
});

export const RaftTransportService = defineService('regd.raftpb.RaftTransport', {
  Send: clientStream(regd.raftpb.MessageBatch, regd.raftpb.SendReply),
  SendSnapshot: clientStream(regd.raftpb.SnapshotChunk, regd.raftpb.SendReply),
});

const rg = regd.v1;

export const RegistryService = defineService('regd.v1.Registry', {
  Register: unary(rg.RegisterRequest, rg.RegisterResponse),
  Deregister: unary(rg.DeregisterRequest, rg.DeregisterResponse),
  ReportCheck: unary(rg.ReportCheckRequest, rg.ReportCheckResponse),
  Heartbeat: bidi(rg.HeartbeatRequest, rg.HeartbeatResponse),
  SetMaintenance: unary(rg.SetMaintenanceRequest, rg.SetMaintenanceResponse),
  ListServices: unary(rg.ListServicesRequest, rg.ListServicesResponse),
  ListInstances: unary(rg.ListInstancesRequest, rg.ListInstancesResponse),
  Watch: serverStream(rg.WatchRequest, rg.WatchResponse),
  Status: unary(rg.StatusRequest, rg.StatusResponse),
  ReleaseSelfPreservation: unary(rg.ReleaseSelfPreservationRequest, rg.ReleaseSelfPreservationResponse),
});

/** Every service by its fully qualified proto name. */
export const SERVICES = {
  'etcdserverpb.KV': KVService,
  'etcdserverpb.Watch': WatchService,
  'etcdserverpb.Lease': LeaseService,
  'etcdserverpb.Cluster': ClusterService,
  'etcdserverpb.Maintenance': MaintenanceService,
  'etcdserverpb.Auth': AuthService,
  'v3lockpb.Lock': LockService,
  'v3electionpb.Election': ElectionService,
  'grpc.health.v1.Health': HealthService,
  'regd.raftpb.RaftTransport': RaftTransportService,
  'regd.v1.Registry': RegistryService,
} as const;

export type KVServer = ServiceImplementation<typeof KVService>;
export type WatchServer = ServiceImplementation<typeof WatchService>;
export type LeaseServer = ServiceImplementation<typeof LeaseService>;
export type ClusterServer = ServiceImplementation<typeof ClusterService>;
export type MaintenanceServer = ServiceImplementation<typeof MaintenanceService>;
export type AuthServer = ServiceImplementation<typeof AuthService>;
export type LockServer = ServiceImplementation<typeof LockService>;
export type ElectionServer = ServiceImplementation<typeof ElectionService>;
export type HealthServer = ServiceImplementation<typeof HealthService>;
export type RaftTransportServer = ServiceImplementation<typeof RaftTransportService>;
export type RegistryServer = ServiceImplementation<typeof RegistryService>;

export type KVClient = ServiceClient<typeof KVService>;
export type WatchClient = ServiceClient<typeof WatchService>;
export type LeaseClient = ServiceClient<typeof LeaseService>;
export type ClusterClient = ServiceClient<typeof ClusterService>;
export type MaintenanceClient = ServiceClient<typeof MaintenanceService>;
export type AuthClient = ServiceClient<typeof AuthService>;
export type LockClient = ServiceClient<typeof LockService>;
export type ElectionClient = ServiceClient<typeof ElectionService>;
export type HealthClient = ServiceClient<typeof HealthService>;
export type RaftTransportClient = ServiceClient<typeof RaftTransportService>;
export type RegistryClient = ServiceClient<typeof RegistryService>;

export const KVClient = makeClientConstructor(KVService, 'etcdserverpb.KV');
export const WatchClient = makeClientConstructor(WatchService, 'etcdserverpb.Watch');
export const LeaseClient = makeClientConstructor(LeaseService, 'etcdserverpb.Lease');
export const ClusterClient = makeClientConstructor(ClusterService, 'etcdserverpb.Cluster');
export const MaintenanceClient = makeClientConstructor(MaintenanceService, 'etcdserverpb.Maintenance');
export const AuthClient = makeClientConstructor(AuthService, 'etcdserverpb.Auth');
export const LockClient = makeClientConstructor(LockService, 'v3lockpb.Lock');
export const ElectionClient = makeClientConstructor(ElectionService, 'v3electionpb.Election');
export const HealthClient = makeClientConstructor(HealthService, 'grpc.health.v1.Health');
export const RaftTransportClient = makeClientConstructor(RaftTransportService, 'regd.raftpb.RaftTransport');
export const RegistryClient = makeClientConstructor(RegistryService, 'regd.v1.Registry');
