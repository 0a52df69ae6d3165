// Revisions (§10.2), Put (§10.4) and DeleteRange (§10.5).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompareResult, CompareTarget, ErrorMessages, EventType, type LeaseId } from '../../src/kv/index.js';
import { b, eventSummary, Harness, str, tuple, tuples } from './helpers.js';

let h: Harness;
const leases = new Set<LeaseId>();
beforeEach(async () => {
  leases.clear();
  h = await Harness.create({ leaseChecker: { exists: (id) => leases.has(id) } });
});
afterEach(async () => {
  await h.dispose();
});

describe('revisions', () => {
  it('a new store is at revision 1 and the first write makes revision 2', async () => {
    expect(h.store.revision).toBe(1);
    expect((await h.get('a')).revision).toBe(1);
    const r = await h.put('a', '1');
    expect(r.revision).toBe(2);
    expect(h.store.revision).toBe(2);
  });

  it('every put raises the revision by one, even with the same value', async () => {
    await h.put('a', 'x');
    await h.put('a', 'x');
    expect((await h.put('a', 'x')).revision).toBe(4);
  });

  it('create_revision, mod_revision and version follow etcd', async () => {
    await h.put('a', '1'); // 2
    await h.put('b', '1'); // 3
    await h.put('a', '2'); // 4
    expect(tuples((await h.get('a')).kvs)).toEqual([['a', '2', 2, 4, 2, 0n]]);
    await h.del('a'); // 5
    await h.put('a', '3'); // 6: a new key again
    expect(tuples((await h.get('a')).kvs)).toEqual([['a', '3', 6, 6, 1, 0n]]);
  });

  it('a delete of many keys is one revision; a delete of nothing keeps the revision', async () => {
    await h.put('a', '1');
    await h.put('b', '1');
    await h.put('c', '1'); // 4
    const d = await h.del('a', 'c');
    expect(d).toMatchObject({ revision: 5, deleted: 2 });
    const none = await h.del('zzz');
    expect(none).toEqual({ revision: 5, deleted: 0, prevKvs: [] });
    expect(h.store.revision).toBe(5);
  });

  it('a read-only txn and a txn whose writes change nothing keep the revision', async () => {
    await h.put('a', '1'); // 2
    const ro = await h.txn({ success: [{ requestRange: { key: b('a') } }] });
    expect(ro.revision).toBe(2);
    const noop = await h.txn({ success: [{ requestDeleteRange: { key: b('nope') } }] });
    expect(noop.revision).toBe(2);
    expect(h.store.revision).toBe(2);
    const w = await h.txn({ success: [{ requestPut: { key: b('x'), value: b('1') } }, { requestPut: { key: b('y'), value: b('1') } }] });
    expect(w.revision).toBe(3);
    expect(h.store.revision).toBe(3);
  });

  it('a range at a past revision reports the current revision in its header', async () => {
    await h.put('a', '1');
    await h.put('a', '2');
    const r = await h.get('a', { revision: 2 });
    expect(r.revision).toBe(3);
    expect(tuples(r.kvs)).toEqual([['a', '1', 2, 2, 1, 0n]]);
  });

  it('compaction and no-op entries do not change the revision', async () => {
    await h.put('a', '1');
    await h.compact(2);
    await h.ok({ type: 'noop' });
    expect(h.store.revision).toBe(2);
  });

  it('a rejected command changes nothing but the applied index', async () => {
    await h.put('a', '1');
    const err = await h.rejected({ type: 'put', request: { key: b('a'), value: b('2'), lease: 7n } });
    expect(err.message).toBe(ErrorMessages.LEASE_NOT_FOUND);
    expect(h.store.revision).toBe(2);
    expect(h.store.appliedIndex).toBe(2);
    expect(tuples((await h.get('a')).kvs)).toEqual([['a', '1', 2, 2, 1, 0n]]);
  });
});

describe('put', () => {
  it('returns prev_kv only when asked and only if the key existed', async () => {
    expect(await h.put('a', '1', { prevKv: true })).toEqual({ revision: 2 });
    const r = await h.put('a', '2', { prevKv: true });
    expect(r.prevKv && tuple(r.prevKv)).toEqual(['a', '1', 2, 2, 1, 0n]);
    expect(await h.put('a', '3')).toEqual({ revision: 4 });
  });

  it('allows an empty value', async () => {
    await h.put('a', '');
    expect(tuples((await h.get('a')).kvs)).toEqual([['a', '', 2, 2, 1, 0n]]);
  });

  it('rejects an empty key', async () => {
    const err = await h.rejected({ type: 'put', request: { key: new Uint8Array(), value: b('1') } });
    expect({ code: err.code, message: err.message }).toEqual({ code: 'INVALID_ARGUMENT', message: 'etcdserver: key is not provided' });
  });

  it('needs an existing lease; the default checker knows none', async () => {
    const plain = await Harness.create();
    try {
      const err = await plain.rejected({ type: 'put', request: { key: b('a'), value: b('1'), lease: 5n } });
      expect({ code: err.code, message: err.message }).toEqual({ code: 'NOT_FOUND', message: 'etcdserver: requested lease not found' });
    } finally {
      await plain.dispose();
    }
  });

  it('attaches the key to its lease; a plain put (lease 0) detaches it', async () => {
    leases.add(10n).add(11n);
    await h.put('a', '1', { lease: 10n });
    await h.put('b', '1', { lease: 10n });
    expect(h.store.leaseKeys(10n).map(str)).toEqual(['a', 'b']);
    expect((await h.get('a')).kvs[0]?.lease).toBe(10n);
    await h.put('a', '2');
    expect((await h.get('a')).kvs[0]?.lease).toBe(0n);
    expect(h.store.leaseKeys(10n).map(str)).toEqual(['b']);
    await h.put('b', '2', { lease: 11n });
    expect(h.store.leaseKeys(10n)).toEqual([]);
    expect(h.store.leaseKeys(11n).map(str)).toEqual(['b']);
    await h.del('b');
    expect(h.store.leaseKeys(11n)).toEqual([]);
    expect(h.store.leasesWithKeys()).toEqual([]);
  });

  it('ignore_lease keeps the lease, ignore_value keeps the value', async () => {
    leases.add(10n);
    await h.put('a', 'v1', { lease: 10n });
    await h.put('a', 'v2', { ignoreLease: true });
    expect(tuples((await h.get('a')).kvs)).toEqual([['a', 'v2', 2, 3, 2, 10n]]);
    await h.put('a', '', { ignoreValue: true, lease: 10n });
    expect(tuples((await h.get('a')).kvs)).toEqual([['a', 'v2', 2, 4, 3, 10n]]);
    await h.put('a', '', { ignoreValue: true });
    expect(tuples((await h.get('a')).kvs)).toEqual([['a', 'v2', 2, 5, 4, 0n]]);
  });

  it.each([
    ['ignore_value with a value', { ignoreValue: true, value: b('x') }, 'etcdserver: value is provided'],
    ['ignore_lease with a lease', { ignoreLease: true, lease: 10n }, 'etcdserver: lease is provided'],
    ['ignore_value on a missing key', { ignoreValue: true }, 'etcdserver: key not found'],
    ['ignore_lease on a missing key', { ignoreLease: true }, 'etcdserver: key not found'],
  ])('%s is InvalidArgument', async (_name, extra, message) => {
    leases.add(10n);
    const err = await h.rejected({ type: 'put', request: { key: b('missing'), ...extra } });
    expect({ code: err.code, message: err.message }).toEqual({ code: 'INVALID_ARGUMENT', message });
  });

  it('checks the lease before ignore_* on a plain put (etcd order)', async () => {
    const err = await h.rejected({ type: 'put', request: { key: b('missing'), ignoreValue: true, lease: 99n } });
    expect(err.message).toBe('etcdserver: requested lease not found');
  });

  it('returns its event with prev_kv', async () => {
    await h.put('a', '1');
    const r = await h.ok({ type: 'put', request: { key: b('a'), value: b('2') } });
    expect(r.events).toHaveLength(1);
    const ev = r.events[0];
    expect(ev?.type).toBe(EventType.PUT);
    expect(ev && tuple(ev.kv)).toEqual(['a', '2', 2, 3, 2, 0n]);
    expect(ev?.prevKv && tuple(ev.prevKv)).toEqual(['a', '1', 2, 2, 1, 0n]);
  });

  it('copies the request bytes (a caller may reuse its buffers)', async () => {
    const key = b('k');
    const value = b('v');
    await h.ok({ type: 'put', request: { key, value } });
    key[0] = 0x7a;
    value[0] = 0x7a;
    expect(tuples((await h.get('k')).kvs)).toEqual([['k', 'v', 2, 2, 1, 0n]]);
  });
});

describe('delete range', () => {
  beforeEach(async () => {
    for (const k of ['a', 'b', 'c', 'd']) await h.put(k, k.toUpperCase()); // 2..5
  });

  it('deletes a single key, a range, and everything from a key', async () => {
    expect((await h.del('b')).deleted).toBe(1);
    expect((await h.del('a', 'c')).deleted).toBe(1); // b is gone already
    expect((await h.del('c', '\0')).deleted).toBe(2);
    expect((await h.range('\0', '\0')).kvs).toEqual([]);
  });

  it('returns prev_kvs in key order when asked', async () => {
    const d = await h.del('a', 'c', { prevKv: true });
    expect(tuples(d.prevKvs)).toEqual([
      ['a', 'A', 2, 2, 1, 0n],
      ['b', 'B', 3, 3, 1, 0n],
    ]);
    expect((await h.del('c', 'e')).prevKvs).toEqual([]);
  });

  it('a range_end at or below the key is an empty range', async () => {
    expect((await h.del('c', 'b')).deleted).toBe(0);
    expect((await h.del('c', 'c')).deleted).toBe(0);
    expect(h.store.revision).toBe(5);
  });

  it('makes one DELETE event per key, all at the new revision, with only key and mod_revision set', async () => {
    const r = await h.ok({ type: 'deleteRange', request: { key: b('b'), rangeEnd: b('d') } });
    expect(eventSummary(r.events)).toEqual(['DEL b@6', 'DEL c@6']);
    expect(r.events[0]?.kv).toEqual({ key: b('b'), createRevision: 0, modRevision: 6, version: 0, value: new Uint8Array(), lease: 0n });
    expect(r.events[0]?.prevKv && tuple(r.events[0].prevKv)).toEqual(['b', 'B', 3, 3, 1, 0n]);
  });

  it('rejects an empty key', async () => {
    const err = await h.rejected({ type: 'deleteRange', request: { key: new Uint8Array() } });
    expect(err.message).toBe('etcdserver: key is not provided');
  });
});

describe('apply bookkeeping', () => {
  it('skips entries at or below the applied index', async () => {
    await h.put('a', '1');
    const r = await h.store.apply(1, { type: 'put', request: { key: b('a'), value: b('again') } });
    expect(r).toEqual({ status: 'skipped', index: 1 });
    expect(tuples((await h.get('a')).kvs)).toEqual([['a', '1', 2, 2, 1, 0n]]);
  });

  it('applies a batch in order, later entries seeing earlier ones, with one result each', async () => {
    const results = await h.store.applyBatch([
      { index: 1, command: { type: 'put', request: { key: b('a'), value: b('1') } } },
      { index: 2, command: { type: 'put', request: { key: b('a'), value: b('2') } } },
      { index: 2, command: { type: 'put', request: { key: b('a'), value: b('dup') } } },
      {
        index: 3,
        command: {
          type: 'txn',
          request: {
            compare: [{ key: b('a'), target: CompareTarget.VALUE, result: CompareResult.EQUAL, value: b('2') }],
            success: [{ requestRange: { key: b('a'), revision: 2 } }],
          },
        },
      },
      { index: 4, command: { type: 'put', request: { key: b('x'), value: b('x'), lease: 404n } } },
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'skipped', 'applied', 'rejected']);
    const t = results[3];
    if (t?.status !== 'applied' || t.response.type !== 'txn') throw new Error('txn not applied');
    expect(t.response.response.succeeded).toBe(true);
    const rr = t.response.response.responses[0];
    // a historic read of a revision written in the same (not yet flushed) batch
    expect(rr && 'responseRange' in rr && tuples(rr.responseRange.kvs)).toEqual([['a', '1', 2, 2, 1, 0n]]);
    expect(h.store.appliedIndex).toBe(4);
    expect(h.store.revision).toBe(3);
  });
});
