import type { KeyValue, LeaseId } from '../kv/index.js';
import { SessionExpiredError } from './lock.js';
import { bytes, concat, createRevisionIs, firstKv, ownerKey, ownerRange, waitForPredecessors, type KeyEvents, type RecipeKv } from './recipe-kv.js';

/** Identifies a campaign: the election name, the owner key, its create revision and the lease. */
export interface LeaderKey {
  name: Uint8Array;
  key: Uint8Array;
  rev: number;
  lease: LeaseId;
}

/** etcd's election errors; etcd returns them as plain errors (gRPC code Unknown). */
export class ElectionError extends Error {
  constructor(message: 'election: not leader' | 'election: no leader') {
    super(message);
    this.name = 'ElectionError';
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Campaign: put `name/<lease hex>` with `value` (or proclaim the new value if
 * the key exists), then wait until every earlier candidate is gone. Resolves
 * once this candidate leads.
 */
export async function campaign(kv: RecipeKv, events: KeyEvents, name: Uint8Array, lease: LeaseId, value: Uint8Array, signal: AbortSignal): Promise<LeaderKey> {
  const prefix = concat(name, bytes('/'));
  const key = ownerKey(prefix, lease);
  const t = await kv.txn({
    compare: [createRevisionIs(key, 0)],
    success: [{ requestPut: { key, value, lease } }],
    failure: [{ requestRange: { key } }],
  });
  let rev = t.revision;
  if (!t.succeeded) {
    const existing = firstKv(t.responses[0]);
    if (existing === undefined) throw new SessionExpiredError();
    rev = existing.createRevision;
    if (!sameBytes(existing.value, value)) await proclaim(kv, { name, key, rev, lease }, value);
  }
  await waitForPredecessors(kv, events, prefix, rev, signal);
  const mine = await kv.range({ key });
  if (mine.kvs.length === 0) throw new SessionExpiredError();
  return { name, key, rev, lease };
}

/** Proclaim: replace the leader's value, only while this campaign still holds its key. */
export async function proclaim(kv: RecipeKv, leader: LeaderKey, value: Uint8Array): Promise<number> {
  const t = await kv.txn({
    compare: [createRevisionIs(leader.key, leader.rev)],
    success: [{ requestPut: { key: leader.key, value, lease: leader.lease } }],
  });
  if (!t.succeeded) throw new ElectionError('election: not leader');
  return t.revision;
}

/** Resign: give up leadership (no error if this campaign no longer holds its key). */
export async function resign(kv: RecipeKv, leader: LeaderKey): Promise<number> {
  const t = await kv.txn({
    compare: [createRevisionIs(leader.key, leader.rev)],
    success: [{ requestDeleteRange: { key: leader.key } }],
  });
  return t.revision;
}

/** The current leader's key-value: the key with the lowest create revision under `name/`. */
export async function currentLeader(kv: RecipeKv, name: Uint8Array): Promise<{ kv: KeyValue; revision: number }> {
  const prefix = concat(name, bytes('/'));
  const r = await kv.range(ownerRange(prefix));
  const leader = r.kvs[0];
  if (leader === undefined) throw new ElectionError('election: no leader');
  return { kv: leader, revision: r.revision };
}
