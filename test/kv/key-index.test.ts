import { describe, expect, it } from 'vitest';
import { toInterval } from '../../src/kv/bytes.js';
import { KeyIndex } from '../../src/kv/key-index.js';
import { LeaseIndex } from '../../src/kv/lease-index.js';
import { WriteTxn } from '../../src/kv/write-txn.js';
import { b, str } from './helpers.js';

/** Build an index by running single-change revisions: 'p' put, 'd' delete. */
function build(steps: Array<['p' | 'd', string]>): { index: KeyIndex; leases: LeaseIndex } {
  const index = new KeyIndex();
  const leases = new LeaseIndex();
  let rev = 1;
  for (const [op, key] of steps) {
    const w = new WriteTxn(index, leases, rev);
    if (op === 'p') w.put(b(key), b(`${key}@${rev + 1}`), 0n);
    else w.deleteRange(toInterval({ key: b(key) }));
    if (w.changes.length > 0) rev++;
  }
  return { index, leases };
}

const at = (index: KeyIndex, key: string, rev: number): string | null => {
  const e = index.get(b(key));
  const info = e === undefined ? null : index.revAt(e, rev);
  return info === null ? null : `${info.main}/c${info.createRevision}/v${info.version}${info.latest ? '/latest' : ''}`;
};

describe('key index', () => {
  // a: put@2 put@3 del@4 put@5 put@6
  const steps: Array<['p' | 'd', string]> = [['p', 'a'], ['p', 'a'], ['d', 'a'], ['p', 'a'], ['p', 'a']];

  it('answers which revision of a key is visible at each revision', () => {
    const { index } = build(steps);
    expect([1, 2, 3, 4, 5, 6, 7].map((r) => at(index, 'a', r))).toEqual([
      null,
      '2/c2/v1',
      '3/c2/v2',
      null,
      '5/c5/v1',
      '6/c5/v2/latest',
      '6/c5/v2/latest',
    ]);
  });

  it('compaction keeps the newest revision at or below the target, unless it is a delete', () => {
    const { index } = build(steps);
    expect(index.compact(3)).toEqual({ mains: [2], subs: [0] });
    expect([3, 5, 6].map((r) => at(index, 'a', r))).toEqual(['3/c2/v2', '5/c5/v1', '6/c5/v2/latest']);
    // compacting at the delete drops the whole first generation
    expect(index.compact(4)).toEqual({ mains: [3, 4], subs: [0, 0] });
    expect(at(index, 'a', 4)).toBeNull();
    expect(index.compact(6)).toEqual({ mains: [5], subs: [0] });
    expect(at(index, 'a', 6)).toBe('6/c5/v2/latest');
    expect(index.size).toBe(1);
  });

  it('forgets a key whose last change is a delete at or below the target', () => {
    const { index } = build([['p', 'a'], ['p', 'b'], ['d', 'a']]);
    index.compact(3);
    expect(index.size).toBe(2);
    expect(index.compact(4)).toEqual({ mains: [2, 4], subs: [0, 0] });
    expect(index.size).toBe(1);
    expect(index.get(b('a'))).toBeUndefined();
  });

  it('visits ranges in key order', () => {
    const { index } = build([['p', 'b'], ['p', 'a'], ['p', 'c'], ['p', 'ab']]);
    const seen: string[] = [];
    index.forEachInRange(toInterval({ key: b('a'), rangeEnd: b('c') }), (e) => void seen.push(str(e.key)));
    expect(seen).toEqual(['a', 'ab', 'b']);
  });
});

describe('write txn rollback', () => {
  it('restores the index, the live values and the lease attachments exactly', () => {
    const { index, leases } = build([['p', 'a'], ['p', 'b']]); // rev 3
    const w0 = new WriteTxn(index, leases, 3);
    w0.put(b('a'), b('leased'), 9n); // rev 4
    const before = JSON.stringify([...index.entries()].map(([k, e]) => [str(k), e.gens, e.current && str(e.current.value)]));

    const w = new WriteTxn(index, leases, 4);
    w.put(b('a'), b('x'), 0n);
    w.put(b('new'), b('y'), 7n);
    w.deleteRange(toInterval({ key: b('a'), rangeEnd: b('z') }));
    w.put(b('b'), b('z'), 9n);
    expect(w.changes).toHaveLength(6);
    w.rollback();

    expect(JSON.stringify([...index.entries()].map(([k, e]) => [str(k), e.gens, e.current && str(e.current.value)]))).toBe(before);
    expect(leases.keys(9n).map(str)).toEqual(['a']);
    expect(leases.keys(7n)).toEqual([]);
    expect(w.changes).toHaveLength(0);
    expect(w.events).toHaveLength(0);
    // and the next revision builds on the restored state
    const w2 = new WriteTxn(index, leases, 4);
    w2.put(b('a'), b('again'), 0n);
    expect(at(index, 'a', 5)).toBe('5/c2/v3/latest');
  });
});
