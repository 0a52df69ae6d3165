// Conversion between the Raft core's values (src/raft/types.ts) and their
// protobuf form (proto/regd/raftpb.proto): log entries, hard state and
// snapshot metadata for the log store, messages and batches for the peer
// transport. What an entry's data means is not this file's business: that is
// the command codec (command-codec.ts).
//
// Hot path (every append, every log write): no JSON, no per-entry conversion
// on the way out (core Entry objects are handed to the generated encoder as
// they are), and entry data decoded as a view into the input buffer, not a
// copy. A decoded entry therefore keeps the input buffer alive and must not
// be written to; the core never writes to entry data.
//
// Decoding checks what a peer or a damaged disk could get wrong: unknown
// message types, and ids, terms and indexes beyond Number.MAX_SAFE_INTEGER
// (the core keeps them as numbers). It throws a RaftCodecError on either.

import { regd } from '../generated/proto.js';
import { longToBigInt, longToNumber, toUint64, type LongField } from '../proto/long.js';
import type { ConfState, Entry, HardState, Message, MessageType, Snapshot, SnapshotMeta } from '../raft/index.js';

const pb = regd.raftpb;
const WireType = pb.MessageType;

export type WireMessage = regd.raftpb.IMessage;
export type WireMessageType = regd.raftpb.MessageType;

/** Malformed Raft wire data (bad type, out-of-range number, undecodable bytes). */
export class RaftCodecError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RaftCodecError';
  }
}

const TO_WIRE: Readonly<Record<MessageType, WireMessageType>> = {
  prop: WireType.MESSAGE_TYPE_PROP,
  app: WireType.MESSAGE_TYPE_APP,
  appResp: WireType.MESSAGE_TYPE_APP_RESP,
  vote: WireType.MESSAGE_TYPE_VOTE,
  voteResp: WireType.MESSAGE_TYPE_VOTE_RESP,
  preVote: WireType.MESSAGE_TYPE_PRE_VOTE,
  preVoteResp: WireType.MESSAGE_TYPE_PRE_VOTE_RESP,
  heartbeat: WireType.MESSAGE_TYPE_HEARTBEAT,
  heartbeatResp: WireType.MESSAGE_TYPE_HEARTBEAT_RESP,
  snap: WireType.MESSAGE_TYPE_SNAP,
  timeoutNow: WireType.MESSAGE_TYPE_TIMEOUT_NOW,
  readIndex: WireType.MESSAGE_TYPE_READ_INDEX,
  readIndexResp: WireType.MESSAGE_TYPE_READ_INDEX_RESP,
};

const FROM_WIRE: readonly (MessageType | undefined)[] = (() => {
  const a: (MessageType | undefined)[] = [];
  for (const [k, v] of Object.entries(TO_WIRE) as [MessageType, WireMessageType][]) a[v] = k;
  return a;
})();

/** The wire enum value of a core message type. */
export function messageTypeToWire(t: MessageType): WireMessageType {
  const w = TO_WIRE[t];
  if (w === undefined) throw new RaftCodecError(`unknown raft message type ${JSON.stringify(t)}`);
  return w;
}

/** The core message type of a wire enum value; throws on 0 (unset) or an unknown value. */
export function messageTypeFromWire(w: WireMessageType | null | undefined): MessageType {
  const t = w === null || w === undefined ? undefined : FROM_WIRE[w];
  if (t === undefined) throw new RaftCodecError(`unknown raft message type ${String(w)} on the wire`);
  return t;
}

function num(v: LongField, what: string): number {
  // Fast path: a uint64 that fits in 32 bits (almost every id, term and index).
  if (typeof v === 'object' && v !== null && v.high === 0) return v.low >>> 0;
  try {
    return longToNumber(v, what);
  } catch (err) {
    throw new RaftCodecError((err as Error).message, { cause: err });
  }
}

function nums(a: readonly LongField[] | null | undefined, what: string): number[] {
  if (a === null || a === undefined) return [];
  const out = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = num(a[i], what);
  return out;
}

// ---------------------------------------------------------------------------
// ConfState, Entry, Snapshot
// ---------------------------------------------------------------------------

/** A wire ConfState as the core's. An unset one decodes as the empty configuration. */
export function confStateFromWire(c: regd.raftpb.IConfState | null | undefined): ConfState {
  if (c === null || c === undefined) return { voters: [], outgoing: [], learners: [] };
  return { voters: nums(c.voters, 'voter id'), outgoing: nums(c.outgoing, 'voter id'), learners: nums(c.learners, 'learner id') };
}

const EMPTY = new Uint8Array(0);

function bytes(b: Uint8Array | null | undefined): Uint8Array {
  return b === null || b === undefined ? EMPTY : b;
}

/** A wire Entry as the core's; `conf` is set only if the wire entry carried one. */
export function entryFromWire(e: regd.raftpb.IEntry): Entry {
  const out: Entry = { term: num(e.term, 'entry term'), index: num(e.index, 'entry index'), data: bytes(e.data) };
  if (e.conf !== null && e.conf !== undefined) out.conf = confStateFromWire(e.conf);
  return out;
}

export function snapshotMetaFromWire(m: regd.raftpb.ISnapshotMeta | null | undefined): SnapshotMeta {
  if (m === null || m === undefined) return { index: 0, term: 0, conf: confStateFromWire(undefined) };
  return { index: num(m.index, 'snapshot index'), term: num(m.term, 'snapshot term'), conf: confStateFromWire(m.conf) };
}

export function snapshotFromWire(s: regd.raftpb.ISnapshot): Snapshot {
  return { meta: snapshotMetaFromWire(s.meta), data: bytes(s.data) };
}

// ---------------------------------------------------------------------------
// Message
// ---------------------------------------------------------------------------

/**
 * A core Message in wire form, for MessageBatch.messages. Shallow: entries and
 * the snapshot are passed through as they are (core Entry, ConfState and
 * Snapshot already have the wire shape). Zero-valued scalars are left out, as
 * proto3 would (protobufjs writes any field that is set, even to 0), which
 * keeps heartbeats and responses to a few bytes.
 */
export function messageToWire(m: Message): WireMessage {
  const w: WireMessage = { type: messageTypeToWire(m.type) };
  if (m.from !== 0) w.from = m.from;
  if (m.to !== 0) w.to = m.to;
  if (m.term !== 0) w.term = m.term;
  if (m.logTerm !== 0) w.logTerm = m.logTerm;
  if (m.index !== 0) w.index = m.index;
  if (m.entries.length !== 0) w.entries = m.entries;
  if (m.commit !== 0) w.commit = m.commit;
  if (m.reject) w.reject = true;
  if (m.rejectHint !== 0) w.rejectHint = m.rejectHint;
  if (m.context !== '') w.context = m.context;
  if (m.snapshot !== undefined) w.snapshot = m.snapshot;
  return w;
}

/** A wire message (decoded or built by hand) as the core's; `snapshot` is set only if present. */
export function messageFromWire(w: WireMessage): Message {
  const we = w.entries;
  let entries: Entry[];
  if (we === null || we === undefined || we.length === 0) {
    entries = [];
  } else {
    entries = new Array<Entry>(we.length);
    for (let i = 0; i < we.length; i++) entries[i] = entryFromWire(we[i]!);
  }
  const m: Message = {
    type: messageTypeFromWire(w.type),
    from: num(w.from, 'from'),
    to: num(w.to, 'to'),
    term: num(w.term, 'term'),
    logTerm: num(w.logTerm, 'logTerm'),
    index: num(w.index, 'index'),
    entries,
    commit: num(w.commit, 'commit'),
    reject: w.reject === true,
    rejectHint: num(w.rejectHint, 'rejectHint'),
    context: w.context ?? '',
  };
  if (w.snapshot !== null && w.snapshot !== undefined) m.snapshot = snapshotFromWire(w.snapshot);
  return m;
}

function decodeWith<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof RaftCodecError) throw err;
    throw new RaftCodecError(`cannot decode ${what}: ${(err as Error).message}`, { cause: err });
  }
}

/** One core Message as protobuf bytes (regd.raftpb.Message). */
export function encodeMessage(m: Message): Uint8Array {
  return pb.Message.encode(messageToWire(m)).finish();
}

export function decodeMessage(b: Uint8Array): Message {
  return decodeWith('raft message', () => messageFromWire(pb.Message.decode(b)));
}

// ---------------------------------------------------------------------------
// Transport batches
// ---------------------------------------------------------------------------

/** The stamps on a batch: whose cluster, from which member, meant for which member (uint64 ids). */
export interface BatchStamp {
  clusterId: bigint;
  from: bigint;
  to: bigint;
}

/** A batch for RaftTransport.Send: the stamps plus the messages in wire form (shallow, see messageToWire). */
export function batchToWire(stamp: BatchStamp, messages: readonly Message[]): regd.raftpb.IMessageBatch {
  const wire = new Array<WireMessage>(messages.length);
  for (let i = 0; i < messages.length; i++) wire[i] = messageToWire(messages[i]!);
  return { clusterId: toUint64(stamp.clusterId), from: toUint64(stamp.from), to: toUint64(stamp.to), messages: wire };
}

/** The stamps of a received batch, exactly (ids may be >= 2^63). */
export function batchStamp(b: regd.raftpb.IMessageBatch): BatchStamp {
  return { clusterId: longToBigInt(b.clusterId), from: longToBigInt(b.from), to: longToBigInt(b.to) };
}

/** The messages of a received batch as core Messages; throws RaftCodecError on a malformed one. */
export function batchMessages(b: regd.raftpb.IMessageBatch): Message[] {
  const w = b.messages;
  if (w === null || w === undefined) return [];
  const out = new Array<Message>(w.length);
  for (let i = 0; i < w.length; i++) out[i] = messageFromWire(w[i]!);
  return out;
}

/** A whole batch as bytes (for tests and tools; the transport lets grpc-js serialize). */
export function encodeBatch(stamp: BatchStamp, messages: readonly Message[]): Uint8Array {
  return pb.MessageBatch.encode(batchToWire(stamp, messages)).finish();
}

export function decodeBatch(b: Uint8Array): { stamp: BatchStamp; messages: Message[] } {
  return decodeWith('message batch', () => {
    const batch = pb.MessageBatch.decode(b);
    return { stamp: batchStamp(batch), messages: batchMessages(batch) };
  });
}

// ---------------------------------------------------------------------------
// Durable log records
// ---------------------------------------------------------------------------

/**
 * A log entry as stored in the durable Raft log (regd.raftpb.Entry). The core
 * Entry is encoded as it is: an empty `data` is written as an empty field
 * (2 bytes), which decodes the same.
 */
export function encodeEntry(e: Entry): Uint8Array {
  return pb.Entry.encode(e).finish();
}

/** A stored log entry. `data` is a view into `b`. */
export function decodeEntry(b: Uint8Array): Entry {
  return decodeWith('raft log entry', () => entryFromWire(pb.Entry.decode(b)));
}

export function encodeHardState(h: HardState): Uint8Array {
  const w: regd.raftpb.IHardState = {};
  if (h.term !== 0) w.term = h.term;
  if (h.vote !== 0) w.vote = h.vote;
  if (h.commit !== 0) w.commit = h.commit;
  return pb.HardState.encode(w).finish();
}

export function decodeHardState(b: Uint8Array): HardState {
  return decodeWith('hard state', () => {
    const h = pb.HardState.decode(b);
    return { term: num(h.term, 'term'), vote: num(h.vote, 'vote'), commit: num(h.commit, 'commit') };
  });
}

export function encodeSnapshotMeta(m: SnapshotMeta): Uint8Array {
  return pb.SnapshotMeta.encode(m).finish();
}

export function decodeSnapshotMeta(b: Uint8Array): SnapshotMeta {
  return decodeWith('snapshot metadata', () => snapshotMetaFromWire(pb.SnapshotMeta.decode(b)));
}

export function encodeConfState(c: ConfState): Uint8Array {
  return pb.ConfState.encode(c).finish();
}

export function decodeConfState(b: Uint8Array): ConfState {
  return decodeWith('conf state', () => confStateFromWire(pb.ConfState.decode(b)));
}
