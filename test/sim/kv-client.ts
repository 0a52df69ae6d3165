// The simulated clients' requests in the form the production path takes them:
// a put is an encoded command (command-codec.ts) proposed through RaftNode and applied by
// KvStateMachine; a get reads the node's MvccStore after the read barrier.
// And the linearizability check of their history (jepsen-lite's Wing & Gong
// checker, per key, on step numbers as time).

import { checkKey, type CheckLimits } from '../../jepsen-lite/checker/linearizability.js';
import type { Operation } from '../../jepsen-lite/checker/history.js';
import type { MvccStore } from '../../src/kv/index.js';
import { encodeCommand } from '../../src/server/command-codec.js';
import type { ClientHistory } from './client-history.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Search limits per key: a history too tangled to decide within them counts as unknown, not as a violation. */
const LIMITS: CheckLimits = { maxSteps: 20_000, maxCacheEntries: 20_000, maxMillis: Infinity };

export function encodePut(requestId: bigint, key: string, value: string): Uint8Array {
  return encodeCommand(requestId, { type: 'put', request: { key: encoder.encode(key), value: encoder.encode(value) } });
}

/** The key's value in the store now; null when it does not exist. */
export async function readValue(kv: MvccStore, key: string): Promise<string | null> {
  const r = await kv.range({ key: encoder.encode(key) });
  const kvs = r.kvs[0];
  return kvs === undefined ? null : decoder.decode(kvs.value);
}

/**
 * Why the history is not linearizable, or undefined. A write never
 * acknowledged may have taken effect at any later time; a read that never
 * completed is left out.
 */
export function linearizabilityViolation(history: ClientHistory): string | undefined {
  const byKey = new Map<string, Operation[]>();
  let id = 0;
  const add = (op: Operation) => {
    const list = byKey.get(op.key);
    if (list) list.push(op);
    else byKey.set(op.key, [op]);
  };
  for (const w of history.writes.values()) {
    const ok = w.ackedStep !== undefined;
    add({ id: id++, process: w.id, f: 'write', key: w.key, value: w.value, call: w.invokedStep, ret: ok ? w.ackedStep! : Infinity, outcome: ok ? 'ok' : 'unknown' });
  }
  for (const r of history.reads.values()) {
    if (r.completedStep === undefined) continue;
    add({ id: id++, process: r.id, f: 'read', key: r.key, value: r.value ?? null, call: r.invokedStep, ret: r.completedStep, outcome: 'ok' });
  }
  for (const [key, ops] of [...byKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const res = checkKey(key, ops, null, LIMITS, () => 0);
    if (res.verdict === 'not-linearizable') {
      return `the puts and gets of key ${key} (${ops.length} operations) are not linearizable${res.reason ? `: ${res.reason}` : ''}`;
    }
  }
  return undefined;
}
