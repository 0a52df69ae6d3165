/**
 * Set checker: grow-only sets of unique elements, one or more per run, each
 * under its own `key`, checked independently.
 *
 * History format (one HistoryEvent per line, in real-time order):
 * - add:   invoke `{process: p, type: 'invoke', f: 'add', key: 's', value: 17}`, then
 *          `ok` / `fail` / `info` from the same process with the same key and value.
 *          `fail` means the element was definitely not added; `info` means it may
 *          be added at any later time, or never (the client then goes on under a
 *          new process number). Elements are numbers or strings, unique per key.
 * - read:  invoke `{f: 'read', key: 's'}`, then ok `{f: 'read', key: 's', value: [1, 2, 17]}`
 *          (the elements, any order). A failed or info read observed nothing.
 * - final read: the same with `f: 'final-read'`, once faults have healed and the
 *          quiet period passed. The last ok final-read of a key is its final state.
 *
 * Anomalies, per key:
 * - `stale-read`: an ok read lacks an element whose add was acknowledged before
 *   the read was invoked.
 * - `unexpected-element`: a read holds an element with no add invoked before the
 *   read completed, or whose add failed.
 * - `lost-write`: the last ok final-read lacks an element whose add was acknowledged.
 * - `vanished`: an element seen by one ok read is missing from an ok read invoked
 *   after that one completed (this also catches info adds that were seen, then lost).
 * Each missing (element, read) pair gets one kind, the first that applies in the
 * order lost-write, stale-read, vanished; each (element, kind) is reported once,
 * at its first read, with the number of reads it affected.
 * Verdict `unknown` when a key had adds but no ok final-read.
 * Malformed events (a read value that is not an array, an add without an element,
 * a completion with no matching invoke) are skipped and counted in stats.malformed.
 */
import { AnomalyList, type CheckResult } from './check-result.js';
import { callsOf, type HistoryEvent, type Process } from './history.js';

type Element = number | string;

interface Add {
  process: Process;
  element: Element;
  invoke: number;
  /** Completion time, Infinity when there was none. */
  done: number;
  outcome: 'ok' | 'fail' | 'info';
}

interface Read {
  process: Process;
  f: string;
  invoke: number;
  done: number;
  elements: Set<Element>;
}

const isElement = (v: unknown): v is Element => (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string';
const ms = (ns: number): string => `${(ns / 1e6).toFixed(3)} ms`;
const show = (e: Element): string => JSON.stringify(e);
const describeRead = (r: Read): string => `${r.f} by process ${r.process} [${ms(r.invoke)} .. ${ms(r.done)}]`;
const describeAdd = (a: Add): string => `add of ${show(a.element)} by process ${a.process} (invoked ${ms(a.invoke)}, ${a.outcome}${a.done === Infinity ? '' : ` at ${ms(a.done)}`})`;

export function checkSet(events: readonly HistoryEvent[]): CheckResult {
  const { calls, malformed: unpaired } = callsOf(events);
  const stats = { keys: 0, addsAttempted: 0, addsOk: 0, addsFailed: 0, addsInfo: 0, readsOk: 0, finalReads: 0, finalElements: 0, lost: 0, staleReads: 0, unexpected: 0, vanished: 0, malformed: unpaired };
  const byKey = new Map<string, { adds: Map<Element, Add>; reads: Read[] }>();
  const keyOf = (k: string) => {
    let entry = byKey.get(k);
    if (entry === undefined) byKey.set(k, (entry = { adds: new Map(), reads: [] }));
    return entry;
  };

  for (const { invoke, done } of calls) {
    if (typeof invoke.key !== 'string') {
      if (['add', 'read', 'final-read'].includes(invoke.f)) stats.malformed++;
      continue;
    }
    if (invoke.f === 'add') {
      if (!isElement(invoke.value)) {
        stats.malformed++;
        continue;
      }
      stats.addsAttempted++;
      const outcome = done === undefined ? 'info' : done.type === 'ok' ? 'ok' : done.type === 'fail' ? 'fail' : 'info';
      stats[outcome === 'ok' ? 'addsOk' : outcome === 'fail' ? 'addsFailed' : 'addsInfo']++;
      const add: Add = { process: invoke.process, element: invoke.value, invoke: invoke.time, done: done?.time ?? Infinity, outcome };
      const adds = keyOf(invoke.key).adds;
      // Elements are unique; should one be added twice, keep the add most favourable to the store.
      const prev = adds.get(add.element);
      if (prev === undefined || (prev.outcome !== 'ok' && add.outcome === 'ok') || (prev.outcome === 'fail' && add.outcome === 'info')) adds.set(add.element, add);
    } else if (invoke.f === 'read' || invoke.f === 'final-read') {
      if (done?.type !== 'ok') continue; // observed nothing
      if (!Array.isArray(done.value) || !done.value.every(isElement)) {
        stats.malformed++;
        continue;
      }
      stats.readsOk++;
      if (invoke.f === 'final-read') stats.finalReads++;
      keyOf(invoke.key).reads.push({ process: invoke.process, f: invoke.f, invoke: invoke.time, done: done.time, elements: new Set(done.value as Element[]) });
    }
  }

  const anomalies = new AnomalyList();
  const missingFinal: string[] = [];
  for (const [key, { adds, reads }] of byKey) {
    stats.keys++;
    let last: Read | undefined;
    for (const r of reads) if (r.f === 'final-read' && (last === undefined || r.done > last.done)) last = r;
    if (last === undefined && adds.size > 0) missingFinal.push(key);
    if (last !== undefined) stats.finalElements += last.elements.size;

    // One anomaly per (element, kind): its first read, and how many reads it affected.
    const found = new Map<string, { kind: string; message: string; times: number[]; reads: number }>();
    const note = (kind: string, element: Element, message: () => string, times: () => number[]) => {
      const id = `${kind}\u0000${show(element)}`;
      const f = found.get(id);
      if (f !== undefined) f.reads++;
      else found.set(id, { kind, message: message(), times: times(), reads: 1 });
    };

    // The earliest completion of an ok read holding each element, for `vanished`.
    const firstSeen = new Map<Element, Read>();
    for (const r of reads) {
      for (const el of r.elements) {
        const seen = firstSeen.get(el);
        if (seen === undefined || r.done < seen.done) firstSeen.set(el, r);
      }
    }

    for (const r of reads) {
      for (const el of r.elements) {
        const add = adds.get(el);
        if (add === undefined || add.invoke > r.done) {
          note('unexpected-element', el, () => `key ${key}: ${describeRead(r)} holds ${show(el)}, but ${add === undefined ? 'no add of it was ever invoked' : `its ${describeAdd(add)} began after the read completed`}`, () => [r.invoke, r.done]);
        } else if (add.outcome === 'fail') {
          note('unexpected-element', el, () => `key ${key}: ${describeRead(r)} holds ${show(el)}, but its ${describeAdd(add)} failed, so it was never added`, () => [add.invoke, add.done, r.invoke, r.done]);
        }
      }
      for (const add of adds.values()) {
        const el = add.element;
        if (r.elements.has(el)) continue;
        const seen = firstSeen.get(el);
        if (r === last && add.outcome === 'ok') {
          note('lost-write', el, () => `key ${key}: the final read by process ${r.process} at ${ms(r.done)} lacks ${show(el)}, though its ${describeAdd(add)} was acknowledged`, () => [add.invoke, add.done, r.invoke, r.done]);
        } else if (add.outcome === 'ok' && add.done < r.invoke) {
          note('stale-read', el, () => `key ${key}: ${describeRead(r)} lacks ${show(el)}, whose ${describeAdd(add)} was acknowledged before the read began`, () => [add.invoke, add.done, r.invoke, r.done]);
        } else if (seen !== undefined && seen.done < r.invoke) {
          note('vanished', el, () => `key ${key}: ${show(el)} (${describeAdd(add)}) was seen by the ${describeRead(seen)}, then missing from the later ${describeRead(r)}`, () => [seen.invoke, seen.done, r.invoke, r.done]);
        }
      }
    }

    const counters: Record<string, 'lost' | 'staleReads' | 'unexpected' | 'vanished'> = { 'lost-write': 'lost', 'stale-read': 'staleReads', 'unexpected-element': 'unexpected', vanished: 'vanished' };
    for (const f of found.values()) {
      stats[counters[f.kind]!] += f.reads;
      const more = f.reads > 1 ? `; ${f.reads - 1} later read(s) show the same` : '';
      anomalies.add({ kind: f.kind, key, message: f.message + more, times: f.times.filter(Number.isFinite) });
    }
  }

  return anomalies.result(stats, missingFinal.length > 0 ? `no ok final read of set key(s) ${missingFinal.join(', ')}, which had adds` : undefined);
}
