// The in-memory key index, modelled on etcd's treeIndex: for every key, the
// revisions at which it changed, grouped into generations (a generation runs
// from a create to the delete that ends it). It answers "which revision of
// key k is visible at revision r" without touching the disk, and it is the
// authority on which history records survive compaction.
//
// Each entry also caches the key's current KeyValue. Why keep live values in
// memory: reads at the current revision (by far the common case) and every
// check inside apply (compares, prev_kv, ignore_value) then run synchronously,
// with no I/O. That keeps a txn atomic for concurrent readers (nothing
// can interleave with it) and keeps apply simple. The cost is memory equal
// to the live data set, which is fine for a registry-sized keyspace (etcd's
// default quota is 2 GiB; regd targets far less). Older versions stay on disk.

import BTreeModule from 'sorted-btree';
import { compareBytes, copyBytes, type KeyInterval } from './bytes.js';
import type { KeyValue } from './types.js';

type BTreeClass = typeof BTreeModule.default;
type BTreeOf<K, V> = InstanceType<typeof BTreeModule.default<K, V>>;

// sorted-btree is CommonJS with `exports.default`. Node's ESM loader hands us
// module.exports (class under `.default`); vite-based tools (vitest) unwrap it.
function resolveBTree(): BTreeClass {
  const m: unknown = BTreeModule;
  return typeof m === 'function' ? (m as BTreeClass) : BTreeModule.default;
}
const BTree = resolveBTree();

export interface Generation {
  /** Revision of the put that created this generation. */
  created: number;
  /** Version reached at the newest revision of this generation (a tombstone counts one). */
  ver: number;
  /** Revisions in this generation, oldest first; a closed generation ends with its tombstone. */
  mains: number[];
  subs: number[];
}

export class KeyEntry {
  readonly key: Uint8Array;
  /** Never empty. The last generation is the open one; it is empty while the key is deleted. */
  gens: Generation[] = [emptyGeneration()];
  /** The live KeyValue, or null while the key is deleted. */
  current: KeyValue | null = null;

  constructor(key: Uint8Array) {
    this.key = key;
  }
}

/** Where a key stood at some revision. */
export interface RevInfo {
  main: number;
  sub: number;
  createRevision: number;
  version: number;
  /** This is the entry's current revision, so `entry.current` holds its KeyValue. */
  latest: boolean;
}

/** Revisions removed by a compaction, as parallel arrays (cheap for millions). */
export interface RemovedRevisions {
  mains: number[];
  subs: number[];
}

/** Enough of an entry to undo appends made to it by a txn that must be rolled back. */
export interface EntryState {
  entry: KeyEntry;
  existed: boolean;
  gensLen: number;
  lastLen: number;
  lastCreated: number;
  lastVer: number;
  current: KeyValue | null;
}

function emptyGeneration(): Generation {
  return { created: 0, ver: 0, mains: [], subs: [] };
}

function lastOf<T>(a: T[]): T {
  const v = a[a.length - 1];
  if (v === undefined) throw new Error('kv index: empty list');
  return v;
}

export class KeyIndex {
  private readonly tree: BTreeOf<Uint8Array, KeyEntry> = new BTree<Uint8Array, KeyEntry>(undefined, compareBytes);

  /** Number of keys with any remaining history (live or deleted-not-yet-compacted). */
  get size(): number {
    return this.tree.size;
  }

  get(key: Uint8Array): KeyEntry | undefined {
    return this.tree.get(key);
  }

  /** The entry for `key`, created if absent. `key` must be owned by the caller (it is kept). */
  getOrCreate(key: Uint8Array): KeyEntry {
    let e = this.tree.get(key);
    if (e === undefined) {
      e = new KeyEntry(key);
      this.tree.set(key, e);
    }
    return e;
  }

  /** Add an entry made by `saveState` for a key that did not exist. */
  insert(e: KeyEntry): KeyEntry {
    this.tree.set(e.key, e);
    return e;
  }

  /** Record a put at (main, sub); `kv` becomes the entry's current value. */
  put(e: KeyEntry, main: number, sub: number, kv: KeyValue): void {
    const g = lastOf(e.gens);
    if (g.mains.length === 0) g.created = kv.createRevision;
    g.mains.push(main);
    g.subs.push(sub);
    g.ver = kv.version;
    e.current = kv;
  }

  /** Record a delete at (main, sub): close the open generation. */
  tombstone(e: KeyEntry, main: number, sub: number): void {
    const g = lastOf(e.gens);
    g.mains.push(main);
    g.subs.push(sub);
    g.ver += 1;
    e.gens.push(emptyGeneration());
    e.current = null;
  }

  /** The live revision of `e` at `atRev`, or null if the key did not exist then. */
  revAt(e: KeyEntry, atRev: number): RevInfo | null {
    const lastg = e.gens.length - 1;
    for (let cg = lastg; cg >= 0; cg--) {
      const g = e.gens[cg];
      if (g === undefined || g.mains.length === 0) continue;
      const n = g.mains.length;
      // A closed generation whose delete is at or before atRev: deleted then.
      if (cg !== lastg && lastOf(g.mains) <= atRev) return null;
      if ((g.mains[0] ?? Infinity) <= atRev) {
        let i = n - 1;
        while (i >= 0 && (g.mains[i] ?? Infinity) > atRev) i--;
        if (i < 0) return null;
        return {
          main: g.mains[i] ?? 0,
          sub: g.subs[i] ?? 0,
          createRevision: g.created,
          version: g.ver - (n - 1 - i),
          latest: cg === lastg && i === n - 1,
        };
      }
    }
    return null;
  }

  hasRev(key: Uint8Array, main: number, sub: number): boolean {
    const e = this.tree.get(key);
    if (e === undefined) return false;
    for (const g of e.gens) {
      for (let i = 0; i < g.mains.length; i++) {
        if (g.mains[i] === main && g.subs[i] === sub) return true;
      }
    }
    return false;
  }

  /** Visit entries whose key is in `iv`, in key order; return false from `cb` to stop. */
  forEachInRange(iv: KeyInterval, cb: (e: KeyEntry) => boolean | void): void {
    if (iv.single) {
      const e = this.tree.get(iv.key);
      if (e !== undefined) cb(e);
      return;
    }
    const end = iv.end;
    if (end !== undefined && compareBytes(iv.start, end) >= 0) return;
    for (const [k, e] of this.tree.entries(iv.start)) {
      if (end !== undefined && compareBytes(k, end) >= 0) break;
      if (cb(e) === false) break;
    }
  }

  /** Every entry, in key order. */
  entries(): IterableIterator<[Uint8Array, KeyEntry]> {
    return this.tree.entries();
  }

  /**
   * Drop history that no read at or after `atRev` can see: for each key keep
   * the newest revision <= atRev unless it is a delete, and everything newer.
   * Returns the revisions dropped, which the caller removes from disk.
   */
  compact(atRev: number): RemovedRevisions {
    const removed: RemovedRevisions = { mains: [], subs: [] };
    const emptyKeys: Uint8Array[] = [];
    for (const [key, e] of this.tree.entries()) {
      let gi = 0;
      while (gi < e.gens.length - 1) {
        const g = e.gens[gi];
        if (g === undefined || lastOf(g.mains) > atRev) break;
        pushAll(removed, g, g.mains.length);
        gi++;
      }
      if (gi > 0) e.gens = e.gens.slice(gi);
      const g = e.gens[0];
      if (g !== undefined) {
        let i = g.mains.length - 1;
        while (i >= 0 && (g.mains[i] ?? Infinity) > atRev) i--;
        if (i > 0) {
          pushAll(removed, g, i);
          g.mains.splice(0, i);
          g.subs.splice(0, i);
        }
      }
      if (e.gens.length === 1 && e.gens[0]?.mains.length === 0) emptyKeys.push(key);
    }
    for (const k of emptyKeys) this.tree.delete(k);
    return removed;
  }

  /** The state of `existing` (the entry for its key), or of a new entry for `key` (owned) when undefined. */
  saveState(existing: KeyEntry | undefined, key: Uint8Array): EntryState {
    const entry = existing ?? new KeyEntry(key);
    const last = lastOf(entry.gens);
    return {
      entry,
      existed: existing !== undefined,
      gensLen: entry.gens.length,
      lastLen: last.mains.length,
      lastCreated: last.created,
      lastVer: last.ver,
      current: entry.current,
    };
  }

  restoreState(s: EntryState): void {
    if (!s.existed) {
      this.tree.delete(s.entry.key);
      return;
    }
    const e = s.entry;
    e.gens.length = s.gensLen;
    const last = lastOf(e.gens);
    last.mains.length = s.lastLen;
    last.subs.length = s.lastLen;
    last.created = s.lastCreated;
    last.ver = s.lastVer;
    e.current = s.current;
    if (this.tree.get(e.key) !== e) this.tree.set(e.key, e);
  }

  /**
   * Rebuild support: replay one history record (in revision order). A delete
   * for a key with no open generation happens when an interrupted compaction
   * already removed the put before it; it is kept as a lone tombstone so the
   * compaction that follows the rebuild removes it again.
   */
  replay(key: Uint8Array, main: number, sub: number, kv: KeyValue | null): void {
    const e = this.tree.get(key) ?? this.insert(new KeyEntry(copyBytes(key)));
    if (kv !== null) {
      this.put(e, main, sub, { ...kv, key: e.key });
      return;
    }
    const g = lastOf(e.gens);
    if (g.mains.length === 0) g.created = 0;
    this.tombstone(e, main, sub);
  }
}

function pushAll(out: RemovedRevisions, g: Generation, count: number): void {
  for (let i = 0; i < count; i++) {
    out.mains.push(g.mains[i] ?? 0);
    out.subs.push(g.subs[i] ?? 0);
  }
}
