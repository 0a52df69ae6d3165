// The Raft command: what a member proposes and every member applies, as the
// data of a normal log entry. Encoded once from the store's types by the
// proposer, decoded once per member straight into them at apply.
//
// Layout (ids are 8 bytes, little-endian):
//
//   entry data = format:u8 (=1) · request id:u64 · kind:u8 · payload
//
//   put          flags:u8 (1 prevKv, 2 ignoreValue, 4 ignoreLease, 8 lease) · key · value · [lease:i64]
//   deleteRange  flags:u8 (1 prevKv, 2 rangeEnd) · key · [rangeEnd]
//   txn          n · compare* · n · op* (success) · n · op* (failure)
//   compaction   flags:u8 (1 physical) · revision:int
//   leaseGrant   id:i64 · ttl:int
//   leaseRevoke  id:i64
//   member       member id:u64 · name:str · n · client url:str*
//
//   op       tag:u8 (0 empty, 1 range, 2 put, 3 deleteRange, 4 txn) · its payload
//   range    flags:uvarint (one bit per field below that is set) · key · fields in that order
//   compare  result:u8 · target:u8 · flags:u8 (1 rangeEnd, 2 version, 4 create, 8 mod, 16 value, 32 lease) · key · fields
//   bytes / str   length:uvarint · the bytes (UTF-8 for str)
//   n / uvarint   LEB128 of a non-negative safe integer
//   int      a safe integer: first byte bit 0 = sign, bits 1-6 = low 6 bits of
//            the magnitude, bit 7 = more; then the rest of the magnitude as uvarint
//
// Absent and zero fields are the same thing in the store's types (proto3
// presence), so a decoded command sets only what is non-zero. Decoding is
// strict (bounds, tags, trailing bytes) and deterministic: every member either
// decodes an entry to the same command or fails on it the same way. Bytes are
// views into the entry data, never copies; the store copies what it keeps.

import {
  type Compare, type DeleteRangeRequest, type KvCommand, type LeaseId, type PutRequest, type RangeRequest, type RequestOp,
  type TxnRequest,
} from '../kv/index.js';

/** A member announcing its name and client URLs (etcd's "publish"); goes to the member directory, not the store. */
export interface PublishMember {
  type: 'publishMember';
  memberId: bigint;
  name: string;
  clientUrls: string[];
}

/** Anything a member proposes as a normal entry. */
export type Command = Exclude<KvCommand, { type: 'noop' }> | PublishMember;

/** A decoded entry: the proposer's request id and its command. */
export interface DecodedCommand {
  requestId: bigint;
  command: Command;
}

/** Entry data that is not a command of this format. */
export class CommandCodecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandCodecError';
  }
}

const FORMAT = 1;

const KIND = { put: 1, deleteRange: 2, txn: 3, compaction: 4, leaseGrant: 5, leaseRevoke: 6, publishMember: 100 } as const;
const OP = { none: 0, range: 1, put: 2, deleteRange: 3, txn: 4 } as const;

const PUT_PREV_KV = 1;
const PUT_IGNORE_VALUE = 2;
const PUT_IGNORE_LEASE = 4;
const PUT_LEASE = 8;
const DEL_PREV_KV = 1;
const DEL_RANGE_END = 2;

// Range fields in layout order; bit i of the flags says field i is present.
const RANGE_NUMBERS = ['limit', 'revision', 'minModRevision', 'maxModRevision', 'minCreateRevision', 'maxCreateRevision'] as const;
const R_RANGE_END = 1 << 0;
const R_SORT_ORDER = 1 << 1;
const R_SORT_TARGET = 1 << 2;
const R_SERIALIZABLE = 1 << 3;
const R_KEYS_ONLY = 1 << 4;
const R_COUNT_ONLY = 1 << 5;
const R_NUMBER_BIT0 = 6; // RANGE_NUMBERS[i] is bit 6 + i

const C_RANGE_END = 1;
const C_VERSION = 2;
const C_CREATE = 4;
const C_MOD = 8;
const C_VALUE = 16;
const C_LEASE = 32;

const EMPTY = new Uint8Array(0);

// 64-bit ids go through one scratch word: a typed-array store is far cheaper
// than bigint arithmetic. The layout is little-endian whatever the host is.
const scratch = new BigUint64Array(1);
const scratchSigned = new BigInt64Array(scratch.buffer);
const scratchBytes = new Uint8Array(scratch.buffer);
const HOST_LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const U64_MAX = (1n << 64n) - 1n;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

// ------------------------------------------------------------------- encode

class Writer {
  // Buffer.allocUnsafe: small buffers come from Node's pool, and every byte is written before it is read.
  private buf: Buffer;
  len = 0;

  constructor(sizeHint: number) {
    this.buf = Buffer.allocUnsafe(Math.max(64, sizeHint));
  }

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + n));
    this.buf.copy(next, 0, 0, this.len);
    this.buf = next;
  }

  u8(v: number): void {
    this.room(1);
    this.buf[this.len++] = v;
  }

  uvarint(v: number): void {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`command codec: ${v} is not a non-negative safe integer`);
    this.room(8);
    while (v >= 0x80) {
      this.buf[this.len++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.len++] = v;
  }

  int(v: number): void {
    if (!Number.isSafeInteger(v)) throw new RangeError(`command codec: ${v} is not a safe integer`);
    const neg = v < 0;
    let m = neg ? -v : v;
    const first = ((m % 64) << 1) | (neg ? 1 : 0);
    m = Math.floor(m / 64);
    if (m === 0) return this.u8(first);
    this.u8(first | 0x80);
    this.uvarint(m);
  }

  u64(v: bigint): void {
    if (v < 0n || v > U64_MAX) throw new RangeError(`command codec: ${v} does not fit a uint64`);
    scratch[0] = v;
    this.word();
  }

  i64(v: bigint): void {
    if (v < I64_MIN || v > I64_MAX) throw new RangeError(`command codec: ${v} does not fit an int64`);
    scratchSigned[0] = v;
    this.word();
  }

  /** The scratch word's 8 bytes, little-endian. */
  private word(): void {
    this.room(8);
    const b = this.buf;
    const at = this.len;
    if (HOST_LE) for (let i = 0; i < 8; i++) b[at + i] = scratchBytes[i]!;
    else for (let i = 0; i < 8; i++) b[at + i] = scratchBytes[7 - i]!;
    this.len = at + 8;
  }

  bytes(b: Uint8Array): void {
    this.uvarint(b.length);
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  str(s: string): void {
    this.bytes(utf8.encode(s));
  }

  finish(): Uint8Array {
    return new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.len);
  }
}

const nonEmpty = (b: Uint8Array | undefined): b is Uint8Array => b !== undefined && b.length > 0;

function writePut(w: Writer, r: PutRequest): void {
  const lease = r.lease ?? 0n;
  w.u8((r.prevKv === true ? PUT_PREV_KV : 0) | (r.ignoreValue === true ? PUT_IGNORE_VALUE : 0) |
    (r.ignoreLease === true ? PUT_IGNORE_LEASE : 0) | (lease !== 0n ? PUT_LEASE : 0));
  w.bytes(r.key);
  w.bytes(r.value ?? EMPTY);
  if (lease !== 0n) w.i64(lease);
}

function writeDeleteRange(w: Writer, r: DeleteRangeRequest): void {
  const end = nonEmpty(r.rangeEnd);
  w.u8((r.prevKv === true ? DEL_PREV_KV : 0) | (end ? DEL_RANGE_END : 0));
  w.bytes(r.key);
  if (end) w.bytes(r.rangeEnd!);
}

function writeRange(w: Writer, r: RangeRequest): void {
  let flags = 0;
  if (nonEmpty(r.rangeEnd)) flags |= R_RANGE_END;
  if ((r.sortOrder ?? 0) !== 0) flags |= R_SORT_ORDER;
  if ((r.sortTarget ?? 0) !== 0) flags |= R_SORT_TARGET;
  if (r.serializable === true) flags |= R_SERIALIZABLE;
  if (r.keysOnly === true) flags |= R_KEYS_ONLY;
  if (r.countOnly === true) flags |= R_COUNT_ONLY;
  RANGE_NUMBERS.forEach((f, i) => {
    if ((r[f] ?? 0) !== 0) flags |= 1 << (R_NUMBER_BIT0 + i);
  });
  w.uvarint(flags);
  w.bytes(r.key);
  if (flags & R_RANGE_END) w.bytes(r.rangeEnd!);
  if (flags & R_SORT_ORDER) w.u8(r.sortOrder!);
  if (flags & R_SORT_TARGET) w.u8(r.sortTarget!);
  RANGE_NUMBERS.forEach((f, i) => {
    if (flags & (1 << (R_NUMBER_BIT0 + i))) w.int(r[f]!);
  });
}

function writeCompare(w: Writer, c: Compare): void {
  w.u8(c.result);
  w.u8(c.target);
  let flags = 0;
  if (nonEmpty(c.rangeEnd)) flags |= C_RANGE_END;
  if (c.version !== undefined) flags |= C_VERSION;
  if (c.createRevision !== undefined) flags |= C_CREATE;
  if (c.modRevision !== undefined) flags |= C_MOD;
  if (c.value !== undefined) flags |= C_VALUE;
  if (c.lease !== undefined) flags |= C_LEASE;
  w.u8(flags);
  w.bytes(c.key);
  if (flags & C_RANGE_END) w.bytes(c.rangeEnd!);
  if (flags & C_VERSION) w.int(c.version!);
  if (flags & C_CREATE) w.int(c.createRevision!);
  if (flags & C_MOD) w.int(c.modRevision!);
  if (flags & C_VALUE) w.bytes(c.value!);
  if (flags & C_LEASE) w.i64(c.lease!);
}

function writeOp(w: Writer, op: RequestOp): void {
  // The first member in field order wins, as everywhere else (validate.ts resolveOp).
  if (op.requestRange) {
    w.u8(OP.range);
    writeRange(w, op.requestRange);
  } else if (op.requestPut) {
    w.u8(OP.put);
    writePut(w, op.requestPut);
  } else if (op.requestDeleteRange) {
    w.u8(OP.deleteRange);
    writeDeleteRange(w, op.requestDeleteRange);
  } else if (op.requestTxn) {
    w.u8(OP.txn);
    writeTxn(w, op.requestTxn);
  } else {
    w.u8(OP.none);
  }
}

function writeTxn(w: Writer, t: TxnRequest): void {
  const compare = t.compare ?? [];
  w.uvarint(compare.length);
  for (const c of compare) writeCompare(w, c);
  for (const branch of [t.success ?? [], t.failure ?? []]) {
    w.uvarint(branch.length);
    for (const op of branch) writeOp(w, op);
  }
}

/** A rough size for the first buffer, so that a Put of a large value is written without growing. */
function sizeHint(c: Command): number {
  return c.type === 'put' ? 32 + c.request.key.length + (c.request.value?.length ?? 0) : 256;
}

/** A command as entry data. Throws a RangeError on a number the layout cannot hold. */
export function encodeCommand(requestId: bigint, command: Command): Uint8Array {
  const w = new Writer(sizeHint(command));
  w.u8(FORMAT);
  w.u64(requestId);
  w.u8(KIND[command.type]);
  switch (command.type) {
    case 'put':
      writePut(w, command.request);
      break;
    case 'deleteRange':
      writeDeleteRange(w, command.request);
      break;
    case 'txn':
      writeTxn(w, command.request);
      break;
    case 'compaction':
      w.u8(command.request.physical === true ? 1 : 0);
      w.int(command.request.revision);
      break;
    case 'leaseGrant':
      w.i64(command.request.id);
      w.int(command.request.ttl);
      break;
    case 'leaseRevoke':
      w.i64(command.request.id);
      break;
    case 'publishMember':
      w.u64(command.memberId);
      w.str(command.name);
      w.uvarint(command.clientUrls.length);
      for (const u of command.clientUrls) w.str(u);
      break;
  }
  return w.finish();
}

// ------------------------------------------------------------------- decode

class Reader {
  private pos = 0;

  constructor(private readonly buf: Uint8Array) {}

  private need(n: number): void {
    if (this.pos + n > this.buf.length) throw new CommandCodecError(`truncated at byte ${this.pos}`);
  }

  u8(): number {
    this.need(1);
    return this.buf[this.pos++]!;
  }

  uvarint(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = this.u8();
      v += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) break;
      scale *= 0x80;
      if (scale > Number.MAX_SAFE_INTEGER) throw new CommandCodecError(`varint too long at byte ${this.pos}`);
    }
    if (!Number.isSafeInteger(v)) throw new CommandCodecError(`varint beyond 2^53 at byte ${this.pos}`);
    return v;
  }

  int(): number {
    const first = this.u8();
    let m = (first >> 1) & 0x3f;
    if (first & 0x80) {
      m += this.uvarint() * 64;
      if (!Number.isSafeInteger(m)) throw new CommandCodecError(`integer beyond 2^53 at byte ${this.pos}`);
    }
    return first & 1 ? -m : m;
  }

  u64(): bigint {
    this.word();
    return scratch[0]!;
  }

  i64(): bigint {
    this.word();
    return scratchSigned[0]!;
  }

  /** The next 8 bytes (little-endian) into the scratch word. */
  private word(): void {
    this.need(8);
    const b = this.buf;
    const at = this.pos;
    if (HOST_LE) for (let i = 0; i < 8; i++) scratchBytes[i] = b[at + i]!;
    else for (let i = 0; i < 8; i++) scratchBytes[7 - i] = b[at + i]!;
    this.pos = at + 8;
  }

  bytes(): Uint8Array {
    const n = this.uvarint();
    this.need(n);
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  str(): string {
    try {
      return fromUtf8.decode(this.bytes());
    } catch (err) {
      if (err instanceof CommandCodecError) throw err;
      throw new CommandCodecError(`bad UTF-8 before byte ${this.pos}`);
    }
  }

  /** A count of items that take at least one byte each: never more than the bytes left. */
  count(): number {
    const n = this.uvarint();
    if (n > this.buf.length - this.pos) throw new CommandCodecError(`count ${n} beyond the data at byte ${this.pos}`);
    return n;
  }

  end(): void {
    if (this.pos !== this.buf.length) throw new CommandCodecError(`${this.buf.length - this.pos} trailing bytes`);
  }
}

function readPut(r: Reader): PutRequest {
  const flags = r.u8();
  if (flags & ~(PUT_PREV_KV | PUT_IGNORE_VALUE | PUT_IGNORE_LEASE | PUT_LEASE)) throw new CommandCodecError(`bad put flags ${flags}`);
  const out: PutRequest = { key: r.bytes() };
  const value = r.bytes();
  if (value.length > 0) out.value = value;
  if (flags & PUT_LEASE) out.lease = r.i64();
  if (flags & PUT_PREV_KV) out.prevKv = true;
  if (flags & PUT_IGNORE_VALUE) out.ignoreValue = true;
  if (flags & PUT_IGNORE_LEASE) out.ignoreLease = true;
  return out;
}

function readDeleteRange(r: Reader): DeleteRangeRequest {
  const flags = r.u8();
  if (flags & ~(DEL_PREV_KV | DEL_RANGE_END)) throw new CommandCodecError(`bad delete flags ${flags}`);
  const out: DeleteRangeRequest = { key: r.bytes() };
  if (flags & DEL_RANGE_END) out.rangeEnd = r.bytes();
  if (flags & DEL_PREV_KV) out.prevKv = true;
  return out;
}

function readRange(r: Reader): RangeRequest {
  const flags = r.uvarint();
  if (flags >= 1 << (R_NUMBER_BIT0 + RANGE_NUMBERS.length)) throw new CommandCodecError(`bad range flags ${flags}`);
  const out: RangeRequest = { key: r.bytes() };
  if (flags & R_RANGE_END) out.rangeEnd = r.bytes();
  if (flags & R_SORT_ORDER) out.sortOrder = r.u8() as RangeRequest['sortOrder'];
  if (flags & R_SORT_TARGET) out.sortTarget = r.u8() as RangeRequest['sortTarget'];
  if (flags & R_SERIALIZABLE) out.serializable = true;
  if (flags & R_KEYS_ONLY) out.keysOnly = true;
  if (flags & R_COUNT_ONLY) out.countOnly = true;
  RANGE_NUMBERS.forEach((f, i) => {
    if (flags & (1 << (R_NUMBER_BIT0 + i))) out[f] = r.int();
  });
  return out;
}

function readCompare(r: Reader): Compare {
  const result = r.u8() as Compare['result'];
  const target = r.u8() as Compare['target'];
  const flags = r.u8();
  if (flags & ~(C_RANGE_END | C_VERSION | C_CREATE | C_MOD | C_VALUE | C_LEASE)) throw new CommandCodecError(`bad compare flags ${flags}`);
  const out: Compare = { key: r.bytes(), result, target };
  if (flags & C_RANGE_END) out.rangeEnd = r.bytes();
  if (flags & C_VERSION) out.version = r.int();
  if (flags & C_CREATE) out.createRevision = r.int();
  if (flags & C_MOD) out.modRevision = r.int();
  if (flags & C_VALUE) out.value = r.bytes();
  if (flags & C_LEASE) out.lease = r.i64();
  return out;
}

function readOp(r: Reader): RequestOp {
  const tag = r.u8();
  switch (tag) {
    case OP.none: return {};
    case OP.range: return { requestRange: readRange(r) };
    case OP.put: return { requestPut: readPut(r) };
    case OP.deleteRange: return { requestDeleteRange: readDeleteRange(r) };
    case OP.txn: return { requestTxn: readTxn(r) };
    default: throw new CommandCodecError(`unknown txn op ${tag}`);
  }
}

function readTxn(r: Reader): TxnRequest {
  const compare = new Array<Compare>(r.count());
  for (let i = 0; i < compare.length; i++) compare[i] = readCompare(r);
  const success = new Array<RequestOp>(r.count());
  for (let i = 0; i < success.length; i++) success[i] = readOp(r);
  const failure = new Array<RequestOp>(r.count());
  for (let i = 0; i < failure.length; i++) failure[i] = readOp(r);
  return { compare, success, failure };
}

function readLeaseId(r: Reader): LeaseId {
  return r.i64();
}

/** Entry data as the command it holds; throws CommandCodecError on anything else. */
export function decodeCommand(data: Uint8Array): DecodedCommand {
  const r = new Reader(data);
  const format = r.u8();
  if (format !== FORMAT) throw new CommandCodecError(`unknown command format ${format}`);
  const requestId = r.u64();
  const kind = r.u8();
  let command: Command;
  switch (kind) {
    case KIND.put:
      command = { type: 'put', request: readPut(r) };
      break;
    case KIND.deleteRange:
      command = { type: 'deleteRange', request: readDeleteRange(r) };
      break;
    case KIND.txn:
      command = { type: 'txn', request: readTxn(r) };
      break;
    case KIND.compaction: {
      const flags = r.u8();
      if (flags & ~1) throw new CommandCodecError(`bad compaction flags ${flags}`);
      const revision = r.int();
      command = { type: 'compaction', request: flags & 1 ? { revision, physical: true } : { revision } };
      break;
    }
    case KIND.leaseGrant: {
      const id = readLeaseId(r);
      command = { type: 'leaseGrant', request: { id, ttl: r.int() } };
      break;
    }
    case KIND.leaseRevoke:
      command = { type: 'leaseRevoke', request: { id: readLeaseId(r) } };
      break;
    case KIND.publishMember: {
      const memberId = r.u64();
      const name = r.str();
      const clientUrls = new Array<string>(r.count());
      for (let i = 0; i < clientUrls.length; i++) clientUrls[i] = r.str();
      command = { type: 'publishMember', memberId, name, clientUrls };
      break;
    }
    default:
      throw new CommandCodecError(`unknown command kind ${kind}`);
  }
  r.end();
  return { requestId, command };
}
