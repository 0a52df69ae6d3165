import type { MemberAttributes } from './member-directory.js';

/** "RGS1": marks the snapshot layout, so a format change is detected rather than misread. */
const MAGIC = 0x52475331;

export interface StateSnapshot {
  members: Array<[string, MemberAttributes]>;
  kv: Uint8Array;
}

/**
 * The application snapshot a member sends to a lagging follower: the member
 * directory (small, JSON) followed by the KV store's own image (binary).
 */
export function encodeStateSnapshot(s: StateSnapshot): Uint8Array {
  const members = new TextEncoder().encode(JSON.stringify(s.members));
  const out = new Uint8Array(8 + members.length + s.kv.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, MAGIC);
  v.setUint32(4, members.length);
  out.set(members, 8);
  out.set(s.kv, 8 + members.length);
  return out;
}

export function decodeStateSnapshot(data: Uint8Array): StateSnapshot {
  if (data.length < 8) throw new Error(`snapshot of ${data.length} bytes is too short`);
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (v.getUint32(0) !== MAGIC) throw new Error('snapshot has an unknown format');
  const n = v.getUint32(4);
  if (8 + n > data.length) throw new Error('snapshot is truncated');
  const members = JSON.parse(new TextDecoder().decode(data.subarray(8, 8 + n))) as Array<[string, MemberAttributes]>;
  return { members, kv: data.subarray(8 + n) };
}
