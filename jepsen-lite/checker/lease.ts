/**
 * Lease checker: a key attached to a lease must not vanish while the lease is
 * provably kept alive, and must be gone once its lease was abandoned and has
 * had time to expire.
 *
 * History format (one HistoryEvent per line, in real-time order):
 * - grant:      invoke `{process: p, type: 'invoke', f: 'grant', value: {ttl: 3}}`, then ok
 *               `{f: 'grant', value: {lease: '1a2b', ttl: 3}}` (lease id in hex; ttl as the
 *               server answered, in seconds), or fail / info.
 * - attach:     invoke `{f: 'put', key: 'l/3', value: {lease: '1a2b'}}`, then ok / fail / info.
 * - keep-alive: invoke `{f: 'keepalive', value: {lease: '1a2b'}}`, then ok
 *               `{value: {lease: '1a2b', ttl: 3}}` (ttl 0: the server no longer knows the
 *               lease), or fail / info.
 * - read:       invoke `{f: 'read', key: 'l/3'}`, then ok `{value: {lease: '1a2b'}}` when the
 *               key is present (the lease it is attached to, '' for none) or `{value: null}`.
 * - abandon:    `{process: p, type: 'info', f: 'abandon', value: {lease: '1a2b'}}`: from now
 *               on the client sends no keep-alive for that lease.
 * - final read: like read with `f: 'final-read'`, after the quiet period.
 * - quiet:      the nemesis event `{process: 'nemesis', f: 'quiet'}` starts the quiet period.
 * Lease ids compare case-insensitively, ignoring leading zeros.
 *
 * The guaranteed-alive horizon of a lease starts at grant invoke + ttl; each ok
 * keep-alive answering ttl > 0 invoked at or before the horizon extends it to
 * max(horizon, invoke + ttl). One invoked after the horizon breaks the chain (the
 * lease may have expired in between), and since keep-alives are taken in invoke
 * order no later one extends it either. The lease is provably alive from its grant
 * until the horizon.
 *
 * Anomalies:
 * - `lease-key-vanished`: an ok read or final-read of a key, invoked after the key's
 *   most recent attach was acknowledged, answers absent (or another lease) and
 *   completed before that lease's horizon. Reads racing another, possibly applied,
 *   attach of the same key are skipped.
 * - `lease-lost-early`: an ok keep-alive answering ttl 0 completed before the horizon.
 * - `abandoned-key-survived`: an ok final-read returns lease L, and was invoked after
 *   max(L abandoned, quiet) + (ttl + graceSeconds). A lease never abandoned explicitly
 *   counts as abandoned at its last keep-alive (or its grant, without any); either
 *   way, not before its last keep-alive event (invoke, or completion if it had one),
 *   since that keep-alive may have refreshed it. ttl is the highest the server
 *   answered for L.
 * Verdict `unknown` when a key attached (ok or info) has no ok final-read.
 * Malformed events are skipped and counted in stats.malformed.
 */
import { AnomalyList, type CheckResult } from './check-result.js';
import { callsOf, type HistoryEvent, type Process } from './history.js';

interface Lease {
  id: string;
  process: Process;
  /** Highest ttl the server answered, seconds. */
  ttl: number;
  granted: number;
  horizon: number;
  /** Time of the last keep-alive event (invoke or completion) for this lease. */
  lastKeepAlive: number;
  abandoned: number | undefined;
}

interface Attach {
  process: Process;
  lease: string;
  invoke: number;
  done: number;
  outcome: 'ok' | 'fail' | 'info';
}

interface KeepAlive {
  process: Process;
  lease: string;
  ttl: number;
  invoke: number;
  done: number;
}

interface Read {
  process: Process;
  f: string;
  key: string;
  /** null: the key is absent; '' : present without a lease. */
  lease: string | null;
  invoke: number;
  done: number;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const ms = (ns: number): string => `${(ns / 1e6).toFixed(3)} ms`;
const field = (v: unknown, name: string): unknown => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[name] : undefined);

/** A lease id in canonical form: lower case hex without leading zeros ('' for none). */
function leaseId(v: unknown): string | undefined {
  if (typeof v !== 'string' || !/^[0-9a-fA-F]*$/.test(v)) return undefined;
  return v.toLowerCase().replace(/^0+/, '');
}

/** A read's answer: null when absent, else the key's lease id. */
function readAnswer(v: unknown): string | null | undefined {
  return v === null ? null : leaseId(field(v, 'lease'));
}

const showAnswer = (lease: string | null): string => (lease === null ? 'absent' : lease === '' ? 'present without a lease' : `attached to lease ${lease}`);

export function checkLease(events: readonly HistoryEvent[], opts: { graceSeconds?: number } = {}): CheckResult {
  const grace = opts.graceSeconds ?? 3;
  const stats = { leasesGranted: 0, attachesOk: 0, keepAlivesOk: 0, keepAlivesExpired: 0, readsOk: 0, finalReads: 0, abandoned: 0, vanished: 0, lostEarly: 0, survived: 0, malformed: 0 };
  const anomalies = new AnomalyList();

  let quiet = 0;
  const abandons: HistoryEvent[] = [];
  const clientEvents: HistoryEvent[] = [];
  for (const e of events) {
    if (e.process === 'nemesis') {
      if (e.f === 'quiet') quiet = e.time;
    } else if (e.f === 'abandon' && e.type === 'info') {
      abandons.push(e);
    } else {
      clientEvents.push(e);
    }
  }
  const { calls, malformed } = callsOf(clientEvents);
  stats.malformed += malformed;

  const leases = new Map<string, Lease>();
  const keepAlives: KeepAlive[] = [];
  const attaches = new Map<string, Attach[]>();
  const reads: Read[] = [];
  for (const { invoke, done } of calls) {
    const outcome = done?.type === 'ok' ? 'ok' : done?.type === 'fail' ? 'fail' : 'info';
    if (invoke.f === 'grant') {
      if (outcome !== 'ok') continue;
      const id = leaseId(field(done?.value, 'lease'));
      const ttl = field(done?.value, 'ttl');
      if (id === undefined || id === '' || !isNumber(ttl)) {
        stats.malformed++;
        continue;
      }
      stats.leasesGranted++;
      leases.set(id, { id, process: invoke.process, ttl, granted: invoke.time, horizon: invoke.time + ttl * 1e9, lastKeepAlive: done!.time, abandoned: undefined });
    } else if (invoke.f === 'put') {
      const lease = leaseId(field(invoke.value, 'lease'));
      if (typeof invoke.key !== 'string' || lease === undefined) {
        stats.malformed++;
        continue;
      }
      if (outcome === 'ok') stats.attachesOk++;
      const list = attaches.get(invoke.key) ?? [];
      list.push({ process: invoke.process, lease, invoke: invoke.time, done: done?.time ?? Infinity, outcome });
      attaches.set(invoke.key, list);
    } else if (invoke.f === 'keepalive') {
      const id = leaseId(field(invoke.value, 'lease'));
      const ttl = field(done?.value, 'ttl');
      if (id === undefined) {
        stats.malformed++;
        continue;
      }
      const lease = leases.get(id);
      if (lease !== undefined) lease.lastKeepAlive = Math.max(lease.lastKeepAlive, done?.time ?? invoke.time);
      if (outcome !== 'ok') continue;
      if (!isNumber(ttl)) {
        stats.malformed++;
        continue;
      }
      stats.keepAlivesOk++;
      if (ttl <= 0) stats.keepAlivesExpired++;
      keepAlives.push({ process: invoke.process, lease: id, ttl, invoke: invoke.time, done: done!.time });
    } else if (invoke.f === 'read' || invoke.f === 'final-read') {
      if (outcome !== 'ok') continue;
      const lease = readAnswer(done?.value);
      if (typeof invoke.key !== 'string' || lease === undefined) {
        stats.malformed++;
        continue;
      }
      stats.readsOk++;
      if (invoke.f === 'final-read') stats.finalReads++;
      reads.push({ process: invoke.process, f: invoke.f, key: invoke.key, lease, invoke: invoke.time, done: done!.time });
    }
  }
  for (const e of abandons) {
    const lease = leases.get(leaseId(field(e.value, 'lease')) ?? '');
    if (lease === undefined) {
      stats.malformed++;
      continue;
    }
    stats.abandoned++;
    lease.abandoned = Math.max(lease.abandoned ?? 0, e.time);
  }

  // Horizons: keep-alives in invoke order, each extending the chain only if it began within it.
  for (const k of [...keepAlives].sort((a, b) => a.invoke - b.invoke)) {
    const lease = leases.get(k.lease);
    if (lease === undefined || k.ttl <= 0) continue;
    lease.ttl = Math.max(lease.ttl, k.ttl);
    if (k.invoke <= lease.horizon) lease.horizon = Math.max(lease.horizon, k.invoke + k.ttl * 1e9);
  }
  const alive = (l: Lease) => `lease ${l.id} (granted by process ${l.process} at ${ms(l.granted)}) was provably alive until ${ms(l.horizon)}`;

  for (const k of keepAlives) {
    const lease = leases.get(k.lease);
    if (lease === undefined || k.ttl > 0 || k.done >= lease.horizon) continue;
    stats.lostEarly++;
    anomalies.add({ kind: 'lease-lost-early', message: `a keep-alive of lease ${k.lease} by process ${k.process} [${ms(k.invoke)} .. ${ms(k.done)}] answered ttl 0, but ${alive(lease)}`, times: [lease.granted, k.invoke, k.done] });
  }

  for (const r of reads) {
    const list = attaches.get(r.key) ?? [];
    // The key's most recent acknowledged attach before the read began.
    let attach: Attach | undefined;
    for (const a of list) if (a.outcome === 'ok' && a.done < r.invoke && (attach === undefined || a.done > attach.done)) attach = a;
    if (attach === undefined) continue;
    const current = attach;
    if (list.some((a) => a !== current && a.outcome !== 'fail' && a.invoke > current.invoke && a.invoke <= r.done)) continue;
    const lease = leases.get(attach.lease);
    if (lease === undefined || r.lease === attach.lease || r.done >= lease.horizon) continue;
    stats.vanished++;
    anomalies.add({
      kind: 'lease-key-vanished',
      key: r.key,
      message: `${r.f} of ${r.key} by process ${r.process} [${ms(r.invoke)} .. ${ms(r.done)}] answered ${showAnswer(r.lease)}, but process ${attach.process} attached it to lease ${attach.lease} (acknowledged at ${ms(attach.done)}) and ${alive(lease)}`,
      times: [attach.invoke, attach.done, r.invoke, r.done],
    });
  }

  const finalRead = new Set<string>();
  for (const r of reads) {
    if (r.f !== 'final-read') continue;
    finalRead.add(r.key);
    const lease = r.lease === null || r.lease === '' ? undefined : leases.get(r.lease);
    if (lease === undefined) continue;
    const abandoned = Math.max(lease.abandoned ?? 0, lease.lastKeepAlive);
    const deadline = Math.max(abandoned, quiet) + (lease.ttl + grace) * 1e9;
    if (r.invoke <= deadline) continue;
    stats.survived++;
    anomalies.add({
      kind: 'abandoned-key-survived',
      key: r.key,
      message: `the final read of ${r.key} by process ${r.process} at ${ms(r.invoke)} found it still attached to lease ${lease.id}, abandoned at ${ms(abandoned)}${lease.abandoned === undefined ? ' (its last keep-alive)' : ''}, quiet since ${ms(quiet)}: with ttl ${lease.ttl} s and ${grace} s grace it should have been gone by ${ms(deadline)}`,
      times: [abandoned, r.invoke, r.done],
    });
  }

  const unread = [...attaches].filter(([key, list]) => !finalRead.has(key) && list.some((a) => a.outcome !== 'fail')).map(([key]) => key);
  const shown = unread.length > 10 ? `${unread.slice(0, 10).join(', ')} and ${unread.length - 10} more` : unread.join(', ');
  return anomalies.result(stats, unread.length > 0 ? `no ok final read of attached key(s) ${shown}` : undefined);
}
