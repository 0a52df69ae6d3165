// The leader's lessor (src/server/lessor.ts) and its expiry queue, with an
// injected clock: deadlines, renewals, leader changes, the revoke rate limit,
// retries. Nothing here waits on real time.
import { describe, expect, it } from 'vitest';
import { LeaseQueue } from '../../src/kv/lease-queue.js';
import { LessorRig } from './lease-helpers.js';

const ids = (r: LessorRig): bigint[] => r.revokes.map((c) => c.id);

describe('lease queue', () => {
  it('pops by due time, ties by id, and moves an entry in place on update', () => {
    const q = new LeaseQueue();
    q.set(5n, 300);
    q.set(2n, 100);
    q.set(9n, 100);
    q.set(1n, 200);
    q.set(1n, 50); // earlier
    q.set(2n, 400); // later
    expect(q.size).toBe(4);
    expect(q.due(2n)).toBe(400);
    expect(q.delete(7n)).toBe(false);
    const order: Array<[bigint, number]> = [];
    for (let e = q.pop(); e !== undefined; e = q.pop()) order.push([e.id, e.due]);
    expect(order).toEqual([[1n, 50], [9n, 100], [5n, 300], [2n, 400]]);
    expect(q.size).toBe(0);
    expect(q.peek()).toBeUndefined();
  });
});

describe('lessor on the leader', () => {
  it('revokes a granted lease once its TTL has passed, not before', () => {
    const r = new LessorRig();
    r.lessor.tick(); // leading from here
    r.grant(7n, 2);
    r.clock.advance(1999);
    r.lessor.tick();
    expect(r.revokes).toEqual([]);
    r.clock.advance(1);
    r.lessor.tick();
    expect(ids(r)).toEqual([7n]);
    r.applyRevokes();
    expect(r.lessor.trackedCount).toBe(0);
    expect(r.lessor.queueSize).toBe(0);
  });

  it('a keep-alive restarts the full TTL and answers the granted TTL; past the deadline it answers 0', () => {
    const r = new LessorRig();
    r.lessor.tick();
    r.grant(7n, 3);
    r.clock.advance(2500);
    expect(r.lessor.renew(7n)).toEqual({ kind: 'ok', ttl: 3 });
    r.clock.advance(2999);
    r.lessor.tick();
    expect(r.revokes).toEqual([]);
    expect(r.lessor.timeToLive(7n)).toEqual({ kind: 'ok', grantedTtl: 3, remainingMs: 1 });
    r.clock.advance(1);
    expect(r.lessor.renew(7n)).toEqual({ kind: 'ok', ttl: 0 }); // expired: cannot be renewed
    r.lessor.tick();
    expect(ids(r)).toEqual([7n]);
    expect(r.lessor.renew(99n)).toEqual({ kind: 'unknown' });
    expect(r.lessor.timeToLive(99n)).toEqual({ kind: 'unknown' });
  });

  it('expires in deadline order, ties by id', () => {
    const r = new LessorRig();
    r.lessor.tick();
    r.grant(30n, 3);
    r.grant(10n, 5);
    r.grant(20n, 3);
    r.grant(40n, 1);
    r.clock.advance(10_000);
    r.lessor.tick();
    expect(ids(r)).toEqual([40n, 20n, 30n, 10n]);
  });

  it('a new leader gives every lease its full TTL plus one election timeout', () => {
    const r = new LessorRig();
    r.role.leader = false;
    r.table.set(1n, { id: 1n, ttl: 2 });
    r.table.set(2n, { id: 2n, ttl: 10 });
    r.clock.advance(60_000); // long past any deadline an old leader had
    r.lessor.tick();
    expect(r.lessor.trackedCount).toBe(0);
    r.role.leader = true;
    const t0 = r.clock.now();
    r.lessor.tick();
    expect(r.lessor.expiryOf(1n)).toBe(t0 + 2000 + 500);
    expect(r.lessor.expiryOf(2n)).toBe(t0 + 10_000 + 500);
    r.clock.advance(2499);
    r.lessor.tick();
    expect(r.revokes).toEqual([]);
    r.clock.advance(1);
    r.lessor.tick();
    expect(ids(r)).toEqual([1n]);
  });

  it('a new term restarts every deadline, even when this member led before', () => {
    const r = new LessorRig();
    r.lessor.tick();
    r.grant(1n, 2);
    r.clock.advance(1900);
    r.role.term = 3; // led again after an election; someone else may have renewed meanwhile
    r.lessor.tick();
    expect(r.lessor.expiryOf(1n)).toBe(r.clock.now() + 2500);
  });
});

describe('lessor on a follower', () => {
  it('never expires, renews or answers TTLs, and keeps no deadlines', () => {
    const r = new LessorRig();
    r.role.leader = false;
    r.grant(7n, 1);
    r.clock.advance(100_000);
    r.lessor.tick();
    expect(r.revokes).toEqual([]);
    expect(r.lessor.renew(7n)).toEqual({ kind: 'notLeader' });
    expect(r.lessor.timeToLive(7n)).toEqual({ kind: 'notLeader' });
    expect(r.lessor.trackedCount).toBe(0);
    expect(r.lessor.queueSize).toBe(0);
  });

  it('a leader that steps down drops its deadlines', () => {
    const r = new LessorRig();
    r.lessor.tick();
    r.grant(7n, 1);
    r.role.leader = false;
    r.clock.advance(5000);
    r.lessor.tick();
    expect(r.revokes).toEqual([]);
    expect(r.lessor.trackedCount).toBe(0);
  });
});

describe('revokes', () => {
  it('are limited to the rate: a burst of half a second, then rate per second', () => {
    const r = new LessorRig({ revokeRate: 1000 });
    r.lessor.tick();
    for (let i = 1; i <= 3000; i++) r.grant(BigInt(i), 1);
    r.clock.advance(1000);
    r.lessor.tick();
    expect(r.revokes.length).toBe(500);
    r.clock.advance(100);
    r.lessor.tick();
    expect(r.revokes.length).toBe(600);
    r.clock.advance(1900);
    r.lessor.tick();
    expect(r.revokes.length).toBe(1100); // the bucket holds at most 500
    // in deadline order (all equal here), so by id
    expect(ids(r).slice(0, 5)).toEqual([1n, 2n, 3n, 4n, 5n]);
  });

  it('a failed proposal is tried again on the next tick', async () => {
    const r = new LessorRig();
    r.lessor.tick();
    r.grant(7n, 1);
    r.clock.advance(1000);
    r.outcome = 'fail';
    r.lessor.tick();
    await r.settle();
    r.outcome = 'apply';
    r.clock.advance(50);
    r.lessor.tick();
    expect(ids(r)).toEqual([7n, 7n]);
    r.applyRevokes();
    r.clock.advance(10_000);
    r.lessor.tick();
    expect(ids(r)).toEqual([7n, 7n]);
  });

  it('a proposal that hangs is proposed again after the retry interval, not before', () => {
    const r = new LessorRig({ retryMs: 3000 });
    r.lessor.tick();
    r.grant(7n, 1);
    r.clock.advance(1000);
    r.outcome = 'hang';
    r.lessor.tick();
    r.clock.advance(2999);
    r.lessor.tick();
    expect(r.revokes.length).toBe(1);
    r.clock.advance(1);
    r.lessor.tick();
    expect(r.revokes.length).toBe(2);
  });

  it('after a restore, kept leases keep their deadline and new ones start in full', () => {
    const r = new LessorRig();
    r.lessor.tick();
    r.grant(1n, 5);
    const kept = r.lessor.expiryOf(1n);
    r.clock.advance(1000);
    r.table.clear();
    r.table.set(1n, { id: 1n, ttl: 5 });
    r.table.set(2n, { id: 2n, ttl: 4 });
    r.lessor.reset();
    expect(r.lessor.expiryOf(1n)).toBe(kept);
    expect(r.lessor.expiryOf(2n)).toBe(r.clock.now() + 4500);
    r.table.delete(1n);
    r.lessor.reset();
    expect(r.lessor.expiryOf(1n)).toBeUndefined();
    expect(r.lessor.queueSize).toBe(1);
  });
});
