// Reads of the MVCC store: Range, read-only Txn, and the history a catching-up watcher reads (eventsSince).
//
// Reads run outside the apply queue. Each decides everything from memory in
// one synchronous step and issues its disk reads in that same step (a
// LevelDB read sees a snapshot taken when issued), so a batch landing
// meanwhile changes nothing it returns. Requests arrive validated (validate.ts,
// by whoever serves them).

import { bytesToMapKey, EMPTY_BYTES, intervalContains, toInterval } from './bytes.js';
import { decodeRecord, parseRevKey, revKey, type HistoryRecord } from './codec.js';
import { errCompacted } from './errors.js';
import { WATCH_CATCHUP_MAX_REVISIONS } from './limits.js';
import { runRange, type RevRef } from './range.js';
import type { StoreState } from './store-state.js';
import { checkPlan, executeTxn, isReadOnlyTxn, planTxn, prefetchRanges } from './txn.js';
import {
  EventType,
  type Event,
  type EventsSinceOptions,
  type EventsSinceResult,
  type KeyRange,
  type RangeRequest,
  type RangeResponse,
  type TxnRequest,
  type TxnResponse,
} from './types.js';
import { WriteTxn } from './write-txn.js';

/** Range at the current or a past revision (reference §10.3). Rejects with KvError. */
export async function range(s: StoreState, req: RangeRequest): Promise<RangeResponse> {
  s.assertUsable();
  return runRange(s, req, s.currentRev);
}

/** A read-only txn (see isReadOnlyTxn) from local state, without Raft. Compares and ranges all see one revision. */
export async function readTxn(s: StoreState, req: TxnRequest): Promise<TxnResponse> {
  s.assertUsable();
  if (!isReadOnlyTxn(req)) throw new Error('kv store: readTxn needs a txn made only of ranges');
  const rev = s.currentRev;
  const plan = planTxn(s.keyIndex, req);
  checkPlan(plan, { index: s.keyIndex, leases: s.leaseChecker, currentRevision: rev, compactRevision: s.compactRev }, false);
  const pre = await prefetchRanges(plan, s, rev, true);
  // Every range is prefetched, so this txn never looks at the (moving) live state.
  return executeTxn(plan, new WriteTxn(s.keyIndex, s.leaseIdx, rev, false), s, pre);
}

/**
 * History for a watcher catching up: the events of revisions
 * >= startRevision whose key is in `range`. Rejects with "compacted" below
 * the compacted revision. As in etcd, a watcher starting exactly at the
 * compacted revision sees that revision's puts but not its deletes
 * (compaction dropped them).
 */
export async function eventsSince(s: StoreState, startRevision: number, range: KeyRange, opts: EventsSinceOptions = {}): Promise<EventsSinceResult> {
  s.assertUsable();
  const limit = Math.max(1, opts.limitRevisions ?? WATCH_CATCHUP_MAX_REVISIONS);
  const cur = s.currentRev;
  const compact = s.compactRev;
  const durable = s.durableRev;
  if (startRevision < compact) throw errCompacted();
  const start = Math.max(startRevision, 1);
  const base = { currentRevision: cur, compactRevision: compact };
  if (start > cur) return { events: [], scannedThrough: cur, ...base };

  // Captured together with the iterator below, in one synchronous step.
  const pending: HistoryRecord[] = [];
  for (const [main, recs] of s.unflushed) if (main >= start) pending.push(...recs);
  pending.sort((a, b) => a.main - b.main || a.sub - b.sub);
  const it = start <= durable ? s.db.iterator({ gte: revKey(start, 0), lt: revKey(durable + 1, 0) }) : null;

  const records: HistoryRecord[] = [];
  let revs = 0;
  let lastMain = 0;
  let full = false;
  const take = (rec: HistoryRecord): boolean => {
    if (rec.main !== lastMain) {
      if (revs === limit) {
        full = true;
        return false;
      }
      revs++;
      lastMain = rec.main;
    }
    records.push(rec);
    return true;
  };
  if (it !== null) {
    try {
      scan: for (;;) {
        const batch = await it.nextv(256);
        if (batch.length === 0) break;
        for (const [k, v] of batch) {
          const { main, sub } = parseRevKey(k);
          if (!take(decodeRecord(main, sub, v))) break scan;
        }
      }
    } finally {
      await it.close();
    }
  }
  if (!full) for (const rec of pending) if (!take(rec)) break;

  // At the compacted revision itself, deletes (and anything a delete in the
  // same revision superseded) are gone from the index and may or may not
  // still be on disk: leave them out so the answer does not depend on that.
  const droppedAtCompact = new Set<string>();
  for (const r of records) if (r.main === compact && r.kv === null) droppedAtCompact.add(bytesToMapKey(r.key));
  const iv = toInterval(range);
  const events: Event[] = [];
  for (const rec of records) {
    if (rec.main <= compact && (rec.kv === null || droppedAtCompact.has(bytesToMapKey(rec.key)))) continue;
    if (!intervalContains(iv, rec.key)) continue;
    events.push(
      rec.kv !== null
        ? { type: EventType.PUT, kv: { ...rec.kv } }
        : {
            type: EventType.DELETE,
            kv: { key: rec.key, createRevision: 0, modRevision: rec.main, version: 0, value: EMPTY_BYTES, lease: 0n },
          },
    );
  }
  if (opts.prevKv === true) await attachPrevKvs(s, events);
  return { events, scannedThrough: full ? lastMain : cur, ...base };
}

/** etcd's watch prev_kv: the key at modRevision - 1; none for a create or when compacted away. */
async function attachPrevKvs(s: StoreState, events: Event[]): Promise<void> {
  const refs: RevRef[] = [];
  const targets: Event[] = [];
  for (const ev of events) {
    const main = ev.kv.modRevision;
    if (ev.type === EventType.PUT && ev.kv.createRevision === main) continue;
    const at = main - 1;
    if (at < s.compactRev) continue;
    const e = s.keyIndex.get(ev.kv.key);
    const info = e === undefined ? null : s.keyIndex.revAt(e, at);
    if (e === undefined || info === null) continue;
    if (info.latest && e.current !== null) {
      ev.prevKv = { ...e.current };
      continue;
    }
    refs.push({ main: info.main, sub: info.sub });
    targets.push(ev);
  }
  if (refs.length === 0) return;
  const recs = await s.loadRecords(refs);
  recs.forEach((r, i) => {
    const ev = targets[i];
    if (ev !== undefined && r.kv !== null) ev.prevKv = { ...r.kv };
  });
}
