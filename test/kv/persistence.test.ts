// Restart, idempotent replay, snapshot/restore, hash determinism.
import { Level } from 'level';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MvccStore, type ApplyEntry, type KvCommand, type LeaseId } from '../../src/kv/index.js';
import { b, Harness, rejection, str, tempDir, removeDir, tuples } from './helpers.js';

const leases = new Set<LeaseId>([7n]);
const opts = { leaseChecker: { exists: (id: LeaseId) => leases.has(id) } };

/** A fixed workload touching every kind of command. */
function workload(): KvCommand[] {
  const cmds: KvCommand[] = [];
  for (let i = 0; i < 30; i++) {
    cmds.push({ type: 'put', request: { key: b(`k${i % 7}`), value: b(`v${i}`), lease: i % 5 === 0 ? 7n : 0n } });
    if (i % 6 === 5) cmds.push({ type: 'deleteRange', request: { key: b(`k${i % 4}`), rangeEnd: b(`k${(i % 4) + 2}`) } });
    if (i % 9 === 8) {
      cmds.push({
        type: 'txn',
        request: {
          compare: [{ key: b('k1'), target: 0, result: 2, version: 3 }],
          success: [{ requestPut: { key: b('t'), value: b(`s${i}`) } }],
          failure: [{ requestDeleteRange: { key: b('k3') } }, { requestPut: { key: b('t'), value: b(`f${i}`) } }],
        },
      });
    }
    if (i === 20) cmds.push({ type: 'compaction', request: { revision: 12 } });
    if (i === 25) cmds.push({ type: 'noop' });
  }
  return cmds;
}

async function dumpAll(store: MvccStore): Promise<string[]> {
  const out: string[] = [];
  for (let rev = Math.max(1, store.compactRevision); rev <= store.revision; rev++) {
    const r = await store.range({ key: b('\0'), rangeEnd: b('\0'), revision: rev });
    out.push(`${rev}: ${r.kvs.map((kv) => `${str(kv.key)}=${str(kv.value)}/${kv.createRevision}/${kv.modRevision}/${kv.version}/${kv.lease}`).join(' ')}`);
  }
  return out;
}

let h: Harness;
beforeEach(async () => {
  h = await Harness.create(opts);
});
afterEach(async () => {
  await h.dispose();
});

describe('restart', () => {
  it('reopens with the same state, revisions, applied index and lease attachments', async () => {
    for (const c of workload()) await h.run(c);
    const before = {
      dump: await dumpAll(h.store),
      rev: h.store.revision,
      compact: h.store.compactRevision,
      applied: h.store.appliedIndex,
      leased: h.store.leaseKeys(7n).map(str),
      hash: (await h.store.hash()).hash,
    };
    await h.reopen();
    expect({
      dump: await dumpAll(h.store),
      rev: h.store.revision,
      compact: h.store.compactRevision,
      applied: h.store.appliedIndex,
      leased: h.store.leaseKeys(7n).map(str),
      hash: (await h.store.hash()).hash,
    }).toEqual(before);
    expect(before.compact).toBe(12);
    expect(before.leased.length).toBeGreaterThan(0);
  });

  it('replays a log after a restart: applied entries are skipped, the rest applied', async () => {
    const cmds = workload();
    const entries: ApplyEntry[] = cmds.map((command, i) => ({ index: i + 1, command }));
    const reference = await Harness.create(opts);
    try {
      await reference.store.applyBatch(entries);
      await h.store.applyBatch(entries.slice(0, 20));
      await h.reopen();
      const results = await h.store.applyBatch(entries);
      expect(results.slice(0, 20).every((r) => r.status === 'skipped')).toBe(true);
      expect(results.slice(20).every((r) => r.status !== 'skipped')).toBe(true);
      expect(await dumpAll(h.store)).toEqual(await dumpAll(reference.store));
      expect((await h.store.hash()).hash).toBe((await reference.store.hash()).hash);
    } finally {
      await reference.dispose();
    }
  });

  it('writes no-op entries through, so the applied index survives a restart', async () => {
    await h.ok({ type: 'noop' });
    await h.ok({ type: 'noop' });
    await h.reopen();
    expect(h.store.appliedIndex).toBe(2);
    expect(h.store.revision).toBe(1);
  });

  it('refuses a directory that holds some other LevelDB', async () => {
    const dir = tempDir();
    try {
      const db = new Level<string, string>(dir);
      await db.put('hello', 'world');
      await db.close();
      await expect(MvccStore.open(dir)).rejects.toThrow('not a regd state DB');
    } finally {
      removeDir(dir);
    }
  });

  it('refuses work after close', async () => {
    await h.store.close();
    await expect(h.store.range({ key: b('a') })).rejects.toThrow('closed');
    await expect(h.store.apply(1, { type: 'noop' })).rejects.toThrow('closed');
  });
});

describe('snapshot and restore', () => {
  it('restores an equal state into another store', async () => {
    for (const c of workload()) await h.run(c);
    const snap = await h.store.snapshot();
    expect(snap.appliedIndex).toBe(h.store.appliedIndex);
    expect(snap.revision).toBe(h.store.revision);

    const g = await Harness.create(opts);
    try {
      await g.put('junk', 'x'); // replaced by the restore
      await g.store.restore(snap.data);
      expect(await dumpAll(g.store)).toEqual(await dumpAll(h.store));
      expect(g.store.appliedIndex).toBe(snap.appliedIndex);
      expect(g.store.compactRevision).toBe(h.store.compactRevision);
      expect(g.store.leaseKeys(7n).map(str)).toEqual(h.store.leaseKeys(7n).map(str));
      expect((await g.store.hash()).hash).toBe((await h.store.hash()).hash);
      expect((await g.store.snapshot()).data).toEqual(snap.data);
      // it keeps going from there, and survives a restart
      await g.store.apply(snap.appliedIndex + 1, { type: 'put', request: { key: b('after'), value: b('1') } });
      await g.reopen();
      expect(tuples((await g.get('after')).kvs)).toEqual([['after', '1', snap.revision + 1, snap.revision + 1, 1, 0n]]);
      expect((await g.get('junk')).kvs).toEqual([]);
    } finally {
      await g.dispose();
    }
  });

  it('rejects a corrupt image and leaves the store as it was', async () => {
    await h.put('a', '1');
    const snap = await h.store.snapshot();
    const bad = new Uint8Array(snap.data);
    bad[bad.length - 10] = (bad[bad.length - 10] ?? 0) ^ 0xff;
    const err = await rejection(h.store.restore(bad));
    expect(err.message).toContain('checksum');
    await expect(h.store.restore(snap.data.subarray(0, 10))).rejects.toThrow('too short');
    expect(tuples((await h.get('a')).kvs)).toEqual([['a', '1', 2, 2, 1, 0n]]);
    await h.put('b', '1');
  });

  it('starts empty after a restore that was interrupted by a crash', async () => {
    await h.put('a', '1');
    await h.store.close();
    const db = new Level<Uint8Array, Uint8Array>(h.dir, { keyEncoding: 'view', valueEncoding: 'view' });
    await db.put(Uint8Array.from(Buffer.from('mrestoring')), new Uint8Array(8));
    await db.close();
    h.store = await MvccStore.open(h.dir, opts);
    expect(h.store.wipedInterruptedRestore).toBe(true);
    expect({ rev: h.store.revision, applied: h.store.appliedIndex }).toEqual({ rev: 1, applied: 0 });
    expect((await h.get('a')).kvs).toEqual([]);
  });
});

describe('determinism', () => {
  it('two stores fed the same entries, batched differently, have equal hashes and snapshots', async () => {
    const entries: ApplyEntry[] = workload().map((command, i) => ({ index: i + 1, command }));
    const g = await Harness.create({ ...opts, compactionBatchSize: 1 });
    try {
      for (const e of entries) await h.store.apply(e.index, e.command);
      for (let i = 0; i < entries.length; i += 7) await g.store.applyBatch(entries.slice(i, i + 7));
      const [ha, hb] = [await h.store.hash(), await g.store.hash()];
      expect(ha).toEqual(hb);
      expect((await h.store.snapshot()).data).toEqual((await g.store.snapshot()).data);
      // hashes at a past revision agree too, and differ from the current one
      const past = await h.store.hash(20);
      expect(past).toEqual(await g.store.hash(20));
      expect(past.hash).not.toBe(ha.hash);
    } finally {
      await g.dispose();
    }
  });

  it('different states give different hashes', async () => {
    const g = await Harness.create(opts);
    try {
      await h.put('a', '1');
      await g.put('a', '2');
      expect((await h.store.hash()).hash).not.toBe((await g.store.hash()).hash);
    } finally {
      await g.dispose();
    }
  });
});
