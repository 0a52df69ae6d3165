// regd's client library: a typed etcd v3 client over grpc-js, for regd and
// etcd alike. Everything in the repository that talks to a cluster uses it.
//
//   const client = await connect({ endpoints: ['127.0.0.1:2379'] });
//   await client.kv.put('k', 'v');
//   (await client.kv.get('k'))?.valueString; // 'v'
//   await client.close();
//
// Keys and values: `string | Uint8Array` in (strings as UTF-8), `Uint8Array`
// out, with `keyString` / `valueString` on every KeyValue. Revisions and ids:
// `bigint`. Durations: milliseconds, in options named `...Ms`; lease TTLs are
// seconds, as in etcd. See src/client/transport.ts for fail-over and retries.

import { Cluster } from './cluster.js';
import { Election } from './election.js';
import { KV } from './kv.js';
import { Lease } from './lease.js';
import { Lock } from './lock.js';
import { Maintenance } from './maintenance.js';
import { Registry } from './registry.js';
import { DEREGISTER_ON_CLOSE_TIMEOUT_MS } from './self-registration.js';
import { Transport, type ClientOptions } from './transport.js';
import { Watch } from './watch.js';

export * from './errors.js';
export type { Cluster, Member, MemberAddResult, MemberListResult } from './cluster.js';
export type { Election, LeaderKey, Observation } from './election.js';
export type {
  Compare, CompareResult, DeleteOptions, DeleteResult, KeyRange, KV, Op, OpResult, PutOptions, PutResult, RangeOptions, RangeResult,
  SortOrder, SortTarget, TxnRequest, TxnResult,
} from './kv.js';
export type { GrantResult, KeepAlive, Lease, TimeToLiveResult } from './lease.js';
export type { Lock, LockResult } from './lock.js';
export type { AlarmAction, AlarmMember, AlarmType, Maintenance, StatusResult } from './maintenance.js';
export {
  MAX_REPORTS_PER_HEARTBEAT, type Check, type CheckDefinition, type CheckKind, type DeregisterResult, type HealthStatus, type HeartbeatOptions,
  type HeartbeatSession, type Instance, type InstanceEvent, type ListInstancesOptions, type ListInstancesResult, type ListServicesResult,
  type Registration, type Registry, type RegistryHeader, type RegistryStatus, type ServiceSummary, type ServiceUpdate, type ServiceWatch,
  type ServiceWatchOptions,
} from './registry.js';
export {
  MAX_DISCOVERY_INSTANCES, type DiscoverOptions, type DiscoverySet, type DiscoverySetEvents, type PickStrategy,
} from './discovery.js';
export {
  DEFAULT_RESOLVER_SCHEME, parseResolverTarget, registerResolver, type GrpcEndpoint, type GrpcModule, type GrpcResolverConstructor,
  type GrpcResolverListener, type GrpcServiceConfig, type GrpcTarget, type ResolutionResult, type ResolverOptions,
} from './grpc-resolver.js';
export {
  AttemptTimeoutError, CallFailedError, DEFAULT_ATTEMPT_TIMEOUT_MS, DEFAULT_BREAKER_CONSECUTIVE_FAILURES, DEFAULT_BREAKER_OPEN_MS,
  DEFAULT_INITIAL_BACKOFF_MS, DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_BACKOFF_MS, MAX_CALL_ATTEMPTS, NoInstanceError, type BreakerState,
  type CallContext, type CallPolicyOptions, type FailedAttempt,
} from './instance-caller.js';
export {
  DEREGISTER_ON_CLOSE_TIMEOUT_MS, LOSS_WATCH_REOPEN_DELAY_MS, REPORT_RETRY_DELAY_MS, TTL_CHECK_ID, type RegisterOptions, type ReregisteredEvent,
  type ServiceRegistration,
} from './self-registration.js';
export {
  DEFAULT_ENDPOINTS, ENDPOINTS_ENV_VAR, InvalidEndpointError, KEEPALIVE_TIME_MS, KEEPALIVE_TIMEOUT_MS, parseEndpoint, resolveEndpoints, type CallOptions, type ClientOptions, type RetryOptions,
} from './transport.js';
export { KeyValue, prefixEnd, text, toBytes, type Bytes, type ResponseHeader, type RevisionInput } from './types.js';
export type { Watch, WatchBatch, WatchEvent, Watcher, WatchOptions } from './watch.js';

/** What `connect` and `createClient` take: how to reach the cluster, and client-wide defaults. */
export interface ConnectOptions extends ClientOptions {
  /** `connect` only: return at once and connect on the first call. Default false. */
  lazy?: boolean;
  /** The default of RegisterOptions.deregisterOnExit for every `registry.register` of this client. Default false. */
  deregisterOnExit?: boolean;
}

/** A connection to a cluster: one namespace per etcd service, and regd's registry. */
export class Client {
  readonly kv: KV;
  readonly watch: Watch;
  readonly lease: Lease;
  readonly lock: Lock;
  readonly election: Election;
  readonly maintenance: Maintenance;
  readonly cluster: Cluster;
  readonly registry: Registry;

  /** @internal use `connect` */
  constructor(private readonly transport: Transport, options: Pick<ConnectOptions, 'retry' | 'deregisterOnExit'> = {}) {
    this.kv = new KV(transport);
    this.watch = new Watch(transport);
    this.lease = new Lease(transport);
    this.lock = new Lock(transport);
    this.election = new Election(transport);
    this.maintenance = new Maintenance(transport);
    this.cluster = new Cluster(transport);
    this.registry = new Registry(transport, retries(options), { deregisterOnExit: options.deregisterOnExit === true });
  }

  /** The endpoints given (as `host:port`). */
  get endpoints(): readonly string[] {
    return this.transport.endpoints;
  }

  /** The endpoint calls go to now (it changes on fail-over). */
  get endpoint(): string {
    return this.transport.endpoint;
  }

  /**
   * Deregisters the instances this client registered with `registry.register`
   * (waiting at most DEREGISTER_ON_CLOSE_TIMEOUT_MS), then ends every watch,
   * keep-alive and heartbeat session and closes the connections; calls in
   * flight fail with ClientClosedError. Without such instances it closes at
   * once (synchronously; the promise is already resolved).
   */
  close(): Promise<void> {
    const self = this.registry.selfRegistrations;
    if (self.size === 0 || this.transport.isClosed) {
      this.closeNow();
      return Promise.resolve();
    }
    return self.deregisterAll(DEREGISTER_ON_CLOSE_TIMEOUT_MS).then(() => this.closeNow());
  }

  private closeNow(): void {
    this.registry.close();
    this.watch.close();
    this.lease.close();
    this.transport.close();
  }
}

/**
 * Connects to a cluster: resolves once one endpoint accepts a connection
 * (within `dialTimeoutMs`), and rejects with UnavailableError if none does.
 * Without `endpoints`, REGD_ENDPOINTS or else the local cluster of `npm start`.
 * With `lazy: true` it returns at once and connects on the first call.
 */
export async function connect(options: ConnectOptions = {}): Promise<Client> {
  const t = new Transport(options);
  if (options.lazy !== true) {
    try {
      await t.dial();
    } catch (err) {
      t.close();
      throw err;
    }
  }
  return new Client(t, options);
}

/** The client without waiting for a connection (same as `connect({ ..., lazy: true })`, synchronously). */
export function createClient(options: Omit<ConnectOptions, 'lazy'> = {}): Client {
  return new Client(new Transport(options), options);
}

/** Whether the client retries at all (RetryOptions.maxRetries defaults to 3). */
function retries(options: Pick<ClientOptions, 'retry'>): boolean {
  return options.retry !== false && options.retry?.maxRetries !== 0;
}
