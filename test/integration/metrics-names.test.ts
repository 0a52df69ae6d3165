// Every metric regd defines, including those a member registers only when its
// part is wired or in use (registry gauges, failpoints, labelled counters with
// values), checked by promtool; and the registry gauges read at scrape time.
import { describe, expect, it } from 'vitest';
import type { WatchHubStats } from '../../src/kv/watch-hub.js';
import { NodeMetrics, type RegistryGauges } from '../../src/server/metrics.js';
import { checkMetrics, havePromtool } from './harness/promtool.js';

const WATCH_STATS: WatchHubStats = { streams: 2, watchers: 5, synced: 4, unsynced: 1, queued: 1, queuedBytes: 10 };

function registryRead(state: RegistryGauges): { read: () => Promise<RegistryGauges>; reads: () => number } {
  let n = 0;
  return {
    read: async () => {
      n++;
      return structuredClone(state);
    },
    reads: () => n,
  };
}

function full(): { metrics: NodeMetrics; state: RegistryGauges; reads: () => number } {
  const metrics = new NodeMetrics();
  metrics.reportWatches(() => WATCH_STATS);
  metrics.reportFailpoints(new Set(['serve-local-reads']));
  const state: RegistryGauges = { instances: { passing: 3, warning: 1, critical: 2 }, services: 2, stale: 1, selfPreservation: true };
  const r = registryRead(state);
  metrics.reportRegistry(r.read);
  metrics.recordCheckRun('http', 'passing');
  metrics.recordCheckRun('tcp', 'critical');
  metrics.registryTransitions.inc({ to: 'critical' });
  metrics.registryHeartbeats.inc(3);
  metrics.peerSendFailures.inc({ to: '2' });
  return { metrics, state, reads: r.reads };
}

describe('NodeMetrics', () => {
  it('registry gauges are read at each scrape, once per scrape', async () => {
    const { metrics, state, reads } = full();
    const value = async (line: string) => {
      const text = await metrics.registry.metrics();
      const found = text.split('\n').find((l) => l.startsWith(`${line} `));
      return found === undefined ? undefined : Number(found.slice(line.length + 1));
    };
    expect(await value('regd_registry_instances{status="passing"}')).toBe(3);
    expect(reads()).toBe(1);
    expect(await value('regd_registry_instances{status="warning"}')).toBe(1);
    expect(await value('regd_registry_instances{status="critical"}')).toBe(2);
    expect(await value('regd_registry_services')).toBe(2);
    expect(await value('regd_registry_stale_instances')).toBe(1);
    expect(await value('regd_registry_self_preservation')).toBe(1);
    state.selfPreservation = false;
    state.instances.critical = 0;
    expect(await value('regd_registry_self_preservation')).toBe(0);
    expect(await value('regd_registry_instances{status="critical"}')).toBe(0);
    expect(await value('regd_registry_check_runs_total{kind="tcp",result="critical"}')).toBe(1);
    expect(await value('regd_registry_check_failures_total{kind="tcp"}')).toBe(1);
    expect(await value('regd_registry_check_failures_total{kind="http"}')).toBeUndefined();
    expect(await value('regd_registry_status_transitions_total{to="critical"}')).toBe(1);
    expect(await value('regd_registry_heartbeats_received_total')).toBe(3);
    expect(await value('regd_mvcc_watchers')).toBe(5);
  });

  it('a failing registry read fails the scrape', async () => {
    const metrics = new NodeMetrics();
    metrics.reportRegistry(() => {
      throw new Error('registry unreadable');
    });
    await expect(metrics.registry.metrics()).rejects.toThrow('registry unreadable');
  });

  it.skipIf(!havePromtool)('every metric passes promtool check metrics', async () => {
    const text = await full().metrics.registry.metrics();
    for (const name of ['regd_registry_instances', 'regd_failpoints_enabled', 'regd_mvcc_slow_watchers', 'process_cpu_seconds_total']) expect(text).toContain(name);
    expect(await checkMetrics(text)).toEqual({ code: 0, output: '' });
  });
});
