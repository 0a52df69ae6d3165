// The client's own types: plain TypeScript, converted once from the decoded
// protobuf messages. Keys and values go in as `string | Uint8Array` (strings
// are UTF-8 encoded) and come back as `Uint8Array`, with UTF-8 string
// accessors. Revisions, ids, versions and counts are `bigint` (exact over the
// whole 64-bit range); TTLs in seconds are `number`.

import type { etcdserverpb, mvccpb } from '../generated/proto.js';
import { longToBigInt, longToNumber, longToUnsignedBigInt, toInt64, type Long } from '../proto/long.js';

/** A key or value: a string is sent as its UTF-8 bytes. */
export type Bytes = string | Uint8Array;

/** A revision given to the client: a bigint, or a safe integer number. */
export type RevisionInput = bigint | number;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const EMPTY = new Uint8Array(0);

/** The bytes of a key or value (strings UTF-8 encoded; byte arrays passed through, not copied). */
export function toBytes(b: Bytes): Uint8Array {
  return typeof b === 'string' ? encoder.encode(b) : b;
}

/** Decodes UTF-8 bytes to a string. */
export function text(b: Uint8Array): string {
  return decoder.decode(b);
}

/** The end of the key range holding every key that starts with `prefix` (etcd's `--prefix`). */
export function prefixEnd(prefix: Bytes): Uint8Array {
  const b = toBytes(prefix);
  for (let i = b.length - 1; i >= 0; i--) {
    if (b[i]! < 0xff) {
      const end = b.slice(0, i + 1);
      end[i]!++;
      return end;
    }
  }
  // Every byte is 0xff (or the prefix is empty): the range runs to the end of the key space.
  return new Uint8Array([0]);
}

/** A revision for an int64 field. */
export function revisionToLong(r: RevisionInput): Long {
  return toInt64(r);
}

/** What every response starts with. */
export interface ResponseHeader {
  clusterId: bigint;
  memberId: bigint;
  /** The store's revision when the request was served. */
  revision: bigint;
  raftTerm: bigint;
}

export function toHeader(h: etcdserverpb.IResponseHeader | null | undefined): ResponseHeader {
  if (h === null || h === undefined) return { clusterId: 0n, memberId: 0n, revision: 0n, raftTerm: 0n };
  return {
    clusterId: longToUnsignedBigInt(h.clusterId),
    memberId: longToUnsignedBigInt(h.memberId),
    revision: longToBigInt(h.revision),
    raftTerm: longToUnsignedBigInt(h.raftTerm),
  };
}

/** One key as the store holds it. `keyString` / `valueString` decode the bytes as UTF-8. */
export class KeyValue {
  constructor(
    readonly key: Uint8Array,
    readonly value: Uint8Array,
    /** The revision of the key's creation (since it was last deleted). */
    readonly createRevision: bigint,
    /** The revision of the last change to the key. */
    readonly modRevision: bigint,
    /** The number of changes since creation (1 after the first put). */
    readonly version: bigint,
    /** The id of the key's lease, 0n when it has none. */
    readonly lease: bigint,
  ) {}

  get keyString(): string {
    return decoder.decode(this.key);
  }

  get valueString(): string {
    return decoder.decode(this.value);
  }
}

export function toKeyValue(kv: mvccpb.IKeyValue): KeyValue {
  return new KeyValue(
    kv.key ?? EMPTY,
    kv.value ?? EMPTY,
    longToBigInt(kv.createRevision),
    longToBigInt(kv.modRevision),
    longToBigInt(kv.version),
    longToBigInt(kv.lease),
  );
}

/** A decoded int64 field that is a count or TTL, as a number (throws beyond the safe range). */
export function toNumber(v: Long | number | null | undefined, what: string): number {
  return longToNumber(v, what);
}
