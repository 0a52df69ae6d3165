// Range (reference §10.3), in etcd's order of work: collect the live keys at
// the chosen revision (that is `count`), filter by mod/create bounds, sort,
// apply the limit, then strip values for keys_only.
//
// Everything that decides *which* keys are returned runs synchronously
// against the in-memory index. Values of older versions come from disk; their
// reads are issued in the same synchronous step (LevelDB reads see a snapshot
// taken when the read is issued), so a concurrent apply or compaction cannot
// change what a started range returns.

import { compareBytes, EMPTY_BYTES, toInterval } from './bytes.js';
import type { HistoryRecord } from './codec.js';
import { errCompacted, errFutureRev } from './errors.js';
import type { KeyIndex } from './key-index.js';
import { SortOrder, SortTarget, type KeyValue, type RangeRequest, type RangeResponse } from './types.js';

export interface RevRef {
  main: number;
  sub: number;
}

export interface HistorySource {
  readonly index: KeyIndex;
  readonly compactRevision: number;
  /**
   * Fetch history records. Must start every read before returning (so the
   * result reflects the store as of the call) and resolve in input order.
   */
  loadRecords(refs: readonly RevRef[]): Promise<HistoryRecord[]>;
}

interface Item {
  key: Uint8Array;
  main: number;
  sub: number;
  createRevision: number;
  version: number;
  /** Known without I/O (the key's current value); otherwise loaded by (main, sub). */
  kv: KeyValue | undefined;
}

/** The revision a read at `requested` runs at, or etcd's error. */
export function resolveReadRevision(requested: number | undefined, curRev: number, compactRev: number): number {
  let rev = requested ?? 0;
  if (rev > curRev) throw errFutureRev();
  if (rev <= 0) rev = curRev;
  if (rev < compactRev) throw errCompacted();
  return rev;
}

/** Live keys in the request's interval at `rev`, in key order. */
function collect(index: KeyIndex, req: RangeRequest, rev: number, curRev: number): Item[] {
  const items: Item[] = [];
  const iv = toInterval(req);
  if (rev === curRev) {
    index.forEachInRange(iv, (e) => {
      const kv = e.current;
      if (kv !== null) items.push({ key: e.key, main: kv.modRevision, sub: 0, createRevision: kv.createRevision, version: kv.version, kv });
    });
    return items;
  }
  index.forEachInRange(iv, (e) => {
    const info = index.revAt(e, rev);
    if (info === null) return;
    items.push({
      key: e.key,
      main: info.main,
      sub: info.sub,
      createRevision: info.createRevision,
      version: info.version,
      kv: info.latest && e.current !== null ? e.current : undefined,
    });
  });
  return items;
}

function comparator(target: number, descend: boolean): (a: Item, b: Item) => number {
  const primary = (a: Item, b: Item): number => {
    switch (target) {
      case SortTarget.VERSION:
        return a.version - b.version;
      case SortTarget.CREATE:
        return a.createRevision - b.createRevision;
      case SortTarget.MOD:
        return a.main - b.main;
      case SortTarget.VALUE:
        return compareBytes(a.kv?.value ?? EMPTY_BYTES, b.kv?.value ?? EMPTY_BYTES);
      default:
        return 0;
    }
  };
  // etcd's sort is not stable; ties broken by key keep our answer deterministic.
  const asc = (a: Item, b: Item): number => primary(a, b) || compareBytes(a.key, b.key);
  return descend ? (a, b) => asc(b, a) : asc;
}

function output(kv: KeyValue, keysOnly: boolean): KeyValue {
  return keysOnly ? { ...kv, value: EMPTY_BYTES } : { ...kv };
}

/**
 * Run a range against `src` where the store (or the txn) is at `curRev`.
 * Returns synchronously when no value has to come from disk.
 */
export function runRange(src: HistorySource, req: RangeRequest, curRev: number): RangeResponse | Promise<RangeResponse> {
  const rev = resolveReadRevision(req.revision, curRev, src.compactRevision);
  let items = collect(src.index, req, rev, curRev);
  const count = items.length;
  if (req.countOnly === true) return { revision: curRev, kvs: [], more: false, count };

  const minMod = req.minModRevision ?? 0;
  const maxMod = req.maxModRevision ?? 0;
  const minCreate = req.minCreateRevision ?? 0;
  const maxCreate = req.maxCreateRevision ?? 0;
  if (minMod !== 0 || maxMod !== 0 || minCreate !== 0 || maxCreate !== 0) {
    items = items.filter(
      (it) =>
        (maxMod === 0 || it.main <= maxMod) &&
        (minMod === 0 || it.main >= minMod) &&
        (maxCreate === 0 || it.createRevision <= maxCreate) &&
        (minCreate === 0 || it.createRevision >= minCreate),
    );
  }

  const target = req.sortTarget ?? SortTarget.KEY;
  let order = req.sortOrder ?? SortOrder.NONE;
  if (target !== SortTarget.KEY && order === SortOrder.NONE) order = SortOrder.ASCEND;
  const descend = order === SortOrder.DESCEND;
  const limit = req.limit ?? 0;
  const keysOnly = req.keysOnly === true;

  const finish = (sorted: Item[]): { kvs: Item[]; more: boolean } =>
    limit > 0 && sorted.length > limit ? { kvs: sorted.slice(0, limit), more: true } : { kvs: sorted, more: false };

  // Sorting by value needs every value first; any other order is known from
  // the index, so only the kept page is loaded.
  const sortByValue = order !== SortOrder.NONE && target === SortTarget.VALUE;
  if (!sortByValue && order !== SortOrder.NONE) {
    if (target === SortTarget.KEY) {
      if (descend) items.reverse();
    } else {
      items.sort(comparator(target, descend));
    }
  }
  const page = sortByValue ? { kvs: items, more: false } : finish(items);

  const missing: number[] = [];
  for (let i = 0; i < page.kvs.length; i++) if (page.kvs[i]?.kv === undefined) missing.push(i);

  const build = (): RangeResponse => {
    let chosen = page;
    if (sortByValue) chosen = finish(page.kvs.sort(comparator(target, descend)));
    const kvs = chosen.kvs.map((it) => {
      if (it.kv === undefined) throw new Error('kv range: value not loaded');
      return output(it.kv, keysOnly);
    });
    return { revision: curRev, kvs, more: chosen.more, count };
  };

  if (missing.length === 0) return build();
  const refs = missing.map((i) => {
    const it = page.kvs[i] as Item;
    return { main: it.main, sub: it.sub };
  });
  return src.loadRecords(refs).then((records) => {
    records.forEach((rec, j) => {
      const it = page.kvs[missing[j] ?? -1];
      if (it === undefined || rec.kv === null) throw new Error('kv range: history record missing or not a put');
      it.kv = rec.kv;
    });
    return build();
  });
}
