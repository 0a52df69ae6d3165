import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../jepsen-lite/checker/history.js';
import { runJepsen } from '../../jepsen-lite/runner.js';

// One short jepsen-lite run end to end: real regd processes behind proxies,
// partitions and kill -9 on a seeded schedule, the history checked.
describe('jepsen-lite register run', () => {
  const runsDir = mkdtempSync(join(tmpdir(), 'regd-jepsen-test-'));
  afterAll(() => rmSync(runsDir, { recursive: true, force: true }));

  it('a 3-node cluster under partition and kill stays linearizable and recovers', async () => {
    const r = await runJepsen({ workload: 'register', nemesis: ['partition', 'kill'], nodes: 3, timeSec: 10, quietSec: 3, clients: 6, seed: 7, runsDir });
    expect(r.verdict).toBe('valid');
    expect(r.available).toBe(true);
    expect(r.okOps).toBeGreaterThan(50);
    const events = readFileSync(join(r.runDir, 'history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as HistoryEvent);
    expect(events.some((e) => e.process === 'nemesis' && String(e.f).startsWith('start-'))).toBe(true);
    // Operations completed after the quiet period began: clients succeed again once healed.
    const quiet = events.find((e) => e.f === 'quiet')!;
    expect(events.some((e) => e.type === 'ok' && e.time > quiet.time)).toBe(true);
    // Real-time order.
    expect(events.every((e, i) => i === 0 || e.time >= events[i - 1]!.time)).toBe(true);
  }, 45_000);
});
