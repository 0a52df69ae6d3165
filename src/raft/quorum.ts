import type { ConfState, NodeId } from './types.js';

export type VoteResult = 'won' | 'lost' | 'pending';

/**
 * The highest index a majority of `voters` has reached. An empty set imposes
 * no constraint (Infinity), which is what joint counting needs when a half is empty.
 */
export function majorityIndex(voters: readonly NodeId[], match: (id: NodeId) => number): number {
  const n = voters.length;
  if (n === 0) return Infinity;
  const idx = voters.map(match).sort((a, b) => b - a);
  return idx[Math.floor(n / 2)]!;
}

/** Joint consensus: an index is committed only when BOTH halves have it on a majority. */
export function committedIndex(conf: ConfState, match: (id: NodeId) => number): number {
  return Math.min(majorityIndex(conf.voters, match), majorityIndex(conf.outgoing, match));
}

export function majorityVote(voters: readonly NodeId[], votes: ReadonlyMap<NodeId, boolean>): VoteResult {
  if (voters.length === 0) return 'won';
  let yes = 0;
  let missing = 0;
  for (const id of voters) {
    const v = votes.get(id);
    if (v === true) yes++;
    else if (v === undefined) missing++;
  }
  const q = Math.floor(voters.length / 2) + 1;
  if (yes >= q) return 'won';
  if (yes + missing >= q) return 'pending';
  return 'lost';
}

/** Joint consensus: a vote is won only when both halves grant it. */
export function jointVote(conf: ConfState, votes: ReadonlyMap<NodeId, boolean>): VoteResult {
  const a = majorityVote(conf.voters, votes);
  const b = majorityVote(conf.outgoing, votes);
  if (a === 'won' && b === 'won') return 'won';
  if (a === 'lost' || b === 'lost') return 'lost';
  return 'pending';
}

export function isVoter(conf: ConfState, id: NodeId): boolean {
  return conf.voters.includes(id) || conf.outgoing.includes(id);
}

export function isJoint(conf: ConfState): boolean {
  return conf.outgoing.length > 0;
}

/** Every member the leader replicates to: voters of both halves and learners. */
export function allMembers(conf: ConfState): NodeId[] {
  const s = new Set<NodeId>([...conf.voters, ...conf.outgoing, ...conf.learners]);
  return [...s].sort((a, b) => a - b);
}
