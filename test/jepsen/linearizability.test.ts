// The linearizability checker against histories recorded by Jepsen against etcd,
// with verdicts known from outside this project, and small hand-made cases.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationsOf, type HistoryEvent } from '../../jepsen-lite/checker/history.js';
import { checkHistory } from '../../jepsen-lite/checker/linearizability.js';

const DATA = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'testdata', 'jepsen-etcd');
const parse = (text: string): HistoryEvent[] => text.trim().split('\n').map((l) => JSON.parse(l) as HistoryEvent);
const expected = new Map(readFileSync(join(DATA, 'expected.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t') as [string, string]));

describe('linearizability checker on Jepsen etcd histories', () => {
  // expected.tsv names the 102 histories with verdicts (the folder also holds an empty file).
  const files = [...expected.keys()].sort();
  it('covers all 102 histories: 23 linearizable, 79 not', () => {
    expect(files).toHaveLength(102);
    expect([...expected.values()].filter((v) => v === 'linearizable')).toHaveLength(23);
    for (const f of files) expect(readdirSync(DATA)).toContain(f);
  });
  it.each(files)('%s', (file) => {
    const result = checkHistory(operationsOf(parse(readFileSync(join(DATA, file), 'utf8'))));
    expect(result.verdict).toBe(expected.get(file));
  });
});

let t = 0;
const ev = (process: number, type: HistoryEvent['type'], f: string, value: unknown, extra: Partial<HistoryEvent> = {}): HistoryEvent =>
  ({ process, type, f, key: 'k', value, time: ++t, ...extra });

describe('linearizability checker on hand-made histories', () => {
  it('flags a stale read after a completed write', () => {
    const h = [ev(1, 'invoke', 'write', 1), ev(1, 'ok', 'write', 1), ev(2, 'invoke', 'read', null), ev(2, 'ok', 'read', null)];
    expect(checkHistory(operationsOf(h)).verdict).toBe('not-linearizable');
  });
  it('accepts a read concurrent with a write that sees either value', () => {
    const h = [ev(1, 'invoke', 'write', 1), ev(2, 'invoke', 'read', null), ev(2, 'ok', 'read', null), ev(1, 'ok', 'write', 1)];
    expect(checkHistory(operationsOf(h)).verdict).toBe('linearizable');
  });
  it('lets a timed-out write take effect later, or never', () => {
    const later = [ev(1, 'invoke', 'write', 5), ev(1, 'info', 'write', 5), ev(2, 'invoke', 'read', null), ev(2, 'ok', 'read', 5)];
    expect(checkHistory(operationsOf(later)).verdict).toBe('linearizable');
    const never = [ev(1, 'invoke', 'write', 5), ev(1, 'info', 'write', 5), ev(2, 'invoke', 'read', null), ev(2, 'ok', 'read', null)];
    expect(checkHistory(operationsOf(never)).verdict).toBe('linearizable');
  });
  it('drops a failed write, and flags a read of its value', () => {
    const h = [ev(1, 'invoke', 'write', 7), ev(1, 'fail', 'write', 7), ev(2, 'invoke', 'read', null), ev(2, 'ok', 'read', 7)];
    expect(checkHistory(operationsOf(h)).verdict).toBe('not-linearizable');
  });
  it('treats a cas mismatch as an observation', () => {
    const h = [ev(1, 'invoke', 'write', 1), ev(1, 'ok', 'write', 1), ev(2, 'invoke', 'cas', [1, 2]), ev(2, 'fail', 'cas', [1, 2], { error: 'mismatch' })];
    expect(checkHistory(operationsOf(h)).verdict).toBe('not-linearizable');
  });
  it('handles deletes', () => {
    const h = [ev(1, 'invoke', 'write', 1), ev(1, 'ok', 'write', 1), ev(1, 'invoke', 'delete', null), ev(1, 'ok', 'delete', null), ev(2, 'invoke', 'read', null), ev(2, 'ok', 'read', null)];
    expect(checkHistory(operationsOf(h)).verdict).toBe('linearizable');
  });
  it('answers unknown, not a verdict, when the search budget runs out', () => {
    const h: HistoryEvent[] = [];
    for (let p = 0; p < 12; p++) h.push(ev(p, 'invoke', 'write', p));
    for (let p = 0; p < 12; p++) h.push(ev(p, 'ok', 'write', p));
    h.push(ev(99, 'invoke', 'read', null), ev(99, 'ok', 'read', 1000));
    expect(checkHistory(operationsOf(h), { maxSteps: 50, maxCacheEntries: 1e6, maxMillis: 10_000 }).verdict).toBe('unknown');
  });
});
