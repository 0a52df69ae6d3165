// What the checker knows of each node's application state: the applied prefix
// of the log, summarised as (index, term of that entry, chained hash of every
// applied entry). A node's snapshot carries its prefix in front of the KV state
// machine's own image, so a node that installs a snapshot claims the whole
// prefix and the checker verifies that claim against the global sequence.

import type { Entry } from '../../src/raft/index.js';

export interface AppliedState {
  index: number;
  term: number;
  hash: number;
}

export const EMPTY_APPLIED: AppliedState = { index: 0, term: 0, hash: 0x811c9dc5 };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** What an entry says, as a string: its data (base64), '' for a leader's no-op, or the configuration it carries. */
export function entryDigest(e: Entry): string {
  if (e.conf) return `conf v=${e.conf.voters.join(',')} o=${e.conf.outgoing.join(',')} l=${e.conf.learners.join(',')}`;
  return e.data.length === 0 ? '' : Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength).toString('base64');
}

export function chainHash(prev: number, index: number, term: number, digest: string): number {
  let h = Math.imul(prev ^ index, 0x01000193);
  h = Math.imul(h ^ term, 0x01000193);
  for (let i = 0; i < digest.length; i++) h = Math.imul(h ^ digest.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ digest.length, 0x01000193) >>> 0;
}

/** Snapshot data as the simulated nodes write it: the applied prefix, then the state machine's image. */
export function encodeSnapshotData(s: AppliedState, machine: Uint8Array): Uint8Array {
  const prefix = encoder.encode(`${s.index}/${s.term}/${s.hash}`);
  const out = new Uint8Array(4 + prefix.length + machine.length);
  new DataView(out.buffer).setUint32(0, prefix.length);
  out.set(prefix, 4);
  out.set(machine, 4 + prefix.length);
  return out;
}

/**
 * The applied prefix and the state machine's image a snapshot carries; the
 * bootstrap snapshot's empty data is the empty state. undefined: not such data.
 */
export function decodeSnapshotData(data: Uint8Array): { applied: AppliedState; machine: Uint8Array } | undefined {
  if (data.length === 0) return { applied: EMPTY_APPLIED, machine: data };
  if (data.length < 4) return undefined;
  const n = new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(0);
  if (4 + n > data.length) return undefined;
  const parts = decoder.decode(data.subarray(4, 4 + n)).split('/').map(Number);
  const [index, term, hash] = parts;
  if (parts.length !== 3 || index === undefined || term === undefined || hash === undefined || parts.some((x) => !Number.isSafeInteger(x))) {
    return undefined;
  }
  return { applied: { index, term, hash }, machine: data.subarray(4 + n) };
}
