// The Raft codec: every core value survives the wire and the durable log
// exactly, absent optional fields stay absent, and malformed input is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regd } from '../../src/generated/proto.js';
import { toUint64 } from '../../src/proto/long.js';
import type { ConfState, Entry, Message, MessageType, SnapshotMeta } from '../../src/raft/index.js';
import {
  RaftCodecError,
  batchMessages,
  batchStamp,
  batchToWire,
  decodeBatch,
  decodeConfState,
  decodeEntry,
  decodeHardState,
  decodeMessage,
  decodeSnapshotMeta,
  encodeBatch,
  encodeConfState,
  encodeEntry,
  encodeHardState,
  encodeMessage,
  encodeSnapshotMeta,
  messageFromWire,
  messageToWire,
} from '../../src/server/raft-codec.js';

const ALL_TYPES: MessageType[] = [
  'prop', 'app', 'appResp', 'vote', 'voteResp', 'preVote', 'preVoteResp',
  'heartbeat', 'heartbeatResp', 'snap', 'timeoutNow', 'readIndex', 'readIndexResp',
];

const MAX = Number.MAX_SAFE_INTEGER;
const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const hex = (u: Uint8Array): string => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('hex');

/**
 * A deep copy where every byte array becomes a hex string, so that
 * toStrictEqual compares content (a decoded Buffer view vs a Uint8Array) while
 * still telling an absent key from one set to undefined.
 */
function plain(v: unknown): unknown {
  if (v instanceof Uint8Array) return `bytes:${hex(v)}`;
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'object' && v !== null) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

function expectSame(actual: unknown, expected: unknown): void {
  expect(plain(actual)).toStrictEqual(plain(expected));
}

const joint: ConfState = { voters: [1, 2, 4], outgoing: [1, 2, 3], learners: [5] };

function msg(type: MessageType, over: Partial<Message> = {}): Message {
  return {
    type, from: 1, to: 2, term: 3, logTerm: 0, index: 0, entries: [], commit: 0,
    reject: false, rejectHint: 0, context: '', ...over,
  };
}

/** A realistic message of each type, using the fields the core documents for it. */
const EXAMPLES: Record<MessageType, Message> = {
  prop: msg('prop', { term: 0, entries: [{ term: 0, index: 0, data: bytes(1, 2, 3) }] }),
  app: msg('app', {
    logTerm: 2, index: 41, commit: 40,
    entries: [
      { term: 3, index: 42, data: bytes(0xde, 0xad) },
      { term: 3, index: 43, data: new Uint8Array(0) },
      { term: 3, index: 44, data: new Uint8Array(0), conf: joint },
    ],
  }),
  appResp: msg('appResp', { from: 2, to: 1, index: 44, reject: true, rejectHint: 39, logTerm: 2 }),
  vote: msg('vote', { logTerm: 2, index: 44, context: 'transfer' }),
  voteResp: msg('voteResp', { reject: true }),
  preVote: msg('preVote', { term: 4, logTerm: 3, index: 44 }),
  preVoteResp: msg('preVoteResp', { term: 4 }),
  heartbeat: msg('heartbeat', { commit: 44, context: 'read-7' }),
  heartbeatResp: msg('heartbeatResp', { context: 'read-7' }),
  snap: msg('snap', {
    snapshot: { meta: { index: 1000, term: 3, conf: joint }, data: bytes(9, 8, 7, 6) },
  }),
  timeoutNow: msg('timeoutNow'),
  readIndex: msg('readIndex', { context: 'req-42 ✓ ünïcode' }),
  readIndexResp: msg('readIndexResp', { index: 77, context: 'req-42', reject: true }),
};

describe('raft messages', () => {
  it.each(ALL_TYPES)('a %s message round-trips exactly', (type) => {
    const m = EXAMPLES[type];
    const d = decodeMessage(encodeMessage(m));
    expectSame(d, m);
    expect('snapshot' in d).toBe(m.snapshot !== undefined);
  });

  it('each core type has its own wire value, and none is 0', () => {
    const seen = new Set<number>();
    for (const t of ALL_TYPES) {
      const w = messageToWire(EXAMPLES[t]).type;
      expect(typeof w).toBe('number');
      expect(w).not.toBe(0);
      seen.add(w as number);
    }
    expect(seen.size).toBe(ALL_TYPES.length);
  });

  it('keeps conf on configuration entries only', () => {
    const d = decodeMessage(encodeMessage(EXAMPLES.app));
    expect(d.entries.map((e) => 'conf' in e)).toEqual([false, false, true]);
    expect(d.entries[2]!.conf).toStrictEqual(joint);
  });

  it('an empty ConfState stays present and empty', () => {
    const e: Entry = { term: 1, index: 1, data: new Uint8Array(0), conf: { voters: [], outgoing: [], learners: [] } };
    const d = decodeEntry(encodeEntry(e));
    expect('conf' in d).toBe(true);
    expect(d.conf).toStrictEqual({ voters: [], outgoing: [], learners: [] });
  });

  it('extreme values round-trip: ids, terms and indexes up to MAX_SAFE_INTEGER', () => {
    const m = msg('app', {
      from: MAX, to: MAX - 1, term: MAX, logTerm: MAX, index: MAX - 1, commit: MAX, rejectHint: MAX,
      entries: [{ term: MAX, index: MAX, data: bytes(255), conf: { voters: [MAX], outgoing: [2 ** 32], learners: [2 ** 32 - 1] } }],
    });
    expectSame(decodeMessage(encodeMessage(m)), m);
  });

  it('decoded entry data is a view into the input, not a copy', () => {
    const buf = encodeMessage(EXAMPLES.app);
    const d = decodeMessage(buf);
    expect(d.entries[0]!.data.buffer).toBe(buf.buffer);
    const fromLog = encodeEntry({ term: 1, index: 2, data: bytes(1, 2, 3, 4) });
    expect(decodeEntry(fromLog).data.buffer).toBe(fromLog.buffer);
  });

  it('refuses a message with no type or an unknown type', () => {
    expect(() => decodeMessage(regd.raftpb.Message.encode({ from: 1, to: 2 }).finish())).toThrow(RaftCodecError);
    expect(() => decodeMessage(regd.raftpb.Message.encode({ type: 99 as regd.raftpb.MessageType }).finish())).toThrow(/unknown raft message type/);
  });

  it('refuses numbers beyond MAX_SAFE_INTEGER instead of rounding them', () => {
    const wire = regd.raftpb.Message.encode({ type: regd.raftpb.MessageType.MESSAGE_TYPE_APP, from: 1, to: 2, term: toUint64(2n ** 53n) }).finish();
    expect(() => decodeMessage(wire)).toThrow(RaftCodecError);
    const entry = regd.raftpb.Entry.encode({ term: 1, index: toUint64(2n ** 64n - 1n) }).finish();
    expect(() => decodeEntry(entry)).toThrow(/MAX_SAFE_INTEGER/);
  });

  it('refuses truncated bytes with a RaftCodecError', () => {
    const buf = encodeMessage(EXAMPLES.app);
    expect(() => decodeMessage(buf.subarray(0, buf.length - 3))).toThrow(RaftCodecError);
  });

  it('messageFromWire accepts a hand-built wire object with unset fields', () => {
    const m = messageFromWire({ type: regd.raftpb.MessageType.MESSAGE_TYPE_HEARTBEAT, from: 3, to: 1 });
    expectSame(m, msg('heartbeat', { from: 3, to: 1, term: 0 }));
  });
});

// ---------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------

const id = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: MAX }), fc.constantFrom(0, 1, 2 ** 31, 2 ** 32, MAX));
const nat = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: MAX }));
const ids = fc.array(id, { maxLength: 6 });
const confState: fc.Arbitrary<ConfState> = fc.record({ voters: ids, outgoing: ids, learners: ids });
const data = fc.uint8Array({ maxLength: 300 });
const entry: fc.Arbitrary<Entry> = fc.record(
  { term: nat, index: nat, data, conf: confState },
  { requiredKeys: ['term', 'index', 'data'] },
);
const snapshotMeta: fc.Arbitrary<SnapshotMeta> = fc.record({ index: nat, term: nat, conf: confState });
const message: fc.Arbitrary<Message> = fc.record(
  {
    type: fc.constantFrom(...ALL_TYPES),
    from: id,
    to: id,
    term: nat,
    logTerm: nat,
    index: nat,
    entries: fc.array(entry, { maxLength: 8 }),
    commit: nat,
    reject: fc.boolean(),
    rejectHint: nat,
    context: fc.string({ unit: 'grapheme', maxLength: 40 }),
    snapshot: fc.record({ meta: snapshotMeta, data }),
  },
  { requiredKeys: ['type', 'from', 'to', 'term', 'logTerm', 'index', 'entries', 'commit', 'reject', 'rejectHint', 'context'] },
);

describe('raft codec properties', () => {
  it('random messages round-trip exactly (bytes and through the wire object)', () => {
    fc.assert(fc.property(message, (m) => {
      const d = decodeMessage(encodeMessage(m));
      expectSame(d, m);
      expect('snapshot' in d).toBe('snapshot' in m);
      d.entries.forEach((e, i) => expect('conf' in e).toBe('conf' in m.entries[i]!));
      expectSame(messageFromWire(messageToWire(m)), m);
    }), { numRuns: 500 });
  });

  it('encoding is deterministic: equal messages give equal bytes', () => {
    fc.assert(fc.property(message, (m) => {
      const again = decodeMessage(encodeMessage(m));
      expect(hex(encodeMessage(again))).toBe(hex(encodeMessage(m)));
    }), { numRuns: 200 });
  });

  it('random entries round-trip through the log record', () => {
    fc.assert(fc.property(entry, (e) => {
      const d = decodeEntry(encodeEntry(e));
      expectSame(d, e);
      expect('conf' in d).toBe('conf' in e);
    }), { numRuns: 500 });
  });

  it('hard state, snapshot metadata and conf state round-trip', () => {
    fc.assert(fc.property(fc.record({ term: nat, vote: id, commit: nat }), snapshotMeta, confState, (h, sm, c) => {
      expectSame(decodeHardState(encodeHardState(h)), h);
      expectSame(decodeSnapshotMeta(encodeSnapshotMeta(sm)), sm);
      expectSame(decodeConfState(encodeConfState(c)), c);
    }), { numRuns: 300 });
  });

  it('batches round-trip with their stamps, including uint64 ids >= 2^63', () => {
    const u64 = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
    fc.assert(fc.property(u64, u64, u64, fc.array(message, { maxLength: 4 }), (clusterId, from, to, msgs) => {
      const stamp = { clusterId, from, to };
      const d = decodeBatch(encodeBatch(stamp, msgs));
      expectSame(d.stamp, stamp);
      expectSame(d.messages, msgs);
      // The wire object the transport hands to grpc-js gives the same back.
      const w = batchToWire(stamp, msgs);
      expectSame(batchStamp(w), stamp);
      expectSame(batchMessages(w), msgs);
    }), { numRuns: 200 });
  });
});

describe('durable records', () => {
  it('hard state of a fresh node is tiny and decodes to zeros', () => {
    expect(encodeHardState({ term: 0, vote: 0, commit: 0 }).length).toBe(0);
    expect(decodeHardState(new Uint8Array(0))).toStrictEqual({ term: 0, vote: 0, commit: 0 });
    expect(hex(encodeHardState({ term: 5, vote: 2, commit: 300 }))).toBe('08051002' + '18ac02');
  });

  it('an entry record has the documented layout', () => {
    // term=3 (08 03), index=7 (10 07), data "hi" (1a 02 68 69), conf {voters:[1,2]} (22 04 0a 02 01 02)
    expect(hex(encodeEntry({ term: 3, index: 7, data: bytes(0x68, 0x69), conf: { voters: [1, 2], outgoing: [], learners: [] } })))
      .toBe('0803' + '1007' + '1a026869' + '2204' + '0a020102');
    const noop = decodeEntry(encodeEntry({ term: 3, index: 7, data: new Uint8Array(0) }));
    expect(noop.data.length).toBe(0);
    expect('conf' in noop).toBe(false);
    // A record written without the data field (as another encoder may) reads the same.
    expectSame(decodeEntry(Buffer.from('08031007', 'hex')), { term: 3, index: 7, data: new Uint8Array(0) });
  });
});
