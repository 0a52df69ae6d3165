// Range (§10.1 intervals, §10.3 order of work).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRangeRequest, KvError, SortOrder, SortTarget, type RangeRequest, type RangeResponse } from '../../src/kv/index.js';
import { b, Harness, keys, rejection, str, tuples } from './helpers.js';

let h: Harness;

// rev 2: a=3   rev 3: b=1   rev 4: c=2   rev 5: a=1 (a v2)   rev 6: d=0
// rev 7: del b   rev 8: b=9 (new b)   rev 9: "\xff\xff"=x
beforeAll(async () => {
  h = await Harness.create();
  await h.put('a', '3');
  await h.put('b', '1');
  await h.put('c', '2');
  await h.put('a', '1');
  await h.put('d', '0');
  await h.del('b');
  await h.put('b', '9');
  await h.put('\xff\xff', 'x');
});
afterAll(async () => {
  await h.dispose();
});

/** A range as a member serves it: validated (checkRangeRequest), then read from the store. */
async function read(req: RangeRequest): Promise<RangeResponse> {
  checkRangeRequest(req);
  return h.store.range(req);
}

const all = (extra: Partial<RangeRequest> = {}): Promise<RangeResponse> => read({ key: b('\0'), rangeEnd: b('\0'), ...extra });

describe('intervals', () => {
  it.each([
    ['single key', 'a', undefined, ['a']],
    ['missing single key', 'aa', undefined, []],
    ['[a, c)', 'a', 'c', ['a', 'b']],
    ['from key with \\0', 'c', '\0', ['c', 'd', '\xff\xff']],
    ['every key', '\0', '\0', ['a', 'b', 'c', 'd', '\xff\xff']],
    ['prefix of \\xff', '\xff', '\0', ['\xff\xff']],
    ['range_end below key is empty', 'c', 'a', []],
    ['range_end equal to key is empty', 'c', 'c', []],
  ])('%s', async (_name, key, end, expected) => {
    const req: RangeRequest = { key: b(key) };
    if (end !== undefined) req.rangeEnd = b(end);
    const r = await h.store.range(req);
    expect(keys(r.kvs)).toEqual(expected);
    expect(r.count).toBe(expected.length);
  });

  it('orders keys as unsigned bytes', async () => {
    const g = await Harness.create();
    try {
      for (const k of ['\x80', '\x01', 'a', '\xff', '\x7f', 'a\x00', 'ab']) await g.put(k, '');
      expect(keys((await g.range('\0', '\0')).kvs)).toEqual(['\x01', 'a', 'a\x00', 'ab', '\x7f', '\x80', '\xff']);
    } finally {
      await g.dispose();
    }
  });

  it('rejects an empty key', async () => {
    const err = await rejection(read({ key: new Uint8Array() }));
    expect(err).toBeInstanceOf(KvError);
    expect(err.message).toBe('etcdserver: key is not provided');
  });
});

describe('revision', () => {
  it('reads each past revision', async () => {
    const at = async (rev: number): Promise<string[]> => (await all({ revision: rev })).kvs.map((kv) => `${str(kv.key)}=${str(kv.value)}`);
    expect(await at(1)).toEqual([]);
    expect(await at(2)).toEqual(['a=3']);
    expect(await at(4)).toEqual(['a=3', 'b=1', 'c=2']);
    expect(await at(6)).toEqual(['a=1', 'b=1', 'c=2', 'd=0']);
    expect(await at(7)).toEqual(['a=1', 'c=2', 'd=0']);
    expect(await at(8)).toEqual(['a=1', 'b=9', 'c=2', 'd=0']);
    expect(tuples((await h.get('b', { revision: 3 })).kvs)).toEqual([['b', '1', 3, 3, 1, 0n]]);
    expect(tuples((await h.get('b', { revision: 8 })).kvs)).toEqual([['b', '9', 8, 8, 1, 0n]]);
    expect(tuples((await h.get('a', { revision: 4 })).kvs)).toEqual([['a', '3', 2, 2, 1, 0n]]);
  });

  it('revision <= 0 reads the newest state', async () => {
    expect((await all({ revision: -3 })).count).toBe(5);
    expect((await all({ revision: 0 })).count).toBe(5);
  });

  it('a future revision is OutOfRange', async () => {
    const err = await rejection(all({ revision: 10 }));
    expect(err).toBeInstanceOf(KvError);
    expect((err as KvError).code).toBe('OUT_OF_RANGE');
    expect(err.message).toBe('etcdserver: mvcc: required revision is a future revision');
    expect((await all({ revision: 9 })).count).toBe(5);
  });

  it('always reports the current revision in the header', async () => {
    expect((await all({ revision: 3 })).revision).toBe(9);
  });
});

describe('order of work', () => {
  it('count is taken before the filters and the limit', async () => {
    const r = await all({ limit: 1, minModRevision: 6 });
    expect(r.count).toBe(5);
    expect(keys(r.kvs)).toEqual(['b']);
    expect(r.more).toBe(true);
  });

  it('filters on mod and create revision, inclusive, each only when non-zero', async () => {
    expect(keys((await all({ minModRevision: 5, maxModRevision: 8 })).kvs)).toEqual(['a', 'b', 'd']);
    expect(keys((await all({ maxModRevision: 4 })).kvs)).toEqual(['c']);
    expect(keys((await all({ minCreateRevision: 4 })).kvs)).toEqual(['b', 'c', 'd', '\xff\xff']);
    expect(keys((await all({ maxCreateRevision: 2 })).kvs)).toEqual(['a']);
    expect(keys((await all({ minCreateRevision: 3, maxCreateRevision: 4 })).kvs)).toEqual(['c']);
  });

  it.each([
    ['KEY NONE keeps key order', SortTarget.KEY, SortOrder.NONE, ['a', 'b', 'c', 'd', '\xff\xff']],
    ['KEY ASCEND', SortTarget.KEY, SortOrder.ASCEND, ['a', 'b', 'c', 'd', '\xff\xff']],
    ['KEY DESCEND', SortTarget.KEY, SortOrder.DESCEND, ['\xff\xff', 'd', 'c', 'b', 'a']],
    ['VALUE with NONE sorts ascending', SortTarget.VALUE, SortOrder.NONE, ['d', 'a', 'c', 'b', '\xff\xff']],
    ['VALUE DESCEND', SortTarget.VALUE, SortOrder.DESCEND, ['\xff\xff', 'b', 'c', 'a', 'd']],
    ['MOD NONE sorts ascending', SortTarget.MOD, SortOrder.NONE, ['c', 'a', 'd', 'b', '\xff\xff']],
    ['MOD DESCEND', SortTarget.MOD, SortOrder.DESCEND, ['\xff\xff', 'b', 'd', 'a', 'c']],
    ['CREATE ASCEND', SortTarget.CREATE, SortOrder.ASCEND, ['a', 'c', 'd', 'b', '\xff\xff']],
    ['VERSION ASCEND, ties by key', SortTarget.VERSION, SortOrder.ASCEND, ['b', 'c', 'd', '\xff\xff', 'a']],
    ['VERSION DESCEND', SortTarget.VERSION, SortOrder.DESCEND, ['a', '\xff\xff', 'd', 'c', 'b']],
  ])('sort: %s', async (_name, sortTarget, sortOrder, expected) => {
    expect(keys((await all({ sortTarget, sortOrder })).kvs)).toEqual(expected);
  });

  it('sorts before the limit', async () => {
    const r = await all({ sortTarget: SortTarget.VALUE, sortOrder: SortOrder.DESCEND, limit: 2 });
    expect(keys(r.kvs)).toEqual(['\xff\xff', 'b']);
    expect(r).toMatchObject({ more: true, count: 5 });
  });

  it('limit: more only when keys were left out; 0 and negative mean no limit', async () => {
    expect(await all({ limit: 5 })).toMatchObject({ more: false, count: 5 });
    expect((await all({ limit: 4 })).more).toBe(true);
    expect((await all({ limit: 0 })).kvs).toHaveLength(5);
    expect((await all({ limit: -1 })).kvs).toHaveLength(5);
    // the limit applies after the filters
    expect(await all({ limit: 2, minModRevision: 8 })).toMatchObject({ more: false, count: 5 });
  });

  it('keys_only drops values and keeps everything else', async () => {
    const r = await h.get('a', { keysOnly: true });
    expect(tuples(r.kvs)).toEqual([['a', '', 2, 5, 2, 0n]]);
    const past = await h.get('a', { keysOnly: true, revision: 3 });
    expect(tuples(past.kvs)).toEqual([['a', '', 2, 2, 1, 0n]]);
  });

  it('count_only returns only the count, before filters and limit', async () => {
    expect(await all({ countOnly: true, limit: 1, maxModRevision: 2 })).toEqual({ revision: 9, kvs: [], more: false, count: 5 });
    expect((await all({ countOnly: true, revision: 4 })).count).toBe(3);
  });

  it('filters, sorts and limits at a past revision', async () => {
    const r = await all({ revision: 6, sortTarget: SortTarget.VALUE, sortOrder: SortOrder.ASCEND, limit: 3, minCreateRevision: 3 });
    expect(r.kvs.map((kv) => `${str(kv.key)}=${str(kv.value)}`)).toEqual(['d=0', 'b=1', 'c=2']);
    expect(r).toMatchObject({ more: false, count: 4 });
  });

  it('rejects an unknown sort option', async () => {
    const err = await rejection(all({ sortOrder: 7 as SortOrder }));
    expect(err.message).toBe('etcdserver: invalid sort option');
  });

  it('returned KeyValues are copies: editing one does not change the store', async () => {
    const r = await h.get('a');
    const kv = r.kvs[0];
    if (kv === undefined) throw new Error('missing');
    kv.version = 99;
    kv.value = b('changed');
    expect(tuples((await h.get('a')).kvs)).toEqual([['a', '1', 2, 5, 2, 0n]]);
  });
});
