import type { Operation, RegisterValue } from './history.js';
import { stepRegister } from './register-model.js';

export type Verdict = 'linearizable' | 'not-linearizable' | 'unknown';

export interface CheckLimits {
  /** Search steps per key before giving up with 'unknown'. */
  maxSteps: number;
  /** Distinct (linearized set, state) pairs remembered per key before giving up. */
  maxCacheEntries: number;
  /** Wall-clock budget per key, in ms. */
  maxMillis: number;
}

export const DEFAULT_LIMITS: CheckLimits = { maxSteps: 20_000_000, maxCacheEntries: 2_000_000, maxMillis: 30_000 };

export interface KeyResult {
  key: string;
  verdict: Verdict;
  operations: number;
  steps: number;
  /** For a violation: the longest prefix of operations that could be linearized, for the report. */
  longestLinearized?: number[];
  reason?: string;
}

interface Node {
  op: Operation;
  isCall: boolean;
  match: Node | undefined; // call -> its return
  prev: Node | undefined;
  next: Node | undefined;
}

/**
 * Wing & Gong's linearizability search with Lowe's memoisation, as Porcupine
 * does it: walk the history's call/return events; at a call, try to linearize
 * the operation now (if the model allows it) and restart from the first
 * pending event; at a return whose call was not linearized, backtrack. A
 * (set of linearized ops, model state) pair already explored is skipped.
 */
export function checkKey(key: string, ops: readonly Operation[], init: RegisterValue = null, limits: CheckLimits = DEFAULT_LIMITS, now: () => number = Date.now): KeyResult {
  const n = ops.length;
  if (n === 0) return { key, verdict: 'linearizable', operations: 0, steps: 0 };
  const events: Array<{ time: number; isCall: boolean; op: Operation; local: number }> = [];
  ops.forEach((op, local) => {
    events.push({ time: op.call, isCall: true, op, local });
    events.push({ time: op.ret, isCall: false, op, local });
  });
  // Calls before returns at equal times: touching operations count as concurrent.
  events.sort((a, b) => a.time - b.time || (a.isCall === b.isCall ? 0 : a.isCall ? -1 : 1));
  const localId = new Map<Operation, number>(ops.map((op, i) => [op, i]));

  const head: Node = { op: ops[0]!, isCall: false, match: undefined, prev: undefined, next: undefined };
  let tail = head;
  const calls = new Map<Operation, Node>();
  for (const e of events) {
    const node: Node = { op: e.op, isCall: e.isCall, match: undefined, prev: tail, next: undefined };
    tail.next = node;
    tail = node;
    if (e.isCall) calls.set(e.op, node);
    else calls.get(e.op)!.match = node;
  }

  const words = Math.ceil(n / 32);
  const linearized = new Uint32Array(words);
  const cache = new Set<string>();
  const stack: Array<{ node: Node; state: RegisterValue }> = [];
  let state = init;
  let steps = 0;
  let best: number[] = [];
  const deadline = now() + limits.maxMillis;

  const lift = (c: Node) => {
    c.prev!.next = c.next;
    if (c.next) c.next.prev = c.prev;
    const r = c.match!;
    r.prev!.next = r.next;
    if (r.next) r.next.prev = r.prev;
  };
  const unlift = (c: Node) => {
    const r = c.match!;
    r.prev!.next = r;
    if (r.next) r.next.prev = r;
    c.prev!.next = c;
    if (c.next) c.next.prev = c;
  };
  const cacheKey = (s: RegisterValue) => `${linearized.join(',')}|${s === null ? 'null' : typeof s === 'number' ? `n${s}` : `s${s}`}`;

  let entry = head.next;
  while (head.next !== undefined) {
    if (++steps > limits.maxSteps || cache.size > limits.maxCacheEntries || (steps % 4096 === 0 && now() > deadline)) {
      return { key, verdict: 'unknown', operations: n, steps, reason: `search limit reached after ${steps} steps and ${cache.size} cached states` };
    }
    if (entry === undefined) break; // cannot happen: a return always precedes the end
    if (entry.isCall) {
      const next = stepRegister(state, entry.op);
      if (next !== undefined) {
        const id = localId.get(entry.op)!;
        linearized[id >>> 5]! |= 1 << (id & 31);
        const k = cacheKey(next);
        if (!cache.has(k)) {
          cache.add(k);
          stack.push({ node: entry, state });
          state = next;
          lift(entry);
          entry = head.next;
          continue;
        }
        linearized[id >>> 5]! &= ~(1 << (id & 31));
      }
      entry = entry.next;
    } else {
      // A return whose operation is not linearized yet: the choices so far fail.
      if (stack.length > best.length) best = stack.map((s) => s.node.op.id);
      const top = stack.pop();
      if (top === undefined) return { key, verdict: 'not-linearizable', operations: n, steps, longestLinearized: best };
      state = top.state;
      const id = localId.get(top.node.op)!;
      linearized[id >>> 5]! &= ~(1 << (id & 31));
      unlift(top.node);
      entry = top.node.next;
    }
  }
  return { key, verdict: 'linearizable', operations: n, steps };
}

export interface HistoryResult {
  verdict: Verdict;
  keys: KeyResult[];
}

/** Checks each key on its own (linearizability is compositional) and combines the verdicts. */
export function checkHistory(ops: readonly Operation[], limits: CheckLimits = DEFAULT_LIMITS): HistoryResult {
  const byKey = new Map<string, Operation[]>();
  for (const op of ops) {
    const list = byKey.get(op.key);
    if (list) list.push(op);
    else byKey.set(op.key, [op]);
  }
  const keys = [...byKey].map(([k, list]) => checkKey(k, list, null, limits));
  const verdict: Verdict = keys.some((k) => k.verdict === 'not-linearizable')
    ? 'not-linearizable'
    : keys.some((k) => k.verdict === 'unknown') ? 'unknown' : 'linearizable';
  return { verdict, keys };
}
