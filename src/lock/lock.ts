import type { LeaseId } from '../kv/index.js';
import { bytes, concat, createRevisionIs, firstKv, ownerKey, ownerRange, waitForPredecessors, type KeyEvents, type RecipeKv } from './recipe-kv.js';

/** What a caller holds once Lock returns: the owner key and the header revision of the acquiring call. */
export interface HeldLock {
  key: Uint8Array;
  /** The owner key's create revision: the fencing token. It only grows across holders. */
  createRevision: number;
  revision: number;
}

/** etcd's error when the owner key vanished while waiting: its lease expired or was revoked. */
export class SessionExpiredError extends Error {
  constructor() {
    super('session expired');
    this.name = 'SessionExpiredError';
  }
}

/**
 * etcd's lock recipe, run on the caller's lease: put `name/<lease hex>` if it is
 * not there, then wait until it has the lowest create revision under `name/`.
 * A lease that locks twice holds one lock. The lock is lost when the lease ends,
 * because the owner key goes with it.
 */
export async function acquireLock(kv: RecipeKv, events: KeyEvents, name: Uint8Array, lease: LeaseId, signal: AbortSignal): Promise<HeldLock> {
  const prefix = concat(name, bytes('/'));
  const myKey = ownerKey(prefix, lease);
  const owner = ownerRange(prefix);
  const t = await kv.txn({
    compare: [createRevisionIs(myKey, 0)],
    success: [{ requestPut: { key: myKey, value: new Uint8Array(0), lease } }, { requestRange: owner }],
    failure: [{ requestRange: { key: myKey } }, { requestRange: owner }],
  });
  const myRev = t.succeeded ? t.revision : firstKv(t.responses[0])?.createRevision;
  if (myRev === undefined) throw new SessionExpiredError();
  const holder = firstKv(t.responses[1]);
  let revision = t.revision;
  if (holder !== undefined && holder.createRevision !== myRev) {
    await waitForPredecessors(kv, events, prefix, myRev, signal);
    // Make sure we still own the key: the lease may have ended while we waited.
    const mine = await kv.range({ key: myKey });
    if (mine.kvs.length === 0) throw new SessionExpiredError();
    revision = mine.revision;
  }
  return { key: myKey, createRevision: myRev, revision };
}

/** Releases a lock by deleting its owner key; returns the revision of the answer. */
export async function releaseLock(kv: RecipeKv, key: Uint8Array): Promise<number> {
  return (await kv.deleteRange({ key })).revision;
}
