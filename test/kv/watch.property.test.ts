// Property: watchers created at random start revisions over random ranges,
// with random filters and prev_kv, on a fast and a slow stream, while random
// puts / deletes / txns / compactions are applied (and the hub is told of
// them late, as while a batch lands, or not at all, as when a snapshot is
// installed), receive exactly the model's event
// sequence: in revision order, whole revisions, no gap, no duplicate. A
// watcher canceled by the client got a prefix of it; one canceled by a
// compaction got a prefix that stops below the compacted revision. Progress
// responses come only after every event at or below their revision.
//
// Seeded; WATCH_PROP_SEED / WATCH_PROP_RUNS replay or extend (fast-check
// prints the seed and the shrunk counterexample on failure).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Event, KvCommand, RequestOp } from '../../src/kv/index.js';
import type { WatchOutput } from '../../src/kv/watch-stream.js';
import { b, str } from './helpers.js';
import { kvStr, Model, pickRevision, type Cmd, type Op } from './model.js';
import { quiesce, WatchRig, type TestStream } from './watch-rig.js';

const SEED = Number(process.env.WATCH_PROP_SEED ?? 20240612);
const RUNS = Number(process.env.WATCH_PROP_RUNS ?? 1000);

const keyArb = fc.constantFrom('a', 'b', 'ab', 'c', '\x00', '\xff');
const endArb = fc.option(fc.constantFrom('b', 'c', '\x00', '\xff', 'ab'), { nil: undefined });
const valueArb = fc.constantFrom('', 'x', 'yy');

type WriteCmd = Exclude<Cmd, { t: 'range' } | { t: 'reopen' }>;

const putArb = fc.record({ t: fc.constant('put' as const), key: keyArb, value: valueArb, prevKv: fc.constant(false) });
const delArb = fc.record({ t: fc.constant('del' as const), key: keyArb, end: endArb, prevKv: fc.constant(false) });
const opArb: fc.Arbitrary<Op> = fc.oneof({ arbitrary: putArb, weight: 3 }, { arbitrary: delArb, weight: 1 });
const writeArb: fc.Arbitrary<WriteCmd> = fc.oneof(
  { arbitrary: putArb, weight: 6 },
  { arbitrary: delArb, weight: 2 },
  {
    arbitrary: fc.record({
      t: fc.constant('txn' as const),
      compares: fc.array(
        fc.record({
          key: keyArb,
          end: fc.constant(undefined),
          target: fc.constantFrom(0 as const, 2 as const),
          result: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
          num: fc.nat(6),
          value: fc.constant(''),
        }),
        { maxLength: 1 },
      ),
      success: fc.array(opArb, { maxLength: 3 }),
      failure: fc.array(opArb, { maxLength: 3 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ t: fc.constant('compact' as const), pick: fc.nat(30) }), weight: 1 },
);

/** Where a watcher starts: now, k revisions back from the store's revision, k ahead of the hub's, or negative. */
type StartPick = { at: 'now' } | { at: 'past'; k: number } | { at: 'future'; k: number } | { at: 'negative' };
const startArb: fc.Arbitrary<StartPick> = fc.oneof(
  { arbitrary: fc.constant({ at: 'now' as const }), weight: 3 },
  { arbitrary: fc.record({ at: fc.constant('past' as const), k: fc.nat(8) }), weight: 4 },
  { arbitrary: fc.record({ at: fc.constant('future' as const), k: fc.nat(3) }), weight: 1 },
  { arbitrary: fc.constant({ at: 'negative' as const }), weight: 1 },
);

interface WatchSpec {
  t: 'watch';
  stream: 0 | 1;
  key: string;
  end: string | undefined;
  start: StartPick;
  noPut: boolean;
  noDelete: boolean;
  prevKv: boolean;
}

type Action =
  | { t: 'write'; cmd: WriteCmd }
  | WatchSpec
  | { t: 'cancel'; stream: 0 | 1; pick: number }
  | { t: 'drain' }
  | { t: 'hold'; on: boolean }
  | { t: 'release'; n: number }
  | { t: 'settle' }
  | { t: 'jump' }
  | { t: 'progress'; stream: 0 | 1 }
  | { t: 'tick'; stream: 0 | 1 };

const streamArb = fc.constantFrom(0 as const, 1 as const);
const rare = (v: boolean): fc.Arbitrary<boolean> => fc.oneof({ arbitrary: fc.constant(v), weight: 4 }, { arbitrary: fc.constant(!v), weight: 1 });
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant('write' as const), cmd: writeArb }), weight: 16 },
  {
    arbitrary: fc.record({
      t: fc.constant('watch' as const),
      stream: streamArb,
      key: keyArb,
      end: fc.oneof({ arbitrary: fc.constant('\x00'), weight: 2 }, { arbitrary: endArb, weight: 2 }),
      start: startArb,
      noPut: rare(false),
      noDelete: rare(false),
      prevKv: fc.boolean(),
    }),
    weight: 5,
  },
  { arbitrary: fc.record({ t: fc.constant('cancel' as const), stream: streamArb, pick: fc.nat(5) }), weight: 1 },
  { arbitrary: fc.constant({ t: 'drain' as const }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('hold' as const), on: fc.boolean() }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('release' as const), n: fc.integer({ min: 1, max: 3 }) }), weight: 2 },
  { arbitrary: fc.constant({ t: 'settle' as const }), weight: 1 },
  { arbitrary: fc.constant({ t: 'jump' as const }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('progress' as const), stream: streamArb }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('tick' as const), stream: streamArb }), weight: 1 },
);

function requestOp(op: Op): RequestOp {
  if (op.t === 'put') return { requestPut: { key: b(op.key), value: b(op.value) } };
  if (op.t === 'del') return { requestDeleteRange: op.end === undefined ? { key: b(op.key) } : { key: b(op.key), rangeEnd: b(op.end) } };
  throw new Error('no ranges generated');
}

function command(cmd: WriteCmd, rev: number): KvCommand {
  switch (cmd.t) {
    case 'put':
    case 'del': {
      const op = requestOp(cmd);
      return op.requestPut ? { type: 'put', request: op.requestPut } : { type: 'deleteRange', request: op.requestDeleteRange! };
    }
    case 'txn':
      return {
        type: 'txn',
        request: {
          compare: cmd.compares.map((c) => ({ key: b(c.key), target: c.target, result: c.result, version: c.num, modRevision: c.num })),
          success: cmd.success.map(requestOp),
          failure: cmd.failure.map(requestOp),
        },
      };
    case 'compact':
      return { type: 'compaction', request: { revision: pickRevision(cmd.pick, rev) } };
  }
}

function inRange(k: string, key: string, end: string | undefined): boolean {
  const from = key === '' ? '\x00' : key;
  if (end === undefined || end === '') return k === from;
  if (k < from) return false;
  return end === '\x00' || k < end;
}

/** A received event as a comparable string (prev_kv included when the watcher asked for it). */
function received(e: Event, prevKv: boolean): string {
  const kv = e.kv;
  let s: string;
  if (e.type === 0) {
    s = `P ${kvStr({ key: str(kv.key), value: str(kv.value), create: kv.createRevision, mod: kv.modRevision, version: kv.version })}`;
  } else {
    const clean = kv.createRevision === 0 && kv.version === 0 && kv.value.length === 0 && kv.lease === 0n;
    s = `D ${str(kv.key)}@${kv.modRevision}${clean ? '' : ' (delete with fields set)'}`;
  }
  if (prevKv && e.prevKv !== undefined) {
    const p = e.prevKv;
    s += ` prev=${kvStr({ key: str(p.key), value: str(p.value), create: p.createRevision, mod: p.modRevision, version: p.version })}`;
  }
  return s;
}

interface Expected {
  text: string;
  mod: number;
}

/**
 * The model's events for a watcher from `start`. `atCompaction`: its first
 * history read found `start` equal to the compacted revision, whose deletes
 * (and the prev_kv of its events) are gone, as in etcd.
 */
function expectedEvents(model: Model, w: WatchSpec, start: number, atCompaction: boolean): Expected[] {
  const out: Expected[] = [];
  for (const [type, key, mod] of model.events) {
    if (mod < start || !inRange(key, w.key, w.end)) continue;
    if (type === 'PUT' ? w.noPut : w.noDelete) continue;
    if (type === 'DEL' && atCompaction && mod === start) continue;
    let text: string;
    let created = false;
    if (type === 'PUT') {
      const kv = model.states[mod]!.get(key)!;
      created = kv.create === mod;
      text = `P ${kvStr(kv)}`;
    } else {
      text = `D ${key}@${mod}`;
    }
    if (w.prevKv && !created && !(atCompaction && mod === start)) {
      const prev = model.states[mod - 1]?.get(key);
      if (prev !== undefined) text += ` prev=${kvStr(prev)}`;
    }
    out.push({ text, mod });
  }
  return out;
}

interface Live {
  spec: WatchSpec;
  stream: 0 | 1;
  id: number;
  /** start_revision as sent. */
  sent: number;
  /** The first revision it should see. */
  start: number;
  /** The hub's revision when it was created (its created header). */
  hubRev: number;
  /** The compacted revision when it was created. */
  compactAtCreate: number;
  /** Every compacted revision the store went through while it existed. */
  compactions: Set<number>;
  canceled: boolean;
}

const isEnd = (o: WatchOutput): boolean => o.kind === 'canceled' || o.kind === 'compacted';

/** What the runs exercised (printed with WATCH_PROP_STATS=1); checked at the end so the generator cannot quietly degrade. */
const STATS = { watchers: 0, events: 0, compacted: 0, canceled: 0, exact: 0, atCompaction: 0, fromHistory: 0, progress: 0, behind: 0 };
async function check(actions: Action[]): Promise<void> {
  const rig = await WatchRig.create({
    maxStreamResponses: 3,
    maxWatcherResponses: 2,
    maxStreamBytes: 400,
    catchUpRevisions: 2,
    catchUpConcurrency: 1,
  });
  const model = new Model();
  const streams: [TestStream, TestStream] = [rig.stream('auto'), rig.stream('manual')];
  const watchers: Live[] = [];
  try {
    for (const a of actions) {
      switch (a.t) {
        case 'write': {
          const cmd = command(a.cmd, model.rev);
          model.run(a.cmd);
          await rig.apply(cmd);
          expect(rig.h.store.revision).toBe(model.rev);
          for (const w of watchers) w.compactions.add(model.compacted);
          if (rig.hub.stats.unsynced > 0) STATS.behind++;
          break;
        }
        case 'watch': {
          const hubRev = rig.hub.revision;
          const storeRev = rig.h.store.revision;
          const sent =
            a.start.at === 'now' ? 0
            : a.start.at === 'past' ? Math.max(1, storeRev - a.start.k)
            : a.start.at === 'future' ? hubRev + 1 + a.start.k
            : -1;
          const s = streams[a.stream];
          const id = s.create({ key: a.key, ...(a.end === undefined ? {} : { end: a.end }), startRevision: sent, noPut: a.noPut, noDelete: a.noDelete, prevKv: a.prevKv });
          const emptyRange = a.end !== undefined && a.end !== '\x00' && (a.key === '' ? '\x00' : a.key) >= a.end;
          if (sent < 0 || emptyRange) {
            expect(id).toBe(-1);
            break;
          }
          expect(id).toBeGreaterThanOrEqual(0);
          watchers.push({
            spec: a,
            stream: a.stream,
            id,
            sent,
            start: sent === 0 ? hubRev + 1 : sent,
            hubRev,
            compactAtCreate: model.compacted,
            compactions: new Set([model.compacted]),
            canceled: false,
          });
          break;
        }
        case 'cancel': {
          const mine = watchers.filter((w) => w.stream === a.stream && !w.canceled);
          const w = mine[a.pick % Math.max(1, mine.length)];
          if (w === undefined) break;
          expect(streams[a.stream].stream.cancel(w.id)).toBe(true);
          w.canceled = true;
          break;
        }
        case 'drain':
          streams[1].drain();
          break;
        case 'hold':
          rig.holdNotifications = a.on;
          if (!a.on) rig.release();
          break;
        case 'release':
          rig.release(a.n);
          break;
        case 'settle':
          await rig.hub.settled();
          break;
        case 'jump':
          rig.jump();
          break;
        case 'progress':
          streams[a.stream].stream.requestProgress();
          break;
        case 'tick':
          streams[a.stream].stream.progressTick();
          break;
      }
    }
    rig.holdNotifications = false;
    rig.release();
    await quiesce(rig, streams);

    const variants = new Map<Live, Expected[][]>();
    for (const w of watchers) {
      const s = streams[w.stream];
      const outs = s.of(w.id);
      const what = `watcher ${w.id} on stream ${w.stream}: ${JSON.stringify({ ...w.spec, sent: w.sent, start: w.start, hubRev: w.hubRev, compactions: [...w.compactions] })}`;
      expect(outs[0], what).toEqual({ kind: 'created', watchId: w.id, revision: w.hubRev });
      const endAt = outs.findIndex(isEnd);
      const body = outs.slice(1, endAt === -1 ? undefined : endAt);
      const tail = endAt === -1 ? [] : outs.slice(endAt);
      // Only events (and progress) between created and the end; nothing after a cancel.
      expect(body.every((o) => o.kind === 'events' || o.kind === 'progress'), what).toBe(true);
      expect(tail.length <= 2 && tail.slice(1).every((o) => o.kind === 'canceled' && tail[0]!.kind === 'compacted'), what).toBe(true);
      if (w.canceled) expect(tail.some((o) => o.kind === 'canceled'), what).toBe(true);
      else expect(tail.some((o) => o.kind === 'canceled'), what).toBe(false);

      // Whole revisions per response, in order, with a header at or past them.
      let lastMod = 0;
      const got: string[] = [];
      const gotMods: number[] = [];
      for (const o of body) {
        if (o.kind !== 'events') continue;
        expect(o.prevKv, what).toBe(w.spec.prevKv);
        expect(o.events.length, what).toBeGreaterThan(0);
        expect(o.events[0]!.kv.modRevision, `${what}: a revision split across responses`).toBeGreaterThan(lastMod);
        for (const e of o.events) {
          expect(e.kv.modRevision, what).toBeGreaterThanOrEqual(lastMod);
          lastMod = e.kv.modRevision;
          got.push(received(e, o.prevKv));
          gotMods.push(lastMod);
        }
        expect(o.revision, what).toBeGreaterThanOrEqual(lastMod);
      }

      // Only a watcher that starts by reading history can start at the compacted revision.
      const fresh = w.sent > 0 && w.sent <= w.hubRev;
      const canBeAtCompaction = fresh && w.compactions.has(w.start);
      const options =
        fresh && w.start === w.compactAtCreate ? [expectedEvents(model, w.spec, w.start, true)]
        : canBeAtCompaction ? [expectedEvents(model, w.spec, w.start, false), expectedEvents(model, w.spec, w.start, true)]
        : [expectedEvents(model, w.spec, w.start, false)];
      const texts = options.map((o) => o.map((e) => e.text));
      const compacted = tail[0]?.kind === 'compacted' ? tail[0] : undefined;
      if (compacted === undefined && !w.canceled) {
        // Still watching: exactly the model's sequence.
        expect(texts.some((t) => t.length === got.length && t.every((x, i) => x === got[i])), `${what}\n got ${JSON.stringify(got)}\n want ${JSON.stringify(texts)}`).toBe(true);
      } else {
        expect(texts.some((t) => got.every((x, i) => x === t[i])), `${what}\n got ${JSON.stringify(got)}\n want a prefix of ${JSON.stringify(texts)}`).toBe(true);
      }
      if (compacted !== undefined && compacted.kind === 'compacted') {
        expect(w.compactions.has(compacted.compactRevision), what).toBe(true);
        expect(gotMods.every((m) => m < compacted.compactRevision), `${what}: canceled by compaction ${compacted.compactRevision} after events at or past it`).toBe(true);
        if (fresh && w.sent < w.compactAtCreate) {
          expect(got, what).toEqual([]);
          expect(compacted.compactRevision, what).toBe(w.compactAtCreate);
        }
      } else if (fresh && w.sent < w.compactAtCreate) {
        throw new Error(`${what}: started below the compacted revision ${w.compactAtCreate} but was not canceled`);
      }
      variants.set(w, options);
      STATS.watchers++;
      STATS.events += got.length;
      if (compacted !== undefined) STATS.compacted++;
      if (w.canceled) STATS.canceled++;
      if (compacted === undefined && !w.canceled) STATS.exact++;
      if (canBeAtCompaction) STATS.atCompaction++;
      if (fresh) STATS.fromHistory++;
    }

    // A progress response: every watcher it covers has had every event at or below its revision.
    // (Not checked for watchers the client canceled later: the cancel drops their queued events.)
    for (const [si, s] of streams.entries()) {
      const seen = new Map<number, number[]>();
      const ended = new Set<number>();
      for (const o of s.got) {
        if (o.kind === 'created') seen.set(o.watchId, []);
        else if (o.kind === 'events') seen.get(o.watchId)?.push(...o.events.map((e) => e.kv.modRevision));
        else if (o.kind === 'canceled' || o.kind === 'compacted') ended.add(o.watchId);
        else if (o.kind === 'progress') {
          const ids = o.watchId === -1 ? [...seen.keys()].filter((id) => !ended.has(id)) : [o.watchId];
          STATS.progress++;
          for (const id of ids) {
            const w = watchers.find((x) => x.stream === si && x.id === id)!;
            if (w.canceled) continue;
            const mods = seen.get(id)!;
            const ok = variants.get(w)!.some((v) => {
              const want = v.filter((e) => e.mod <= o.revision).map((e) => e.mod);
              return want.length === mods.length && want.every((m, i) => m === mods[i]);
            });
            expect(ok, `stream ${si}: progress at ${o.revision} before watcher ${id} had its events (got ${JSON.stringify(mods)})`).toBe(true);
          }
        }
      }
    }
    const live = watchers.filter((w) => !w.canceled && !streams[w.stream].of(w.id).some(isEnd)).length;
    expect(rig.hub.stats).toMatchObject({ synced: live, unsynced: 0 });
  } finally {
    for (const s of streams) s.stream.close();
    await rig.dispose();
  }
}

describe('watch vs model', () => {
  it(`every watcher gets exactly the model's events (${RUNS} runs, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { minLength: 8, maxLength: 40 }), (actions) => check(actions)),
      { numRuns: RUNS, seed: SEED, endOnFailure: false },
    );
    if (process.env.WATCH_PROP_STATS === '1') console.log('watch property stats', STATS);
    if (RUNS >= 1000) {
      for (const k of Object.keys(STATS) as Array<keyof typeof STATS>) expect(STATS[k], `no run exercised "${k}"`).toBeGreaterThan(0);
    }
  });
});
