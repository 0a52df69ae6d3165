// Property: over random schedules of grants, keep-alives, clock advances,
// ticks, leader changes and revoke outcomes (applied / failed / hung), the
// leader's lessor, driven by an injected clock, keeps exactly the deadlines a
// simple model computes, and
//   - never revokes a lease before its deadline, nor on a follower;
//   - first revokes come in (deadline, id) order within a leadership term;
//   - after a tick that did not run out of its rate budget, nothing overdue is left unrevoked;
//   - revokes stay within burst + rate × elapsed;
//   - its queue holds exactly one entry per lease of the table while leading, none otherwise.
// Seeded; LEASE_PROP_SEED / LEASE_PROP_RUNS replay or widen it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LeaseId } from '../../src/kv/index.js';
import { LeaseQueue } from '../../src/kv/lease-queue.js';
import { LessorRig, type RevokeOutcome } from './lease-helpers.js';

const SEED = Number(process.env.LEASE_PROP_SEED ?? 20240917);
const RUNS = Number(process.env.LEASE_PROP_RUNS ?? 300);
const ELECTION = 500;
const RATE = 4;
const BURST = 3;
const RETRY = 700;

type Step =
  | { t: 'grant'; id: number; ttl: number }
  | { t: 'renew'; id: number }
  | { t: 'advance'; ms: number }
  | { t: 'tick' }
  | { t: 'apply' }
  | { t: 'outcome'; outcome: RevokeOutcome }
  | { t: 'leadership' };

const idArb = fc.integer({ min: 1, max: 40 });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant('grant' as const), id: idArb, ttl: fc.integer({ min: 1, max: 4 }) }), weight: 5 },
  { arbitrary: fc.record({ t: fc.constant('renew' as const), id: idArb }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 2500 }) }), weight: 5 },
  { arbitrary: fc.constant({ t: 'tick' as const }), weight: 6 },
  { arbitrary: fc.constant({ t: 'apply' as const }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant('outcome' as const), outcome: fc.constantFrom<RevokeOutcome>('apply', 'apply', 'fail', 'hang') }), weight: 1 },
  { arbitrary: fc.constant({ t: 'leadership' as const }), weight: 1 },
);

async function check(steps: Step[]): Promise<void> {
  const r = new LessorRig({ electionMs: ELECTION, revokeRate: RATE, revokeBurst: BURST, retryMs: RETRY });
  // The model: deadlines while leading.
  const deadline = new Map<LeaseId, number>();
  let epochStart = r.clock.now();
  let epochRevokes = 0;
  let lastFirst: [number, LeaseId] | undefined;
  const revokedThisEpoch = new Set<LeaseId>();
  let tokens = BURST;
  let refilledAt = r.clock.now();
  r.lessor.tick(); // lead from the start

  const promote = (): void => {
    deadline.clear();
    const now = r.clock.now();
    for (const l of r.table.values()) deadline.set(l.id, now + l.ttl * 1000 + ELECTION);
    epochStart = now;
    epochRevokes = 0;
    lastFirst = undefined;
    revokedThisEpoch.clear();
    tokens = BURST;
    refilledAt = now;
  };

  for (const step of steps) {
    const now = r.clock.now();
    switch (step.t) {
      case 'grant': {
        const id = BigInt(step.id);
        if (r.table.has(id)) break; // the store would reject it: nothing reaches the lessor
        r.grant(id, step.ttl);
        if (r.role.leader) deadline.set(id, now + step.ttl * 1000);
        break;
      }
      case 'renew': {
        const id = BigInt(step.id);
        const got = r.lessor.renew(id);
        if (!r.role.leader) {
          expect(got).toEqual({ kind: 'notLeader' });
          break;
        }
        const d = deadline.get(id);
        if (d === undefined) expect(got).toEqual({ kind: 'unknown' });
        else if (d <= now) expect(got).toEqual({ kind: 'ok', ttl: 0 });
        else {
          const ttl = r.table.get(id)!.ttl;
          expect(got).toEqual({ kind: 'ok', ttl });
          deadline.set(id, now + ttl * 1000);
        }
        break;
      }
      case 'advance':
        r.clock.advance(step.ms);
        break;
      case 'tick': {
        const before = r.revokes.length;
        r.lessor.tick();
        await r.settle();
        const calls = r.revokes.slice(before);
        if (!r.role.leader) {
          expect(calls).toEqual([]);
          break;
        }
        epochRevokes += calls.length;
        expect(epochRevokes).toBeLessThanOrEqual(BURST + ((now - epochStart) * RATE) / 1000);
        // The token bucket, as the lessor keeps it.
        tokens = Math.min(BURST, tokens + ((now - refilledAt) * RATE) / 1000);
        refilledAt = now;
        expect(calls.length).toBeLessThanOrEqual(Math.floor(tokens));
        tokens -= calls.length;
        for (const c of calls) {
          const d = deadline.get(c.id);
          expect(d, `revoke of lease ${c.id} it does not track`).toBeDefined();
          expect(d!, `lease ${c.id} revoked before its deadline`).toBeLessThanOrEqual(c.at);
          if (revokedThisEpoch.has(c.id)) continue; // a retry
          revokedThisEpoch.add(c.id);
          const key: [number, LeaseId] = [d!, c.id];
          if (lastFirst !== undefined) {
            const inOrder = lastFirst[0] < key[0] || (lastFirst[0] === key[0] && lastFirst[1] < key[1]);
            expect(inOrder, `revoked ${String(key)} after ${String(lastFirst)}`).toBe(true);
          }
          lastFirst = key;
        }
        // Budget left over: every overdue lease has been asked to go.
        if (tokens >= 1) for (const [id, d] of deadline) if (d <= now) expect(revokedThisEpoch.has(id), `overdue lease ${id} left`).toBe(true);
        break;
      }
      case 'apply':
        for (const id of r.applyRevokes()) deadline.delete(id);
        break;
      case 'outcome':
        r.outcome = step.outcome;
        break;
      case 'leadership':
        r.role.leader = !r.role.leader;
        if (r.role.leader) r.role.term += 1;
        void r.lessor.isPrimary; // the lessor follows the role on its next call
        if (r.role.leader) promote();
        else deadline.clear();
        break;
    }
    // Deadlines agree with the model; one queue entry per tracked lease.
    if (r.role.leader) {
      expect(r.lessor.trackedCount).toBe(r.table.size);
      expect(r.lessor.queueSize).toBe(r.table.size);
      for (const [id, d] of deadline) expect(r.lessor.expiryOf(id)).toBe(d);
    } else {
      expect(r.lessor.trackedCount).toBe(0);
      expect(r.lessor.queueSize).toBe(0);
    }
  }
}

describe('lessor expiry ordering (property)', () => {
  it(`matches the model (${RUNS} runs, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 5, maxLength: 120 }), (steps) => check(steps)),
      { numRuns: RUNS, seed: SEED, endOnFailure: false },
    );
  });
});

describe('lease queue (property)', () => {
  type QOp = { t: 'set'; id: number; due: number } | { t: 'delete'; id: number } | { t: 'pop' };
  const qopArb: fc.Arbitrary<QOp> = fc.oneof(
    { arbitrary: fc.record({ t: fc.constant('set' as const), id: fc.integer({ min: 1, max: 30 }), due: fc.integer({ min: 0, max: 50 }) }), weight: 5 },
    { arbitrary: fc.record({ t: fc.constant('delete' as const), id: fc.integer({ min: 1, max: 30 }) }), weight: 2 },
    { arbitrary: fc.constant({ t: 'pop' as const }), weight: 2 },
  );

  it(`pops in (due, id) order with one entry per id, like a sorted list (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.array(qopArb, { maxLength: 200 }), (ops) => {
        const q = new LeaseQueue();
        const model = new Map<bigint, number>();
        const first = (): [bigint, number] | undefined =>
          [...model].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
        for (const op of ops) {
          if (op.t === 'set') {
            q.set(BigInt(op.id), op.due);
            model.set(BigInt(op.id), op.due);
          } else if (op.t === 'delete') {
            expect(q.delete(BigInt(op.id))).toBe(model.delete(BigInt(op.id)));
          } else {
            const want = first();
            const got = q.pop();
            expect(got === undefined ? undefined : [got.id, got.due]).toEqual(want);
            if (want !== undefined) model.delete(want[0]);
          }
          expect(q.size).toBe(model.size);
          const top = q.peek();
          expect(top === undefined ? undefined : [top.id, top.due]).toEqual(first());
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
