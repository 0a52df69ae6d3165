/**
 * Registry checker: instances registered and deregistered by clients, their
 * TTL checks reported, and lists of the service.
 *
 * History format (one HistoryEvent per line, in real-time order):
 * - register:   invoke `{process: p, type: 'invoke', f: 'register', key: 'w0-3', value: {ttlMs: 5000}}`
 *               (key: the instance id, unique per run; one TTL check that starts passing),
 *               then ok / fail / info from the same process.
 * - deregister: invoke `{f: 'deregister', key: 'w0-3'}`, then ok / fail / info.
 * - report:     invoke `{f: 'report', key: 'w0-3', value: 'passing'}` (the status reported), then
 *               ok (the leader took it) or fail. Each instance has its own reporting process.
 * - list:       invoke `{f: 'list'}`, then ok `{value: [{id: 'w0-3', status: 'passing', stale: false}, ...]}`:
 *               every instance of the service, as a linearizable read returned them.
 * - final list: the same with `f: 'final-list'`, once faults healed and the quiet period passed.
 * `fail` means the operation certainly did not take effect; `info` (or no completion) that it
 * may take effect at any later time, or never.
 *
 * Anomalies:
 * - `lost-registration`: an ok list (or final list) invoked after an instance's register was
 *   acknowledged lacks it, and no deregister of it that may have taken effect (ok or info) was
 *   invoked before the list completed.
 * - `deregistered-visible`: an ok list invoked after an acknowledged deregister of an instance
 *   completed shows it, though no register of it may still take effect (none with an unknown
 *   outcome, none invoked after that deregister).
 * - `unexpected-instance`: a list shows an instance with no register invoked before the list
 *   completed that may have taken effect.
 * - `false-critical`: a list shows an instance critical while its client provably kept it alive.
 *   The instance's *horizon* starts at its (only, acknowledged) register's invoke + ttl - margin
 *   (its TTL cannot have started before the register was sent). Each ok report of 'passing',
 *   in invoke order, that completed by the horizon (so the leader took it before the TTL could
 *   have run out) moves it to max(horizon, report invoke + ttl - margin); the first report that
 *   completed later breaks the chain for good, and a report of another status ends it at that
 *   report's invoke. A list counts when it was invoked after the register was acknowledged and
 *   completed by the horizon. `marginMs` covers the timer granularity of the leader.
 * Verdict `unknown` when no final list succeeded.
 * Malformed events are skipped and counted in stats.malformed.
 */
import { AnomalyList, type CheckResult } from './check-result.js';
import { callsOf, type HistoryEvent, type Process } from './history.js';

export interface RegistryCheckOptions {
  /** Slack taken off each TTL before an instance counts as provably alive, ms (default 1000). */
  marginMs?: number;
}

interface Op {
  process: Process;
  invoke: number;
  /** Infinity without a completion. */
  done: number;
  outcome: 'ok' | 'fail' | 'info';
}

interface Register extends Op {
  ttlMs: number;
}

interface Report extends Op {
  status: string;
}

interface Listed {
  id: string;
  status: string;
  stale: boolean;
}

interface List extends Op {
  f: string;
  instances: Map<string, Listed>;
}

interface Instance {
  id: string;
  registers: Register[];
  deregisters: Op[];
  reports: Report[];
}

const ms = (ns: number): string => `${(ns / 1e6).toFixed(3)} ms`;
const field = (v: unknown, name: string): unknown => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[name] : undefined);
const describeOp = (what: string, o: Op): string => `${what} by process ${o.process} [${ms(o.invoke)} .. ${o.done === Infinity ? '?' : ms(o.done)}] (${o.outcome})`;
const describeList = (l: List): string => describeOp(l.f, l);

function listedOf(v: unknown): Map<string, Listed> | undefined {
  if (!Array.isArray(v)) return undefined;
  const out = new Map<string, Listed>();
  for (const x of v) {
    const id = field(x, 'id');
    const status = field(x, 'status');
    if (typeof id !== 'string' || typeof status !== 'string') return undefined;
    out.set(id, { id, status, stale: field(x, 'stale') === true });
  }
  return out;
}

export function checkRegistry(events: readonly HistoryEvent[], opts: RegistryCheckOptions = {}): CheckResult {
  const marginNs = (opts.marginMs ?? 1000) * 1e6;
  const { calls, malformed } = callsOf(events);
  const stats = {
    registersOk: 0, registersInfo: 0, registersFailed: 0, deregistersOk: 0, deregistersInfo: 0, reportsOk: 0, reportsFailed: 0,
    listsOk: 0, finalLists: 0, finalInstances: 0, criticalSeen: 0, aliveObservations: 0,
    lost: 0, deregisteredVisible: 0, unexpected: 0, falseCritical: 0, malformed,
  };
  const instances = new Map<string, Instance>();
  const instance = (id: string): Instance => {
    let i = instances.get(id);
    if (i === undefined) instances.set(id, (i = { id, registers: [], deregisters: [], reports: [] }));
    return i;
  };
  const lists: List[] = [];

  for (const { invoke, done } of calls) {
    const outcome: Op['outcome'] = done?.type === 'ok' ? 'ok' : done?.type === 'fail' ? 'fail' : 'info';
    const op: Op = { process: invoke.process, invoke: invoke.time, done: done?.time ?? Infinity, outcome };
    switch (invoke.f) {
      case 'register': {
        const ttlMs = field(invoke.value, 'ttlMs');
        if (typeof invoke.key !== 'string' || typeof ttlMs !== 'number' || !(ttlMs > 0)) {
          stats.malformed++;
          break;
        }
        stats[outcome === 'ok' ? 'registersOk' : outcome === 'fail' ? 'registersFailed' : 'registersInfo']++;
        instance(invoke.key).registers.push({ ...op, ttlMs });
        break;
      }
      case 'deregister':
        if (typeof invoke.key !== 'string') {
          stats.malformed++;
          break;
        }
        if (outcome === 'ok') stats.deregistersOk++;
        if (outcome === 'info') stats.deregistersInfo++;
        instance(invoke.key).deregisters.push(op);
        break;
      case 'report':
        if (typeof invoke.key !== 'string' || typeof invoke.value !== 'string') {
          stats.malformed++;
          break;
        }
        if (outcome === 'ok') stats.reportsOk++;
        else stats.reportsFailed++;
        instance(invoke.key).reports.push({ ...op, status: invoke.value });
        break;
      case 'list':
      case 'final-list': {
        if (outcome !== 'ok') break; // observed nothing
        const listed = listedOf(done?.value);
        if (listed === undefined) {
          stats.malformed++;
          break;
        }
        stats.listsOk++;
        if (invoke.f === 'final-list') stats.finalLists++;
        lists.push({ ...op, f: invoke.f, instances: listed });
        break;
      }
    }
  }

  // The horizon of every instance whose client kept it alive (see the header).
  const horizons = new Map<string, { register: Register; horizon: number }>();
  for (const inst of instances.values()) {
    if (inst.registers.length !== 1 || inst.registers[0]!.outcome !== 'ok') continue;
    const register = inst.registers[0]!;
    const keep = register.ttlMs * 1e6 - marginNs;
    let horizon = register.invoke + keep;
    for (const r of [...inst.reports].sort((a, b) => a.invoke - b.invoke)) {
      if (r.outcome !== 'ok') continue;
      if (r.status !== 'passing') {
        horizon = Math.min(horizon, r.invoke);
        break;
      }
      if (r.done > horizon) break;
      horizon = Math.max(horizon, r.invoke + keep);
    }
    horizons.set(inst.id, { register, horizon });
  }

  const anomalies = new AnomalyList();
  for (const l of lists) {
    // Every instance seen must have been registered, and not deregistered for sure.
    for (const seen of l.instances.values()) {
      const inst = instances.get(seen.id);
      if (seen.status === 'critical') stats.criticalSeen++;
      const mayExist = inst?.registers.filter((r) => r.outcome !== 'fail' && r.invoke < l.done) ?? [];
      if (mayExist.length === 0) {
        stats.unexpected++;
        anomalies.add({
          kind: 'unexpected-instance', key: seen.id,
          message: `${describeList(l)} shows ${seen.id}, but ${inst === undefined || inst.registers.length === 0 ? 'it was never registered' : 'no register of it that may have taken effect began before the list completed'}`,
          times: [l.invoke, l.done],
        });
        continue;
      }
      const gone = inst!.deregisters.find((d) => d.outcome === 'ok' && d.done < l.invoke &&
        !inst!.registers.some((r) => r.outcome !== 'fail' && (r.outcome === 'info' || r.invoke > d.invoke)));
      if (gone !== undefined) {
        stats.deregisteredVisible++;
        anomalies.add({
          kind: 'deregistered-visible', key: seen.id,
          message: `${describeList(l)} shows ${seen.id} (${seen.status}), but its ${describeOp('deregister', gone)} was acknowledged before the list began`,
          times: [gone.invoke, gone.done, l.invoke, l.done],
        });
        continue;
      }
      const alive = horizons.get(seen.id);
      if (alive !== undefined && l.invoke > alive.register.done && l.done <= alive.horizon) {
        stats.aliveObservations++;
        if (seen.status === 'critical') {
          stats.falseCritical++;
          anomalies.add({
            kind: 'false-critical', key: seen.id,
            message: `${describeList(l)} shows ${seen.id} critical${seen.stale ? ' (stale)' : ''}, but its client kept it alive: registered with a ${alive.register.ttlMs} ms TTL (${describeOp('register', alive.register)}) and reported passing without a gap until ${ms(alive.horizon)}`,
            times: [alive.register.invoke, alive.register.done, l.invoke, l.done],
          });
        }
      }
    }
    // Every instance acknowledged registered must be there, unless a deregister may have removed it.
    for (const inst of instances.values()) {
      if (l.instances.has(inst.id)) continue;
      const acked = inst.registers.find((r) => r.outcome === 'ok' && r.done < l.invoke);
      if (acked === undefined) continue;
      if (inst.deregisters.some((d) => d.outcome !== 'fail' && d.invoke < l.done)) continue;
      stats.lost++;
      anomalies.add({
        kind: 'lost-registration', key: inst.id,
        message: `${describeList(l)} lacks ${inst.id}, whose ${describeOp('register', acked)} was acknowledged before the list began, and no deregister of it was sent`,
        times: [acked.invoke, acked.done, l.invoke, l.done],
      });
    }
  }
  const finals = lists.filter((l) => l.f === 'final-list');
  const last = finals.reduce<List | undefined>((a, l) => (a === undefined || l.done > a.done ? l : a), undefined);
  if (last !== undefined) stats.finalInstances = last.instances.size;
  return anomalies.result(stats, last === undefined ? 'no ok final list' : undefined);
}
