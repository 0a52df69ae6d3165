// Failpoints (REGD_FAILPOINTS): parsing, the config and metrics wiring, and
// what each one does to the KV frontend, on a real MVCC store with a stand-in
// Raft node whose proposals never commit and whose read barrier always fails.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplyResult, DeleteRangeRequest, KvCommand, PutRequest, TxnRequest } from '../../src/kv/index.js';
import { parseConfig } from '../../src/node/config.js';
import { NO_FAILPOINTS, parseFailpoints, type Failpoints } from '../../src/server/failpoints.js';
import { KvFrontend } from '../../src/server/kv-frontend.js';
import { NodeMetrics } from '../../src/server/metrics.js';
import type { RaftNode } from '../../src/server/raft-node.js';
import { ServerError } from '../../src/server/server-error.js';
import { StartupError } from '../../src/server/startup-error.js';
import { b, Harness, rejection, str } from '../kv/helpers.js';

describe('parseFailpoints', () => {
  it('turns nothing on when REGD_FAILPOINTS is unset, empty or blank', () => {
    expect(parseFailpoints(undefined).size).toBe(0);
    expect(parseFailpoints('').size).toBe(0);
    expect(parseFailpoints(' , ,').size).toBe(0);
  });

  it('reads one or both names, comma-separated, blanks and repeats ignored', () => {
    expect([...parseFailpoints('serve-local-reads')]).toEqual(['serve-local-reads']);
    expect([...parseFailpoints('ack-before-commit')]).toEqual(['ack-before-commit']);
    expect([...parseFailpoints(' serve-local-reads , ack-before-commit,serve-local-reads ')].sort())
      .toEqual(['ack-before-commit', 'serve-local-reads']);
  });

  it('refuses an unknown name with a clear BAD_CONFIG error naming it and the known ones', () => {
    const err = (() => {
      try {
        parseFailpoints('serve-local-reads,ack-before-comit');
      } catch (e) {
        return e;
      }
      throw new Error('expected a throw');
    })();
    expect(err).toBeInstanceOf(StartupError);
    expect((err as StartupError).code).toBe('BAD_CONFIG');
    expect((err as StartupError).message).toBe(
      'REGD_FAILPOINTS: unknown failpoint "ack-before-comit" (known: serve-local-reads, ack-before-commit)');
  });
});

describe('config and metrics wiring', () => {
  const argv = ['--name', 'n1', '--initial-advertise-peer-urls', 'http://127.0.0.1:9001'];

  it('parseConfig takes failpoints from REGD_FAILPOINTS only, none by default', () => {
    expect(parseConfig(argv, {}).failpoints.size).toBe(0);
    expect([...parseConfig(argv, { REGD_FAILPOINTS: 'ack-before-commit' }).failpoints]).toEqual(['ack-before-commit']);
    expect(() => parseConfig(argv, { REGD_FAILPOINTS: 'nope' })).toThrow(/REGD_FAILPOINTS: unknown failpoint "nope"/);
  });

  it('exports regd_failpoints_enabled{name} = 1 per failpoint on, and nothing at all when none is', async () => {
    const off = new NodeMetrics();
    off.reportFailpoints(NO_FAILPOINTS);
    expect(await off.registry.metrics()).not.toContain('regd_failpoints');
    const on = new NodeMetrics();
    on.reportFailpoints(parseFailpoints('serve-local-reads,ack-before-commit'));
    const text = await on.registry.metrics();
    expect(text).toContain('regd_failpoints_enabled{name="serve-local-reads"} 1');
    expect(text).toContain('regd_failpoints_enabled{name="ack-before-commit"} 1');
  });
});

/**
 * A Raft node stand-in: no leader for reads, and proposals that the core
 * accepts (or refuses, when `refuse` is set) but that never commit until the
 * test fails them.
 */
class StuckNode {
  submitted: Array<{ id: bigint; data: Uint8Array; fail: (err: Error) => void }> = [];
  proposed = 0;
  refuse: Error | undefined;
  private seq = 0n;

  newRequestId(): bigint {
    return ++this.seq;
  }

  readBarrier(): Promise<void> {
    return Promise.reject(new ServerError('UNAVAILABLE', 'etcdserver: no leader'));
  }

  propose(id: bigint, data: Uint8Array): Promise<ApplyResult> {
    this.proposed++;
    try {
      return this.submit(id, data);
    } catch (err) {
      return Promise.reject(err as Error);
    }
  }

  submit(id: bigint, data: Uint8Array): Promise<ApplyResult> {
    if (this.refuse !== undefined) throw this.refuse;
    return new Promise((_resolve, reject) => this.submitted.push({ id, data, fail: reject }));
  }
}

describe('the KV frontend under failpoints', () => {
  let h: Harness;
  let node: StuckNode;
  const frontend = (failpoints: Failpoints = NO_FAILPOINTS) =>
    new KvFrontend(node as unknown as RaftNode<ApplyResult>, h.store, { failpoints });

  beforeEach(async () => {
    h = await Harness.create();
    node = new StuckNode();
    await h.put('a', '1'); // rev 2
    await h.put('b', '2'); // rev 3
    await h.put('c', '3'); // rev 4
  });
  afterEach(async () => {
    await h.dispose();
  });

  describe('none (the default)', () => {
    it('linearizable reads wait on the barrier (and fail without a leader); serializable ones are local', async () => {
      const kv = frontend();
      expect((await rejection(kv.range({ key: b('a') }))).message).toBe('etcdserver: no leader');
      expect((await rejection(kv.txn({ success: [{ requestRange: { key: b('a') } }] }))).message).toBe('etcdserver: no leader');
      expect(str((await kv.range({ key: b('a'), serializable: true })).kvs[0]!.value)).toBe('1');
    });

    it('a write waits for its proposal to commit: no answer while it is pending, its failure when it fails', async () => {
      const kv = frontend();
      let settled = false;
      const p = kv.put({ key: b('x'), value: b('v') }).finally(() => { settled = true; });
      await new Promise((r) => setImmediate(r));
      expect(node.submitted).toHaveLength(1);
      expect(settled).toBe(false);
      node.submitted[0]!.fail(new ServerError('UNAVAILABLE', 'etcdserver: request timed out'));
      expect((await rejection(p)).message).toBe('etcdserver: request timed out');
    });
  });

  describe('serve-local-reads', () => {
    it('answers linearizable ranges and range-only txns from local state without a barrier', async () => {
      const kv = frontend(parseFailpoints('serve-local-reads'));
      const r = await kv.range({ key: b('a'), rangeEnd: b('z') });
      expect(r.kvs.map((x) => str(x.value))).toEqual(['1', '2', '3']);
      expect(r.revision).toBe(4);
      const t = await kv.txn({
        compare: [{ key: b('a'), target: 3, result: 0, value: b('1') }],
        success: [{ requestRange: { key: b('b') } }],
      });
      expect(t.succeeded).toBe(true);
      expect(t.responses).toHaveLength(1);
      expect(node.proposed + node.submitted.length).toBe(0); // reads never touch the log
    });

    it('leaves writes alone: they still wait for commit', async () => {
      const kv = frontend(parseFailpoints('serve-local-reads'));
      let settled = false;
      void kv.put({ key: b('x'), value: b('v') }).then(() => { settled = true; }, () => { settled = true; });
      await new Promise((r) => setImmediate(r));
      expect(node.submitted).toHaveLength(1);
      expect(settled).toBe(false);
    });
  });

  describe('ack-before-commit', () => {
    /**
     * The answer to `p` if it comes within a few turns of the event loop. Here
     * no proposal ever commits, so a write that waits for its commit fails this
     * (at once, not by a test timeout).
     */
    async function answeredWithoutCommit<T>(p: Promise<T>): Promise<T> {
      const pending = Symbol('pending');
      let turns = 20;
      const idle = new Promise<typeof pending>((resolve) => {
        const spin = () => (--turns === 0 ? resolve(pending) : setImmediate(spin));
        setImmediate(spin);
      });
      const r = await Promise.race([p, idle]);
      if (r === pending) throw new Error('no answer: the write waits for a commit that never comes');
      return r as T;
    }

    /** The frontend's speculative answer next to what applying the same command here gives. */
    async function speculativeVsApplied<T>(speculate: () => Promise<T>, command: KvCommand): Promise<{ spec: T; applied: unknown }> {
      const spec = await answeredWithoutCommit(speculate());
      const r = await h.ok(command);
      return { spec, applied: r.response.type === 'noop' ? undefined : r.response.response };
    }

    it('answers a Put at once with local revision + 1, without applying it; the proposal is still made', async () => {
      const kv = frontend(parseFailpoints('ack-before-commit'));
      const r = await answeredWithoutCommit(kv.put({ key: b('a'), value: b('new'), prevKv: true }));
      expect(r.revision).toBe(5);
      expect(str(r.prevKv!.value)).toBe('1');
      expect(h.store.revision).toBe(4); // nothing applied
      expect(str((await h.get('a')).kvs[0]!.value)).toBe('1');
      expect(node.submitted).toHaveLength(1);
      expect(node.proposed).toBe(0); // submitted directly: answered on acceptance, not on commit
      // The proposal failing later changes nothing (and is no unhandled rejection).
      node.submitted[0]!.fail(new ServerError('UNAVAILABLE', 'etcdserver: request timed out'));
      await new Promise((r) => setImmediate(r));
    });

    it('answers what applying it next would answer, for Put, DeleteRange and Txn', async () => {
      const kv = frontend(parseFailpoints('ack-before-commit'));
      const putPb: PutRequest = { key: b('b'), value: b('two'), prevKv: true };
      const p = await speculativeVsApplied(() => kv.put(putPb), { type: 'put', request: putPb });
      expect(p.spec).toEqual(p.applied);

      const delPb: DeleteRangeRequest = { key: b('a'), rangeEnd: b('c'), prevKv: true };
      const d = await speculativeVsApplied(() => kv.deleteRange(delPb), { type: 'deleteRange', request: delPb });
      expect(d.spec).toEqual(d.applied);
      expect(d.spec.deleted).toBe(2);

      const missPb: DeleteRangeRequest = { key: b('nothing-here') };
      const m = await speculativeVsApplied(() => kv.deleteRange(missPb), { type: 'deleteRange', request: missPb });
      expect(m.spec).toEqual(m.applied); // nothing deleted: the revision does not move
      expect(m.spec.deleted).toBe(0);

      // CAS on c (value 3): true, then the same CAS again is false (c changed).
      const casPb = (expect: string, next: string): TxnRequest => ({
        compare: [{ key: b('c'), target: 3, result: 0, value: b(expect) }],
        success: [{ requestPut: { key: b('c'), value: b(next) } }, { requestRange: { key: b('b') } }],
        failure: [{ requestRange: { key: b('c') } }],
      });
      const t1 = await speculativeVsApplied(() => kv.txn(casPb('3', '4')), { type: 'txn', request: casPb('3', '4') });
      expect(t1.spec.succeeded).toBe(true);
      expect(t1.spec).toEqual(t1.applied);
      const t2 = await speculativeVsApplied(() => kv.txn(casPb('3', '5')), { type: 'txn', request: casPb('3', '5') });
      expect(t2.spec.succeeded).toBe(false);
      expect(t2.spec).toEqual(t2.applied);
      expect(node.submitted).toHaveLength(5);
    });

    it('still fails a write the local node refuses (no leader) and leaves Compact and reads alone', async () => {
      const kv = frontend(parseFailpoints('ack-before-commit'));
      node.refuse = new ServerError('UNAVAILABLE', 'etcdserver: no leader');
      expect((await rejection(kv.put({ key: b('x'), value: b('v') }))).message).toBe('etcdserver: no leader');
      expect((await rejection(kv.range({ key: b('a') }))).message).toBe('etcdserver: no leader');
      node.refuse = undefined;
      let settled = false;
      void kv.compact({ revision: 2 }).then(() => { settled = true; }, () => { settled = true; });
      await new Promise((r) => setImmediate(r));
      expect(node.submitted).toHaveLength(1);
      expect(settled).toBe(false); // a compaction still waits for commit
    });
  });
});
