// History for watchers: eventsSince (catch-up from a past revision).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventType, KvError, type Event } from '../../src/kv/index.js';
import { b, eventSummary, Harness, rejection, str, tuple, waitFor } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
  await h.put('a', '1'); // 2
  await h.put('b', '1'); // 3
  await h.txn({ success: [{ requestPut: { key: b('a'), value: b('2') } }, { requestPut: { key: b('c'), value: b('1') } }] }); // 4
  await h.del('a', 'c'); // 5: a, b
  await h.put('a', '3'); // 6
});
afterEach(async () => {
  await h.dispose();
});

const everything = { key: b('\0'), rangeEnd: b('\0') };

describe('eventsSince', () => {
  it('returns every event from a revision on, in order, like the apply results', async () => {
    const r = await h.store.eventsSince(1, everything);
    expect(eventSummary(r.events)).toEqual(['PUT a@2', 'PUT b@3', 'PUT a@4', 'PUT c@4', 'DEL a@5', 'DEL b@5', 'PUT a@6']);
    expect(r).toMatchObject({ scannedThrough: 6, currentRevision: 6, compactRevision: 0 });
    const del = r.events[4];
    expect(del?.kv).toEqual({ key: b('a'), createRevision: 0, modRevision: 5, version: 0, value: new Uint8Array(), lease: 0n });
    expect(del?.prevKv).toBeUndefined(); // only on request
    const last = r.events[6];
    expect(last && tuple(last.kv)).toEqual(['a', '3', 6, 6, 1, 0n]);
  });

  it('filters by key range and start revision', async () => {
    expect(eventSummary((await h.store.eventsSince(4, { key: b('a') })).events)).toEqual(['PUT a@4', 'DEL a@5', 'PUT a@6']);
    expect(eventSummary((await h.store.eventsSince(3, { key: b('b'), rangeEnd: b('d') })).events)).toEqual(['PUT b@3', 'PUT c@4', 'DEL b@5']);
    const past = await h.store.eventsSince(7, everything);
    expect(past).toMatchObject({ events: [], scannedThrough: 6 });
  });

  it('stops after a number of revisions without splitting one', async () => {
    const first = await h.store.eventsSince(2, everything, { limitRevisions: 2 });
    expect(eventSummary(first.events)).toEqual(['PUT a@2', 'PUT b@3']);
    expect(first.scannedThrough).toBe(3);
    const second = await h.store.eventsSince(first.scannedThrough + 1, everything, { limitRevisions: 2 });
    expect(eventSummary(second.events)).toEqual(['PUT a@4', 'PUT c@4', 'DEL a@5', 'DEL b@5']);
    expect(second.scannedThrough).toBe(5);
    const third = await h.store.eventsSince(6, everything, { limitRevisions: 2 });
    expect(third.scannedThrough).toBe(6);
  });

  it('attaches prev_kv (the key at mod_revision - 1) when asked, none for creates', async () => {
    const r = await h.store.eventsSince(2, everything, { prevKv: true });
    const prev = (e: Event | undefined): string | undefined => (e?.prevKv ? `${str(e.prevKv.key)}=${str(e.prevKv.value)}@${e.prevKv.modRevision}` : undefined);
    expect(r.events.map(prev)).toEqual([undefined, undefined, 'a=1@2', undefined, 'a=2@4', 'b=1@3', undefined]);
  });

  it('fails below the compacted revision; at it, keeps the puts and leaves out the deletes', async () => {
    await h.compact(5);
    const err = await rejection(h.store.eventsSince(4, everything));
    expect(err).toBeInstanceOf(KvError);
    expect(err.message).toBe('etcdserver: mvcc: required revision has been compacted');
    const r = await h.store.eventsSince(5, everything);
    expect(eventSummary(r.events)).toEqual(['PUT a@6']);
    await h.compact(6);
    expect(eventSummary((await h.store.eventsSince(6, everything, { prevKv: true })).events)).toEqual(['PUT a@6']);
  });

  it('drops prev_kv that was compacted away', async () => {
    await h.put('c', '2'); // 7: prev c@4
    await h.compact(5);
    const r = await h.store.eventsSince(7, everything, { prevKv: true });
    // c@4 is still the visible version at 6 (>= compacted 5), so it is kept
    expect(r.events[0]?.prevKv && tuple(r.events[0].prevKv)).toEqual(['c', '1', 4, 4, 1, 0n]);
    await h.compact(7);
    const after = await h.store.eventsSince(7, everything, { prevKv: true });
    expect(after.events[0]?.prevKv).toBeUndefined();
  });

  it('sees a batch that is still being written', async () => {
    const entries = Array.from({ length: 50 }, (_, i) => ({
      index: h.index + 1 + i,
      command: { type: 'put' as const, request: { key: b(`k${i % 3}`), value: b(`${i}`) } },
    }));
    const pending = h.store.applyBatch(entries);
    await waitFor(() => h.store.revision === 56);
    const r = await h.store.eventsSince(7, everything, { prevKv: true });
    expect(r.events).toHaveLength(50);
    expect(r.events.every((e, i) => e.type === EventType.PUT && e.kv.modRevision === 7 + i)).toBe(true);
    expect(r.events.slice(3).every((e) => e.prevKv !== undefined && e.prevKv.modRevision === e.kv.modRevision - 3)).toBe(true);
    const past = await h.store.range({ key: b('k0'), revision: 8 });
    expect(past.kvs.map((kv) => str(kv.value))).toEqual(['0']);
    await pending;
  });
});
