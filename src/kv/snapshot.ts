// The snapshot image Raft ships to a follower that fell behind the log:
// the meta values, every kept history record in revision order, and the
// lease table in id order. Two members at the same applied index produce
// identical bytes.
//
//   magic "REGDKV02"
//   u64 applied index, u64 revision, u64 compacted revision, u64 record count
//   per record: u64 main, u32 sub, u32 length, record bytes (codec.ts layout)
//   u64 lease count
//   per lease: int64 id, u64 granted TTL
//   u32 CRC32 of everything before it
//
// "REGDKV01" images (written before leases existed: no lease section) are
// still read, as an empty lease table.

import { crc32 } from 'node:zlib';
import { readU32, readU64, writeU32, writeU64 } from './codec.js';
import type { Lease } from './types.js';

const MAGIC_V1 = Buffer.from('REGDKV01', 'latin1');
const MAGIC = Buffer.from('REGDKV02', 'latin1');
const HEADER_BYTES = MAGIC.length + 32;
const LEASE_BYTES = 16;

export interface SnapshotMeta {
  appliedIndex: number;
  revision: number;
  compactRevision: number;
}

export interface SnapshotRecord {
  main: number;
  sub: number;
  bytes: Uint8Array;
}

export class SnapshotWriter {
  private readonly parts: Uint8Array[] = [];
  private count = 0;
  private readonly meta: SnapshotMeta;
  private leases: readonly Lease[] = [];

  constructor(meta: SnapshotMeta) {
    this.meta = meta;
  }

  add(main: number, sub: number, bytes: Uint8Array): void {
    const head = new Uint8Array(16);
    writeU64(head, 0, main);
    writeU32(head, 8, sub);
    writeU32(head, 12, bytes.length);
    this.parts.push(head, bytes);
    this.count++;
  }

  /** The lease table; written sorted by id whatever the order given. */
  setLeases(leases: readonly Lease[]): void {
    this.leases = [...leases].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  finish(): Uint8Array {
    const header = new Uint8Array(HEADER_BYTES);
    header.set(MAGIC, 0);
    writeU64(header, 8, this.meta.appliedIndex);
    writeU64(header, 16, this.meta.revision);
    writeU64(header, 24, this.meta.compactRevision);
    writeU64(header, 32, this.count);
    const leases = new Uint8Array(8 + LEASE_BYTES * this.leases.length);
    const view = new DataView(leases.buffer);
    writeU64(leases, 0, this.leases.length);
    this.leases.forEach((l, i) => {
      view.setBigInt64(8 + i * LEASE_BYTES, l.id);
      writeU64(leases, 16 + i * LEASE_BYTES, l.ttl);
    });
    const body = Buffer.concat([header, ...this.parts, leases]);
    const out = new Uint8Array(body.length + 4);
    out.set(body, 0);
    writeU32(out, body.length, crc32(body) >>> 0);
    return out;
  }
}

/** Parse and verify a snapshot; record bytes are views into `data`. */
export function readSnapshot(data: Uint8Array): { meta: SnapshotMeta; records: SnapshotRecord[]; leases: Lease[] } {
  if (data.length < HEADER_BYTES + 4) throw new Error('kv snapshot: too short');
  const magic = data.subarray(0, MAGIC.length);
  const v1 = Buffer.compare(magic, MAGIC_V1) === 0;
  if (!v1 && Buffer.compare(magic, MAGIC) !== 0) throw new Error('kv snapshot: bad magic');
  const bodyLen = data.length - 4;
  if ((crc32(data.subarray(0, bodyLen)) >>> 0) !== readU32(data, bodyLen)) throw new Error('kv snapshot: checksum mismatch');
  const meta: SnapshotMeta = { appliedIndex: readU64(data, 8), revision: readU64(data, 16), compactRevision: readU64(data, 24) };
  const count = readU64(data, 32);
  const records: SnapshotRecord[] = [];
  let off = HEADER_BYTES;
  for (let i = 0; i < count; i++) {
    if (off + 16 > bodyLen) throw new Error('kv snapshot: truncated');
    const main = readU64(data, off);
    const sub = readU32(data, off + 8);
    const len = readU32(data, off + 12);
    off += 16;
    if (off + len > bodyLen) throw new Error('kv snapshot: truncated');
    records.push({ main, sub, bytes: data.subarray(off, off + len) });
    off += len;
  }
  const leases: Lease[] = [];
  if (!v1) {
    if (off + 8 > bodyLen) throw new Error('kv snapshot: truncated');
    const n = readU64(data, off);
    off += 8;
    if (off + n * LEASE_BYTES > bodyLen) throw new Error('kv snapshot: truncated');
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (let i = 0; i < n; i++) {
      leases.push({ id: view.getBigInt64(off), ttl: readU64(data, off + 8) });
      off += LEASE_BYTES;
    }
  }
  if (off !== bodyLen) throw new Error('kv snapshot: trailing bytes');
  return { meta, records, leases };
}
