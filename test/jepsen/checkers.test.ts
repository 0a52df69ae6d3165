// The jepsen-lite set, lock, watch, lease and registry checkers on small hand-written
// histories (valid ones, and ones showing each anomaly), plus properties over
// generated valid histories and mutations of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../jepsen-lite/checker/check-result.js';
import type { HistoryEvent } from '../../jepsen-lite/checker/history.js';
import { checkLease } from '../../jepsen-lite/checker/lease.js';
import { checkLock } from '../../jepsen-lite/checker/lock.js';
import { checkRegistry } from '../../jepsen-lite/checker/registry.js';
import { checkSet } from '../../jepsen-lite/checker/set.js';
import { checkWatch } from '../../jepsen-lite/checker/watch.js';

const MS = 1e6;
const S = 1e9;

type Fields = Partial<Pick<HistoryEvent, 'key' | 'value' | 'revision' | 'node' | 'error'>>;

/** Builds a history: each event 1 ms after the previous one unless moved with `at`. */
class History {
  readonly events: HistoryEvent[] = [];
  private t = 0;

  /** When the next event happens. */
  get now(): number {
    return this.t;
  }

  /** The next event happens at `ns` (never earlier than now). */
  at(ns: number): this {
    this.t = Math.max(this.t, ns);
    return this;
  }

  ev(process: number | string, type: HistoryEvent['type'], f: string, fields: Fields = {}): this {
    this.events.push({ process, type, f, time: this.t, ...fields });
    this.t += MS;
    return this;
  }

  invoke(p: number | string, f: string, fields: Fields = {}): this { return this.ev(p, 'invoke', f, fields); }
  ok(p: number | string, f: string, fields: Fields = {}): this { return this.ev(p, 'ok', f, fields); }
  fail(p: number | string, f: string, fields: Fields = {}): this { return this.ev(p, 'fail', f, fields); }
  info(p: number | string, f: string, fields: Fields = {}): this { return this.ev(p, 'info', f, fields); }

  /** An invoke immediately followed by its completion (`done` defaults to the invoke's fields). */
  op(p: number | string, f: string, inv: Fields, type: 'ok' | 'fail' | 'info' = 'ok', done: Fields = inv): this {
    return this.invoke(p, f, inv).ev(p, type, f, done);
  }
}

const kinds = (r: CheckResult): string[] => [...new Set(r.anomalies.map((a) => a.kind))].sort();
const expectValid = (r: CheckResult) => expect({ verdict: r.verdict, anomalies: r.anomalies }).toEqual({ verdict: 'valid', anomalies: [] });
const expectKinds = (r: CheckResult, expected: string[]) => {
  expect(r.verdict).toBe('invalid');
  expect(kinds(r)).toEqual([...expected].sort());
};

// ---------------------------------------------------------------- set

describe('set checker', () => {
  const add = (h: History, p: number, v: number, type: 'ok' | 'fail' | 'info' = 'ok') => h.op(p, 'add', { key: 's', value: v }, type);
  const read = (h: History, p: number | string, v: number[], f = 'read') => h.op(p, f, { key: 's' }, 'ok', { key: 's', value: v });

  it('accepts a concurrent history: reads racing adds, an info add applied later, failed reads and adds', () => {
    const h = new History()
      .invoke(0, 'add', { key: 's', value: 1 })
      .invoke(1, 'read', { key: 's' })
      .ok(0, 'add', { key: 's', value: 1 })
      .ok(1, 'read', { key: 's', value: [] }) // concurrent with the add: may miss it
      .invoke(2, 'add', { key: 's', value: 2 })
      .invoke(1, 'read', { key: 's' })
      .ok(1, 'read', { key: 's', value: [2, 1] }) // the add in flight already visible
      .info(2, 'add', { key: 's', value: 2 });
    add(h, 3, 3, 'info'); // never applied
    add(h, 0, 4, 'fail');
    h.op(1, 'read', { key: 's' }, 'fail');
    read(h, 1, [1, 2]);
    add(h, 0, 5);
    read(h, 'final', [5, 2, 1], 'final-read');
    expectValid(checkSet(h.events));
  });

  it('checks each set key on its own', () => {
    const h = new History().op(0, 'add', { key: 'a', value: 1 }).op(0, 'add', { key: 'b', value: 1 });
    h.op(1, 'read', { key: 'b' }, 'ok', { key: 'b', value: [] });
    h.op('final', 'final-read', { key: 'a' }, 'ok', { key: 'a', value: [1] });
    h.op('final', 'final-read', { key: 'b' }, 'ok', { key: 'b', value: [1] });
    const r = checkSet(h.events);
    expectKinds(r, ['stale-read']);
    expect(r.anomalies[0]!.key).toBe('b');
  });

  it('flags a stale read, naming the element, the reader and the adder', () => {
    const h = new History();
    add(h, 0, 17);
    read(h, 1, []);
    read(h, 'final', [17], 'final-read');
    const r = checkSet(h.events);
    expectKinds(r, ['stale-read']);
    expect(r.anomalies[0]!.message).toMatch(/process 1.*17.*process 0/);
  });

  it('flags an acknowledged add missing from the final read as a lost write', () => {
    const h = new History();
    add(h, 0, 1);
    add(h, 0, 2);
    read(h, 1, [1, 2]);
    read(h, 'final', [1], 'final-read');
    const r = checkSet(h.events);
    expectKinds(r, ['lost-write']);
    expect(r.stats.lost).toBe(1);
    expect(r.anomalies[0]!.message).toContain('2');
  });

  it('flags an element never added, and one whose add failed', () => {
    const never = new History();
    add(never, 0, 1);
    read(never, 1, [1, 99]);
    read(never, 'final', [1], 'final-read');
    expectKinds(checkSet(never.events), ['unexpected-element']);

    const failed = new History();
    add(failed, 0, 1, 'fail');
    read(failed, 'final', [1], 'final-read');
    expectKinds(checkSet(failed.events), ['unexpected-element']);

    // An element whose add is invoked only after the read completed.
    const early = new History();
    read(early, 1, [7]);
    add(early, 0, 7);
    read(early, 'final', [7], 'final-read');
    expectKinds(checkSet(early.events), ['unexpected-element']);
  });

  it('flags an info add that was seen, then vanished', () => {
    const h = new History();
    add(h, 0, 5, 'info');
    read(h, 1, [5]);
    read(h, 1, []);
    read(h, 'final', [], 'final-read');
    const r = checkSet(h.events);
    expectKinds(r, ['vanished']);
    expect(r.anomalies[0]!.message).toContain('1 later read');
  });

  it('reports a lost element once per kind, with how many reads it affected', () => {
    const h = new History();
    add(h, 0, 1);
    read(h, 1, [1]);
    for (let i = 0; i < 5; i++) read(h, 1, []);
    read(h, 'final', [], 'final-read');
    const r = checkSet(h.events);
    expect(r.anomalies.map((a) => a.kind).sort()).toEqual(['lost-write', 'stale-read']);
    expect(r.stats.staleReads).toBe(5);
  });

  it('answers unknown, naming the key, when a set has no ok final read', () => {
    const h = new History();
    add(h, 0, 1);
    read(h, 1, [1]);
    h.op('final', 'final-read', { key: 's' }, 'fail');
    const r = checkSet(h.events);
    expect(r.verdict).toBe('unknown');
    expect(r.reason).toContain('s');
  });

  it('skips malformed events without throwing', () => {
    const h = new History();
    add(h, 0, 1);
    h.op(0, 'add', { key: 's', value: { not: 'an element' } });
    h.op(1, 'read', { key: 's' }, 'ok', { key: 's', value: 'garbage' });
    h.ok(3, 'add', { key: 's', value: 9 }); // no invoke
    read(h, 'final', [1], 'final-read');
    const r = checkSet(h.events);
    expectValid(r);
    expect(r.stats.malformed).toBe(3);
  });

  /**
   * A linearizable set store driven by random steps: each step moves one client
   * along (invoke, take effect, complete), adds may fail or time out (and then
   * maybe take effect later), and a final read of every key closes the history.
   */
  function simulateSet(steps: ReadonlyArray<{ slot: number; choice: number }>): { events: HistoryEvent[]; acked: Array<{ key: string; element: number }> } {
    const slots = 3;
    const h = new History();
    const state = new Map<string, Set<number>>([['s0', new Set()], ['s1', new Set()]]);
    const acked: Array<{ key: string; element: number }> = [];
    const limbo: Array<{ key: string; element: number }> = [];
    const proc = new Map<number, number>();
    const pending = new Map<number, { f: 'add' | 'read'; key: string; element: number; applied: boolean; snapshot: number[] }>();
    let next = 0;
    const apply = (op: { f: 'add' | 'read'; key: string; element: number; applied: boolean; snapshot: number[] }) => {
      if (op.f === 'add') state.get(op.key)!.add(op.element);
      else op.snapshot = [...state.get(op.key)!].reverse();
      op.applied = true;
    };
    for (const { slot, choice } of steps) {
      const p = proc.get(slot) ?? slot;
      const op = pending.get(slot);
      if (choice % 13 === 0 && limbo.length > 0) {
        const late = limbo.shift()!;
        state.get(late.key)!.add(late.element); // a timed-out add takes effect after all
      } else if (op === undefined) {
        const key = `s${choice % 2}`;
        if (choice % 3 === 0) {
          h.invoke(p, 'read', { key });
          pending.set(slot, { f: 'read', key, element: -1, applied: false, snapshot: [] });
        } else {
          const element = next++;
          h.invoke(p, 'add', { key, value: element });
          pending.set(slot, { f: 'add', key, element, applied: false, snapshot: [] });
        }
      } else if (!op.applied && op.f === 'add' && choice % 7 < 2) {
        pending.delete(slot);
        if (choice % 7 === 0) h.fail(p, 'add', { key: op.key, value: op.element });
        else {
          h.info(p, 'add', { key: op.key, value: op.element });
          limbo.push({ key: op.key, element: op.element });
          proc.set(slot, p + slots);
        }
      } else if (!op.applied) {
        apply(op);
      } else {
        pending.delete(slot);
        if (op.f === 'read') h.ok(p, 'read', { key: op.key, value: op.snapshot });
        else if (choice % 5 === 0) {
          h.info(p, 'add', { key: op.key, value: op.element });
          proc.set(slot, p + slots);
        } else {
          h.ok(p, 'add', { key: op.key, value: op.element });
          acked.push({ key: op.key, element: op.element });
        }
      }
    }
    for (const [slot, op] of pending) {
      const p = proc.get(slot) ?? slot;
      if (op.f === 'read') h.fail(p, 'read', { key: op.key });
      else if (op.applied) {
        h.ok(p, 'add', { key: op.key, value: op.element });
        acked.push({ key: op.key, element: op.element });
      } else h.info(p, 'add', { key: op.key, value: op.element });
    }
    h.info('nemesis', 'quiet');
    for (const [key, elements] of state) h.op('final', 'final-read', { key }, 'ok', { key, value: [...elements] });
    return { events: h.events, acked };
  }
  const steps = fc.array(fc.record({ slot: fc.nat(2), choice: fc.nat(1000) }), { minLength: 10, maxLength: 150, size: 'medium' });

  it('property: histories of a linearizable set are valid', () => {
    fc.assert(fc.property(steps, (s) => {
      expectValid(checkSet(simulateSet(s).events));
    }), { numRuns: 300 });
  });

  it('property: dropping an acknowledged element from the final read is a lost write', () => {
    fc.assert(fc.property(steps, fc.nat(), (s, pick) => {
      const { events, acked } = simulateSet(s);
      fc.pre(acked.length > 0);
      const lost = acked[pick % acked.length]!;
      const mutated = events.map((e) => (e.f === 'final-read' && e.type === 'ok' && e.key === lost.key ? { ...e, value: (e.value as number[]).filter((x) => x !== lost.element) } : e));
      const r = checkSet(mutated);
      expect(r.verdict).toBe('invalid');
      expect(r.anomalies.some((a) => a.kind === 'lost-write' && a.key === lost.key)).toBe(true);
    }), { numRuns: 300 });
  });
});

// ---------------------------------------------------------------- lock

describe('lock checker', () => {
  const acquire = (h: History, p: number, token: number) => h.op(p, 'acquire', { key: 'lock' }, 'ok', { key: 'lock', value: token });
  const write = (h: History, p: number, token: number, seq: number, revision: number) =>
    h.op(p, 'guarded-write', { key: 'guard', value: { token, seq } }, 'ok', { key: 'guard', value: { token, seq }, revision });
  const release = (h: History, p: number, token: number) => h.op(p, 'release', { key: 'lock', value: token });

  it('accepts holders taking turns, with a waiter, a fenced write, an info acquire and a failed one', () => {
    const h = new History();
    acquire(h, 0, 10);
    h.invoke(1, 'acquire', { key: 'lock' }); // waits while 0 holds the lock
    write(h, 0, 10, 1, 11);
    write(h, 0, 10, 2, 12);
    release(h, 0, 10);
    h.ok(1, 'acquire', { key: 'lock', value: 13 });
    write(h, 1, 13, 1, 14);
    h.op(1, 'guarded-write', { key: 'guard', value: { token: 13, seq: 2 } }, 'fail', { key: 'guard', value: { token: 13, seq: 2 }, error: 'fenced' });
    release(h, 1, 13);
    h.op(2, 'acquire', { key: 'lock' }, 'info');
    h.op(0, 'acquire', { key: 'lock' }, 'fail', { key: 'lock', error: 'timeout' });
    acquire(h, 5, 20);
    write(h, 5, 20, 1, 21);
    release(h, 5, 20);
    const r = checkLock(h.events);
    expectValid(r);
    expect(r.stats).toMatchObject({ acquiresOk: 3, acquiresInfo: 1, acquiresFailed: 1, guardedWritesOk: 4, guardedWritesFenced: 1, holders: 3 });
  });

  it('flags two holders at once whose guarded writes interleave', () => {
    const h = new History();
    acquire(h, 0, 10);
    acquire(h, 1, 20); // granted while 0 still holds
    write(h, 0, 10, 1, 30);
    write(h, 1, 20, 1, 31);
    write(h, 0, 10, 2, 32);
    const r = checkLock(h.events);
    expectKinds(r, ['interleaved-holders']);
    expect(r.anomalies[0]!.message).toMatch(/token 10.*token 20.*token 10/);
  });

  it('flags a lower token accepted after a higher one', () => {
    const h = new History();
    acquire(h, 0, 10);
    acquire(h, 1, 20);
    write(h, 1, 20, 1, 30);
    write(h, 0, 10, 1, 31);
    expectKinds(checkLock(h.events), ['fenced-write-accepted']);
  });

  it('flags a token regression and a duplicate token', () => {
    const regress = new History();
    acquire(regress, 0, 20);
    release(regress, 0, 20);
    acquire(regress, 1, 10);
    const r = checkLock(regress.events);
    expectKinds(r, ['token-regression']);
    expect(r.anomalies[0]!.message).toMatch(/process 1.*token 10.*process 0.*token 20/);

    const dup = new History();
    acquire(dup, 0, 20);
    release(dup, 0, 20);
    acquire(dup, 1, 20);
    expectKinds(checkLock(dup.events), ['duplicate-token']);
  });

  it('does not order acquires that overlap in time', () => {
    const h = new History().invoke(0, 'acquire', { key: 'lock' }).invoke(1, 'acquire', { key: 'lock' });
    h.ok(1, 'acquire', { key: 'lock', value: 20 });
    release(h, 1, 20);
    h.ok(0, 'acquire', { key: 'lock', value: 10 }); // a "later" completion with a lower token: fine, they overlapped
    expectValid(checkLock(h.events));
  });

  it('flags a guarded write under a token its process does not hold', () => {
    const h = new History();
    acquire(h, 0, 10);
    write(h, 1, 10, 1, 11);
    expectKinds(checkLock(h.events), ['foreign-token']);

    // A process writing under its previous token after acquiring again.
    const old = new History();
    acquire(old, 0, 10);
    release(old, 0, 10);
    acquire(old, 0, 20);
    write(old, 0, 10, 1, 21);
    const r = checkLock(old.events);
    expect(kinds(r)).toContain('foreign-token');
    expect(r.anomalies.find((a) => a.kind === 'foreign-token')!.message).toMatch(/process 0 .*token 10.*token 20/);
  });

  it('flags revisions going back in real time, duplicate revisions and seqs going back', () => {
    const back = new History();
    acquire(back, 0, 10);
    write(back, 0, 10, 1, 50);
    write(back, 0, 10, 2, 40);
    expect(kinds(checkLock(back.events))).toContain('revision-order');

    const dupRev = new History();
    acquire(dupRev, 0, 10);
    write(dupRev, 0, 10, 1, 50);
    write(dupRev, 0, 10, 2, 50);
    expectKinds(checkLock(dupRev.events), ['duplicate-revision']);

    const seq = new History();
    acquire(seq, 0, 10);
    write(seq, 0, 10, 2, 11);
    write(seq, 0, 10, 1, 12);
    expectKinds(checkLock(seq.events), ['seq-regression']);
  });

  it('skips malformed events without throwing', () => {
    const h = new History();
    h.op(0, 'acquire', { key: 'lock' }, 'ok', { key: 'lock', value: 'ten' });
    acquire(h, 0, 10);
    h.op(0, 'guarded-write', { key: 'guard', value: 'x' });
    h.op(0, 'guarded-write', { key: 'guard', value: { token: 10, seq: 1 } }); // ok without a revision
    const r = checkLock(h.events);
    expectValid(r);
    expect(r.stats.malformed).toBe(3);
  });

  /** Holders one after another, as a correct lock and guard produce them. */
  const holds = fc.array(fc.record({
    slot: fc.nat(3),
    acquire: fc.constantFrom('ok', 'ok', 'ok', 'fail', 'info'),
    writes: fc.nat(3),
    last: fc.constantFrom('ok', 'fenced', 'fail', 'info'),
  }), { maxLength: 20 });
  function simulateLock(plan: Array<{ slot: number; acquire: string; writes: number; last: string }>): HistoryEvent[] {
    const h = new History();
    const proc = new Map<number, number>();
    let rev = 1;
    for (const hold of plan) {
      let p = proc.get(hold.slot) ?? hold.slot;
      const renumber = () => proc.set(hold.slot, (p += 4));
      if (hold.acquire !== 'ok') {
        h.op(p, 'acquire', { key: 'lock' }, hold.acquire as 'fail' | 'info');
        if (hold.acquire === 'info') renumber();
        continue;
      }
      const token = ++rev;
      acquire(h, p, token);
      for (let seq = 1; seq <= hold.writes; seq++) {
        const value = { token, seq };
        const outcome = seq < hold.writes ? 'ok' : hold.last;
        if (outcome === 'ok') write(h, p, token, seq, ++rev);
        else if (outcome === 'fenced') h.op(p, 'guarded-write', { key: 'guard', value }, 'fail', { key: 'guard', value, error: 'fenced' });
        else if (outcome === 'fail') h.op(p, 'guarded-write', { key: 'guard', value }, 'fail', { key: 'guard', value, error: 'unavailable' });
        else {
          if (seq % 2 === 0) rev++; // a timed-out write that took effect
          h.op(p, 'guarded-write', { key: 'guard', value }, 'info');
          renumber();
        }
      }
      release(h, p, token);
    }
    return h.events;
  }

  it('property: holders taking turns are valid', () => {
    fc.assert(fc.property(holds, (plan) => { expectValid(checkLock(simulateLock(plan))); }), { numRuns: 300 });
  });

  it('property: swapping the revisions of two holders\' writes is flagged', () => {
    fc.assert(fc.property(holds, fc.nat(), fc.nat(), (plan, i, j) => {
      const events = simulateLock(plan);
      const writes = events.filter((e) => e.f === 'guarded-write' && e.type === 'ok');
      const a = writes[i % Math.max(1, writes.length)];
      const others = writes.filter((w) => (w.value as { token: number }).token !== (a?.value as { token: number } | undefined)?.token);
      fc.pre(a !== undefined && others.length > 0);
      const b = others[j % others.length]!;
      const swapped = events.map((e) => (e === a ? { ...e, revision: b.revision } : e === b ? { ...e, revision: a!.revision } : e));
      expect(checkLock(swapped).verdict).toBe('invalid');
    }), { numRuns: 300 });
  });
});

// ---------------------------------------------------------------- watch

describe('watch checker', () => {
  interface Put { key: string; value: number; revision: number }
  const PUTS: Put[] = [
    { key: 'w/0', value: 1, revision: 10 },
    { key: 'w/1', value: 1, revision: 11 },
    { key: 'w/0', value: 2, revision: 12 },
    { key: 'w/2', value: 1, revision: 13 },
    { key: 'w/1', value: 2, revision: 14 },
  ];
  const put = (h: History, p: number, x: Put) => h.op(p, 'put', { key: x.key, value: x.value }, 'ok', { key: x.key, value: x.value, revision: x.revision });
  const start = (h: History, w: string, s: number, node = 'n1') => h.info(w, 'watch-start', { value: { startRevision: s }, node });
  const deliver = (h: History, w: string, xs: Put[], node = 'n1') => {
    for (const x of xs) h.ok(w, 'event', { key: x.key, value: x.value, revision: x.revision, node });
    return h;
  };
  const reference = (h: History, xs: Put[], from = 10, to = 15) => {
    h.info('reference', 'reference-range', { value: { from, to } });
    return deliver(h, 'reference', xs, 'n1');
  };
  /** Writers, then the given watcher streams, then the reference. */
  const run = (watchers: (h: History) => void, refPuts: Put[] = PUTS) => {
    const h = new History();
    start(h, 'watcher-0', 10);
    start(h, 'watcher-1', 10);
    for (const [i, x] of PUTS.entries()) put(h, i % 2, x);
    watchers(h);
    return reference(h, refPuts).events;
  };
  const p = (...revs: number[]) => revs.map((r) => PUTS.find((x) => x.revision === r)!);

  it('accepts watchers that resume where they left off, and failed and timed-out puts', () => {
    const h = new History();
    start(h, 'watcher-0', 10);
    start(h, 'watcher-1', 10, 'n2');
    put(h, 0, PUTS[0]!);
    h.op(1, 'put', { key: 'w/5', value: 1 }, 'fail');
    deliver(h, 'watcher-0', p(10));
    deliver(h, 'watcher-1', p(10), 'n2');
    h.op(1, 'put', { key: 'w/1', value: 1 }, 'info'); // took effect at 11: the reference shows it
    h.op(3, 'put', { key: 'w/9', value: 1 }, 'info'); // never took effect
    for (const x of p(12, 13, 14)) put(h, 0, x);
    deliver(h, 'watcher-0', p(11, 12, 13, 14));
    deliver(h, 'watcher-1', p(11), 'n2');
    h.info('watcher-1', 'watch-end', { value: { error: 'node down' } });
    start(h, 'watcher-1', 12, 'n3');
    deliver(h, 'watcher-1', p(12, 13, 14), 'n3');
    const r = checkWatch(reference(h, PUTS).events);
    expectValid(r);
    expect(r.stats).toMatchObject({ watchers: 2, referenceEvents: 5, eventsDelivered: 10, putsOk: 4, putsInfo: 2, putsFailed: 1 });
  });

  it('flags an event delivered twice after a resume from too early', () => {
    const r = checkWatch(run((h) => {
      deliver(h, 'watcher-0', PUTS);
      deliver(h, 'watcher-1', p(10, 11, 12));
      start(h, 'watcher-1', 12, 'n2');
      deliver(h, 'watcher-1', p(12, 13, 14), 'n2');
    }));
    expectKinds(r, ['duplicate-event']);
    expect(r.anomalies[0]!.message).toMatch(/watcher-1.*revision 12/);
  });

  it('flags a gap, naming the missed revision, the watcher and the events around it', () => {
    const r = checkWatch(run((h) => {
      deliver(h, 'watcher-0', PUTS);
      deliver(h, 'watcher-1', p(10, 11));
      start(h, 'watcher-1', 13, 'n2');
      deliver(h, 'watcher-1', p(13, 14), 'n2');
    }));
    expectKinds(r, ['gap']);
    const m = r.anomalies[0]!.message;
    expect(m).toMatch(/^watcher-1 never received revision\(s\) 12 \(w\/0=2\)/);
    expect(m).toContain('revision 11');
    expect(m).toMatch(/revision 13 .*from n2 on the stream started at revision 13/);
  });

  it('flags a gap at the start of a watch', () => {
    const r = checkWatch(run((h) => {
      deliver(h, 'watcher-0', PUTS);
      deliver(h, 'watcher-1', p(12, 13, 14));
    }));
    expectKinds(r, ['gap']);
    expect(r.anomalies[0]!.message).toMatch(/revision\(s\) 10 .*, 11 .*started at revision 10/);
  });

  it('flags events out of order', () => {
    const r = checkWatch(run((h) => {
      deliver(h, 'watcher-0', PUTS);
      deliver(h, 'watcher-1', p(10, 12, 11, 13, 14));
    }));
    expectKinds(r, ['reorder']);
  });

  it('flags a watcher event that differs from the reference, and one the reference does not have', () => {
    const mismatch = checkWatch(run((h) => {
      deliver(h, 'watcher-0', PUTS);
      deliver(h, 'watcher-1', [...p(10), { key: 'w/1', value: 7, revision: 11 }, ...p(12, 13, 14)]);
    }));
    expectKinds(mismatch, ['mismatch']);

    const phantom = checkWatch(run((h) => {
      deliver(h, 'watcher-0', PUTS);
      deliver(h, 'watcher-1', [...PUTS, { key: 'w/4', value: 1, revision: 20 }]);
    }));
    expectKinds(phantom, ['phantom-event']);
  });

  it('flags an acknowledged put missing from the reference, and a reference event never written', () => {
    const lost = checkWatch(run((h) => {
      deliver(h, 'watcher-0', p(10, 11, 13, 14));
      deliver(h, 'watcher-1', p(10, 11, 13, 14));
    }, p(10, 11, 13, 14)));
    expectKinds(lost, ['lost-write']);
    expect(lost.anomalies[0]!.message).toMatch(/w\/0=2 by process 0 .*revision 12/);

    const extra = { key: 'w/3', value: 9, revision: 15 };
    const phantom = checkWatch(run((h) => {
      deliver(h, 'watcher-0', [...PUTS, extra]);
      deliver(h, 'watcher-1', [...PUTS, extra]);
    }, [...PUTS, extra]));
    expectKinds(phantom, ['phantom-event']);
  });

  it('flags a watcher that never caught up', () => {
    const r = checkWatch(run((h) => {
      deliver(h, 'watcher-0', PUTS);
      deliver(h, 'watcher-1', p(10, 11, 12, 13));
    }));
    expectKinds(r, ['watcher-behind']);
    expect(r.anomalies[0]!.message).toMatch(/watcher-1.*revision 13.*revision 14/);
  });

  it('answers unknown without a reference', () => {
    const h = new History();
    start(h, 'watcher-0', 10);
    put(h, 0, PUTS[0]!);
    deliver(h, 'watcher-0', p(10));
    expect(checkWatch(h.events).verdict).toBe('unknown');
  });

  /** Puts (some failed, some timed out), watchers resuming at random points, and the reference. */
  const plan = fc.record({
    puts: fc.array(fc.record({ key: fc.nat(2), outcome: fc.constantFrom('ok', 'ok', 'ok', 'fail', 'info-applied', 'info-lost') }), { minLength: 1, maxLength: 30, size: 'medium' }),
    restarts: fc.array(fc.array(fc.boolean(), { maxLength: 30 }), { minLength: 1, maxLength: 3 }),
  });
  function simulateWatch({ puts, restarts }: { puts: Array<{ key: number; outcome: string }>; restarts: boolean[][] }): HistoryEvent[] {
    const h = new History();
    const committed: Put[] = [];
    const values = [0, 0, 0];
    let rev = 100;
    for (const [i, x] of puts.entries()) {
      const key = `w/${x.key}`;
      const value = ++values[x.key]!;
      if (x.outcome === 'ok') {
        const c = { key, value, revision: rev++ };
        committed.push(c);
        put(h, i % 2, c);
      } else {
        h.op(i % 2 + 10 * i, 'put', { key, value }, x.outcome === 'fail' ? 'fail' : 'info');
        if (x.outcome === 'info-applied') committed.push({ key, value, revision: rev++ });
      }
    }
    for (const [w, cuts] of restarts.entries()) {
      const name = `watcher-${w}`;
      start(h, name, 100);
      committed.forEach((c, i) => {
        if (cuts[i] === true) {
          h.info(name, 'watch-end', { value: { error: 'cut' } });
          start(h, name, c.revision, `n${i % 3}`); // resume after the last event seen
        }
        deliver(h, name, [c]);
      });
    }
    return reference(h, committed, 100, rev).events;
  }

  it('property: watchers that see the committed sequence from their start are valid', () => {
    fc.assert(fc.property(plan, (pl) => { expectValid(checkWatch(simulateWatch(pl))); }), { numRuns: 300 });
  });

  it('property: dropping or repeating any event a watcher saw is flagged', () => {
    fc.assert(fc.property(plan, fc.nat(), fc.boolean(), (pl, pick, repeat) => {
      const events = simulateWatch(pl);
      const seen = events.filter((e) => typeof e.process === 'string' && e.process.startsWith('watcher-') && e.f === 'event');
      fc.pre(seen.length > 0);
      const target = seen[pick % seen.length]!;
      const mutated = events.flatMap((e) => (e !== target ? [e] : repeat ? [e, { ...e, time: e.time + 1 }] : []));
      const r = checkWatch(mutated);
      expect(r.verdict).toBe('invalid');
      const expected = repeat ? ['duplicate-event'] : ['gap', 'watcher-behind'];
      expect(r.anomalies.some((a) => expected.includes(a.kind))).toBe(true);
    }), { numRuns: 300 });
  });
});

// ---------------------------------------------------------------- lease

describe('lease checker', () => {
  const grant = (h: History, p: number, lease: string, ttl: number) => h.op(p, 'grant', { value: { ttl } }, 'ok', { value: { lease, ttl } });
  const attach = (h: History, p: number, key: string, lease: string) => h.op(p, 'put', { key, value: { lease } });
  const keepAlive = (h: History, p: number, lease: string, ttl: number) => h.op(p, 'keepalive', { value: { lease } }, 'ok', { value: { lease, ttl } });
  const read = (h: History, p: number | string, key: string, lease: string | null, f = 'read') => h.op(p, f, { key }, 'ok', { key, value: lease === null ? null : { lease } });
  const abandon = (h: History, p: number, lease: string) => h.info(p, 'abandon', { value: { lease } });

  /** Lease 1a granted at 0 with ttl 3, kept alive at 1 s and 3.5 s (alive until 6.5 s), abandoned at 4 s; quiet from 5 s. */
  const base = () => {
    const h = new History();
    grant(h, 0, '1a', 3);
    attach(h, 0, 'l/0', '1a');
    keepAlive(h.at(1 * S), 0, '1a', 3);
    read(h, 0, 'l/0', '1a');
    keepAlive(h.at(3.5 * S), 0, '1a', 3);
    read(h, 0, 'l/0', '1a');
    abandon(h.at(4 * S), 0, '1a');
    h.at(5 * S).info('nemesis', 'quiet');
    return h;
  };

  it('accepts a key kept alive, gone after its lease lapsed, and gone at the final read', () => {
    const h = base();
    read(h.at(7 * S), 1, 'l/0', null); // after the horizon (6.5 s): may be gone
    read(h.at(12 * S), 'final', 'l/0', null, 'final-read');
    const r = checkLease(h.events);
    expectValid(r);
    expect(r.stats).toMatchObject({ leasesGranted: 1, keepAlivesOk: 2, readsOk: 4, finalReads: 1, abandoned: 1 });
  });

  it('flags a key that vanished while its lease was provably alive', () => {
    const h = base();
    read(h.at(6 * S), 1, 'l/0', null);
    read(h.at(12 * S), 'final', 'l/0', null, 'final-read');
    const r = checkLease(h.events);
    expectKinds(r, ['lease-key-vanished']);
    expect(r.anomalies[0]!.message).toMatch(/l\/0 by process 1 .*absent.*lease 1a.*6500\.000 ms/);
  });

  it('a keep-alive after the horizon does not extend it', () => {
    const h = new History();
    grant(h, 0, '1a', 2);
    attach(h, 0, 'l/0', '1a');
    keepAlive(h.at(3 * S), 0, '1a', 2); // horizon was 2 s: the lease may have expired at 2 s already
    keepAlive(h.at(4 * S), 0, '1a', 2);
    read(h.at(4.5 * S), 1, 'l/0', null);
    abandon(h, 0, '1a');
    read(h.at(20 * S), 'final', 'l/0', null, 'final-read');
    expectValid(checkLease(h.events));
  });

  it('flags a keep-alive answering ttl 0 before the horizon', () => {
    const h = new History();
    grant(h, 0, '1a', 3);
    attach(h, 0, 'l/0', '1a');
    keepAlive(h.at(1 * S), 0, '1a', 0);
    abandon(h, 0, '1a');
    read(h.at(20 * S), 'final', 'l/0', null, 'final-read');
    expectKinds(checkLease(h.events), ['lease-lost-early']);
  });

  it('flags the key of an abandoned lease that survived past ttl + grace after the quiet period', () => {
    const h = base();
    read(h.at(10.5 * S), 'final', 'l/0', '1a', 'final-read'); // deadline: max(4, 5) + 3 + 3 = 11 s
    expectValid(checkLease(h.events));
    read(h.at(11.5 * S), 'final', 'l/0', '1a', 'final-read');
    const r = checkLease(h.events);
    expectKinds(r, ['abandoned-key-survived']);
    expect(r.anomalies[0]!.message).toMatch(/l\/0.*lease 1a.*11000\.000 ms/);
    expect(checkLease(h.events, { graceSeconds: 10 }).verdict).toBe('valid');
  });

  it('treats a lease never abandoned as abandoned at its last keep-alive', () => {
    const h = new History();
    grant(h, 0, '1a', 3);
    attach(h, 0, 'l/0', '1a');
    keepAlive(h.at(1 * S), 0, '1a', 3);
    h.at(2 * S).info('nemesis', 'quiet');
    read(h.at(9 * S), 'final', 'l/0', '1a', 'final-read'); // 2 + 3 + 3 = 8 s
    expectKinds(checkLease(h.events), ['abandoned-key-survived']);
  });

  it('only the most recent attach of a key counts', () => {
    const h = new History();
    grant(h, 0, '1a', 1);
    attach(h, 0, 'l/0', '1a');
    abandon(h, 0, '1a');
    grant(h.at(2 * S), 0, '2b', 5); // the key's first lease lapsed; re-attached to a new one
    attach(h, 0, 'l/0', '2b');
    read(h, 1, 'l/0', '2b');
    abandon(h, 0, '2b');
    read(h.at(20 * S), 'final', 'l/0', null, 'final-read');
    expectValid(checkLease(h.events));

    // The old lease while the new one is alive.
    const late = new History();
    grant(late, 0, '1a', 1);
    attach(late, 0, 'l/0', '1a');
    grant(late.at(2 * S), 0, '2b', 5);
    attach(late, 0, 'l/0', '2b');
    read(late, 1, 'l/0', '1a');
    abandon(late, 0, '2b');
    read(late.at(20 * S), 'final', 'l/0', null, 'final-read');
    expectKinds(checkLease(late.events), ['lease-key-vanished']);
  });

  it('answers unknown when an attached key has no ok final read', () => {
    const h = base();
    const r = checkLease(h.events);
    expect(r.verdict).toBe('unknown');
    expect(r.reason).toContain('l/0');
  });

  it('skips malformed events without throwing', () => {
    const h = base();
    h.op(0, 'grant', { value: { ttl: 3 } }, 'ok', { value: 'nope' });
    h.op(0, 'keepalive', { value: { lease: 7 } });
    h.op(1, 'read', { key: 'l/0' }, 'ok', { key: 'l/0', value: { lease: 'xyz' } });
    read(h.at(12 * S), 'final', 'l/0', null, 'final-read');
    const r = checkLease(h.events);
    expectValid(r);
    expect(r.stats.malformed).toBe(3);
  });

  /**
   * Keepers that grant, attach, keep alive within the ttl, read their key after
   * each keep-alive, and abandon; every key is gone at the final read.
   */
  const keepers = fc.array(fc.array(fc.record({
    ttl: fc.integer({ min: 1, max: 3 }),
    intervals: fc.array(fc.integer({ min: 5, max: 95 }), { maxLength: 5 }),
  }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 });
  function simulateLease(plan: Array<Array<{ ttl: number; intervals: number[] }>>): HistoryEvent[] {
    const all: HistoryEvent[] = [];
    let end = 0;
    const keys: string[] = [];
    for (const [k, leases] of plan.entries()) {
      const h = new History().at(k * MS);
      for (const [j, { ttl, intervals }] of leases.entries()) {
        const lease = (0x1a00 + k * 100 + j).toString(16);
        const key = `l/${k}-${j}`;
        keys.push(key);
        let last = h.at(h.now + 10 * MS).now;
        grant(h, k, lease, ttl);
        attach(h, k, key, lease);
        read(h, k, key, lease);
        for (const pct of intervals) {
          last += (ttl * S * pct) / 100; // within the ttl of the previous keep-alive (or the grant)
          keepAlive(h.at(last), k, lease, ttl);
          read(h, k, key, lease);
        }
        abandon(h, k, lease);
      }
      end = Math.max(end, h.now);
      all.push(...h.events);
    }
    all.sort((a, b) => a.time - b.time);
    const h = new History().at(end + S).info('nemesis', 'quiet').at(end + 8 * S);
    for (const key of keys) read(h, 'final', key, null, 'final-read');
    return [...all, ...h.events];
  }

  it('property: keys kept alive within their ttl, and gone after abandonment, are valid', () => {
    fc.assert(fc.property(keepers, (plan) => { expectValid(checkLease(simulateLease(plan))); }), { numRuns: 300 });
  });

  it('property: a kept-alive key reading absent, or an abandoned key surviving, is flagged', () => {
    fc.assert(fc.property(keepers, fc.nat(), (plan, pick) => {
      const events = simulateLease(plan);
      const reads = events.filter((e) => (e.f === 'read' || e.f === 'final-read') && e.type === 'ok');
      const target = reads[pick % reads.length]!;
      const final = target.f === 'final-read';
      const leaseOf = events.find((e) => e.f === 'put' && e.type === 'ok' && e.key === target.key)!.value;
      const mutated = events.map((e) => (e === target ? { ...e, value: final ? leaseOf : null } : e));
      expectKinds(checkLease(mutated), [final ? 'abandoned-key-survived' : 'lease-key-vanished']);
    }), { numRuns: 300 });
  });
});

// ---------------------------------------------------------------- registry

describe('registry checker', () => {
  type Listed = { id: string; status: string; stale?: boolean };
  const register = (h: History, p: number, id: string, type: 'ok' | 'fail' | 'info' = 'ok', ttlMs = 5000) => h.op(p, 'register', { key: id, value: { ttlMs } }, type);
  const deregister = (h: History, p: number, id: string, type: 'ok' | 'fail' | 'info' = 'ok') => h.op(p, 'deregister', { key: id }, type);
  const report = (h: History, id: string, type: 'ok' | 'fail' = 'ok', status = 'passing') => h.op(`report-${id}`, 'report', { key: id, value: status }, type);
  const list = (h: History, p: number | string, instances: Listed[], f = 'list') => h.op(p, f, {}, 'ok', { value: instances.map((i) => ({ stale: false, ...i })) });
  const passing = (...ids: string[]): Listed[] => ids.map((id) => ({ id, status: 'passing' }));

  /** a registered at 0 (TTL 5 s), reported at 1, 2, 3 s (provably alive until 7 s with the 1 s margin); b registered and deregistered. */
  const base = () => {
    const h = new History();
    register(h, 0, 'a');
    register(h, 1, 'b');
    list(h, 2, passing('a', 'b'));
    for (const t of [1, 2, 3]) report(h.at(t * S), 'a');
    deregister(h, 1, 'b');
    list(h, 2, passing('a'));
    return h;
  };

  it('accepts registrations kept, deregistrations kept, and a silent instance turning critical later', () => {
    const h = base();
    list(h.at(6.5 * S), 2, passing('a'));
    list(h.at(7.5 * S), 2, [{ id: 'a', status: 'critical' }]); // past the horizon (7 s): may have expired
    list(h.at(20 * S), 'final', [{ id: 'a', status: 'critical' }], 'final-list');
    const r = checkRegistry(h.events);
    expectValid(r);
    expect(r.stats).toMatchObject({ registersOk: 2, deregistersOk: 1, reportsOk: 3, listsOk: 5, finalLists: 1, finalInstances: 1, criticalSeen: 2, aliveObservations: 4 });
  });

  it('flags an acknowledged registration missing from a later list', () => {
    const h = base();
    list(h, 2, []);
    list(h.at(20 * S), 'final', passing('a'), 'final-list');
    const r = checkRegistry(h.events);
    expectKinds(r, ['lost-registration']);
    expect(r.anomalies[0]!.message).toMatch(/list by process 2 .* lacks a, whose register by process 0/);
  });

  it('flags an acknowledged registration missing from the final list', () => {
    const h = base();
    list(h.at(20 * S), 'final', [], 'final-list');
    expectKinds(checkRegistry(h.events), ['lost-registration']);
  });

  it('a deregistration that may have taken effect excuses a missing instance', () => {
    const h = base();
    deregister(h, 0, 'a', 'info');
    list(h.at(20 * S), 'final', [], 'final-list');
    expectValid(checkRegistry(h.events));
    // A deregistration that certainly failed does not.
    const f = base();
    deregister(f, 0, 'a', 'fail');
    list(f.at(20 * S), 'final', [], 'final-list');
    expectKinds(checkRegistry(f.events), ['lost-registration']);
  });

  it('flags an instance listed after its deregistration was acknowledged', () => {
    const h = base();
    list(h, 2, passing('a', 'b'));
    list(h.at(20 * S), 'final', passing('a'), 'final-list');
    const r = checkRegistry(h.events);
    expectKinds(r, ['deregistered-visible']);
    expect(r.anomalies[0]!.message).toMatch(/shows b \(passing\), but its deregister by process 1/);
  });

  it('a list that overlaps the deregistration may still show the instance', () => {
    const h = new History();
    register(h, 1, 'b');
    h.invoke(2, 'list');
    deregister(h, 1, 'b');
    h.ok(2, 'list', { value: [{ id: 'b', status: 'passing', stale: false }] });
    list(h.at(20 * S), 'final', [], 'final-list');
    expectValid(checkRegistry(h.events));
  });

  it('flags an instance that was never registered, or whose registration failed', () => {
    const h = base();
    register(h, 3, 'c', 'fail');
    list(h, 2, passing('a', 'c', 'z'));
    list(h.at(20 * S), 'final', passing('a'), 'final-list');
    const r = checkRegistry(h.events);
    expectKinds(r, ['unexpected-instance']);
    expect(r.stats.unexpected).toBe(2);
    // A registration with an unknown outcome may show up at any later time.
    const u = base();
    register(u, 3, 'c', 'info');
    list(u.at(10 * S), 2, passing('a', 'c'));
    list(u.at(20 * S), 'final', passing('a', 'c'), 'final-list');
    expectValid(checkRegistry(u.events));
  });

  it('flags an instance critical while its client kept reporting', () => {
    const h = base();
    list(h.at(6.5 * S), 2, [{ id: 'a', status: 'critical', stale: false }]);
    list(h.at(20 * S), 'final', passing('a'), 'final-list');
    const r = checkRegistry(h.events);
    expectKinds(r, ['false-critical']);
    expect(r.anomalies[0]!.message).toMatch(/shows a critical, but its client kept it alive: registered with a 5000 ms TTL .* until 7000\.000 ms/);
    expect(checkRegistry(h.events, { marginMs: 1600 }).verdict).toBe('valid'); // horizon 6.4 s
  });

  it('a gap longer than the TTL minus the margin ends the chain for good', () => {
    const h = new History();
    register(h, 0, 'a');
    report(h.at(1 * S), 'a');
    report(h.at(5.5 * S), 'a'); // done after the horizon (5 s): the TTL may have run out
    report(h.at(6 * S), 'a');
    list(h.at(7 * S), 2, [{ id: 'a', status: 'critical' }]);
    list(h.at(20 * S), 'final', passing('a'), 'final-list');
    expectValid(checkRegistry(h.events));
  });

  it('failed reports do not extend the chain, nor does a report of another status', () => {
    const h = new History();
    register(h, 0, 'a');
    report(h.at(1 * S), 'a', 'fail');
    report(h.at(2 * S), 'a', 'fail');
    list(h.at(4.5 * S), 2, [{ id: 'a', status: 'critical' }]); // the horizon is 4 s
    const w = new History();
    register(w, 0, 'a');
    report(w.at(1 * S), 'a', 'ok', 'critical');
    list(w.at(2 * S), 2, [{ id: 'a', status: 'critical' }]);
    for (const x of [h, w]) {
      list(x.at(20 * S), 'final', passing('a'), 'final-list');
      expectValid(checkRegistry(x.events));
    }
  });

  it('answers unknown without an ok final list, and skips malformed events', () => {
    const h = base();
    expect(checkRegistry(h.events).verdict).toBe('unknown');
    h.op(0, 'register', { key: 'x', value: { ttlMs: 'soon' } });
    h.op(2, 'list', {}, 'ok', { value: [{ id: 7 }] });
    h.op('report-x', 'report', { key: 'x', value: 3 });
    list(h.at(20 * S), 'final', passing('a'), 'final-list');
    const r = checkRegistry(h.events);
    expectValid(r);
    expect(r.stats.malformed).toBe(3);
  });

  /** Clients that register, report within the TTL minus the margin, list, and deregister. */
  const plans = fc.array(fc.record({
    reportGapsMs: fc.array(fc.integer({ min: 100, max: 3900 }), { maxLength: 6 }),
    deregister: fc.boolean(),
  }), { minLength: 1, maxLength: 4 });
  /** The history, and for each list the instance whose operation it follows (just registered or reported, so provably alive). */
  function simulateRegistry(plan: Array<{ reportGapsMs: number[]; deregister: boolean }>): { events: HistoryEvent[]; fresh: Map<HistoryEvent, string> } {
    const h = new History();
    const present = new Set<string>();
    const fresh = new Map<HistoryEvent, string>();
    const lists = (after?: string) => {
      list(h, 9, [...present].sort().map((id) => ({ id, status: 'passing' })));
      if (after !== undefined) fresh.set(h.events[h.events.length - 1]!, after);
    };
    for (const [i, { reportGapsMs, deregister: leave }] of plan.entries()) {
      const id = `i${i}`;
      register(h, i, id);
      present.add(id);
      lists(id);
      let t = h.now;
      for (const gap of reportGapsMs) {
        t += gap * MS;
        report(h.at(t), id);
        lists(id);
      }
      if (leave) {
        deregister(h, i, id);
        present.delete(id);
        lists();
      }
    }
    list(h.at(h.now + 60 * S), 'final', [...present].sort().map((id) => ({ id, status: 'critical' })), 'final-list');
    return { events: h.events, fresh };
  }

  it('property: instances kept alive and deregistered as acknowledged are valid', () => {
    fc.assert(fc.property(plans, (plan) => { expectValid(checkRegistry(simulateRegistry(plan).events)); }), { numRuns: 300 });
  });

  it('property: dropping a live instance from a list, or showing it critical, or keeping a gone one, is flagged', () => {
    fc.assert(fc.property(plans, fc.nat(), fc.nat(), (plan, pickList, pickId) => {
      const { events, fresh } = simulateRegistry(plan);
      const lists = [...fresh.keys()];
      const target = lists[pickList % lists.length]!;
      const shown = target.value as Listed[];
      const victim = shown[pickId % shown.length]!;
      const dropped = events.map((e) => (e === target ? { ...e, value: shown.filter((x) => x !== victim) } : e));
      expectKinds(checkRegistry(dropped), ['lost-registration']);
      const critical = events.map((e) => (e === target ? { ...e, value: shown.map((x) => (x.id === fresh.get(target) ? { ...x, status: 'critical' } : x)) } : e));
      expectKinds(checkRegistry(critical), ['false-critical']);
      const gone = events.find((e) => e.f === 'deregister' && e.type === 'ok');
      if (gone === undefined) return;
      const last = events.filter((e) => e.f === 'list' && e.type === 'ok').pop()!;
      const resurrected = events.map((e) => (e === last ? { ...e, value: [...(e.value as Listed[]), { id: gone.key, status: 'passing', stale: false }] } : e));
      expectKinds(checkRegistry(resurrected), ['deregistered-visible']);
    }), { numRuns: 300 });
  });
});
