// The replicated lease table in the MVCC store (reference §10.2, §10.4, §10.9):
// grant, revoke (keys deleted at one revision, in key order), Put/Txn against
// the table, persistence, snapshots, and the listener the lessor hangs on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ErrorMessages, EventType, MAX_LEASE_TTL, MvccStore, minLeaseTtl,
  type ApplyResult, type KvCommand, type Lease, type LeaseId, type LeaseListener,
} from '../../src/kv/index.js';
import { readSnapshot } from '../../src/kv/snapshot.js';
import { writeU32 } from '../../src/kv/codec.js';
import { crc32 } from 'node:zlib';
import { b, eventSummary, Harness, str, tuples } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(async () => {
  await h.dispose();
});

const grant = (id: LeaseId, ttl = 10): KvCommand => ({ type: 'leaseGrant', request: { id, ttl } });
const revoke = (id: LeaseId): KvCommand => ({ type: 'leaseRevoke', request: { id } });

function applied(r: ApplyResult): Extract<ApplyResult, { status: 'applied' }> {
  if (r.status !== 'applied') throw new Error(`expected applied, got ${r.status}`);
  return r;
}

describe('grant', () => {
  it('adds the lease without changing the revision, and answers id and TTL', async () => {
    const r = await h.ok(grant(7n, 30));
    expect(r.response).toEqual({ type: 'leaseGrant', response: { revision: 1, id: 7n, ttl: 30 } });
    expect(r.events).toEqual([]);
    expect(h.store.revision).toBe(1);
    expect(h.store.lease(7n)).toEqual({ id: 7n, ttl: 30 });
    expect(h.store.leases()).toEqual([{ id: 7n, ttl: 30 }]);
    expect(h.store.leaseCount).toBe(1);
  });

  it('refuses an id already in use with FailedPrecondition "lease already exists"', async () => {
    await h.ok(grant(7n, 30));
    const err = await h.rejected(grant(7n, 99));
    expect([err.code, err.message]).toEqual(['FAILED_PRECONDITION', ErrorMessages.LEASE_EXISTS]);
    expect(err.grpcCode).toBe(9);
    expect(err.message).toBe('etcdserver: lease already exists');
    expect(h.store.lease(7n)).toEqual({ id: 7n, ttl: 30 });
  });

  it('refuses a TTL above 9e9 s with OutOfRange "too large lease TTL"; 9e9 itself is fine', async () => {
    const err = await h.rejected(grant(8n, MAX_LEASE_TTL + 1));
    expect([err.code, err.grpcCode, err.message]).toEqual(['OUT_OF_RANGE', 11, 'etcdserver: too large lease TTL']);
    await h.ok(grant(8n, MAX_LEASE_TTL));
    expect(h.store.lease(8n)?.ttl).toBe(9_000_000_000);
  });

  it('keeps negative and large int64 ids apart', async () => {
    await h.ok(grant(-5n));
    await h.ok(grant((1n << 62n) + 3n));
    await h.ok(grant(5n));
    expect(h.store.leases().map((l) => l.id)).toEqual([-5n, 5n, (1n << 62n) + 3n]);
  });

  it('the minimum TTL is ceil(1.5 × election timeout), at least 1 s', () => {
    expect(minLeaseTtl(1000)).toBe(2);
    expect(minLeaseTtl(500)).toBe(1);
    expect(minLeaseTtl(100)).toBe(1);
    expect(minLeaseTtl(1500)).toBe(3);
  });
});

describe('put with a lease', () => {
  it('attaches the key to a granted lease; an unknown lease fails with NotFound', async () => {
    const err = await h.rejected({ type: 'put', request: { key: b('a'), value: b('1'), lease: 7n } });
    expect([err.code, err.message]).toEqual(['NOT_FOUND', 'etcdserver: requested lease not found']);
    expect(h.store.revision).toBe(1);
    await h.ok(grant(7n));
    await h.put('a', '1', { lease: 7n });
    expect(tuples((await h.get('a')).kvs)).toEqual([['a', '1', 2, 2, 1, 7n]]);
    expect(h.store.leaseKeys(7n).map(str)).toEqual(['a']);
  });

  it('a txn put to an unknown lease fails the whole txn', async () => {
    await h.ok(grant(7n));
    const err = await h.rejected({
      type: 'txn',
      request: { success: [{ requestPut: { key: b('a'), value: b('1'), lease: 7n } }, { requestPut: { key: b('b'), value: b('1'), lease: 8n } }] },
    });
    expect(err.message).toBe('etcdserver: requested lease not found');
    expect(h.store.revision).toBe(1);
  });
});

describe('revoke', () => {
  it('deletes every attached key at one new revision, in key order, with DELETE events', async () => {
    await h.ok(grant(7n));
    await h.ok(grant(8n));
    await h.put('c', '1', { lease: 7n }); // 2
    await h.put('a', '1', { lease: 7n }); // 3
    await h.put('b', '1', { lease: 8n }); // 4
    await h.put('d', '1'); // 5
    await h.put('b2', '1', { lease: 7n }); // 6
    const r = applied(await h.run(revoke(7n)));
    expect(r.revision).toBe(7);
    expect(r.response).toEqual({ type: 'leaseRevoke', response: { revision: 7, deleted: 3 } });
    expect(eventSummary(r.events)).toEqual(['DEL a@7', 'DEL b2@7', 'DEL c@7']);
    expect(r.events.every((e) => e.type === EventType.DELETE && e.prevKv?.lease === 7n)).toBe(true);
    expect(r.events.map((e) => e.kv)).toEqual(['a', 'b2', 'c'].map((k) => ({
      key: b(k), createRevision: 0, modRevision: 7, version: 0, value: new Uint8Array(), lease: 0n,
    })));
    expect(h.store.lease(7n)).toBeUndefined();
    expect(h.store.leaseKeys(7n)).toEqual([]);
    expect((await h.range('a', '\x00')).kvs.map((kv) => str(kv.key))).toEqual(['b', 'd']);
    // the history has it as one revision
    const hist = await h.store.eventsSince(7, { key: b('\x00'), rangeEnd: b('\x00') });
    expect(eventSummary(hist.events)).toEqual(['DEL a@7', 'DEL b2@7', 'DEL c@7']);
  });

  it('a lease without keys goes without a new revision', async () => {
    await h.put('x', '1'); // 2
    await h.ok(grant(7n));
    const r = applied(await h.run(revoke(7n)));
    expect(r.response).toEqual({ type: 'leaseRevoke', response: { revision: 2, deleted: 0 } });
    expect(r.events).toEqual([]);
    expect(h.store.revision).toBe(2);
    expect(h.store.lease(7n)).toBeUndefined();
  });

  it('an unknown lease fails with NotFound "requested lease not found", and so does a second revoke', async () => {
    const err = await h.rejected(revoke(9n));
    expect([err.code, err.grpcCode, err.message]).toEqual(['NOT_FOUND', 5, 'etcdserver: requested lease not found']);
    await h.ok(grant(9n));
    await h.ok(revoke(9n));
    expect((await h.rejected(revoke(9n))).message).toBe('etcdserver: requested lease not found');
  });

  it('leaves keys that moved to another lease or to none', async () => {
    await h.ok(grant(7n));
    await h.ok(grant(8n));
    await h.put('a', '1', { lease: 7n });
    await h.put('b', '1', { lease: 7n });
    await h.put('a', '2'); // detached by a plain put
    await h.put('b', '2', { lease: 8n }); // moved
    await h.put('c', '1', { lease: 7n });
    const r = applied(await h.run(revoke(7n)));
    expect(eventSummary(r.events)).toEqual([`DEL c@${r.revision}`]);
    expect(tuples((await h.range('a', 'c')).kvs).map((t) => [t[0], t[1], t[5]])).toEqual([['a', '2', 0n], ['b', '2', 8n]]);
  });

  it('after a revoke, a put to the lease fails and the id can be granted again', async () => {
    await h.ok(grant(7n));
    await h.ok(revoke(7n));
    expect((await h.rejected({ type: 'put', request: { key: b('a'), lease: 7n } })).message).toBe('etcdserver: requested lease not found');
    await h.ok(grant(7n, 5));
    expect(h.store.lease(7n)).toEqual({ id: 7n, ttl: 5 });
  });
});

describe('durability', () => {
  it('the table survives a reopen, and replay of applied entries is skipped', async () => {
    await h.ok(grant(7n, 30));
    await h.ok(grant(-2n, 4));
    await h.put('a', '1', { lease: 7n });
    await h.ok(revoke(-2n));
    await h.reopen();
    expect(h.store.leases()).toEqual([{ id: 7n, ttl: 30 }]);
    expect(h.store.leaseKeys(7n).map(str)).toEqual(['a']);
    expect(await h.store.apply(1, grant(99n))).toEqual({ status: 'skipped', index: 1 });
    expect(h.store.lease(99n)).toBeUndefined();
  });

  it('a snapshot carries the table; restore replaces the table of the target', async () => {
    await h.ok(grant(7n, 30));
    await h.ok(grant(3n, 12));
    await h.put('a', '1', { lease: 7n });
    const snap = await h.store.snapshot();
    expect(readSnapshot(snap.data).leases).toEqual([{ id: 3n, ttl: 12 }, { id: 7n, ttl: 30 }]);

    const g = await Harness.create();
    try {
      await g.ok(grant(100n));
      await g.store.restore(snap.data);
      expect(g.store.leases()).toEqual(h.store.leases());
      expect(g.store.leaseKeys(7n).map(str)).toEqual(['a']);
      expect((await g.store.snapshot()).data).toEqual(snap.data);
      await g.reopen();
      expect(g.store.leases()).toEqual([{ id: 3n, ttl: 12 }, { id: 7n, ttl: 30 }]);
      // and it keeps applying from there: revoking deletes the keys it got from the image
      const r = applied(await g.store.apply(snap.appliedIndex + 1, revoke(7n)));
      expect(eventSummary(r.events)).toEqual([`DEL a@${snap.revision + 1}`]);
    } finally {
      await g.dispose();
    }
  });

  it('two stores fed the same grants and revokes produce identical snapshots', async () => {
    const cmds: KvCommand[] = [grant(5n), grant(2n), { type: 'put', request: { key: b('k'), value: b('v'), lease: 5n } }, revoke(2n), grant(9n)];
    const g = await Harness.create();
    try {
      for (const c of cmds) await h.run(c);
      await g.store.applyBatch(cmds.map((command, i) => ({ index: i + 1, command })));
      expect((await g.store.snapshot()).data).toEqual((await h.store.snapshot()).data);
    } finally {
      await g.dispose();
    }
  });

  it('reads a snapshot image written before leases existed (REGDKV01) as an empty table', async () => {
    await h.put('a', '1');
    const v2 = (await h.store.snapshot()).data;
    // v1 = v2 without the lease count (8 zero bytes before the CRC), with the old magic and a fresh CRC.
    const body = new Uint8Array(v2.subarray(0, v2.length - 4 - 8));
    body.set(Buffer.from('REGDKV01', 'latin1'), 0);
    const v1 = new Uint8Array(body.length + 4);
    v1.set(body, 0);
    writeU32(v1, body.length, crc32(body) >>> 0);
    const parsed = readSnapshot(v1);
    expect(parsed.leases).toEqual([]);
    expect(parsed.records.length).toBe(readSnapshot(v2).records.length);
  });
});

describe('lease listener', () => {
  it('hears grants and revokes once applied, in order, and a reset after a restore', async () => {
    const heard: string[] = [];
    const listener: LeaseListener = {
      granted: (l: Lease) => heard.push(`grant ${l.id} ${l.ttl}`),
      revoked: (id) => heard.push(`revoke ${id}`),
      reset: () => heard.push('reset'),
    };
    h.store.setLeaseListener(listener);
    await h.store.applyBatch([
      { index: 1, command: grant(1n, 5) },
      { index: 2, command: grant(1n, 6) }, // rejected: nothing heard
      { index: 3, command: grant(2n, 7) },
      { index: 4, command: revoke(1n) },
      { index: 5, command: revoke(1n) }, // rejected
    ]);
    expect(heard).toEqual(['grant 1 5', 'grant 2 7', 'revoke 1']);
    const snap = await h.store.snapshot();
    await h.store.restore(snap.data);
    expect(heard.at(-1)).toBe('reset');
    h.store.setLeaseListener(null);
    await h.store.apply(6, grant(3n));
    expect(heard.length).toBe(4);
  });

  it('the default lease checker is the replicated table; a given one replaces it', async () => {
    const g = await MvccStore.open(h.dir + '-other', { leaseChecker: { exists: (id) => id === 42n } });
    try {
      const r = await g.apply(1, { type: 'put', request: { key: b('a'), value: b('1'), lease: 42n } });
      expect(r.status).toBe('applied');
    } finally {
      await g.close();
      (await import('node:fs')).rmSync(h.dir + '-other', { recursive: true, force: true });
    }
  });
});
