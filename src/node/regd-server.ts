import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server as HttpServer } from 'node:http';
import type { Server as NetServer } from 'node:net';
import { join } from 'node:path';
import { Server, ServerCredentials } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { authService } from '../api/auth-service.js';
import { clusterService } from '../api/cluster-service.js';
import { healthService } from '../api/health-service.js';
import { kvService } from '../api/kv-service.js';
import { electionService } from '../api/election-service.js';
import { leaseService } from '../api/lease-service.js';
import { lockService, type LockDeps } from '../api/lock-service.js';
import { hubKeyEvents } from '../lock/hub-key-events.js';
import { maintenanceService } from '../api/maintenance-service.js';
import type { MemberInfo, NodeStatus, NodeView } from '../api/node-view.js';
import { MAX_REQUEST_BYTES, MvccStore, type ApplyResult, type HashResult } from '../kv/index.js';
import type { HeaderBase } from '../api/kv-convert.js';
import { addService, AuthService, ClusterService, ElectionService, HealthService, KVService, LeaseService, LockService, MaintenanceService, RegistryService, WatchService } from '../proto/services.js';
import { watchService } from '../api/watch-service.js';
import { registryService } from '../api/registry-service.js';
import { HealthManager } from '../registry/health-manager.js';
import { ActiveChecks } from '../health/active-checks.js';
import { probeHttp } from '../health/probe-http.js';
import { probeTcp } from '../health/probe-tcp.js';
import { GrpcProbe } from './grpc-probe.js';
import { RegistryStore } from '../registry/store.js';
import { ReportForwarder } from '../server/report-forwarder.js';
import { WatchHub } from '../kv/watch-hub.js';
import { Raft } from '../raft/index.js';
import type { NodeConfig } from './config.js';
import { listenClients } from '../server/client-listener.js';
import { startHttpStatus } from '../server/http-status.js';
import { KvFrontend } from '../server/kv-frontend.js';
import { KvStateMachine } from '../server/kv-state-machine.js';
import { LeaseFrontend } from '../server/lease-frontend.js';
import { MemberDirectory } from '../server/member-directory.js';
import { encodeCommand } from '../server/command-codec.js';
import { decodeStateSnapshot } from '../server/state-snapshot.js';
import { NodeMetrics } from '../server/metrics.js';
import { PeerTransport } from '../server/peer-transport.js';
import { LevelRaftLogStore } from '../server/level-raft-log-store.js';
import type { NodeIdentity, RaftLogStore } from '../server/raft-log-store.js';
import { RaftNode } from '../server/raft-node.js';
import { FileSnapshotStore } from '../server/file-snapshot-store.js';
import { StartupError } from '../server/startup-error.js';

/** gRPC receive limit for clients: the request limit plus etcd's 512 KiB of slack. */
const MAX_CLIENT_MESSAGE_BYTES = MAX_REQUEST_BYTES + 512 * 1024;
/** Request timeout as etcd computes it: 5 s plus two election timeouts. */
const requestTimeoutMs = (electionMs: number) => 5000 + 2 * electionMs;

function dirHasFiles(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory() && readdirSync(dir).length > 0;
}

/** Bytes of the files directly in `dir` (LevelDB keeps its tables flat). */
function dirBytes(dir: string): number {
  let n = 0;
  for (const f of readdirSync(dir)) {
    try {
      n += statSync(join(dir, f)).size;
    } catch {
      // A table compacted away while we listed: it no longer counts.
    }
  }
  return n;
}

function hex(v: bigint): string {
  return v.toString(16);
}

/**
 * One regd member: its data dir (raft/, state/, snap/), the Raft node, the
 * peer transport, the client gRPC server and the HTTP status port.
 */
export class RegdServer implements NodeView {
  readonly kv: KvFrontend;
  readonly lease: LeaseFrontend;
  readonly registry: RegistryStore;
  readonly health: HealthManager;
  private readonly reportForwarder: ReportForwarder;
  private readonly grpcProbe = new GrpcProbe();
  private grpc: Server | undefined;
  private readonly clientListeners: NetServer[] = [];
  private http: HttpServer | undefined;
  private stopped = false;
  private readonly fatalListeners: Array<(err: Error) => void> = [];
  /** Delivers applied events to watchers; fed by the state machine. */
  private watchHub: WatchHub | undefined;

  private constructor(
    private readonly config: NodeConfig,
    private readonly log: Logger,
    private readonly raftStore: RaftLogStore,
    private readonly store: MvccStore,
    private readonly node: RaftNode<ApplyResult>,
    private readonly transport: PeerTransport,
    private readonly metrics: NodeMetrics,
    private readonly directory: MemberDirectory,
    watchHub: WatchHub,
  ) {
    this.watchHub = watchHub;
    this.kv = new KvFrontend(node, store, { failpoints: config.failpoints, log: log.child({ component: 'kv' }) });
    this.lease = new LeaseFrontend({
      node, store, directory, selfId: Number(config.memberId), heartbeatMs: config.heartbeatMs, electionMs: config.electionMs,
      requestTimeoutMs: requestTimeoutMs(config.electionMs), log: log.child({ component: 'lease' }),
    });
    const selfId = Number(config.memberId);
    this.registry = new RegistryStore(this.kv);
    const registryLog = log.child({ component: 'registry' });
    const activeChecks = new ActiveChecks({
      probes: { http: probeHttp, tcp: probeTcp, grpc: this.grpcProbe.probe },
      onTransition: (key, t) => this.health.activeResult(key, t.state.status, t.state.output, t.replicate === 'status'),
      onRun: (kind, result) => metrics.recordCheckRun(kind, result),
      log: registryLog,
    });
    this.health = new HealthManager({
      store: this.registry,
      hub: watchHub,
      activeChecks,
      role: () => ({ leader: node.leader === selfId, term: node.currentTerm }),
      selfPreservation: config.selfPreservation,
      log: registryLog,
      onTransition: (to) => metrics.registryTransitions.inc({ to }),
    });
    metrics.reportRegistry(async () => {
      const sum = await this.registry.summary(true);
      return { instances: sum.byStatus, services: sum.services, stale: sum.stale, selfPreservation: sum.selfPreservation.active };
    });
    this.reportForwarder = new ReportForwarder(() => BigInt(node.leader), (leader) => {
      const url = directory.get(leader)?.clientUrls[0];
      if (url === undefined) return undefined;
      try {
        return new URL(url).host;
      } catch {
        return undefined;
      }
    }, requestTimeoutMs(config.electionMs), log.child({ component: 'report-forwarder' }));
  }

  static async start(config: NodeConfig, log: Logger): Promise<RegdServer> {
    const raftDir = join(config.dataDir, 'raft');
    const stateDir = join(config.dataDir, 'state');
    const hadRaft = dirHasFiles(raftDir);
    if (!hadRaft && dirHasFiles(stateDir)) {
      throw new StartupError('MISSING_RAFT_STATE',
        `${stateDir} holds data but ${raftDir} is missing or empty: the Raft log of this member was lost. ` +
        'Remove the member from the cluster and add it back with an empty data dir.');
    }
    await mkdir(config.dataDir, { recursive: true });
    const raftStore = await LevelRaftLogStore.open(raftDir);
    const identity: NodeIdentity = { clusterId: config.clusterId, memberId: config.memberId, raftId: Number(config.memberId) };
    const snapshots = await FileSnapshotStore.open(join(config.dataDir, 'snap'));

    let persisted = hadRaft ? await raftStore.load((meta) => snapshots.load(meta)) : undefined;
    if (persisted !== undefined) {
      const stored = await raftStore.identity();
      if (stored === undefined) throw new StartupError('CORRUPT', `${raftDir} has a Raft log but no identity record`);
      if (stored.clusterId !== identity.clusterId) {
        throw new StartupError('WRONG_CLUSTER',
          `${config.dataDir} belongs to cluster ${hex(stored.clusterId)}, but the flags describe cluster ${hex(identity.clusterId)} ` +
          '(check --initial-cluster and --initial-cluster-token)');
      }
      if (stored.memberId !== identity.memberId) {
        throw new StartupError('WRONG_CLUSTER',
          `${config.dataDir} belongs to member ${hex(stored.memberId)}, but this member is ${hex(identity.memberId)} ` +
          '(check --name, --initial-advertise-peer-urls and --data-dir)');
      }
    } else {
      const voters = config.initialClusterState === 'new' ? config.initialCluster.map((m) => Number(m.memberId)) : [];
      persisted = Raft.bootstrap({ voters, outgoing: [], learners: [] });
      await raftStore.bootstrap(persisted, identity);
      log.info({ clusterId: hex(identity.clusterId), memberId: hex(identity.memberId), voters: voters.map((v) => v.toString(16)) }, 'bootstrapped a new member');
    }

    const store = await MvccStore.open(stateDir);
    const members = new MemberDirectory();
    if (persisted.snapshot.meta.index > 0) {
      let snap;
      try {
        snap = decodeStateSnapshot(persisted.snapshot.data);
      } catch (err) {
        throw new StartupError('CORRUPT', `snapshot ${persisted.snapshot.meta.index} is unreadable: ${(err as Error).message}`);
      }
      members.load(snap.members);
      // The state DB is older than the newest snapshot (e.g. a crash mid-restore): reload it from the snapshot.
      if (store.appliedIndex < persisted.snapshot.meta.index) await store.restore(snap.kv);
    }
    // After any restore above: the hub starts at the store's revision.
    const watchHub = new WatchHub(store);
    const metrics = new NodeMetrics();
    metrics.reportWatches(() => watchHub.stats);
    if (config.failpoints.size > 0) {
      const failpoints = [...config.failpoints];
      log.warn({ failpoints }, `FAILPOINTS ON (${failpoints.join(', ')}): this member breaks linearizability on purpose; testing only, never in production`);
      metrics.reportFailpoints(config.failpoints);
    }
    const transport = new PeerTransport(identity.clusterId, identity.raftId, {
      // The transport only calls these after listen(), when `node` exists.
      receive: (msgs) => node.receive(msgs),
      reportUnreachable: (id) => node.reportUnreachable(id),
      reportSnapshot: (id, ok) => node.reportSnapshot(id, ok),
      onSendFailure: (to, n) => metrics.peerSendFailures.inc({ to: to.toString(16) }, n),
    }, log.child({ component: 'transport' }));
    for (const m of config.initialCluster) transport.setPeer(Number(m.memberId), peerAddress(config.peerUrlOverrides.get(m.name) ?? m.peerUrls[0]!));

    const node: RaftNode<ApplyResult> = new RaftNode<ApplyResult>({
      id: identity.raftId,
      heartbeatMs: config.heartbeatMs,
      electionMs: config.electionMs,
      requestTimeoutMs: requestTimeoutMs(config.electionMs),
      snapshotEvery: config.snapshotCount,
      snapshotCatchUpEntries: config.snapshotCatchUpEntries,
      seed: Number(identity.memberId & 0xffffffffn) ^ (Date.now() & 0xffffffff),
      log: log.child({ component: 'raft' }),
      // Only after node.start(), when `server` exists.
      onFatal: (err) => server.reportFatal(err),
    }, persisted, raftStore, snapshots, new KvStateMachine(store, members, log).feedWatches(watchHub), transport, metrics.observer(identity.raftId));

    const server = new RegdServer(config, log, raftStore, store, node, transport, metrics, members, watchHub);
    await transport.listen(config.listenPeerUrls);
    node.start();
    server.lease.start();
    server.health.start();
    await server.serveClients();
    void server.publishSelf();
    server.http = await startHttpStatus(config.listenMetricsUrls[0]!, metrics.registry, {
      health: () => {
        if (node.failure !== undefined) return { health: false, reason: `raft loop failed: ${node.failure.message}` };
        return server.hasLeader() ? { health: true, reason: '' } : { health: false, reason: 'no leader' };
      },
    });
    log.info({
      name: config.name,
      memberId: hex(identity.memberId),
      clusterId: hex(identity.clusterId),
      client: config.listenClientUrls,
      peer: config.listenPeerUrls,
      metrics: config.listenMetricsUrls,
    }, 'regd member started');
    return server;
  }

  private async serveClients(): Promise<void> {
    const grpcServer = new Server({
      'grpc.max_receive_message_length': MAX_CLIENT_MESSAGE_BYTES,
      'grpc.max_send_message_length': 2 ** 31 - 1,
      'grpc.max_concurrent_streams': 0xffffffff,
    });
    const log = this.log.child({ component: 'api' });
    addService(grpcServer, KVService, kvService(this, log));
    addService(grpcServer, MaintenanceService, maintenanceService(this, log));
    addService(grpcServer, ClusterService, clusterService(this, log));
    addService(grpcServer, AuthService, authService(log));
    addService(grpcServer, HealthService, healthService(this, log));
    addService(grpcServer, WatchService, watchService(this.watchHub!, this, log, {
      progressNotifyIntervalMs: this.config.watchProgressNotifyIntervalMs,
      leaderCheckIntervalMs: this.config.electionMs,
    }));
    addService(grpcServer, LeaseService, leaseService(this.lease, this, log));
    const recipes: LockDeps = {
      kv: this.kv,
      events: hubKeyEvents(this.watchHub!),
      grantLease: async (ttl) => (await this.lease.grant({ id: 0n, ttl })).id,
    };
    addService(grpcServer, LockService, lockService(this, recipes, log));
    addService(grpcServer, ElectionService, electionService(this, recipes, this.watchHub!, log));
    addService(grpcServer, RegistryService, registryService(this, {
      store: this.registry, health: this.health, hub: this.watchHub!, forwarder: this.reportForwarder,
      onReports: (n) => this.metrics.registryHeartbeats.inc(n),
    }, log));
    // Connections reach the gRPC server through listenClients (see client-listener.ts for why).
    const injector = grpcServer.createConnectionInjector(ServerCredentials.createInsecure());
    for (const u of this.config.listenClientUrls) {
      this.clientListeners.push(await listenClients(u.host, u.port, (conn) => injector.injectConnection(conn), log));
    }
    this.grpc = grpcServer;
  }

  /**
   * Publishes this member's name and client URLs through Raft, retrying until
   * it is applied, so every member can list them (etcd does the same at start).
   */
  private async publishSelf(): Promise<void> {
    const publish = { type: 'publishMember', memberId: this.config.memberId, name: this.config.name, clientUrls: this.config.advertiseClientUrls } as const;
    while (!this.stopped) {
      const published = this.directory.get(this.config.memberId);
      if (published?.name === this.config.name && sameList(published.clientUrls, this.config.advertiseClientUrls)) return;
      try {
        const id = this.node.newRequestId();
        await this.node.propose(id, encodeCommand(id, publish));
      } catch (err) {
        this.log.debug({ err: (err as Error).message }, 'publishing member attributes; will retry');
        await new Promise((r) => setTimeout(r, this.config.electionMs));
      }
    }
  }

  // ------------------------------------------------------------------ NodeView

  headerBase(): HeaderBase {
    return { clusterId: this.config.clusterId, memberId: this.config.memberId, raftTerm: this.node.currentTerm };
  }

  hasLeader(): boolean {
    return this.node.leader !== 0;
  }

  status(): NodeStatus {
    const s = this.node.status();
    const dbSize = dirBytes(join(this.config.dataDir, 'state'));
    this.metrics.dbSize.set(dbSize);
    return {
      leader: BigInt(s.leader),
      raftIndex: s.lastIndex,
      raftTerm: s.term,
      raftAppliedIndex: s.applied,
      dbSize,
      isLearner: s.conf.learners.includes(s.id),
    };
  }

  members(): MemberInfo[] {
    const conf = this.node.status().conf;
    return this.config.initialCluster
      .filter((m) => conf.voters.includes(Number(m.memberId)) || conf.learners.includes(Number(m.memberId)) || conf.voters.length === 0)
      .map((m) => ({
        id: m.memberId,
        peerUrls: m.peerUrls,
        // A member that has not published yet shows as "unstarted" (empty name), as in etcd.
        name: this.directory.get(m.memberId)?.name ?? '',
        clientUrls: this.directory.get(m.memberId)?.clientUrls ?? [],
        isLearner: conf.learners.includes(Number(m.memberId)),
      }));
  }

  hash(revision: number): Promise<HashResult> {
    return this.store.hash(revision);
  }

  // ------------------------------------------------------------------ shutdown

  /**
   * Calls `listener` if the Raft loop fails (a write to the Raft log or an
   * apply failed). The member has stopped serving requests by then; the
   * process should exit so that it is restarted from what is durable.
   */
  onFatal(listener: (err: Error) => void): void {
    this.fatalListeners.push(listener);
  }

  private reportFatal(err: Error): void {
    for (const l of this.fatalListeners) l(err);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    // Watch streams never end by themselves: end them so the gRPC server can shut down.
    this.watchHub?.close();
    for (const l of this.clientListeners) l.close();
    const g = this.grpc;
    if (g !== undefined) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => { g.forceShutdown(); resolve(); }, 2000);
        g.tryShutdown(() => { clearTimeout(t); resolve(); });
      });
    }
    await new Promise<void>((resolve) => (this.http ? this.http.close(() => resolve()) : resolve()));
    this.lease.stop();
    this.health.stop();
    this.grpcProbe.close();
    this.reportForwarder.close();
    await this.node.stop();
    await this.transport.close();
    await this.store.close();
    await this.raftStore.close();
    this.log.info('regd member stopped');
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function peerAddress(url: string): string {
  const u = new URL(url);
  return u.host;
}
