/** One line of a jepsen-lite history (see jepsen-lite/README.md for the format). */
export interface HistoryEvent {
  process: number | string;
  type: 'invoke' | 'ok' | 'fail' | 'info';
  f: string;
  key?: string;
  value?: unknown;
  time: number;
  error?: string;
  node?: string;
  revision?: number;
}

export type RegisterValue = number | string | null;

/** A client operation with its real-time window, built from an invoke and its completion. */
export interface Operation {
  id: number;
  process: number | string;
  f: 'read' | 'write' | 'cas' | 'delete';
  key: string;
  /** write: the value; cas: [expected, new]; read: the value read (ok only). */
  value: unknown;
  call: number;
  /** Infinity when the outcome is unknown (info, or never completed). */
  ret: number;
  /** ok: took effect as reported; unknown: may or may not take effect; mismatch: a cas whose compare failed. */
  outcome: 'ok' | 'unknown' | 'mismatch';
}

/**
 * Pairs each invoke with its process's next completion. A `fail` (other than a
 * cas mismatch, which is an observation) did not take effect and is dropped;
 * an `info` or an invoke with no completion may take effect at any later time.
 */
export function operationsOf(events: readonly HistoryEvent[]): Operation[] {
  const open = new Map<number | string, HistoryEvent>();
  const ops: Operation[] = [];
  const push = (inv: HistoryEvent, done: HistoryEvent | undefined) => {
    const f = inv.f as Operation['f'];
    if (!['read', 'write', 'cas', 'delete'].includes(f)) return;
    if (done?.type === 'fail' && !(f === 'cas' && done.error === 'mismatch')) return;
    const outcome: Operation['outcome'] = done === undefined || done.type === 'info' ? 'unknown' : done.type === 'fail' ? 'mismatch' : 'ok';
    if (f === 'read' && outcome === 'unknown') return; // a read with no answer observed nothing
    ops.push({
      id: ops.length,
      process: inv.process,
      f,
      key: inv.key ?? '',
      value: f === 'read' ? (done?.value ?? null) : inv.value,
      call: inv.time,
      ret: outcome === 'unknown' ? Infinity : done!.time,
      outcome,
    });
  };
  for (const e of events) {
    if (e.process === 'nemesis') continue;
    if (e.type === 'invoke') {
      open.set(e.process, e);
    } else {
      const inv = open.get(e.process);
      if (inv === undefined) continue;
      open.delete(e.process);
      push(inv, e);
    }
  }
  for (const inv of open.values()) push(inv, undefined);
  return ops;
}

export type Process = number | string;

export interface Call {
  invoke: HistoryEvent;
  /** The completion (ok/fail/info); undefined when the call never completed. */
  done: HistoryEvent | undefined;
}

/**
 * Pairs each invoke with the same process's next completion of the same f.
 * Returns calls in invoke order, and how many events could not be paired.
 */
export function callsOf(events: readonly HistoryEvent[]): { calls: Call[]; malformed: number } {
  const open = new Map<Process, Call>();
  const calls: Call[] = [];
  let malformed = 0;
  for (const e of events) {
    if (e.process === 'nemesis') continue;
    if (e.type === 'invoke') {
      const call: Call = { invoke: e, done: undefined };
      open.set(e.process, call); // an earlier open call of this process never completes
      calls.push(call);
      continue;
    }
    const call = open.get(e.process);
    if (call === undefined || call.invoke.f !== e.f) {
      malformed++;
      continue;
    }
    open.delete(e.process);
    call.done = e;
  }
  return { calls, malformed };
}
