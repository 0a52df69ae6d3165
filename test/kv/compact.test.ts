// Compact (§10.7): what is kept, errors, physical removal, resuming after a restart.
import { Level } from 'level';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KvError, MvccStore } from '../../src/kv/index.js';
import { b, Harness, keys, rejection, str, tuples } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create({ compactionBatchSize: 2 });
  await h.put('a', 'a1'); // 2
  await h.put('b', 'b1'); // 3
  await h.put('a', 'a2'); // 4
  await h.del('b'); // 5
  await h.put('c', 'c1'); // 6
  await h.put('a', 'a3'); // 7
});
afterEach(async () => {
  await h.dispose();
});

/** Count history records on disk (the store must be closed). */
async function historyOnDisk(dir: string): Promise<number> {
  const db = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' });
  await db.open();
  let n = 0;
  for await (const _k of db.keys({ gte: Uint8Array.of(0x72), lt: Uint8Array.of(0x73) })) n++;
  await db.close();
  return n;
}

const all = (revision: number): Promise<string[]> =>
  h.store.range({ key: b('\0'), rangeEnd: b('\0'), revision }).then((r) => r.kvs.map((kv) => `${str(kv.key)}=${str(kv.value)}`));

describe('compaction', () => {
  it('keeps every read at or after the compacted revision unchanged', async () => {
    const before = [await all(5), await all(6), await all(7)];
    await h.compact(5);
    expect(h.store.compactRevision).toBe(5);
    expect([await all(5), await all(6), await all(7)]).toEqual(before);
    expect(await all(5)).toEqual(['a=a2']);
  });

  it('fails reads below the compacted revision with OutOfRange', async () => {
    await h.compact(5);
    const err = await rejection(all(4));
    expect(err).toBeInstanceOf(KvError);
    expect({ code: (err as KvError).code, message: err.message }).toEqual({
      code: 'OUT_OF_RANGE',
      message: 'etcdserver: mvcc: required revision has been compacted',
    });
  });

  it.each([
    ['at the compacted revision', 5, 'etcdserver: mvcc: required revision has been compacted'],
    ['below the compacted revision', 3, 'etcdserver: mvcc: required revision has been compacted'],
    ['in the future', 8, 'etcdserver: mvcc: required revision is a future revision'],
  ])('rejects a compaction %s', async (_name, rev, message) => {
    await h.compact(5);
    const err = await h.rejected({ type: 'compaction', request: { revision: rev } });
    expect({ code: err.code, message: err.message }).toEqual({ code: 'OUT_OF_RANGE', message });
    expect(h.store.compactRevision).toBe(5);
  });

  it('allows compacting at the current revision, and again later', async () => {
    await h.compact(7);
    expect(await all(7)).toEqual(['a=a3', 'c=c1']);
    await h.put('d', 'd1'); // 8
    await h.compact(8);
    expect(await all(8)).toEqual(['a=a3', 'c=c1', 'd=d1']);
  });

  it('rejects compacting a new store at revision 0', async () => {
    const g = await Harness.create();
    try {
      const err = await g.rejected({ type: 'compaction', request: { revision: 0 } });
      expect(err.message).toBe('etcdserver: mvcc: required revision has been compacted');
      await g.compact(1);
    } finally {
      await g.dispose();
    }
  });

  it('keeps the version and create revision of a key whose older revisions were dropped', async () => {
    await h.compact(7);
    expect(tuples((await h.get('a')).kvs)).toEqual([['a', 'a3', 2, 7, 3, 0n]]);
    await h.put('a', 'a4');
    expect(tuples((await h.get('a')).kvs)).toEqual([['a', 'a4', 2, 8, 4, 0n]]);
  });

  it('forgets keys deleted at or before the compacted revision', async () => {
    const sizeBefore = h.store.index.size;
    await h.compact(5);
    expect(h.store.index.size).toBe(sizeBefore - 1); // b is gone
    await h.put('b', 'b2');
    expect(tuples((await h.get('b')).kvs)).toEqual([['b', 'b2', 8, 8, 1, 0n]]);
  });

  it('removes the dropped history from disk (physical)', async () => {
    // on disk: a@2 b@3 a@4 b@5(delete) c@6 a@7
    await h.compact(5);
    await h.store.whenCompacted(5);
    const dir = h.dir;
    await h.store.close();
    // kept: a@4 (newest <= 5), c@6, a@7; dropped: a@2, b@3, b@5 (tombstone)
    expect(await historyOnDisk(dir)).toBe(3);
    h.store = await MvccStore.open(dir);
    expect(await all(5)).toEqual(['a=a2']);
  });

  it('finishes an interrupted physical compaction after a restart', async () => {
    for (let i = 0; i < 20; i++) await h.put('hot', `v${i}`); // 8..27
    await h.compact(27);
    // close stops the background deletion after the batch in flight (2 records)
    await h.store.close();
    expect(await historyOnDisk(h.dir)).toBeGreaterThan(3);
    h.store = await MvccStore.open(h.dir, h.opts);
    expect(h.store.compactRevision).toBe(27);
    expect(await all(27)).toEqual(['a=a3', 'c=c1', 'hot=v19']);
    await h.store.whenCompacted(27);
    await h.store.close();
    expect(await historyOnDisk(h.dir)).toBe(3);
    await h.reopen();
    expect(tuples((await h.get('hot')).kvs)).toEqual([['hot', 'v19', 8, 27, 20, 0n]]);
  });

  it('gives the same hash whether or not the dropped history is gone from disk yet', async () => {
    const other = await Harness.create({ compactionBatchSize: 1_000 });
    try {
      await other.put('a', 'a1');
      await other.put('b', 'b1');
      await other.put('a', 'a2');
      await other.del('b');
      await other.put('c', 'c1');
      await other.put('a', 'a3');
      for (const g of [h, other]) {
        for (let i = 0; i < 10; i++) await g.put('hot', `v${i}`);
        await g.compact(15);
      }
      await other.store.whenCompacted(15);
      // h deletes 2 records per batch: its physical compaction is likely still running here
      expect((await h.store.hash()).hash).toBe((await other.store.hash()).hash);
      await h.store.whenCompacted(15);
      expect((await h.store.hash()).hash).toBe((await other.store.hash()).hash);
      expect((await h.store.snapshot()).data).toEqual((await other.store.snapshot()).data);
    } finally {
      await other.dispose();
    }
  });

  it('hash below or at the compacted revision fails; above it works', async () => {
    await h.compact(5);
    await expect(h.store.hash(5)).rejects.toThrow('etcdserver: mvcc: required revision has been compacted');
    await expect(h.store.hash(9)).rejects.toThrow('etcdserver: mvcc: required revision is a future revision');
    expect((await h.store.hash(6)).revision).toBe(6);
  });

  it('keys of a compacted range stay readable by key', async () => {
    await h.compact(6);
    expect(keys((await h.range('a', 'z')).kvs)).toEqual(['a', 'c']);
  });
});
