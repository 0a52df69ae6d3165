/**
 * Watch checker: watchers that resume through faults must see exactly the
 * committed sequence of PUTs under the watched range, from where they started:
 * no gap, no duplicate, no reorder, nothing that was never written.
 *
 * History format (one HistoryEvent per line, in real-time order):
 * - writer put: invoke `{process: p, type: 'invoke', f: 'put', key: 'w/3', value: 17}`, then
 *   ok `{f: 'put', key: 'w/3', value: 17, revision: r}`, or fail / info. Values are
 *   unique per key.
 * - watcher (re)start: `{process: 'watcher-0', type: 'info', f: 'watch-start',
 *   value: {startRevision: s}, node: 'n2'}`: a stream asking for events from revision s
 *   (the run's first revision on the first start, last seen revision + 1 on a resume).
 * - watcher event: `{process: 'watcher-0', type: 'ok', f: 'event', key: 'w/3', value: 17,
 *   revision: r, node: 'n2'}`, PUT events only, in the order the watcher received them.
 * - watcher end of stream: `{process: 'watcher-0', type: 'info', f: 'watch-end',
 *   value: {error: '...'}}` (informational).
 * - reference: after the quiet period, `{process: 'reference', type: 'info',
 *   f: 'reference-range', value: {from: a, to: b}}`, then the committed sequence read
 *   once by a fresh watcher: `{process: 'reference', type: 'ok', f: 'event', key, value,
 *   revision}` in order. The reference holds every PUT with revision in [a, b].
 * Watchers are the processes whose name starts with 'watcher-'.
 *
 * Anomalies:
 * - `reference-order`: reference revisions do not strictly increase.
 * - `lost-write`: an ok put with revision r in [a, b] is not the reference's event at r.
 * - `phantom-event`: a reference event with no put of that key and value invoked
 *   before it was read (or only a failed one); a watcher event at a revision where
 *   the reference has none.
 * - per watcher: `duplicate-event` (a revision delivered again), `reorder` (a revision
 *   lower than one already delivered), `mismatch` (key or value differ from the
 *   reference at that revision), `gap` (a reference event between the watcher's
 *   first start revision and its highest event that it never delivered; one anomaly
 *   per run of missed revisions, naming the events around it and their streams),
 *   `watcher-behind` (its highest revision is below the reference's highest).
 * Verdict `unknown` when the history has no reference-range event.
 * Malformed events are skipped and counted in stats.malformed.
 */
import { AnomalyList, type CheckResult } from './check-result.js';
import { callsOf, type HistoryEvent, type Process } from './history.js';

/** A PUT as a watcher or the reference saw it. */
interface Seen {
  key: string;
  value: unknown;
  revision: number;
  time: number;
  node: string | undefined;
  /** The start revision of the stream that delivered it (watchers only). */
  stream: number | undefined;
}

interface Put {
  process: Process;
  key: string;
  value: unknown;
  invoke: number;
  outcome: 'ok' | 'fail' | 'info';
  revision: number | undefined;
}

interface Watcher {
  name: string;
  firstStart: number | undefined;
  currentStart: number | undefined;
  events: Seen[];
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const ms = (ns: number): string => `${(ns / 1e6).toFixed(3)} ms`;
const kv = (key: string, value: unknown): string => `${key}=${JSON.stringify(value)}`;
const putId = (key: string, value: unknown): string => `${key}\u0000${JSON.stringify(value)}`;
const describe = (e: Seen): string => `revision ${e.revision} (${kv(e.key, e.value)}${e.node === undefined ? '' : ` from ${e.node}`}${e.stream === undefined ? '' : ` on the stream started at revision ${e.stream}`}, at ${ms(e.time)})`;

function seenOf(e: HistoryEvent, stream: number | undefined): Seen | undefined {
  if (typeof e.key !== 'string' || !isNumber(e.revision) || e.value === undefined) return undefined;
  return { key: e.key, value: e.value, revision: e.revision, time: e.time, node: e.node, stream };
}

export function checkWatch(events: readonly HistoryEvent[]): CheckResult {
  const stats = { putsOk: 0, putsFailed: 0, putsInfo: 0, referenceEvents: 0, watchers: 0, watchStarts: 0, eventsDelivered: 0, malformed: 0 };
  const anomalies = new AnomalyList();
  let range: { from: number; to: number; time: number } | undefined;
  const reference: Seen[] = [];
  const watchers = new Map<string, Watcher>();
  const clientEvents: HistoryEvent[] = [];

  for (const e of events) {
    if (e.process === 'reference') {
      if (e.f === 'reference-range') {
        const v = e.value as { from?: unknown; to?: unknown } | null | undefined;
        if (isNumber(v?.from) && isNumber(v.to)) range = { from: v.from, to: v.to, time: e.time };
        else stats.malformed++;
      } else if (e.f === 'event' && e.type === 'ok') {
        const s = seenOf(e, undefined);
        if (s === undefined) stats.malformed++;
        else reference.push(s);
      }
    } else if (typeof e.process === 'string' && e.process.startsWith('watcher-')) {
      let w = watchers.get(e.process);
      if (w === undefined) watchers.set(e.process, (w = { name: e.process, firstStart: undefined, currentStart: undefined, events: [] }));
      if (e.f === 'watch-start') {
        const start = (e.value as { startRevision?: unknown } | null | undefined)?.startRevision;
        if (!isNumber(start)) {
          stats.malformed++;
          continue;
        }
        stats.watchStarts++;
        w.firstStart ??= start;
        w.currentStart = start;
      } else if (e.f === 'event' && e.type === 'ok') {
        const s = seenOf(e, w.currentStart);
        if (s === undefined) stats.malformed++;
        else w.events.push(s);
      }
    } else {
      clientEvents.push(e);
    }
  }

  const { calls, malformed } = callsOf(clientEvents);
  stats.malformed += malformed;
  const puts: Put[] = [];
  const putsByValue = new Map<string, Put[]>();
  for (const { invoke, done } of calls) {
    if (invoke.f !== 'put') continue;
    if (typeof invoke.key !== 'string' || invoke.value === undefined) {
      stats.malformed++;
      continue;
    }
    const outcome = done?.type === 'ok' ? 'ok' : done?.type === 'fail' ? 'fail' : 'info';
    if (outcome === 'ok' && !isNumber(done?.revision)) {
      stats.malformed++;
      continue;
    }
    stats[outcome === 'ok' ? 'putsOk' : outcome === 'fail' ? 'putsFailed' : 'putsInfo']++;
    const put: Put = { process: invoke.process, key: invoke.key, value: invoke.value, invoke: invoke.time, outcome, revision: outcome === 'ok' ? done?.revision : undefined };
    puts.push(put);
    const id = putId(put.key, put.value);
    putsByValue.set(id, [...(putsByValue.get(id) ?? []), put]);
  }

  stats.watchers = watchers.size;
  for (const w of watchers.values()) stats.eventsDelivered += w.events.length;
  stats.referenceEvents = reference.length;
  if (range === undefined) return anomalies.result(stats, 'no reference-range event: the reference sequence was never read');
  const { from, to } = range;

  // The reference itself: in order, holding every acknowledged put, and nothing never written.
  const refAt = new Map<number, Seen>();
  let prevRef: Seen | undefined;
  for (const r of reference) {
    if (prevRef !== undefined && r.revision <= prevRef.revision) {
      anomalies.add({ kind: 'reference-order', key: r.key, message: `the reference has ${describe(r)} after ${describe(prevRef)}`, times: [prevRef.time, r.time] });
    }
    if (!refAt.has(r.revision)) refAt.set(r.revision, r);
    prevRef = r;
    const candidates = (putsByValue.get(putId(r.key, r.value)) ?? []).filter((p) => p.invoke < r.time);
    if (!candidates.some((p) => p.outcome !== 'fail')) {
      const why = candidates.length > 0 ? `its put by process ${candidates[0]!.process} failed` : 'no put of it was invoked before the reference was read';
      anomalies.add({ kind: 'phantom-event', key: r.key, message: `the reference holds ${describe(r)}, but ${why}`, times: [...candidates.map((p) => p.invoke), r.time] });
    }
  }
  for (const p of puts) {
    if (p.outcome !== 'ok' || p.revision === undefined || p.revision < from || p.revision > to) continue;
    const r = refAt.get(p.revision);
    if (r !== undefined && r.key === p.key && JSON.stringify(r.value) === JSON.stringify(p.value)) continue;
    const elsewhere = reference.find((x) => x.key === p.key && JSON.stringify(x.value) === JSON.stringify(p.value));
    anomalies.add({
      kind: 'lost-write',
      key: p.key,
      message: `the put of ${kv(p.key, p.value)} by process ${p.process} was acknowledged at revision ${p.revision}, but the reference has ${r === undefined ? 'nothing' : kv(r.key, r.value)} there${elsewhere === undefined ? '' : ` (and the value at revision ${elsewhere.revision})`}`,
      times: [p.invoke, ...(r === undefined ? [] : [r.time])],
    });
  }
  const refMax = reference.reduce((m, r) => Math.max(m, r.revision), -Infinity);

  for (const w of watchers.values()) {
    // Delivery order: each revision once, increasing, matching the reference.
    const delivered = new Map<number, Seen>();
    let highest: Seen | undefined;
    for (const e of w.events) {
      const earlier = delivered.get(e.revision);
      if (earlier !== undefined) {
        anomalies.add({ kind: 'duplicate-event', key: e.key, message: `${w.name} received ${describe(e)} again, after ${describe(earlier)}`, times: [earlier.time, e.time] });
        continue;
      }
      if (highest !== undefined && e.revision < highest.revision) {
        anomalies.add({ kind: 'reorder', key: e.key, message: `${w.name} received ${describe(e)} after ${describe(highest)}`, times: [highest.time, e.time] });
      }
      const r = refAt.get(e.revision);
      if (r === undefined) {
        const where = e.revision < from || e.revision > to ? `outside the reference range [${from}, ${to}]` : 'with no reference event there';
        anomalies.add({ kind: 'phantom-event', key: e.key, message: `${w.name} received ${describe(e)}, ${where}`, times: [e.time] });
      } else if (r.key !== e.key || JSON.stringify(r.value) !== JSON.stringify(e.value)) {
        anomalies.add({ kind: 'mismatch', key: e.key, message: `${w.name} received ${describe(e)}, but the reference has ${kv(r.key, r.value)} at that revision`, times: [r.time, e.time] });
      }
      delivered.set(e.revision, e);
      if (highest === undefined || e.revision > highest.revision) highest = e;
    }

    const last = reference[reference.length - 1];
    if (last !== undefined && (highest === undefined || highest.revision < refMax)) {
      anomalies.add({ kind: 'watcher-behind', message: `${w.name} ${highest === undefined ? 'received no event' : `got only up to ${describe(highest)}`}, but the reference goes up to ${describe(last)}`, times: highest === undefined ? [last.time] : [highest.time, last.time] });
    }
    if (highest === undefined) continue;

    // Gaps: reference events in [first start, highest delivered] never delivered,
    // one anomaly per run of misses between two delivered revisions.
    const lower = w.firstStart ?? from;
    const sorted = [...delivered.values()].sort((a, b) => a.revision - b.revision);
    const below = (rev: number) => sorted.filter((e) => e.revision < rev).pop();
    const above = (rev: number) => sorted.find((e) => e.revision > rev)!; // the highest is above every miss
    let missed: Seen[] = [];
    const flush = () => {
      if (missed.length === 0) return;
      const before = below(missed[0]!.revision);
      const after = above(missed[missed.length - 1]!.revision);
      const revs = missed.map((m) => `${m.revision} (${kv(m.key, m.value)})`);
      const shown = revs.length > 10 ? [...revs.slice(0, 10), `and ${revs.length - 10} more`] : revs;
      anomalies.add({
        kind: 'gap',
        key: missed[0]!.key,
        message: `${w.name} never received revision(s) ${shown.join(', ')}: ${before === undefined ? `it started at revision ${lower}` : `it received ${describe(before)}`}, then ${describe(after)}`,
        times: [...(before === undefined ? [] : [before.time]), after.time],
      });
      missed = [];
    };
    for (const r of reference) {
      if (r.revision < lower || r.revision > highest.revision) continue;
      if (delivered.has(r.revision)) flush();
      else missed.push(r);
    }
    flush();
  }

  return anomalies.result(stats);
}
