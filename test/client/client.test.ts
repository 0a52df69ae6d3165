// src/client against a real 3-member cluster of regd processes: every call
// family, fail-over when the endpoint in use dies, watch resume with no gap
// or duplicate, one shared keep-alive stream, unknown outcomes never retried,
// and 64-bit ids as exact bigints.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ClientClosedError,
  connect,
  CompactedError,
  createClient,
  DEFAULT_ENDPOINTS,
  InvalidEndpointError,
  LeaseNotFoundError,
  RegdError,
  resolveEndpoints,
  StatusCode,
  UnimplementedError,
  UnknownOutcomeError,
  type Client,
  type ClientOptions,
  type WatchEvent,
} from '../../src/client/index.js';
import { LocalCluster } from '../integration/harness/local-cluster.js';
import { waitFor } from '../integration/harness/wait-for.js';

const clients: Client[] = [];

async function open(options: ClientOptions): Promise<Client> {
  const c = await connect(options);
  clients.push(c);
  return c;
}

afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});

/** The name of the member currently leading, by the status of every running member. */
async function leaderOf(cluster: LocalCluster, names: string[]): Promise<string> {
  const probe = await open({ endpoints: cluster.endpoints(names), requestTimeoutMs: 1000 });
  return waitFor('a leader', async () => {
    const byId = new Map<bigint, string>();
    let leader = 0n;
    for (const n of names) {
      const s = await probe.maintenance.status({ endpoint: cluster.endpoint(n) });
      byId.set(s.header.memberId, n);
      if (s.leader !== 0n) leader = s.leader;
    }
    return byId.get(leader);
  }, { timeoutMs: 30_000 });
}

describe('client: default endpoints', () => {
  it('uses the endpoints given, else REGD_ENDPOINTS, else the members npm start runs', () => {
    expect(resolveEndpoints(['10.0.0.1:1'], { REGD_ENDPOINTS: '127.0.0.1:9' })).toEqual(['10.0.0.1:1']);
    expect(resolveEndpoints(undefined, { REGD_ENDPOINTS: ' 127.0.0.1:9, http://127.0.0.1:10 ,' })).toEqual(['127.0.0.1:9', 'http://127.0.0.1:10']);
    expect(resolveEndpoints(undefined, { REGD_ENDPOINTS: ' , ' })).toEqual(DEFAULT_ENDPOINTS);
    expect(resolveEndpoints(undefined, {})).toEqual(['127.0.0.1:2379', '127.0.0.1:22379', '127.0.0.1:32379']);
    const saved = process.env.REGD_ENDPOINTS;
    try {
      process.env.REGD_ENDPOINTS = 'http://127.0.0.1:7001,127.0.0.1:7002';
      const c = createClient();
      expect(c.endpoints).toEqual(['127.0.0.1:7001', '127.0.0.1:7002']);
      c.close();
      delete process.env.REGD_ENDPOINTS;
      const d = createClient();
      expect(d.endpoints).toEqual(DEFAULT_ENDPOINTS);
      d.close();
    } finally {
      if (saved === undefined) delete process.env.REGD_ENDPOINTS;
      else process.env.REGD_ENDPOINTS = saved;
    }
  });
});

describe('client: every call family on a 3-member cluster', () => {
  let cluster: LocalCluster;
  let client: Client;

  beforeAll(async () => {
    cluster = await LocalCluster.start(3);
    await cluster.waitForHealthy();
    client = await connect({ endpoints: cluster.endpoints().map((e) => `http://${e}`) });
    await waitFor('a first write', () => client.kv.put('ready', '1').then(() => true));
  });

  afterAll(async () => {
    client?.close();
    await cluster?.stop();
  });

  it('rejects bad endpoints with a clear error', async () => {
    await expect(connect({ endpoints: ['https://127.0.0.1:1'] })).rejects.toBeInstanceOf(InvalidEndpointError);
    await expect(connect({ endpoints: ['no-port'] })).rejects.toThrow('is not host:port');
    await expect(connect({ endpoints: [] })).rejects.toThrow('no endpoints');
  });

  it('kv: put, get, range by prefix, delete, txn, compact', async () => {
    const p1 = await client.kv.put('fam/a', 'one');
    expect(typeof p1.header.revision).toBe('bigint');
    await client.kv.put(new TextEncoder().encode('fam/b'), new Uint8Array([0, 255]));
    const a = await client.kv.get('fam/a');
    expect(a?.valueString).toBe('one');
    expect(a?.modRevision).toBe(p1.header.revision);
    expect(a?.version).toBe(1n);
    expect(await client.kv.get('fam/missing')).toBeUndefined();

    const r = await client.kv.range('fam/', { prefix: true });
    expect(r.kvs.map((kv) => kv.keyString)).toEqual(['fam/a', 'fam/b']);
    expect([...r.kvs[1]!.value]).toEqual([0, 255]);
    expect(r.count).toBe(2n);
    const limited = await client.kv.range('fam/', { prefix: true, limit: 1, sort: { target: 'key', order: 'descend' } });
    expect(limited.kvs.map((kv) => kv.keyString)).toEqual(['fam/b']);
    expect(limited.more).toBe(true);
    const old = await client.kv.get('fam/a', { revision: p1.header.revision - 1n });
    expect(old).toBeUndefined();

    const put2 = await client.kv.put('fam/a', 'two', { prevKv: true });
    expect(put2.prevKv?.valueString).toBe('one');

    const t = await client.kv.txn({
      compare: [{ key: 'fam/a', target: 'value', result: 'equal', value: 'two' }, { key: 'fam/a', target: 'version', result: 'equal', value: 2 }],
      success: [{ put: { key: 'fam/c', value: 'three' } }, { get: { key: 'fam/a' } }],
      failure: [{ delete: { key: 'fam/a' } }],
    });
    expect(t.succeeded).toBe(true);
    expect(t.responses.length).toBe(2);
    const got = t.responses[1]!;
    expect('get' in got && got.get.kvs[0]?.valueString).toBe('two');
    const t2 = await client.kv.txn({ compare: [{ key: 'fam/a', target: 'mod', result: 'less', value: 1n }], success: [], failure: [{ get: { key: 'fam/', prefix: true, countOnly: true } }] });
    expect(t2.succeeded).toBe(false);

    const d = await client.kv.delete('fam/', { prefix: true, prevKv: true });
    expect(d.deleted).toBe(3n);
    expect(d.prevKvs.map((kv) => kv.keyString).sort()).toEqual(['fam/a', 'fam/b', 'fam/c']);

    const compactAt = p1.header.revision;
    await client.kv.compact(compactAt);
    const err = await client.kv.get('fam/a', { revision: compactAt - 1n }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CompactedError);
    expect((err as RegdError).code).toBe(StatusCode.OUT_OF_RANGE);
    expect((err as RegdError).details).toBe('etcdserver: mvcc: required revision has been compacted');
  });

  it('watch: a prefix from a revision, as an iterator and with onEvents; compaction ends it with CompactedError', async () => {
    const start = (await client.kv.put('w/0', 'a')).header.revision;
    await client.kv.put('w/1', 'b');
    await client.kv.delete('w/0');
    const w = client.watch.watch('w/', { prefix: true, startRevision: start, prevKv: true });
    const seen: WatchEvent[] = [];
    for await (const batch of w) {
      seen.push(...batch.events);
      if (seen.length >= 3) break;
    }
    expect(seen.map((e) => [e.type, e.kv.keyString, e.kv.modRevision - start])).toEqual([['put', 'w/0', 0n], ['put', 'w/1', 1n], ['delete', 'w/0', 2n]]);
    expect(seen[2]!.prevKv?.valueString).toBe('a');
    w.close();
    await w.done;

    const live: string[] = [];
    const w2 = client.watch.watch('w/1', { onEvents: (b) => live.push(...b.events.map((e) => e.kv.valueString)) });
    await w2.ready;
    await client.kv.put('w/1', 'c');
    await waitFor('the live event', () => live.length === 1);
    expect(live).toEqual(['c']);
    w2.close();

    const now = (await client.kv.put('w/2', 'x')).header.revision;
    await client.kv.compact(now);
    const w3 = client.watch.watch('w/', { prefix: true, startRevision: start });
    const err = await w3.done.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CompactedError);
    expect((err as CompactedError).compactRevision).toBe(now);

    // Watchers open at the same time share the client's one Watch stream.
    const before = client.watch.streamsOpened;
    const many = Array.from({ length: 5 }, (_, i) => client.watch.watch(`many/${i}`));
    await Promise.all(many.map((m) => m.ready));
    expect(client.watch.streamsOpened - before).toBeLessThanOrEqual(1);
    for (const m of many) m.close();
  });

  it('lease: grant, time-to-live with keys, list, keep-alive once, revoke; LeaseNotFoundError after', async () => {
    const g = await client.lease.grant(30);
    expect(g.ttl).toBe(30);
    await client.kv.put('leased', 'v', { lease: g.id });
    const ttl = await client.lease.timeToLive(g.id, { keys: true });
    expect(ttl.grantedTtl).toBe(30);
    expect(ttl.keys.map((k) => new TextDecoder().decode(k))).toEqual(['leased']);
    expect(await client.lease.leases()).toContain(g.id);
    expect(await client.lease.keepAliveOnce(g.id)).toBe(30);
    await client.lease.revoke(g.id);
    expect(await client.kv.get('leased')).toBeUndefined();
    expect((await client.lease.timeToLive(g.id)).ttl).toBe(-1);
    const e1 = await client.lease.revoke(g.id).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(LeaseNotFoundError);
    expect((e1 as RegdError).details).toBe('etcdserver: requested lease not found');
    await expect(client.lease.keepAliveOnce(g.id)).rejects.toBeInstanceOf(LeaseNotFoundError);
    await expect(client.kv.put('k', 'v', { lease: g.id })).rejects.toBeInstanceOf(LeaseNotFoundError);
  });

  it('ids round-trip as exact bigints above 2^53 (lease ids, member ids)', async () => {
    for (const id of [2n ** 53n + 1n, 2n ** 62n + 12_345n, 2n ** 63n - 1n]) {
      const g = await client.lease.grant(60, { id });
      expect(g.id).toBe(id);
      await client.kv.put(`big/${id}`, 'x', { lease: id });
      expect((await client.kv.get(`big/${id}`))?.lease).toBe(id);
      expect((await client.lease.timeToLive(id)).id).toBe(id);
      expect(await client.lease.leases()).toContain(id);
      await client.lease.revoke(id);
    }
    const members = (await client.cluster.memberList()).members;
    expect(members.length).toBe(3);
    const ids = new Set<bigint>();
    for (const n of cluster.specs.map((s) => s.name)) ids.add((await client.maintenance.status({ endpoint: cluster.endpoint(n) })).header.memberId);
    expect(new Set(members.map((m) => m.id))).toEqual(ids);
  });

  it('one keep-alive stream is shared by every kept-alive lease and every keepAliveOnce', async () => {
    const leases = await Promise.all(Array.from({ length: 20 }, () => client.lease.grant(5)));
    const ttl = leases[0]!.ttl;
    const kept = leases.map((l) => client.lease.keepAlive(l.id));
    await Promise.all(leases.map((l) => client.lease.keepAliveOnce(l.id)));
    const start = Date.now();
    // Past the TTL, every lease is still alive: the renewals arrived.
    await waitFor('the TTL to pass', () => Date.now() - start > ttl * 1000 + 1000, { timeoutMs: 30_000, intervalMs: 200 });
    for (const l of leases) expect((await client.lease.timeToLive(l.id)).ttl).toBeGreaterThan(0);
    expect(kept.every((k) => k.ttl === ttl)).toBe(true);
    expect(client.lease.keepAliveStreamsOpened).toBe(1);
    for (const k of kept) k.close();
    await Promise.all(kept.map((k) => k.done));
    // A revoked lease ends its keep-alive with LeaseNotFoundError.
    const g = await client.lease.grant(5);
    const k = client.lease.keepAlive(g.id);
    await client.lease.revoke(g.id);
    await expect(k.done).rejects.toBeInstanceOf(LeaseNotFoundError);
    await Promise.all(leases.map((l) => client.lease.revoke(l.id)));
    expect(client.lease.keepAliveStreamsOpened).toBe(1);
  });

  it('lock and election', async () => {
    const l1 = await client.lease.grant(30);
    const l2 = await client.lease.grant(30);
    const held = await client.lock.lock('mutex', l1.id);
    expect(new TextDecoder().decode(held.key).startsWith('mutex/')).toBe(true);
    let second = false;
    const waiting = client.lock.lock('mutex', l2.id, { timeoutMs: 10_000 }).then((r) => {
      second = true;
      return r;
    });
    const kv = await client.kv.get(held.key);
    expect(kv?.lease).toBe(l1.id);
    expect(second).toBe(false);
    await client.lock.unlock(held.key);
    const next = await waiting;
    await client.lock.unlock(next.key);

    expect(await client.election.leader('elect')).toBeUndefined();
    const c = await client.election.campaign('elect', l1.id, 'alpha');
    expect(c.leader.lease).toBe(l1.id);
    expect((await client.election.leader('elect'))?.valueString).toBe('alpha');
    const observed: string[] = [];
    const obs = client.election.observe('elect', (kv) => observed.push(kv.valueString));
    await waitFor('the current leader observed', () => observed.includes('alpha'));
    await client.election.proclaim(c.leader, 'beta');
    await waitFor('the proclamation observed', () => observed.includes('beta'));
    obs.close();
    await obs.done;
    await client.election.resign(c.leader);
    expect(await client.election.leader('elect')).toBeUndefined();
    await client.lease.revoke(l1.id);
    await client.lease.revoke(l2.id);
  });

  it('close() ends a call in flight with ClientClosedError at once (a Lock waiting on a held lock)', async () => {
    const l1 = await client.lease.grant(30);
    const held = await client.lock.lock('close-mutex', l1.id);
    const other = await open({ endpoints: cluster.endpoints() });
    const l2 = await other.lease.grant(30);
    const waiting = other.lock.lock('close-mutex', l2.id, { timeoutMs: 60_000 }).then(() => 'locked', (e: unknown) => e);
    await waitFor('the second lock waiting', async () => (await client.kv.range('close-mutex/', { prefix: true })).kvs.length === 2);
    const started = Date.now();
    void other.close();
    const outcome = await waiting;
    expect(outcome).toBeInstanceOf(ClientClosedError);
    expect(Date.now() - started).toBeLessThan(2000);
    await client.lease.revoke(l2.id);
    await client.lock.unlock(held.key);
    await client.lease.revoke(l1.id);
  });

  it('maintenance and cluster', async () => {
    const s = await client.maintenance.status();
    expect(s.version.length).toBeGreaterThan(0);
    expect(s.leader).not.toBe(0n);
    expect(s.raftIndex).toBeGreaterThan(0n);
    expect(typeof (await client.maintenance.hash()).hash).toBe('number');
    const h = await client.maintenance.hashKV();
    expect(typeof h.hash).toBe('number');
    expect((await client.maintenance.alarm()).alarms).toEqual([]);
    await client.maintenance.defragment();
    const err = await client.cluster.memberAdd(['http://127.0.0.1:1']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnimplementedError);
    expect(err).not.toBeInstanceOf(UnknownOutcomeError);
  });
});

describe('client: fail-over and watch resume when a member is killed', () => {
  let cluster: LocalCluster;

  beforeAll(async () => {
    cluster = await LocalCluster.start(3);
    await cluster.waitForHealthy();
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('fails over to another endpoint when the one in use is killed with SIGKILL', async () => {
    const client = await open({ endpoints: cluster.endpoints(), requestTimeoutMs: 2000, retry: { maxRetries: 10, initialDelayMs: 50, maxDelayMs: 500 } });
    await waitFor('a first write', () => client.kv.put('fo', '0').then(() => true));
    const first = client.endpoint;
    const name = cluster.specs.find((s) => cluster.endpoint(s.name) === first)!.name;
    await cluster.kill(name, 'SIGKILL');
    // A read is retried on the next endpoint; it needs the surviving two to have a leader.
    expect((await client.kv.get('fo'))?.valueString).toBe('0');
    expect(client.endpoint).not.toBe(first);
    // Writes go to the new endpoint (a write refused as never sent is retried too).
    await waitFor('a write after fail-over', () => client.kv.put('fo', '1').then(() => true, (e: unknown) => {
      if (e instanceof UnknownOutcomeError) return false;
      throw e;
    }));
    expect((await client.kv.get('fo'))?.valueString).toBe('1');
    cluster.startNode(name);
    await cluster.waitForHealthy([name]);
  });

  it('a watch resumes on another endpoint after its member is killed, with no gap and no duplicate', async () => {
    const all = cluster.specs.map((s) => s.name);
    const watcherClient = await open({ endpoints: cluster.endpoints(), requestTimeoutMs: 2000 });
    const start = (await watcherClient.kv.put('resume/start', '-')).header.revision;
    const got: WatchEvent[] = [];
    const w = watcherClient.watch.watch('resume/', { prefix: true, startRevision: start, onEvents: (b) => got.push(...b.events) });
    await w.ready;
    const watchedOn = watcherClient.endpoint;
    const victim = all.find((n) => cluster.endpoint(n) === watchedOn)!;
    const writers = all.filter((n) => n !== victim);
    const writer = await open({ endpoints: cluster.endpoints(writers), requestTimeoutMs: 2000, retry: { maxRetries: 20, maxDelayMs: 300 } });

    let written = 0;
    const writeSome = async (n: number) => {
      for (let i = 0; i < n; i++) {
        try {
          await writer.kv.put(`resume/k${written % 7}`, `v${written}`);
        } catch (e) {
          if (!(e instanceof UnknownOutcomeError)) throw e;
        }
        written++;
      }
    };
    await writeSome(30);
    await waitFor('events before the kill', () => got.length >= 20);
    const kill = cluster.kill(victim, 'SIGKILL');
    await writeSome(30);
    await kill;
    await writeSome(30);
    const last = (await writer.kv.put('resume/end', '.')).header.revision;
    await waitFor('the watch to catch up', () => got.length > 0 && got[got.length - 1]!.kv.modRevision >= last, { timeoutMs: 30_000 });
    expect(w.resumes).toBeGreaterThanOrEqual(1);
    expect(watcherClient.endpoint).not.toBe(watchedOn);

    // The reference: the same history read by a fresh watch on a surviving member.
    const reference: WatchEvent[] = [];
    const ref = writer.watch.watch('resume/', { prefix: true, startRevision: start, onEvents: (b) => reference.push(...b.events) });
    await waitFor('the reference', () => reference.length > 0 && reference[reference.length - 1]!.kv.modRevision >= last);
    ref.close();
    const flat = (es: WatchEvent[]) => es.map((e) => `${e.type} ${e.kv.keyString}=${e.kv.valueString}@${e.kv.modRevision}`);
    expect(flat(got)).toEqual(flat(reference));
    const revs = got.map((e) => e.kv.modRevision);
    expect(new Set(revs).size).toBe(revs.length);
    w.close();
    cluster.startNode(victim);
    await cluster.waitForHealthy([victim]);
  });
});

describe('client: a write whose outcome is unknown', () => {
  let cluster: LocalCluster;

  afterAll(async () => {
    await cluster?.stop();
  });

  it('is reported as UnknownOutcomeError and not retried', async () => {
    cluster = await LocalCluster.start(3, ['--election-timeout', '2000']);
    await cluster.waitForHealthy(undefined, 30_000);
    const names = cluster.specs.map((s) => s.name);
    const leader = await leaderOf(cluster, names);
    const followers = names.filter((n) => n !== leader);
    const timeoutMs = 600;
    const client = await open({ endpoints: [cluster.endpoint(leader)], requestTimeoutMs: timeoutMs, retry: { maxRetries: 5, initialDelayMs: 10, maxDelayMs: 20 } });
    await client.kv.put('unknown', 'before');
    await Promise.all(followers.map((f) => cluster.kill(f, 'SIGKILL')));
    // The leader still leads (check-quorum needs an election timeout to depose it): the put is proposed and never commits.
    const t0 = Date.now();
    const err = await client.kv.put('unknown', 'after').catch((e: unknown) => e);
    const took = Date.now() - t0;
    expect(err).toBeInstanceOf(UnknownOutcomeError);
    expect([StatusCode.DEADLINE_EXCEEDED, StatusCode.UNAVAILABLE]).toContain((err as UnknownOutcomeError).code);
    // One attempt only: five retries would take five deadlines.
    expect(took).toBeLessThan(2 * timeoutMs);

    // A read, by contrast, is retried: it outlives one deadline and fails only after the retries.
    const t1 = Date.now();
    const readErr = await client.kv.get('unknown').catch((e: unknown) => e);
    expect(readErr).toBeInstanceOf(RegdError);
    expect(readErr).not.toBeInstanceOf(UnknownOutcomeError);
    expect(Date.now() - t1).toBeGreaterThan(2 * timeoutMs);
  });
});
