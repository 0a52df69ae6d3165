/**
 * Lock checker: a distributed lock whose holders fence their writes to a
 * guarded register with the lock's token.
 *
 * History format (one HistoryEvent per line, in real-time order):
 * - acquire: invoke `{process: p, type: 'invoke', f: 'acquire', key: 'lock'}`, then
 *            ok `{f: 'acquire', key: 'lock', value: token}` (token: a number, the lock
 *            key's create revision), or fail / info.
 * - guarded write: invoke `{f: 'guarded-write', key: 'guard', value: {token, seq}}`, then
 *            ok with the same value and `revision: r` (the mod revision the write got),
 *            or `fail` with `error: 'fenced'` (the guard refused it: a higher token was
 *            written already), or another fail, or info.
 * - release: invoke `{f: 'release', key: 'lock', value: token}`, then ok / fail / info.
 * A process has at most one call outstanding; after an info it goes on under a new
 * process number.
 *
 * Anomalies:
 * - `duplicate-token`: two ok acquires got the same token.
 * - `token-regression`: an acquire acknowledged before another was invoked has the
 *   higher token (tokens only grow in real time).
 * - `foreign-token`: a guarded write under a token that is not the token of its
 *   process's most recent ok acquire.
 * - `duplicate-revision`: two ok guarded writes answered with the same revision.
 * - Ok guarded writes in revision order: `fenced-write-accepted` when a token first
 *   appears below a higher token already accepted; `interleaved-holders` when a token
 *   comes back after another holder's writes (two holders at once); `seq-regression`
 *   when one token's seqs do not increase. Each write gets at most one of these.
 * - `revision-order`: a guarded write acknowledged before another was invoked got
 *   the higher revision.
 * Equal tokens (revisions) are reported as duplicates only, not also as regressions.
 * Malformed events (an ok acquire without a numeric token, a guarded write without
 * {token, seq}, an ok one without a revision) are skipped and counted in stats.malformed.
 */
import { AnomalyList, type CheckResult } from './check-result.js';
import { callsOf, type HistoryEvent, type Process } from './history.js';

interface Acquire {
  process: Process;
  token: number;
  invoke: number;
  done: number;
}

interface Write {
  process: Process;
  token: number;
  seq: number;
  revision: number;
  invoke: number;
  done: number;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const ms = (ns: number): string => `${(ns / 1e6).toFixed(3)} ms`;
const describeAcquire = (a: Acquire): string => `acquire by process ${a.process} (token ${a.token}, [${ms(a.invoke)} .. ${ms(a.done)}])`;
const describeWrite = (w: Write): string => `guarded write by process ${w.process} (token ${w.token}, seq ${w.seq}, revision ${w.revision}, [${ms(w.invoke)} .. ${ms(w.done)}])`;

function guardValue(v: unknown): { token: number; seq: number } | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const { token, seq } = v as Record<string, unknown>;
  return isNumber(token) && isNumber(seq) ? { token, seq } : undefined;
}

/**
 * For operations sorted by invoke time, finds each one that began after an
 * earlier one completed with a strictly larger `measure` (tokens or revisions
 * must grow in real time). Calls `report(earlier, later)` for each.
 */
function realTimeRegressions<T extends { invoke: number; done: number }>(ops: readonly T[], measure: (o: T) => number, report: (earlier: T, later: T) => void): void {
  const byDone = [...ops].sort((a, b) => a.done - b.done);
  let i = 0;
  let max: T | undefined;
  for (const later of [...ops].sort((a, b) => a.invoke - b.invoke)) {
    for (; i < byDone.length && byDone[i]!.done < later.invoke; i++) {
      if (max === undefined || measure(byDone[i]!) > measure(max)) max = byDone[i];
    }
    if (max !== undefined && measure(max) > measure(later)) report(max, later);
  }
}

export function checkLock(events: readonly HistoryEvent[]): CheckResult {
  const { calls, malformed } = callsOf(events);
  const stats = { acquiresOk: 0, acquiresFailed: 0, acquiresInfo: 0, holders: 0, guardedWritesOk: 0, guardedWritesFenced: 0, guardedWritesFailed: 0, guardedWritesInfo: 0, releasesOk: 0, malformed };
  const anomalies = new AnomalyList();
  const acquires: Acquire[] = [];
  const writes: Write[] = [];
  // Each process's most recent ok acquire; calls are in invoke order and a
  // process is sequential, so its acquire is recorded before its writes.
  const holding = new Map<Process, Acquire>();

  for (const { invoke, done } of calls) {
    if (invoke.f === 'acquire') {
      if (done === undefined || done.type === 'info') stats.acquiresInfo++;
      else if (done.type === 'fail') stats.acquiresFailed++;
      else if (!isNumber(done.value)) stats.malformed++;
      else {
        stats.acquiresOk++;
        const a: Acquire = { process: invoke.process, token: done.value, invoke: invoke.time, done: done.time };
        acquires.push(a);
        holding.set(a.process, a);
      }
    } else if (invoke.f === 'guarded-write') {
      const v = guardValue(invoke.value);
      if (v === undefined) {
        stats.malformed++;
        continue;
      }
      const held = holding.get(invoke.process);
      if (held?.token !== v.token) {
        anomalies.add({
          kind: 'foreign-token',
          key: invoke.key,
          message: `process ${invoke.process} wrote to the guard with token ${v.token} (seq ${v.seq}) at ${ms(invoke.time)}, but ${held === undefined ? 'it never acquired the lock' : `its most recent acquire got token ${held.token}`}`,
          times: held === undefined ? [invoke.time] : [held.invoke, held.done, invoke.time],
        });
      }
      if (done === undefined || done.type === 'info') stats.guardedWritesInfo++;
      else if (done.type === 'fail') stats[done.error === 'fenced' ? 'guardedWritesFenced' : 'guardedWritesFailed']++;
      else if (!isNumber(done.revision)) stats.malformed++;
      else {
        stats.guardedWritesOk++;
        writes.push({ process: invoke.process, ...v, revision: done.revision, invoke: invoke.time, done: done.time });
      }
    } else if (invoke.f === 'release' && done?.type === 'ok') {
      stats.releasesOk++;
    }
  }

  // Tokens: unique, and growing in real time.
  const byToken = new Map<number, Acquire>();
  for (const a of acquires) {
    const other = byToken.get(a.token);
    if (other === undefined) byToken.set(a.token, a);
    else anomalies.add({ kind: 'duplicate-token', key: 'lock', message: `two holders got token ${a.token}: the ${describeAcquire(other)} and the ${describeAcquire(a)}`, times: [other.invoke, other.done, a.invoke, a.done] });
  }
  stats.holders = byToken.size;
  realTimeRegressions(acquires, (a) => a.token, (earlier, later) => anomalies.add({
    kind: 'token-regression',
    key: 'lock',
    message: `the ${describeAcquire(later)} began after the ${describeAcquire(earlier)} completed, yet got a lower token`,
    times: [earlier.invoke, earlier.done, later.invoke, later.done],
  }));

  // The accepted guarded writes in the store's order: one holder at a time, tokens never going back.
  const ordered = [...writes].sort((a, b) => a.revision - b.revision);
  let prev: Write | undefined;
  let highest: Write | undefined;
  const lastOfToken = new Map<number, Write>();
  for (const w of ordered) {
    const mine = lastOfToken.get(w.token);
    const add = (kind: string, earlier: Write[], message: string) =>
      anomalies.add({ kind, key: 'guard', message, times: [...earlier.flatMap((o) => [o.invoke, o.done]), w.invoke, w.done] });
    if (prev !== undefined && prev.revision === w.revision) {
      add('duplicate-revision', [prev], `revision ${w.revision} was answered to two guarded writes: the ${describeWrite(prev)} and the ${describeWrite(w)}`);
    } else if (prev !== undefined && prev.token !== w.token && mine !== undefined) {
      add('interleaved-holders', [mine, prev], `two holders' guarded sections interleave: the ${describeWrite(mine)}, then the ${describeWrite(prev)}, then token ${w.token} again: the ${describeWrite(w)}`);
    } else if (highest !== undefined && w.token < highest.token) {
      add('fenced-write-accepted', [highest], `the ${describeWrite(w)} was accepted after the ${describeWrite(highest)}: the guard should have refused the lower token`);
    } else if (mine !== undefined && w.seq <= mine.seq) {
      add('seq-regression', [mine], `token ${w.token}'s seq went from ${mine.seq} to ${w.seq}: the ${describeWrite(mine)}, then the ${describeWrite(w)}`);
    }
    if (highest === undefined || w.token > highest.token) highest = w;
    lastOfToken.set(w.token, w);
    prev = w;
  }
  realTimeRegressions(writes, (w) => w.revision, (earlier, later) => anomalies.add({
    kind: 'revision-order',
    key: 'guard',
    message: `the ${describeWrite(later)} began after the ${describeWrite(earlier)} completed, yet got a lower revision`,
    times: [earlier.invoke, earlier.done, later.invoke, later.done],
  }));

  return anomalies.result(stats);
}
