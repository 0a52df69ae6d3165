import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { WatchHubStats } from '../kv/watch-hub.js';
import type { Failpoints } from './failpoints.js';
import type { RaftNodeObserver } from './raft-node.js';

/** Buckets from 0.5 ms to ~8 s, doubling: fsync and apply latencies span that range. */
const LATENCY_BUCKETS = Array.from({ length: 15 }, (_, i) => 0.0005 * 2 ** i);

/**
 * What the service registry reports at each scrape (plain data; src/server may
 * not import src/registry). `instances` counts instances by aggregated status.
 */
export interface RegistryGauges {
  instances: { passing: number; warning: number; critical: number };
  services: number;
  stale: number;
  selfPreservation: boolean;
}

/** prom-client's default gauges named like counters; the `nodejs_active_*{type}` gauges hold the same counts by type. */
const DEFAULT_GAUGES_NAMED_TOTAL = ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total'];

/**
 * The node's Prometheus metrics. Names follow etcd's where the meaning is the
 * same (etcd_server_has_leader → regd_server_has_leader), so dashboards carry over,
 * and Prometheus' rules (`promtool check metrics`): only counters end in `_total`.
 */
export class NodeMetrics {
  readonly registry = new Registry();
  readonly hasLeader = new Gauge({ name: 'regd_server_has_leader', help: '1 if this member knows a leader, else 0', registers: [this.registry] });
  readonly isLeader = new Gauge({ name: 'regd_server_is_leader', help: '1 if this member is the leader, else 0', registers: [this.registry] });
  readonly leaderChanges = new Counter({ name: 'regd_server_leader_changes_seen_total', help: 'leader changes seen by this member', registers: [this.registry] });
  readonly proposalsCommitted = new Counter({ name: 'regd_server_proposals_committed_total', help: 'proposals of this member committed and applied', registers: [this.registry] });
  readonly proposalsFailed = new Counter({ name: 'regd_server_proposals_failed_total', help: 'proposals of this member that failed or timed out', registers: [this.registry] });
  readonly proposalsPending = new Gauge({ name: 'regd_server_proposals_pending', help: 'proposals of this member waiting to commit', registers: [this.registry] });
  readonly entriesApplied = new Counter({ name: 'regd_server_proposals_applied_total', help: 'log entries applied by this member', registers: [this.registry] });
  readonly fsyncSeconds = new Histogram({ name: 'regd_disk_wal_fsync_duration_seconds', help: 'time to persist one Ready (one synced batch)', buckets: LATENCY_BUCKETS, registers: [this.registry] });
  readonly applySeconds = new Histogram({ name: 'regd_server_apply_duration_seconds', help: 'time to apply one batch of committed entries', buckets: LATENCY_BUCKETS, registers: [this.registry] });
  readonly peerSendFailures = new Counter({ name: 'regd_network_peer_sent_failures_total', help: 'raft messages that could not be sent to a peer', labelNames: ['to'], registers: [this.registry] });
  readonly dbSize = new Gauge({ name: 'regd_mvcc_db_total_size_in_bytes', help: 'approximate size of the state database', registers: [this.registry] });
  /** Active health check runs by kind (http, tcp, grpc) and result (passing, warning, critical). */
  readonly registryCheckRuns = new Counter({ name: 'regd_registry_check_runs_total', help: 'active health check runs on this member, by kind and result', labelNames: ['kind', 'result'] as const, registers: [this.registry] });
  /** Runs whose result was not passing. */
  readonly registryCheckFailures = new Counter({ name: 'regd_registry_check_failures_total', help: 'active health check runs on this member whose result was not passing, by kind', labelNames: ['kind'] as const, registers: [this.registry] });
  readonly registryTransitions = new Counter({ name: 'regd_registry_status_transitions_total', help: 'health check status changes replicated by this member, by new status', labelNames: ['to'] as const, registers: [this.registry] });
  /** Check reports (TTL heartbeats) taken by this member. */
  readonly registryHeartbeats = new Counter({ name: 'regd_registry_heartbeats_received_total', help: 'health check reports (TTL heartbeats) received by this member', registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    for (const name of DEFAULT_GAUGES_NAMED_TOTAL) this.registry.removeSingleMetric(name);
  }

  /** One active check run: counted in registryCheckRuns, and in registryCheckFailures unless it passed. */
  recordCheckRun(kind: string, result: string): void {
    this.registryCheckRuns.inc({ kind, result });
    if (result !== 'passing') this.registryCheckFailures.inc({ kind });
  }

  /**
   * `regd_failpoints_enabled{name}` = 1 per failpoint that is on. Registered only
   * when some failpoint is on, so a normal member's /metrics does not change.
   */
  reportFailpoints(failpoints: Failpoints): void {
    if (failpoints.size === 0) return;
    const g = new Gauge({ name: 'regd_failpoints_enabled', help: '1 per testing-only failpoint that is on (REGD_FAILPOINTS): this member breaks safety on purpose', labelNames: ['name'], registers: [this.registry] });
    for (const name of failpoints) g.set({ name }, 1);
  }

  /**
   * Watch gauges, read from `stats` at each scrape (etcd's
   * etcd_debugging_mvcc_watch_stream_total, _watcher_total and _slow_watcher_total,
   * without the `_total` Prometheus keeps for counters).
   */
  reportWatches(stats: () => WatchHubStats): void {
    const gauge = (name: string, help: string, pick: (s: WatchHubStats) => number) =>
      new Gauge({ name, help, registers: [this.registry], collect() { this.set(pick(stats())); } });
    gauge('regd_mvcc_watch_streams', 'watch streams open on this member', (s) => s.streams);
    gauge('regd_mvcc_watchers', 'watchers on all watch streams', (s) => s.watchers);
    gauge('regd_mvcc_slow_watchers', 'watchers behind the current revision: catching up from history, or held back by a full stream', (s) => s.unsynced);
    gauge('regd_mvcc_watch_queued_bytes', 'bytes of events queued on watch streams, not yet sent', (s) => s.queuedBytes);
  }

  /**
   * Registry gauges, read through `read` at each scrape: regd_registry_instances{status},
   * regd_registry_services, regd_registry_stale_instances and regd_registry_self_preservation
   * (1 while self-preservation holds removals). The gauges of one scrape are collected
   * together and share one read; a read that fails fails the scrape.
   */
  reportRegistry(read: () => RegistryGauges | Promise<RegistryGauges>): void {
    let inFlight: Promise<RegistryGauges> | undefined;
    const snapshot = (): Promise<RegistryGauges> => {
      inFlight ??= Promise.resolve().then(read).finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    };
    const registers = [this.registry];
    new Gauge({
      name: 'regd_registry_instances', help: 'registered service instances, by aggregated health status', labelNames: ['status'] as const, registers,
      async collect() {
        const { instances } = await snapshot();
        this.set({ status: 'passing' }, instances.passing);
        this.set({ status: 'warning' }, instances.warning);
        this.set({ status: 'critical' }, instances.critical);
      },
    });
    new Gauge({ name: 'regd_registry_services', help: 'services with at least one registered instance', registers, async collect() { this.set((await snapshot()).services); } });
    new Gauge({ name: 'regd_registry_stale_instances', help: 'instances flagged stale: their transition was held by self-preservation', registers, async collect() { this.set((await snapshot()).stale); } });
    new Gauge({ name: 'regd_registry_self_preservation', help: '1 while self-preservation holds critical transitions and removals, else 0', registers, async collect() { this.set((await snapshot()).selfPreservation ? 1 : 0); } });
  }

  /** Observer hooks for the Raft node loop. */
  observer(selfId: number): RaftNodeObserver {
    let pending = 0;
    return {
      onLeaderChange: (leader) => {
        this.leaderChanges.inc();
        this.hasLeader.set(leader !== 0 ? 1 : 0);
        this.isLeader.set(leader === selfId ? 1 : 0);
      },
      onFsync: (s) => this.fsyncSeconds.observe(s),
      onApply: (s, n) => {
        this.applySeconds.observe(s);
        this.entriesApplied.inc(n);
      },
      onProposal: (outcome) => {
        if (outcome === 'committed') this.proposalsCommitted.inc();
        else this.proposalsFailed.inc();
        this.proposalsPending.set(Math.max(0, --pending));
      },
      onPropose: () => this.proposalsPending.set(++pending),
    };
  }
}
