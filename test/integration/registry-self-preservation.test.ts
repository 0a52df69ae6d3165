// Self-preservation on real regd processes: when 50 of 60 TTL instances stop
// reporting at once, the leader holds their transitions (they keep their
// status, flagged stale) and says so in Status, lists and watches; when they
// report again the hold ends and nothing was removed. An operator's release
// ends a hold at once and lets the held transitions go.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from './harness/local-cluster.js';
import { api, closeRegistryClients, HealthStatus, registry, ttlInstance } from './harness/registry-client.js';
import { waitFor } from './harness/wait-for.js';

const TTL_MS = 2000;
const N = 60;
const STOPPED = 50;

let cluster: LocalCluster;

beforeAll(async () => {
  cluster = await LocalCluster.start(3);
  await cluster.waitForHealthy();
}, 60_000);

afterEach(() => closeRegistryClients());

afterAll(async () => {
  await cluster?.stop();
});

/** Reports for instances `ids` of `service` every 400 ms until stopped. */
function reporters(k: ReturnType<typeof api>, service: string, ids: () => string[]): () => Promise<void> {
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      await Promise.all(ids().map((id) => k.report(service, id, 'ttl', HealthStatus.HEALTH_STATUS_PASSING).catch(() => undefined)));
      await new Promise((r) => setTimeout(r, 400));
    }
  })();
  return async () => {
    stop = true;
    await loop;
  };
}

describe('self-preservation', () => {
  it('holds the transitions when 50 of 60 instances stop reporting at once, and releases when they return', async () => {
    const k = api(registry(cluster, cluster.names[0]!));
    const ids = Array.from({ length: N }, (_, i) => `sp${i}`);
    for (const id of ids) {
      await k.register(ttlInstance('sp', id, TTL_MS, { initialStatus: HealthStatus.HEALTH_STATUS_PASSING, deregisterCriticalAfterMs: 3000 }));
    }
    let reporting = ids;
    const stop = reporters(k, 'sp', () => reporting);
    try {
      // All 60 report for a while, then 50 stop at once.
      await new Promise((r) => setTimeout(r, 1000));
      reporting = ids.slice(STOPPED);
      const engaged = await waitFor('self-preservation engaged', async () => {
        const s = await k.status();
        return s.selfPreservation ? s : undefined;
      }, { timeoutMs: 15_000 });
      expect(engaged.selfPreservationSinceUnixMs).not.toBe(0);
      // Past several TTLs and the deregister_critical_after: the held instances are still there, stale, with their status.
      await new Promise((r) => setTimeout(r, 2 * TTL_MS + 3000));
      const held = await k.list({ service: 'sp' });
      expect(held.selfPreservation).toBe(true);
      expect(held.instances.length).toBe(N);
      const stale = held.instances.filter((i) => i.stale);
      const critical = held.instances.filter((i) => i.status === HealthStatus.HEALTH_STATUS_CRITICAL);
      // At most the first few expiries (below the minimum of 10) went through, and their removals are held;
      // the rest keep their passing status. Every stopped instance is stale.
      expect(critical.length).toBeLessThan(10);
      expect(stale.map((i) => i.id).sort()).toEqual(ids.slice(0, STOPPED).sort());
      expect(stale.filter((i) => i.status === HealthStatus.HEALTH_STATUS_PASSING).length).toBe(STOPPED - critical.length);
      expect(held.instances.filter((i) => ids.slice(STOPPED).includes(i.id!)).every((i) => !i.stale && i.status === HealthStatus.HEALTH_STATUS_PASSING)).toBe(true);
      expect((await k.status()).stale).toBe(stale.length);

      // They come back: the hold ends, none is stale, the few that turned critical pass again.
      reporting = ids;
      await waitFor('self-preservation ended', async () => {
        const s = await k.status();
        return !s.selfPreservation && s.stale === 0 && s.passing === N ? s : undefined;
      }, { timeoutMs: 15_000 });
      expect((await k.list({ service: 'sp' })).instances.length).toBe(N);
    } finally {
      await stop();
    }
    // An explicit deregistration always goes through.
    for (const id of ids) await k.deregister('sp', id);
    expect((await k.status()).instances).toBe(0);
  }, 90_000);

  it('ends a hold on the operator\'s release, through a follower, and lets the held transitions go', async () => {
    const k = api(registry(cluster, cluster.names[1]!));
    const ids = Array.from({ length: N }, (_, i) => `op${i}`);
    for (const id of ids) await k.register(ttlInstance('op', id, TTL_MS, { initialStatus: HealthStatus.HEALTH_STATUS_PASSING }));
    let reporting = ids;
    const stop = reporters(k, 'op', () => reporting);
    try {
      await new Promise((r) => setTimeout(r, 1000));
      reporting = ids.slice(STOPPED);
      await waitFor('self-preservation holding the stopped instances', async () => {
        const st = await k.status();
        return st.selfPreservation && st.stale >= STOPPED - 10 ? true : undefined;
      }, { timeoutMs: 15_000 });
      const other = api(registry(cluster, cluster.names[2]!));
      expect((await other.release()).released).toBe(true);
      // The held instances turn critical, at the bounded release rate.
      await waitFor('held transitions released', async () => {
        const list = await k.list({ service: 'op' });
        const down = list.instances.filter((i) => ids.slice(0, STOPPED).includes(i.id!));
        return !list.selfPreservation && down.every((i) => i.status === HealthStatus.HEALTH_STATUS_CRITICAL && !i.stale) ? true : undefined;
      }, { timeoutMs: 15_000 }).catch(async (err: unknown) => {
        const l = await k.list({ service: 'op' });
        console.log(l.selfPreservation, JSON.stringify(l.instances.map((i) => [i.id, i.status, i.stale])), JSON.stringify(await k.status()));
        throw err;
      });
      expect((await k.list({ service: 'op', passingOnly: true })).instances.length).toBe(N - STOPPED);
      expect((await other.release()).released).toBe(false);
    } finally {
      await stop();
    }
  }, 90_000);
});
