// The etcd API keeps its requests out of the reserved keyspace: conversion
// from protobuf refuses reserved keys and clamps ranges that reach into it,
// in every request type and at any depth of a txn. The store below is real,
// so counts and `more` are checked over what a client is shown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteRangeRequestFromPb, putRequestFromPb, rangeRequestFromPb, rangeResponseToPb, txnRequestFromPb,
} from '../../src/api/kv-convert.js';
import type { etcdserverpb } from '../../src/generated/proto.js';
import { KvError, type RangeRequest, type TxnRequest } from '../../src/kv/index.js';
import { RESERVED_KEY_MESSAGE } from '../../src/kv/reserved.js';
import { b, Harness, keys, str } from '../kv/helpers.js';

const R = '\xff\xff';

function refused(f: () => unknown): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(KvError);
  expect((err as KvError).code).toBe('INVALID_ARGUMENT');
  expect((err as KvError).message).toBe(RESERVED_KEY_MESSAGE);
}

const pbRange = (key: string, end?: string): { key: Uint8Array; rangeEnd?: Uint8Array } =>
  end === undefined ? { key: b(key) } : { key: b(key), rangeEnd: b(end) };
const endOf = (r: { rangeEnd?: Uint8Array }): string | undefined => (r.rangeEnd === undefined ? undefined : str(r.rangeEnd));

describe('range, delete and compare ranges', () => {
  // What etcdctl sends, and the range_end the store is given.
  it.each<[string, string, string | undefined, string | undefined]>([
    ['get k', 'k', undefined, undefined],
    ['get "" --prefix', '\x00', '\x00', R],
    ['get --from-key ""', '\x00', '\x00', R],
    ['get --from-key a', 'a', '\x00', R],
    ['get a --prefix', 'a', 'b', 'b'],
    ['get a "\\xff\\x00" ("\\xff" is a user key)', 'a', '\xff\x00', '\xff\x00'],
    ['get a "\\xff\\xff\\x01"', 'a', '\xff\xff\x01', R],
    ['get a "\\xff\\xff"', 'a', R, R],
  ])('%s', (_, key, end, want) => {
    expect(endOf(rangeRequestFromPb(pbRange(key, end)))).toBe(want);
    expect(endOf(deleteRangeRequestFromPb(pbRange(key, end)))).toBe(want);
    const t = txnRequestFromPb({ compare: [{ ...pbRange(key, end), target: 1, result: 0, createRevision: 0 }] });
    expect(endOf(t.compare![0]!)).toBe(want);
  });

  it.each<[string, string | undefined]>([
    [R, undefined],
    [`${R}registry/i/web/1`, undefined],
    [`${R}registry/`, `${R}registry0`],
    [R, '\x00'],
  ])('a reserved key is refused: [%j, %j)', (key, end) => {
    refused(() => rangeRequestFromPb(pbRange(key, end)));
    refused(() => deleteRangeRequestFromPb(pbRange(key, end)));
    refused(() => txnRequestFromPb({ compare: [{ ...pbRange(key, end), target: 3, result: 0, value: b('x') }] }));
  });
});

describe('put', () => {
  it.each(['a', '\xff', '\xff\xfe\xff', 'x\xff\xff'])('a user key passes: %j', (key) => {
    expect(str(putRequestFromPb({ key: b(key), value: b('v') }).key)).toBe(key);
  });
  it.each([R, `${R}registry/sp`, `${R}\x00`])('a reserved key is refused: %j', (key) => {
    refused(() => putRequestFromPb({ key: b(key), value: b('v') }));
  });
});

describe('txn at any depth', () => {
  const nest = (op: etcdserverpb.IRequestOp, depth: number, branch: 'success' | 'failure'): etcdserverpb.IRequestOp =>
    depth === 0 ? op : { requestTxn: { [branch]: [{ requestRange: { key: b('ok') } }, nest(op, depth - 1, branch)] } };
  const ops: Array<[string, etcdserverpb.IRequestOp]> = [
    ['put', { requestPut: { key: b(`${R}registry/sp`), value: b('x') } }],
    ['range', { requestRange: { key: b(`${R}registry/`), rangeEnd: b(`${R}registry0`) } }],
    ['delete', { requestDeleteRange: { key: b(R) } }],
  ];
  for (const [name, op] of ops) {
    for (const depth of [0, 1, 3]) {
      for (const branch of ['success', 'failure'] as const) {
        it(`a reserved ${name} in ${branch} at depth ${depth} is refused`, () => {
          refused(() => txnRequestFromPb({ [branch]: [{ requestPut: { key: b('user'), value: b('v') } }, nest(op, depth, branch)] }));
        });
      }
    }
  }
  it('nested compares and ranges are clamped', () => {
    const t = txnRequestFromPb({
      success: [{ requestTxn: { compare: [{ key: b('a'), rangeEnd: b('\x00'), target: 0, result: 0, version: 0 }], failure: [{ requestDeleteRange: { key: b('\x00'), rangeEnd: b('\x00') } }] } }],
    });
    const inner = t.success![0]!.requestTxn as TxnRequest;
    expect(endOf(inner.compare![0]!)).toBe(R);
    expect(endOf(inner.failure![0]!.requestDeleteRange!)).toBe(R);
  });
});

describe('counts over the clamped range (real store)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.create();
    for (const k of ['a', 'b', 'c', '\xff', '\xff\xfe']) await h.put(k, 'v');
    // Registry records, written by the store's own callers (not through the etcd API).
    for (const k of [R, `${R}registry/i/web/1`, `${R}registry/i/web/2`, `${R}registry/sp`]) await h.put(k, 'r');
  });
  afterEach(async () => {
    await h.dispose();
  });

  const run = async (req: etcdserverpb.IRangeRequest): Promise<etcdserverpb.IRangeResponse> => {
    const conv: RangeRequest = rangeRequestFromPb(req);
    return rangeResponseToPb(await h.store.range(conv), { revision: 0 });
  };

  it('every key: only the user keys, with their count', async () => {
    const r = await run({ key: b('\x00'), rangeEnd: b('\x00') });
    expect(r.count).toBe(5);
    expect(r.more).toBeUndefined();
    expect(r.kvs!.map((kv) => str(kv.key!))).toEqual(['a', 'b', 'c', '\xff', '\xff\xfe']);
  });

  it('count_only and limit: count and more describe the user keys', async () => {
    expect((await run({ key: b('\x00'), rangeEnd: b('\x00'), countOnly: true })).count).toBe(5);
    const lim = await run({ key: b('b'), rangeEnd: b('\x00'), limit: 3 });
    expect(lim.count).toBe(4);
    expect(lim.more).toBe(true);
    const all = await run({ key: b('b'), rangeEnd: b('\x00'), limit: 4 });
    expect(all.count).toBe(4);
    expect(all.more).toBeUndefined();
    const desc = await run({ key: b('\x00'), rangeEnd: b('\x00'), limit: 1, sortOrder: 2, sortTarget: 0 });
    expect(desc.kvs!.map((kv) => str(kv.key!))).toEqual(['\xff\xfe']);
  });

  it('a delete of every key leaves the registry records', async () => {
    const r = await h.ok({ type: 'deleteRange', request: deleteRangeRequestFromPb({ key: b('\x00'), rangeEnd: b('\x00') }) });
    expect(r.response.type === 'deleteRange' && r.response.response.deleted).toBe(5);
    const left = await h.store.range({ key: b('\x00'), rangeEnd: b('\x00') });
    expect(keys(left.kvs)).toEqual([R, `${R}registry/i/web/1`, `${R}registry/i/web/2`, `${R}registry/sp`]);
  });
});
