// The application state a simulated node applies committed entries to. It only
// needs to be comparable, so it is the applied prefix itself, summarised as
// (index, term of that entry, chained hash of every applied entry). The chained
// hash is what a snapshot carries: a node that installs a snapshot claims the
// whole prefix, and the checker verifies that claim against the global sequence.

import type { Entry } from '../../src/raft/index.js';

export interface AppliedState {
  index: number;
  term: number;
  hash: number;
}

export const EMPTY_APPLIED: AppliedState = { index: 0, term: 0, hash: 0x811c9dc5 };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeText(s: string): Uint8Array {
  return encoder.encode(s);
}

/** What an entry says, as a string: client data, '' for a leader's no-op, or the configuration it carries. */
export function entryDigest(e: Entry): string {
  if (e.conf) return `conf v=${e.conf.voters.join(',')} o=${e.conf.outgoing.join(',')} l=${e.conf.learners.join(',')}`;
  return e.data.length === 0 ? '' : decoder.decode(e.data);
}

export function chainHash(prev: number, index: number, term: number, digest: string): number {
  let h = Math.imul(prev ^ index, 0x01000193);
  h = Math.imul(h ^ term, 0x01000193);
  for (let i = 0; i < digest.length; i++) h = Math.imul(h ^ digest.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ digest.length, 0x01000193) >>> 0;
}

export function encodeSnapshotData(s: AppliedState): Uint8Array {
  return encoder.encode(`${s.index}/${s.term}/${s.hash}`);
}

/** The applied state a snapshot carries; the bootstrap snapshot's empty data is the empty state. */
export function decodeSnapshotData(data: Uint8Array): AppliedState | undefined {
  if (data.length === 0) return EMPTY_APPLIED;
  const parts = decoder.decode(data).split('/').map(Number);
  const [index, term, hash] = parts;
  if (parts.length !== 3 || index === undefined || term === undefined || hash === undefined || parts.some((n) => !Number.isSafeInteger(n))) {
    return undefined;
  }
  return { index, term, hash };
}
