// Locks and elections against a real cluster: mutual exclusion under contention,
// fencing tokens that reject a holder whose lease expired, and etcdctl's recipes.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/index.js';
import { LocalCluster } from './harness/local-cluster.js';
import { waitFor } from './harness/wait-for.js';

const ETCDCTL = '/usr/bin/etcdctl';
let cluster: LocalCluster;
const children: ChildProcess[] = [];

beforeAll(async () => {
  cluster = await LocalCluster.start(3);
  await cluster.waitForHealthy();
});

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await cluster.stop();
});

/** A resource that accepts a write only with a fencing token at least as high as any it has seen. */
class FencedStore {
  highest = 0;
  readonly accepted: Array<{ who: string; token: number }> = [];
  write(who: string, token: number): boolean {
    if (token < this.highest) return false;
    this.highest = token;
    this.accepted.push({ who, token });
    return true;
  }
}

describe('v3lockpb.Lock', () => {
  it('admits one holder at a time among 20 contending clients, with growing fencing tokens', async () => {
    const endpoints = cluster.endpoints();
    let inside = 0;
    let maxInside = 0;
    const tokens: number[] = [];
    await Promise.all(Array.from({ length: 20 }, async (_, i) => {
      const ep = endpoints[i % endpoints.length]!;
      const client = createClient({ endpoints: [ep], requestTimeoutMs: 30_000, retry: false });
      try {
        const { id } = await client.lease.grant(30);
        const held = await client.lock.lock('mutex', id);
        inside++;
        maxInside = Math.max(maxInside, inside);
        const mine = await client.kv.get(held.key);
        tokens.push(Number(mine!.createRevision));
        await client.kv.put('guarded', `c${i}`);
        inside--;
        await client.lock.unlock(held.key);
      } finally {
        client.close();
      }
    }));
    expect(maxInside).toBe(1);
    expect(tokens).toHaveLength(20);
    // Each holder's token is above every earlier holder's: fencing tokens only grow.
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]!).toBeGreaterThan(tokens[i - 1]!);
  });
});

describe.skipIf(!existsSync(ETCDCTL))('etcdctl lock and elect', () => {
  function etcdctl(args: string[]): { proc: ChildProcess; lines: string[] } {
    const proc = spawn(ETCDCTL, [`--endpoints=${cluster.endpoints().join(',')}`, ...args], { env: { ...process.env, ETCDCTL_API: '3' } });
    children.push(proc);
    const lines: string[] = [];
    proc.stdout!.on('data', (d: Buffer) => lines.push(...d.toString().split('\n').filter((l) => l.length > 0)));
    return { proc, lines };
  }

  it('fences off a holder whose lease expired while it was paused', async () => {
    const store = new FencedStore();
    // Holder A: prints its lock key and revision, then holds the lock.
    const a = etcdctl(['lock', '--ttl=2', 'fenced', '--', 'sh', '-c', 'echo "$ETCD_LOCK_KEY $ETCD_LOCK_REV"; exec sleep 600']);
    const [keyA, revA] = (await waitFor('A holds the lock', () => a.lines[0])).split(' ') as [string, string];
    expect(store.write('A', Number(revA))).toBe(true);
    // A stops: no more keep-alives. Its lease expires and B gets the lock.
    a.proc.kill('SIGSTOP');
    const b = etcdctl(['lock', '--ttl=5', 'fenced', '--', 'sh', '-c', 'echo "$ETCD_LOCK_KEY $ETCD_LOCK_REV"; exec sleep 600']);
    const [keyB, revB] = (await waitFor('B holds the lock', () => b.lines[0], { timeoutMs: 20_000 })).split(' ') as [string, string];
    expect(keyB).not.toBe(keyA);
    expect(Number(revB)).toBeGreaterThan(Number(revA));
    expect(store.write('B', Number(revB))).toBe(true);
    // A wakes up and still believes it holds the lock: its token is refused by the resource...
    a.proc.kill('SIGCONT');
    expect(store.write('A', Number(revA))).toBe(false);
    // ...and a write guarded by A's lock key in a Txn does not happen either.
    const kv = createClient({ endpoints: [cluster.endpoint('n1')] });
    const guarded = await kv.kv.txn({
      compare: [{ key: keyA, target: 'create', result: 'greater', value: 0 }], // A's key still exists
      success: [{ put: { key: 'resource', value: 'from A' } }],
    });
    kv.close();
    expect(guarded.succeeded).toBe(false);
    expect(store.accepted.map((w) => w.who)).toEqual(['A', 'B']);
  });

  it('etcdctl elect: a campaign leads, and -l observes the leader', async () => {
    const c1 = etcdctl(['elect', 'chief', 'alpha']);
    await waitFor('alpha leads', () => c1.lines.includes('alpha'));
    const observer = etcdctl(['elect', '-l', 'chief']);
    await waitFor('the observer sees alpha', () => observer.lines.includes('alpha'));
    const c2 = etcdctl(['elect', 'chief', 'beta']);
    c1.proc.kill('SIGINT'); // resigns on exit
    await waitFor('beta leads', () => c2.lines.includes('beta'), { timeoutMs: 20_000 });
    await waitFor('the observer sees beta', () => observer.lines.includes('beta'), { timeoutMs: 20_000 });
  });
});
