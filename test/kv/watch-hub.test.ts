// The watch hub and its streams: ids, creates, live delivery, catch-up from
// history, filters, prev_kv, compaction, cancel, progress, slow streams.
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorMessages } from '../../src/kv/index.js';
import { WatchCreateErrors, type WatchEventsOutput, type WatchOutput, type WatchStream } from '../../src/kv/watch-stream.js';
import { b, str } from './helpers.js';
import { quiesce, summary, WatchRig, type TestStream } from './watch-rig.js';

let rig: WatchRig;
afterEach(async () => {
  await rig.dispose();
});

const kinds = (outs: WatchOutput[]): string[] => outs.map((o) => o.kind);
const eventsOut = (outs: WatchOutput[]): WatchEventsOutput[] => outs.filter((o): o is WatchEventsOutput => o.kind === 'events');

describe('watch ids and creates', () => {
  it('assigns ids per stream from 0, skipping ids in use; honours explicit ids; refuses duplicates', async () => {
    rig = await WatchRig.create();
    await rig.put('a', '1'); // 2
    const s = rig.stream();
    expect(s.create({ key: 'a', watchId: 1 })).toBe(1);
    expect(s.create({ key: 'a' })).toBe(0);
    expect(s.create({ key: 'a' })).toBe(2); // 1 is taken
    expect(s.create({ key: 'a', watchId: 2 })).toBe(-1);
    expect(s.got.at(-1)).toEqual({ kind: 'createFailed', revision: 2, reason: WatchCreateErrors.DUPLICATE_ID });
    expect(WatchCreateErrors.DUPLICATE_ID).toBe('mvcc: duplicate watch ID provided on the WatchStream');
    // another stream counts on its own
    const t = rig.stream();
    expect(t.create({ key: 'a' })).toBe(0);
    // creates are answered in order, with the current revision
    expect(s.got.map((o) => (o.kind === 'created' ? [o.watchId, o.revision] : o.kind))).toEqual([[1, 2], [0, 2], [2, 2], 'createFailed']);
  });

  it('does not reuse a canceled auto id', async () => {
    rig = await WatchRig.create();
    const s = rig.stream();
    expect(s.create({ key: 'a' })).toBe(0);
    expect(s.stream.cancel(0)).toBe(true);
    expect(s.create({ key: 'a' })).toBe(1);
    expect(s.create({ key: 'a', watchId: 0 })).toBe(2); // 0 means "pick one"
  });

  it('refuses an empty range and a negative start revision, without using an id', async () => {
    rig = await WatchRig.create();
    const s = rig.stream();
    expect(s.create({ key: 'b', end: 'a' })).toBe(-1);
    expect(s.create({ key: 'b', end: 'b' })).toBe(-1);
    expect(s.create({ key: 'a', startRevision: -1 })).toBe(-1);
    expect(s.got).toEqual([
      { kind: 'createFailed', revision: 1, reason: 'mvcc: watcher range is empty' },
      { kind: 'createFailed', revision: 1, reason: 'mvcc: watcher range is empty' },
      { kind: 'createFailed', revision: 1, reason: ErrorMessages.COMPACTED },
    ]);
    expect(s.create({ key: 'a' })).toBe(0);
  });

  it('sends created before any event, even with history to replay', async () => {
    rig = await WatchRig.create();
    await rig.put('a', '1');
    await rig.put('a', '2');
    const s = rig.stream();
    const id = s.create({ key: 'a', startRevision: 1 });
    await quiesce(rig, [s]);
    expect(kinds(s.of(id))).toEqual(['created', 'events']);
    expect(s.events(id)).toEqual(['PUT a=1@2', 'PUT a=2@3']);
  });
});

describe('delivery', () => {
  it('from now on: live events, one response per revision with that revision in the header', async () => {
    rig = await WatchRig.create();
    await rig.put('a', '0'); // 2
    const s = rig.stream();
    const id = s.create({ key: 'a' });
    await rig.put('a', '1'); // 3
    await rig.put('b', '1'); // 4
    await rig.apply({ type: 'txn', request: { success: [{ requestPut: { key: b('a'), value: b('2') } }, { requestPut: { key: b('c'), value: b('2') } }] } }); // 5
    await rig.del('a'); // 6
    const evs = eventsOut(s.of(id));
    expect(evs.map((o) => [o.revision, o.events.map(summary)])).toEqual([
      [3, ['PUT a=1@3']],
      [5, ['PUT a=2@5']],
      [6, ['DEL a@6']],
    ]);
  });

  it('ranges: [key, end), from-key, every key, and an empty key meaning "\\0"', async () => {
    rig = await WatchRig.create();
    const s = rig.stream();
    const range = s.create({ key: 'b', end: 'd' });
    const fromKey = s.create({ key: 'c', end: '\0' });
    const all = s.create({ key: '\0', end: '\0' });
    const empty = s.create({ key: '', end: '\0' });
    const zero = s.create({ key: '' });
    for (const k of ['a', 'b', 'c', 'cz', 'd', 'zz', '\0']) await rig.put(k, 'v');
    expect(s.events(range).map((e) => e.split('=')[0])).toEqual(['PUT b', 'PUT c', 'PUT cz']);
    expect(s.events(fromKey).map((e) => e.split('=')[0])).toEqual(['PUT c', 'PUT cz', 'PUT d', 'PUT zz']);
    expect(s.events(all)).toHaveLength(7);
    expect(s.events(empty)).toHaveLength(7);
    expect(s.events(zero)).toEqual(['PUT \0=v@8']);
  });

  it('gives a watcher only its events of a txn, in order, and shares the array when it takes them all', async () => {
    rig = await WatchRig.create();
    const s = rig.stream();
    const ac = s.create({ key: 'a', end: 'd', noPut: false });
    const aOnly = s.create({ key: 'a' });
    const everything = s.create({ key: '\0', end: '\0' });
    const ops = ['a', 'x', 'c', 'b', 'y'].map((k) => ({ requestPut: { key: b(k), value: b(k) } }));
    const [r] = await rig.apply({ type: 'txn', request: { success: ops } });
    expect(s.events(ac)).toEqual(['PUT a=a@2', 'PUT c=c@2', 'PUT b=b@2']);
    expect(s.events(aOnly)).toEqual(['PUT a=a@2']);
    const whole = eventsOut(s.of(everything))[0]!;
    expect(r?.status === 'applied' && whole.events === r.events).toBe(true);
  });

  it('filters NOPUT and NODELETE; a revision left empty sends nothing', async () => {
    rig = await WatchRig.create();
    const s = rig.stream();
    const noPut = s.create({ key: 'a', end: 'z', noPut: true });
    const noDel = s.create({ key: 'a', end: 'z', noDelete: true });
    await rig.put('a', '1'); // 2
    await rig.put('b', '1'); // 3
    await rig.del('a', 'c'); // 4
    expect(s.events(noPut)).toEqual(['DEL a@4', 'DEL b@4']);
    expect(s.events(noDel)).toEqual(['PUT a=1@2', 'PUT b=1@3']);
    expect(eventsOut(s.of(noPut)).map((o) => o.revision)).toEqual([4]);
  });

  it('prev_kv: live and from history; the flag tells the API whether to send it', async () => {
    rig = await WatchRig.create();
    await rig.put('a', '1'); // 2
    const s = rig.stream();
    const live = s.create({ key: 'a', prevKv: true });
    const plain = s.create({ key: 'a' });
    await rig.put('a', '2'); // 3
    await rig.del('a'); // 4
    await rig.put('a', '3'); // 5: a create, no prev
    const past = s.create({ key: 'a', startRevision: 2, prevKv: true });
    await quiesce(rig, [s]);
    const prev = (o: WatchOutput): Array<string | undefined> =>
      o.kind === 'events' ? o.events.map((e) => (e.prevKv ? `${str(e.prevKv.value)}@${e.prevKv.modRevision}` : undefined)) : [];
    expect(s.of(live).flatMap(prev)).toEqual(['1@2', '2@3', undefined]);
    expect(s.of(past).flatMap(prev)).toEqual([undefined, '1@2', '2@3', undefined]);
    expect(eventsOut(s.of(live)).every((o) => o.prevKv)).toBe(true);
    expect(eventsOut(s.of(plain)).every((o) => !o.prevKv)).toBe(true);
  });

  it('a future start revision waits for it', async () => {
    rig = await WatchRig.create();
    const s = rig.stream();
    const id = s.create({ key: 'a', startRevision: 4 });
    for (let i = 0; i < 4; i++) await rig.put('a', String(i)); // 2..5
    expect(s.events(id)).toEqual(['PUT a=2@4', 'PUT a=3@5']);
  });
});

describe('catching up from history', () => {
  it('replays in chunks of whole revisions, then goes live without gap or duplicate', async () => {
    rig = await WatchRig.create({ catchUpRevisions: 3 });
    for (let i = 0; i < 10; i++) await rig.put(i % 2 ? 'a' : 'b', String(i)); // 2..11
    const s = rig.stream();
    const id = s.create({ key: 'a', end: 'c', startRevision: 3 });
    // Writes go on while it catches up.
    const writes = (async () => {
      for (let i = 10; i < 20; i++) await rig.put('a', String(i)); // 12..21
    })();
    await writes;
    await quiesce(rig, [s]);
    const mods = s.events(id).map((e) => Number(e.split('@')[1]));
    expect(mods).toEqual(Array.from({ length: 19 }, (_, i) => i + 3));
    const outs = eventsOut(s.of(id));
    // The first responses come from history: at most 3 revisions each, header = the store revision when read.
    const first = outs[0]!;
    expect(new Set(first.events.map((e) => e.kv.modRevision)).size).toBeLessThanOrEqual(3);
    expect(first.revision).toBeGreaterThanOrEqual(first.events.at(-1)!.kv.modRevision);
    expect(rig.hub.stats).toMatchObject({ synced: 1, unsynced: 0 });
  });

  it('never sends what the hub was not told of yet, though the store has it; no gap or duplicate once it is', async () => {
    rig = await WatchRig.create();
    await rig.put('a', '1'); // 2
    rig.holdNotifications = true;
    await rig.put('a', '2'); // 3 (held)
    await rig.put('a', '3'); // 4 (held)
    expect(rig.hub.revision).toBe(2);
    const s = rig.stream();
    const past = s.create({ key: 'a', startRevision: 2 });
    const now = s.create({ key: 'a' });
    const future = s.create({ key: 'a', startRevision: 4 }); // ahead of the hub, not of the store
    await quiesce(rig, [s]);
    expect(s.events(past)).toEqual(['PUT a=1@2']);
    expect(eventsOut(s.of(past))[0]?.revision).toBe(2);
    expect(rig.hub.stats).toMatchObject({ synced: 3, unsynced: 0 });
    rig.release(1);
    rig.holdNotifications = false;
    rig.release();
    await rig.put('a', '4'); // 5
    expect(s.events(past)).toEqual(['PUT a=1@2', 'PUT a=2@3', 'PUT a=3@4', 'PUT a=4@5']);
    // created says 2: a watcher from "now" gets everything after it
    expect(s.of(now)[0]).toEqual({ kind: 'created', watchId: now, revision: 2 });
    expect(s.events(now)).toEqual(['PUT a=2@3', 'PUT a=3@4', 'PUT a=4@5']);
    expect(s.events(future)).toEqual(['PUT a=3@4', 'PUT a=4@5']);
  });

  it('a jump of the revision (snapshot installed) sends synced watchers back to history', async () => {
    rig = await WatchRig.create();
    const s = rig.stream();
    const id = s.create({ key: 'a' });
    await rig.put('a', '1'); // 2
    rig.holdNotifications = true;
    await rig.put('a', '2'); // 3: never notified, as if a snapshot covered it
    await rig.put('a', '3'); // 4
    rig.hub.resync();
    expect(rig.hub.revision).toBe(4);
    await quiesce(rig, [s]);
    expect(s.events(id)).toEqual(['PUT a=1@2', 'PUT a=2@3', 'PUT a=3@4']);
    rig.holdNotifications = false;
    rig.release(); // stale: ignored
    await rig.put('a', '4'); // 5
    expect(s.events(id)).toEqual(['PUT a=1@2', 'PUT a=2@3', 'PUT a=3@4', 'PUT a=4@5']);
  });
});

describe('compaction and jumps', () => {
  it('after a jump, an idle watcher resumes from where the hub was, not from its last event', async () => {
    rig = await WatchRig.create();
    const s = rig.stream();
    const id = s.create({ key: 'a' }); // live from 2, never gets anything before the jump
    for (let i = 0; i < 4; i++) await rig.put('b', String(i)); // 2..5
    await rig.compact(4);
    rig.holdNotifications = true;
    await rig.put('a', 'x'); // 6, never notified
    rig.jump();
    await quiesce(rig, [s]);
    expect(s.of(id).map((o) => o.kind)).toEqual(['created', 'events']);
    expect(s.events(id)).toEqual(['PUT a=x@6']);
  });
});

describe('compaction', () => {
  it('a start below the compacted revision: created, then compacted with the compact revision', async () => {
    rig = await WatchRig.create();
    for (let i = 0; i < 4; i++) await rig.put('a', String(i)); // 2..5
    await rig.compact(4);
    const s = rig.stream();
    const id = s.create({ key: 'a', startRevision: 3 });
    await quiesce(rig, [s]);
    expect(s.of(id)).toEqual([
      { kind: 'created', watchId: id, revision: 5 },
      { kind: 'compacted', watchId: id, compactRevision: 4 },
    ]);
    // The id stays taken (and the stream not all synced) until the client cancels it, as in etcd.
    expect(s.create({ key: 'a' })).toBe(id + 1);
    expect(s.stream.requestProgress()).toBe(false);
    expect(s.stream.cancel(id)).toBe(true);
    expect(s.stream.requestProgress()).toBe(true);
  });

  it('a start at the compacted revision is allowed: its puts are kept', async () => {
    rig = await WatchRig.create();
    await rig.put('a', '1'); // 2
    await rig.put('b', '1'); // 3
    await rig.compact(3);
    await rig.put('a', '2'); // 4
    const s = rig.stream();
    const id = s.create({ key: '\0', end: '\0', startRevision: 3 });
    await quiesce(rig, [s]);
    expect(s.events(id)).toEqual(['PUT b=1@3', 'PUT a=2@4']);
  });

  it('a slow watcher that falls behind a compaction is canceled with it', async () => {
    rig = await WatchRig.create({ maxStreamResponses: 2, maxWatcherResponses: 2 });
    const s = rig.stream('manual');
    const id = s.create({ key: 'a' });
    for (let i = 0; i < 6; i++) await rig.put('a', String(i)); // 2..7
    expect(rig.hub.stats.unsynced).toBe(1);
    await rig.compact(6);
    await quiesce(rig, [s]);
    const outs = s.of(id);
    expect(outs.at(-1)).toEqual({ kind: 'compacted', watchId: id, compactRevision: 6 });
    // What it did get is a gap-free prefix.
    const mods = s.events(id).map((e) => Number(e.split('@')[1]));
    expect(mods).toEqual(Array.from({ length: mods.length }, (_, i) => i + 2));
    expect(mods.at(-1)!).toBeLessThan(6);
  });
});

describe('slow streams', () => {
  it('never block apply: over the limit a watcher drops to history, then gets everything once, in order', async () => {
    rig = await WatchRig.create({ maxStreamResponses: 8, maxWatcherResponses: 4, catchUpRevisions: 5 });
    const s = rig.stream('manual');
    const fast = rig.stream('auto');
    const slow = s.create({ key: 'k', end: 'l' });
    const other = s.create({ key: 'k1' });
    const quick = fast.create({ key: 'k', end: 'l' });
    for (let i = 0; i < 200; i++) await rig.put(`k${i % 3}`, String(i)); // 2..201
    expect(s.stream.pending).toBeLessThanOrEqual(8);
    expect(rig.hub.stats.unsynced).toBe(2);
    // The fast client saw every revision live.
    expect(eventsOut(fast.of(quick))).toHaveLength(200);
    await quiesce(rig, [s, fast]);
    const mods = s.events(slow).map((e) => Number(e.split('@')[1]));
    expect(mods).toEqual(Array.from({ length: 200 }, (_, i) => i + 2));
    expect(s.events(other)).toEqual(Array.from({ length: 200 }, (_, i) => i).filter((i) => i % 3 === 1).map((i) => `PUT k1=${i}@${i + 2}`));
    expect(rig.hub.stats).toMatchObject({ synced: 3, unsynced: 0 });
    // and it is live again
    await rig.put('k1', 'x');
    s.drain();
    expect(s.events(other).at(-1)).toBe('PUT k1=x@202');
  });

  it('bounds queued bytes too', async () => {
    rig = await WatchRig.create({ maxStreamBytes: 4096 });
    const s = rig.stream('manual');
    const id = s.create({ key: 'big' });
    const value = 'x'.repeat(1000);
    for (let i = 0; i < 20; i++) await rig.put('big', value + i);
    expect(s.stream.pendingEventBytes).toBeLessThanOrEqual(4096);
    await quiesce(rig, [s]);
    expect(s.events(id)).toHaveLength(20);
  });
});

describe('cancel and progress', () => {
  it('cancel: a canceled response after what was queued; nothing more for it; unknown ids get nothing', async () => {
    rig = await WatchRig.create();
    const s = rig.stream('manual');
    const id = s.create({ key: 'a' });
    await rig.put('a', '1');
    expect(s.stream.cancel(id)).toBe(true);
    expect(s.stream.cancel(id)).toBe(false);
    expect(s.stream.cancel(42)).toBe(false);
    await rig.put('a', '2');
    s.drain();
    // The event queued before the cancel is dropped: a canceled watcher gets nothing more.
    expect(s.of(id)).toEqual([{ kind: 'created', watchId: id, revision: 1 }, { kind: 'canceled', watchId: id, revision: 2 }]);
    expect(rig.hub.stats).toMatchObject({ watchers: 0, synced: 0 });
  });

  it('progress request: one response with id -1 only when every watcher is synced; none without watchers', async () => {
    rig = await WatchRig.create({ maxStreamResponses: 2, maxWatcherResponses: 1 });
    const s = rig.stream('manual');
    expect(s.stream.requestProgress()).toBe(false);
    s.create({ key: 'a' });
    await rig.put('a', '1'); // 2
    expect(s.stream.requestProgress()).toBe(true);
    s.drain();
    expect(s.got.at(-1)).toEqual({ kind: 'progress', watchId: -1, revision: 2 });
    await rig.put('a', '2');
    await rig.put('a', '3'); // falls behind
    expect(rig.hub.stats.unsynced).toBe(1);
    expect(s.stream.requestProgress()).toBe(false);
    await quiesce(rig, [s]);
    expect(s.stream.requestProgress()).toBe(true);
  });

  it('progress notify: a tick reaches synced progress_notify watchers that had no events since the last tick', async () => {
    rig = await WatchRig.create();
    const s = rig.stream();
    const quiet = s.create({ key: 'q', progressNotify: true });
    const busy = s.create({ key: 'b', progressNotify: true });
    const plain = s.create({ key: 'p' });
    await rig.put('b', '1'); // 2
    s.stream.progressTick();
    expect(s.got.filter((o) => o.kind === 'progress')).toEqual([{ kind: 'progress', watchId: quiet, revision: 2 }]);
    s.stream.progressTick();
    expect(s.got.filter((o) => o.kind === 'progress').map((o) => (o.kind === 'progress' ? o.watchId : -2))).toEqual([quiet, quiet, busy]);
    expect(s.of(plain).filter((o) => o.kind === 'progress')).toEqual([]);
    expect(s.stream.wantsProgressNotify).toBe(true);
  });
});

describe('lifecycle', () => {
  it('closing a stream drops its watchers from the hub', async () => {
    rig = await WatchRig.create({ maxStreamResponses: 2 });
    const s = rig.stream('manual');
    s.create({ key: 'a' });
    s.create({ key: 'a', end: 'z' });
    s.create({ key: 'a', startRevision: 1 });
    for (let i = 0; i < 5; i++) await rig.put('a', String(i));
    s.stream.close();
    await rig.hub.settled();
    expect(rig.hub.stats).toEqual({ streams: 0, watchers: 0, synced: 0, unsynced: 0, queued: 0, queuedBytes: 0 });
    expect(s.stream.take()).toBeUndefined();
  });

  it('hub close ends every stream', async () => {
    rig = await WatchRig.create();
    const streams: TestStream[] = [rig.stream(), rig.stream()];
    rig.hub.close();
    expect(streams.every((s) => s.hubClosed)).toBe(true);
    expect(rig.stream().stream.closed).toBe(true);
  });

  it('lease revoke deletes reach watchers as one revision', async () => {
    rig = await WatchRig.create();
    await rig.apply({ type: 'leaseGrant', request: { id: 7n, ttl: 10 } });
    await rig.put('l1', 'x', 7n); // 2
    await rig.put('l2', 'y', 7n); // 3
    const s = rig.stream();
    const id = s.create({ key: 'l', end: 'm' });
    await rig.apply({ type: 'leaseRevoke', request: { id: 7n } });
    expect(eventsOut(s.of(id)).map((o) => [o.revision, o.events.map(summary)])).toEqual([[4, ['DEL l1@4', 'DEL l2@4']]]);
  });
});

describe('sinks that act at once', () => {
  it('a sink may close its stream from inside readable(), during notify and catch-up, without leaking watchers', async () => {
    rig = await WatchRig.create();
    await rig.put('a', '0'); // 2
    // A client that takes each response as it is queued and hangs up on the first event.
    const hangUpOnFirstEvent = (startRevision: number): WatchStream => {
      const stream: WatchStream = rig.hub.openStream({
        readable: () => {
          for (let out = stream.take(); out !== undefined; out = stream.take()) if (out.kind === 'events') stream.close();
        },
        failed: () => undefined,
        closed: () => undefined,
      });
      stream.create({ key: b('a'), startRevision });
      return stream;
    };
    const live = hangUpOnFirstEvent(0);
    const past = hangUpOnFirstEvent(1); // its event comes from a history read
    const other = rig.stream();
    const keep = other.create({ key: 'a' });
    await rig.hub.settled();
    expect(past.closed).toBe(true);
    await rig.put('a', '1'); // 3
    await rig.hub.settled();
    expect(live.closed).toBe(true);
    expect(rig.hub.stats).toMatchObject({ streams: 1, watchers: 1, synced: 1, unsynced: 0 });
    expect(other.events(keep)).toEqual(['PUT a=1@3']);
  });
});
