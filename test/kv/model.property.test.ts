// Property: over random sequences of put / delete / txn / compact / restart,
// with random ranges at random revisions, the store answers exactly like the
// naive model in model.ts. Seeded; set KV_PROP_SEED to replay another seed
// (fast-check prints the seed and the shrunk counterexample on failure).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KvError, type ApplyResult, type KvCommand, type RangeRequest, type RequestOp, type ResponseOp } from '../../src/kv/index.js';
import { b, Harness, str } from './helpers.js';
import { kvStr, Model, pickRevision, type Cmd, type Op, type Out, type RangeSpec } from './model.js';

const SEED = Number(process.env.KV_PROP_SEED ?? 20240611);
const RUNS = Number(process.env.KV_PROP_RUNS ?? 300);

const keyArb = fc.constantFrom('a', 'b', 'c', 'ab', 'a\x00', '\xff', '\x00');
const endArb = fc.option(fc.constantFrom('b', 'c', 'ab', '\xff', '\x00', 'a'), { nil: undefined });
const valueArb = fc.constantFrom('', 'x', 'y', 'zz', '\xff');

// Weighted so most ranges return several keys: mostly at the newest
// revision, filters and count_only now and then.
const rare = <T>(common: T, other: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof({ arbitrary: fc.constant(common), weight: 4 }, { arbitrary: other, weight: 1 });
const rangeArb: fc.Arbitrary<RangeSpec> = fc.record({
  key: keyArb,
  end: fc.oneof({ arbitrary: fc.constant('\x00'), weight: 2 }, { arbitrary: endArb, weight: 3 }),
  revPick: fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, { arbitrary: fc.nat(40), weight: 1 }),
  limit: rare(0, fc.integer({ min: -1, max: 4 })),
  sortOrder: fc.constantFrom(0 as const, 1 as const, 2 as const),
  sortTarget: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const, 4 as const),
  keysOnly: rare(false, fc.constant(true)),
  countOnly: rare(false, fc.constant(true)),
  minMod: rare(0, fc.nat(12)),
  maxMod: rare(0, fc.nat(12)),
  minCreate: rare(0, fc.nat(12)),
  maxCreate: rare(0, fc.nat(12)),
});

const putArb = fc.record({ t: fc.constant('put' as const), key: keyArb, value: valueArb, prevKv: fc.boolean() });
const delArb = fc.record({ t: fc.constant('del' as const), key: keyArb, end: endArb, prevKv: fc.boolean() });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: putArb, weight: 3 },
  { arbitrary: delArb, weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('range' as const), req: rangeArb }), weight: 1 },
);
const cmpArb = fc.record({
  key: keyArb,
  end: endArb,
  target: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
  result: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
  num: fc.nat(8),
  value: valueArb,
});
const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
  { arbitrary: putArb, weight: 6 },
  { arbitrary: delArb, weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('range' as const), req: rangeArb }), weight: 4 },
  {
    arbitrary: fc.record({
      t: fc.constant('txn' as const),
      compares: fc.array(cmpArb, { maxLength: 3 }),
      success: fc.array(opArb, { maxLength: 4 }),
      failure: fc.array(opArb, { maxLength: 4 }),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ t: fc.constant('compact' as const), pick: fc.nat(40) }), weight: 1 },
  { arbitrary: fc.constant({ t: 'reopen' as const }), weight: 1 },
);

function rangeRequest(q: RangeSpec, rev: number): RangeRequest {
  const req: RangeRequest = {
    key: b(q.key),
    revision: pickRevision(q.revPick, rev),
    limit: q.limit,
    sortOrder: q.sortOrder,
    sortTarget: q.sortTarget,
    keysOnly: q.keysOnly,
    countOnly: q.countOnly,
    minModRevision: q.minMod,
    maxModRevision: q.maxMod,
    minCreateRevision: q.minCreate,
    maxCreateRevision: q.maxCreate,
  };
  if (q.end !== undefined) req.rangeEnd = b(q.end);
  return req;
}

function requestOp(op: Op, rev: number): RequestOp {
  switch (op.t) {
    case 'put':
      return { requestPut: { key: b(op.key), value: b(op.value), prevKv: op.prevKv } };
    case 'del':
      return { requestDeleteRange: op.end === undefined ? { key: b(op.key), prevKv: op.prevKv } : { key: b(op.key), rangeEnd: b(op.end), prevKv: op.prevKv } };
    case 'range':
      return { requestRange: rangeRequest(op.req, rev) };
  }
}

function command(cmd: Exclude<Cmd, { t: 'range' } | { t: 'reopen' }>, rev: number): KvCommand {
  switch (cmd.t) {
    case 'put':
    case 'del': {
      const op = requestOp(cmd, rev);
      return op.requestPut ? { type: 'put', request: op.requestPut } : { type: 'deleteRange', request: op.requestDeleteRange ?? { key: b('?') } };
    }
    case 'txn':
      return {
        type: 'txn',
        request: {
          compare: cmd.compares.map((c) => ({
            key: b(c.key),
            ...(c.end === undefined ? {} : { rangeEnd: b(c.end) }),
            target: c.target,
            result: c.result,
            version: c.num,
            createRevision: c.num,
            modRevision: c.num,
            value: b(c.value),
          })),
          success: cmd.success.map((op) => requestOp(op, rev)),
          failure: cmd.failure.map((op) => requestOp(op, rev)),
        },
      };
    case 'compact':
      return { type: 'compaction', request: { revision: pickRevision(cmd.pick, rev) } };
  }
}

const kv = (k: { key: Uint8Array; value: Uint8Array; createRevision: number; modRevision: number; version: number }): string =>
  kvStr({ key: str(k.key), value: str(k.value), create: k.createRevision, mod: k.modRevision, version: k.version });

function normalizeOp(r: ResponseOp): Out {
  if ('responsePut' in r) return r.responsePut.prevKv ? { rev: r.responsePut.revision, prev: kv(r.responsePut.prevKv) } : { rev: r.responsePut.revision };
  if ('responseDeleteRange' in r) {
    const d = r.responseDeleteRange;
    return { rev: d.revision, deleted: d.deleted, prevs: d.prevKvs.map(kv) };
  }
  if ('responseRange' in r) {
    const g = r.responseRange;
    return { rev: g.revision, kvs: g.kvs.map(kv), more: g.more, count: g.count };
  }
  throw new Error('nested txn responses are not generated');
}

function normalize(r: ApplyResult): Out {
  if (r.status === 'rejected') return { error: r.error.message };
  if (r.status === 'skipped') throw new Error('unexpected skip');
  const resp = r.response;
  switch (resp.type) {
    case 'put':
      return normalizeOp({ responsePut: resp.response });
    case 'deleteRange':
      return normalizeOp({ responseDeleteRange: resp.response });
    case 'txn':
      return { rev: resp.response.revision, succeeded: resp.response.succeeded, responses: resp.response.responses.map(normalizeOp) };
    case 'compaction':
    case 'leaseGrant':
    case 'leaseRevoke':
      return { rev: resp.response.revision };
    case 'noop':
      return { rev: resp.revision };
  }
}

async function checkAgainstModel(cmds: Cmd[]): Promise<void> {
  const h = await Harness.create({ compactionBatchSize: 3 });
  const model = new Model();
  try {
    for (const [i, cmd] of cmds.entries()) {
      const rev = model.rev;
      if (cmd.t === 'reopen') {
        await h.reopen();
        continue;
      }
      const expected = model.run(cmd);
      let actual: Out;
      if (cmd.t === 'range') {
        try {
          const r = await h.store.range(rangeRequest(cmd.req, rev));
          actual = { rev: r.revision, kvs: r.kvs.map(kv), more: r.more, count: r.count };
        } catch (err) {
          if (!(err instanceof KvError)) throw err;
          actual = { error: err.message };
        }
      } else {
        actual = normalize(await h.run(command(cmd, rev)));
      }
      expect(actual, `command #${i}: ${JSON.stringify(cmd)}`).toEqual(expected);
      expect(h.store.revision).toBe(model.rev);
    }
    // every readable revision, and the watch history after the compacted revision
    for (let r = Math.max(1, model.compacted); r <= model.rev; r++) {
      const all = await h.store.range({ key: b('\0'), rangeEnd: b('\0'), revision: r });
      expect(all.kvs.map(kv), `revision ${r}`).toEqual(model.dump(r));
    }
    const from = Math.max(1, model.compacted + 1);
    const history = await h.store.eventsSince(from, { key: b('\0'), rangeEnd: b('\0') });
    expect(history.events.map((e) => [e.type === 0 ? 'PUT' : 'DEL', str(e.kv.key), e.kv.modRevision])).toEqual(
      model.events.filter(([, , mod]) => mod >= from),
    );
  } finally {
    await h.dispose();
  }
}

describe('store vs model', () => {
  it(`matches the model (${RUNS} runs, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cmdArb, { minLength: 5, maxLength: 60, size: 'medium' }), (cmds) => checkAgainstModel(cmds)),
      { numRuns: RUNS, seed: SEED, endOnFailure: false },
    );
  });
});
