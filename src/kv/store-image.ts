// The MVCC store as a whole: its hash (HashKV), its snapshot image for Raft, and restoring from one.
//
// Each runs through the apply queue (StoreState.exclusive): it needs a state
// with nothing in flight.

import { crc32 } from 'node:zlib';
import { decodeRecord, HISTORY_END, HISTORY_START, revKey, u64Bytes } from './codec.js';
import type { StoreOp } from './compactor.js';
import { errCompacted, errFutureRev } from './errors.js';
import { LEASES_END, LEASES_START, leaseKey, leaseValue } from './lease-table.js';
import { readSnapshot, SnapshotWriter } from './snapshot.js';
import { META, metaOps, SYNCED, type StoreState } from './store-state.js';
import type { HashResult, KvSnapshot } from './types.js';

/**
 * CRC32 over the kept history up to `revision` (0 = current), like etcd's
 * HashKV: members with equal state have equal hashes, whatever the state of
 * their background compaction.
 */
export function hash(s: StoreState, revision: number): Promise<HashResult> {
  return s.exclusive(async () => {
    s.assertUsable();
    const compact = s.compactRev;
    if (revision > 0 && revision <= compact) throw errCompacted();
    if (revision > s.currentRev) throw errFutureRev();
    const rev = revision > 0 ? revision : s.currentRev;
    let h = 0;
    await s.scanKept(rev, (k, v) => {
      h = crc32(k, h);
      h = crc32(v, h);
    });
    return { hash: h >>> 0, revision: rev, compactRevision: compact };
  });
}

/** A full image of the state at the applied index, for Raft snapshots. */
export function snapshot(s: StoreState): Promise<KvSnapshot> {
  return s.exclusive(async () => {
    s.assertUsable();
    const meta = { appliedIndex: s.applied, revision: s.currentRev, compactRevision: s.compactRev };
    const w = new SnapshotWriter(meta);
    await s.scanKept(s.currentRev, (_k, v, main, sub) => w.add(main, sub, v));
    w.setLeases(s.leaseTable.all());
    return { appliedIndex: meta.appliedIndex, revision: meta.revision, data: w.finish() };
  });
}

/**
 * Replace the whole state with a snapshot image. A marker makes this safe
 * against a crash half way: the next open() finds it and starts empty
 * (see MvccStore.wipedInterruptedRestore), so the server restores again.
 * `restored` runs once memory matches the image, before any queued work.
 */
export function restore(s: StoreState, data: Uint8Array, restored: () => void): Promise<void> {
  return s.exclusive(async () => {
    s.assertUsable();
    const { meta, records, leases } = readSnapshot(data);
    await s.compactor.stop();
    const chunk = s.compactionBatchSize;
    try {
      await s.db.put(META.restoring, u64Bytes(1), SYNCED);
      await s.db.clear({ gte: HISTORY_START, lt: HISTORY_END });
      await s.db.clear({ gte: LEASES_START, lt: LEASES_END });
      for (let i = 0; i < leases.length; i += chunk) {
        const ops: StoreOp[] = leases.slice(i, i + chunk).map((l) => ({ type: 'put', key: leaseKey(l.id), value: leaseValue(l.ttl) }));
        await s.db.batch(ops);
      }
      for (let i = 0; i < records.length; i += chunk) {
        const ops: StoreOp[] = records.slice(i, i + chunk).map((r) => ({ type: 'put', key: revKey(r.main, r.sub), value: r.bytes }));
        await s.db.batch(ops);
      }
      await s.db.batch(
        [...metaOps(meta.appliedIndex, meta.revision, meta.compactRevision, meta.compactRevision), { type: 'del', key: META.restoring }],
        SYNCED,
      );
    } catch (err) {
      s.fail(err);
      throw err;
    }
    s.resetMemory(meta.appliedIndex, meta.revision, meta.compactRevision);
    for (const r of records) {
      const rec = decodeRecord(r.main, r.sub, r.bytes);
      s.keyIndex.replay(rec.key, rec.main, rec.sub, rec.kv);
    }
    for (const l of leases) s.leaseTable.set(l);
    s.finishRebuild(meta.compactRevision);
    restored();
  });
}
