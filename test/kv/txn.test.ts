// Txn (§10.6): compares, branches, nesting, validation, checks, atomicity, revisions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CompareResult,
  CompareTarget,
  isReadOnlyTxn,
  MAX_TXN_OPS,
  validateTxn,
  type Compare,
  type LeaseId,
  type RequestOp,
  type ResponseOp,
  type TxnRequest,
} from '../../src/kv/index.js';
import { b, eventSummary, Harness, keys, rejection, tuples } from './helpers.js';

let h: Harness;
const leases = new Set<LeaseId>([5n]);
beforeEach(async () => {
  h = await Harness.create({ leaseChecker: { exists: (id) => leases.has(id) } });
});
afterEach(async () => {
  await h.dispose();
});

const put = (key: string, value = 'v', extra: Record<string, unknown> = {}): RequestOp => ({ requestPut: { key: b(key), value: b(value), ...extra } });
const del = (key: string, rangeEnd?: string): RequestOp => ({
  requestDeleteRange: rangeEnd === undefined ? { key: b(key) } : { key: b(key), rangeEnd: b(rangeEnd) },
});
const get = (key: string, extra: Record<string, unknown> = {}): RequestOp => ({ requestRange: { key: b(key), ...extra } });
const cmp = (key: string, target: Compare['target'], result: Compare['result'], operand: Partial<Compare> = {}): Compare => ({
  key: b(key),
  target,
  result,
  ...operand,
});
const { EQUAL, NOT_EQUAL, GREATER, LESS } = CompareResult;
const { VERSION, CREATE, MOD, VALUE, LEASE } = CompareTarget;

function rangeOf(r: ResponseOp | undefined): string[] {
  if (r === undefined || !('responseRange' in r)) throw new Error('not a range response');
  return keys(r.responseRange.kvs);
}

async function succeeded(...compare: Compare[]): Promise<boolean> {
  return (await h.txn({ compare })).succeeded;
}

describe('compares', () => {
  beforeEach(async () => {
    leases.add(5n);
    await h.put('a', 'm'); // 2
    await h.put('a', 'm'); // 3: version 2
    await h.put('b', 'x', { lease: 5n }); // 4
  });

  it.each([
    ['VALUE EQUAL', cmp('a', VALUE, EQUAL, { value: b('m') }), true],
    ['VALUE GREATER (bytes)', cmp('a', VALUE, GREATER, { value: b('l') }), true],
    ['VALUE LESS', cmp('a', VALUE, LESS, { value: b('mm') }), true],
    ['VALUE NOT_EQUAL', cmp('a', VALUE, NOT_EQUAL, { value: b('m') }), false],
    ['VERSION EQUAL', cmp('a', VERSION, EQUAL, { version: 2 }), true],
    ['VERSION GREATER', cmp('a', VERSION, GREATER, { version: 2 }), false],
    ['CREATE EQUAL', cmp('a', CREATE, EQUAL, { createRevision: 2 }), true],
    ['MOD LESS', cmp('a', MOD, LESS, { modRevision: 4 }), true],
    ['MOD NOT_EQUAL', cmp('a', MOD, NOT_EQUAL, { modRevision: 3 }), false],
    ['LEASE EQUAL', cmp('b', LEASE, EQUAL, { lease: 5n }), true],
    ['LEASE on a key without lease', cmp('a', LEASE, EQUAL, { lease: 0n }), true],
    ['missing key: CREATE == 0 (does not exist)', cmp('zz', CREATE, EQUAL, { createRevision: 0 }), true],
    ['missing key: VERSION == 0', cmp('zz', VERSION, EQUAL, {}), true],
    ['missing key: MOD LESS 1', cmp('zz', MOD, LESS, { modRevision: 1 }), true],
    ['missing key: VALUE is always false', cmp('zz', VALUE, NOT_EQUAL, { value: b('q') }), false],
    ['missing key: VALUE EQUAL empty is false', cmp('zz', VALUE, EQUAL, {}), false],
    ['unset operand compares with 0', cmp('a', VERSION, GREATER, {}), true],
    ['operand of another target is ignored (0)', cmp('a', VERSION, GREATER, { createRevision: 100 }), true],
    ['unset VALUE operand compares with empty', cmp('a', VALUE, GREATER, {}), true],
  ])('%s', async (_name, c, expected) => {
    expect(await succeeded(c)).toBe(expected);
  });

  it('a range compare must hold for every key in it', async () => {
    expect(await succeeded(cmp('a', MOD, GREATER, { rangeEnd: b('c'), modRevision: 2 }))).toBe(true);
    expect(await succeeded(cmp('a', MOD, GREATER, { rangeEnd: b('c'), modRevision: 3 }))).toBe(false);
    expect(await succeeded(cmp('a', VALUE, LESS, { rangeEnd: b('\0'), value: b('y') }))).toBe(true);
    // no key in the range: VALUE false, others against zero
    expect(await succeeded(cmp('p', VALUE, EQUAL, { rangeEnd: b('q') }))).toBe(false);
    expect(await succeeded(cmp('p', CREATE, EQUAL, { rangeEnd: b('q'), createRevision: 0 }))).toBe(true);
  });

  it('all compares must hold (AND); the failure branch runs otherwise', async () => {
    const req: TxnRequest = {
      compare: [cmp('a', VERSION, EQUAL, { version: 2 }), cmp('b', VALUE, EQUAL, { value: b('nope') })],
      success: [put('s')],
      failure: [put('f'), get('a')],
    };
    const r = await h.txn(req);
    expect(r.succeeded).toBe(false);
    expect(r.responses).toHaveLength(2);
    expect(r.responses[0]).toEqual({ responsePut: { revision: 5 } });
    expect(rangeOf(r.responses[1])).toEqual(['a']);
    expect((await h.get('s')).kvs).toEqual([]);
    expect(keys((await h.get('f')).kvs)).toEqual(['f']);
  });

  it('an empty compare list succeeds', async () => {
    expect(await succeeded()).toBe(true);
  });
});

describe('ops and revisions', () => {
  it('reads later in the txn see earlier writes; all writes share one revision', async () => {
    await h.put('x', 'old'); // 2
    const r = await h.txn({
      success: [get('x'), put('x', 'new', { prevKv: true }), get('x'), del('nothing'), put('y', 'n'), get('x', { revision: 2 })],
    });
    expect(r.revision).toBe(3);
    const [r0, r1, r2, r3, r4, r5] = r.responses;
    expect(r0 && 'responseRange' in r0 && r0.responseRange.revision).toBe(2);
    expect(r0 && 'responseRange' in r0 && tuples(r0.responseRange.kvs)).toEqual([['x', 'old', 2, 2, 1, 0n]]);
    expect(r1 && 'responsePut' in r1 && r1.responsePut.revision).toBe(3);
    expect(r1 && 'responsePut' in r1 && r1.responsePut.prevKv && tuples([r1.responsePut.prevKv])).toEqual([['x', 'old', 2, 2, 1, 0n]]);
    expect(r2 && 'responseRange' in r2 && r2.responseRange).toMatchObject({ revision: 3, count: 1 });
    expect(r2 && 'responseRange' in r2 && tuples(r2.responseRange.kvs)).toEqual([['x', 'new', 2, 3, 2, 0n]]);
    // a delete that matched nothing, after a write: reports the txn's new revision
    expect(r3).toEqual({ responseDeleteRange: { revision: 3, deleted: 0, prevKvs: [] } });
    expect(r4).toEqual({ responsePut: { revision: 3 } });
    // an explicit past revision inside the txn reads the old state
    expect(r5 && 'responseRange' in r5 && tuples(r5.responseRange.kvs)).toEqual([['x', 'old', 2, 2, 1, 0n]]);
    expect(r5 && 'responseRange' in r5 && r5.responseRange.revision).toBe(3);
  });

  it('returns the events of the txn in order, at its revision', async () => {
    await h.put('a', '1');
    const r = await h.ok({ type: 'txn', request: { success: [put('b'), del('a'), put('c')] } });
    expect(eventSummary(r.events)).toEqual(['PUT b@3', 'DEL a@3', 'PUT c@3']);
    expect(r.revision).toBe(3);
  });

  it('nested txns run on the path chosen by compares against the state at the start', async () => {
    await h.put('k', '1'); // 2
    const r = await h.txn({
      success: [
        put('k', '2'),
        {
          requestTxn: {
            // evaluated before the outer put ran: k is still "1"
            compare: [cmp('k', VALUE, EQUAL, { value: b('1') })],
            success: [put('inner-success'), get('k')],
            failure: [put('inner-failure')],
          },
        },
      ],
    });
    expect(r.revision).toBe(3);
    const nested = r.responses[1];
    if (nested === undefined || !('responseTxn' in nested)) throw new Error('no nested response');
    // etcd leaves the nested txn's header revision at 0
    expect(nested.responseTxn.revision).toBe(0);
    expect(nested.responseTxn.succeeded).toBe(true);
    expect(nested.responseTxn.responses[0]).toEqual({ responsePut: { revision: 3 } });
    // but its ops see the outer writes
    const inner = nested.responseTxn.responses[1];
    expect(inner && 'responseRange' in inner && tuples(inner.responseRange.kvs)).toEqual([['k', '2', 2, 3, 2, 0n]]);
    expect(keys((await h.range('\0', '\0')).kvs)).toEqual(['inner-success', 'k']);
  });

  it('a txn of only ranges is read-only; a nested txn or an empty op makes it a write', () => {
    expect(isReadOnlyTxn({ success: [get('a')], failure: [get('b')] })).toBe(true);
    expect(isReadOnlyTxn({})).toBe(true);
    expect(isReadOnlyTxn({ success: [get('a')], failure: [put('b')] })).toBe(false);
    expect(isReadOnlyTxn({ success: [{ requestTxn: { success: [get('a')] } }] })).toBe(false);
    expect(isReadOnlyTxn({ success: [{}] })).toBe(false);
  });

  it('readTxn serves a read-only txn from local state at one revision', async () => {
    await h.put('a', '1'); // 2
    await h.put('a', '2'); // 3
    const r = await h.store.readTxn({
      compare: [cmp('a', VERSION, EQUAL, { version: 2 })],
      success: [get('a'), get('a', { revision: 2 })],
    });
    expect(r.succeeded).toBe(true);
    expect(r.revision).toBe(3);
    const [cur, past] = r.responses;
    expect(cur && 'responseRange' in cur && tuples(cur.responseRange.kvs)).toEqual([['a', '2', 2, 3, 2, 0n]]);
    expect(past && 'responseRange' in past && tuples(past.responseRange.kvs)).toEqual([['a', '1', 2, 2, 1, 0n]]);
    await expect(h.store.readTxn({ success: [put('a')] })).rejects.toThrow('readTxn');
    const err = await rejection(h.store.readTxn({ success: [get('a', { revision: 4 })] }));
    expect(err.message).toBe('etcdserver: mvcc: required revision is a future revision');
  });
});

describe('validation (before the txn runs)', () => {
  const many = (n: number, f: (i: number) => RequestOp): RequestOp[] => Array.from({ length: n }, (_, i) => f(i));

  it.each<[string, TxnRequest, string]>([
    ['129 success ops', { success: many(MAX_TXN_OPS + 1, (i) => get(`k${i}`)) }, 'etcdserver: too many operations in txn request'],
    ['129 compares', { compare: Array.from({ length: 129 }, () => cmp('a', VERSION, EQUAL)) }, 'etcdserver: too many operations in txn request'],
    [
      'too many ops in a nested txn',
      { success: [{ requestTxn: { failure: many(129, (i) => put(`k${i}`)) } }] },
      'etcdserver: too many operations in txn request',
    ],
    ['two puts to one key', { success: [put('a'), put('a')] }, 'etcdserver: duplicate key given in txn request'],
    ['a put inside a delete range', { success: [del('a', 'c'), put('b')] }, 'etcdserver: duplicate key given in txn request'],
    ['a put before a delete of the key', { failure: [put('b'), del('b')] }, 'etcdserver: duplicate key given in txn request'],
    ['a put inside a from-key delete', { success: [del('a', '\0'), put('zzz')] }, 'etcdserver: duplicate key given in txn request'],
    ['a nested put under an outer delete', { success: [del('a', 'c'), { requestTxn: { success: [put('b')] } }] }, 'etcdserver: duplicate key given in txn request'],
    [
      'an outer put of a key put by a nested txn',
      { success: [{ requestTxn: { failure: [put('b')] } }, put('b')] },
      'etcdserver: duplicate key given in txn request',
    ],
    [
      'puts in two nested txns',
      { success: [{ requestTxn: { success: [put('b')] } }, { requestTxn: { failure: [put('b')] } }] },
      'etcdserver: duplicate key given in txn request',
    ],
    ['an empty RequestOp', { success: [get('a'), {}] }, 'etcdserver: key not found'],
    ['an empty compare key', { compare: [cmp('', VERSION, EQUAL)] }, 'etcdserver: key is not provided'],
    ['an empty put key', { success: [put('')] }, 'etcdserver: key is not provided'],
    ['an empty range key', { failure: [get('')] }, 'etcdserver: key is not provided'],
    ['ignore_value with a value', { success: [put('a', 'x', { ignoreValue: true })] }, 'etcdserver: value is provided'],
  ])('rejects %s', async (_name, req, message) => {
    expect(() => validateTxn(req)).toThrow(message);
    const err = await h.rejected({ type: 'txn', request: req });
    expect({ code: err.code, message: err.message }).toEqual({ code: 'INVALID_ARGUMENT', message });
    expect(h.store.revision).toBe(1);
  });

  it.each<[string, TxnRequest]>([
    ['exactly 128 ops', { success: many(MAX_TXN_OPS, (i) => put(`k${i}`)) }],
    ['overlapping deletes', { success: [del('a', 'c'), del('b', 'd'), del('b')] }],
    ['the same key in both branches', { success: [put('a')], failure: [put('a')] }],
    ['the same key in both branches of a nested txn', { success: [{ requestTxn: { success: [put('a')], failure: [put('a')] } }] }],
    ['a put and a delete range that does not cover it', { success: [del('a', 'b'), put('b')] }],
    ['a put and a reversed (empty) delete range', { success: [del('c', 'a'), put('b')] }],
  ])('allows %s', async (_name, req) => {
    expect(() => validateTxn(req)).not.toThrow();
    await h.ok({ type: 'txn', request: req });
  });
});

describe('checks on the chosen branch', () => {
  beforeEach(async () => {
    await h.put('a', '1'); // 2
  });

  it.each<[string, RequestOp[], string]>([
    ['an unknown lease', [put('x', 'v', { lease: 77n })], 'etcdserver: requested lease not found'],
    ['ignore_value on a missing key', [put('x', '', { ignoreValue: true })], 'etcdserver: key not found'],
    ['ignore_lease on a missing key', [put('x', 'v', { ignoreLease: true })], 'etcdserver: key not found'],
    ['a range at a future revision', [get('a', { revision: 3 })], 'etcdserver: mvcc: required revision is a future revision'],
    ['a check deep in a nested txn', [{ requestTxn: { success: [put('x', 'v', { lease: 77n })] } }], 'etcdserver: requested lease not found'],
  ])('%s fails the whole txn and writes nothing', async (_name, ops, message) => {
    const err = await h.rejected({ type: 'txn', request: { success: [put('w'), ...ops, put('z')] } });
    expect(err.message).toBe(message);
    expect(h.store.revision).toBe(2);
    expect(keys((await h.range('\0', '\0')).kvs)).toEqual(['a']);
  });

  it('puts are checked before ranges (etcd order)', async () => {
    const err = await h.rejected({ type: 'txn', request: { success: [get('a', { revision: 99 }), put('x', 'v', { lease: 77n })] } });
    expect(err.message).toBe('etcdserver: requested lease not found');
  });

  it('only the branch that runs is checked', async () => {
    const r = await h.txn({ compare: [cmp('a', VALUE, EQUAL, { value: b('1') })], success: [put('ok')], failure: [put('x', 'v', { lease: 77n })] });
    expect(r.succeeded).toBe(true);
  });

  it('a range at a compacted revision fails the txn', async () => {
    await h.put('a', '2'); // 3
    await h.compact(3);
    const err = await h.rejected({ type: 'txn', request: { success: [get('a', { revision: 2 })] } });
    expect(err.message).toBe('etcdserver: mvcc: required revision has been compacted');
    expect((await h.txn({ success: [get('a', { revision: 3 })] })).responses).toHaveLength(1);
  });

  it('a valid lease attaches in a txn, and ignore_lease keeps it', async () => {
    leases.add(5n);
    await h.txn({ success: [put('l', 'v', { lease: 5n })] });
    await h.txn({ success: [put('l', 'w', { ignoreLease: true })] });
    expect(tuples((await h.get('l')).kvs)).toEqual([['l', 'w', 3, 4, 2, 5n]]);
  });
});
