import { RaftError } from './errors.js';
import type { ConfChangeSingle, ConfState, NodeId } from './types.js';

const sorted = (s: Set<NodeId>): NodeId[] => [...s].sort((a, b) => a - b);

function sameSet(a: readonly NodeId[], b: readonly NodeId[]): boolean {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return b.every((x) => s.has(x));
}

/**
 * The configuration entry that carries out `changes` from the (non-joint)
 * configuration `conf`. If the voter set changes, the result is a joint
 * configuration (new voters, with the old ones as `outgoing`); a change of
 * learners only takes effect directly, because it cannot move any quorum.
 */
export function planConfChange(conf: ConfState, changes: readonly ConfChangeSingle[]): ConfState {
  if (changes.length === 0) throw new RaftError('INVALID_CONF', 'no membership change given');
  const voters = new Set(conf.voters);
  const learners = new Set(conf.learners);
  const touched = new Set<NodeId>();
  for (const c of changes) {
    if (!Number.isSafeInteger(c.node) || c.node <= 0) throw new RaftError('INVALID_CONF', `invalid node id ${c.node}`);
    if (touched.has(c.node)) throw new RaftError('INVALID_CONF', `node ${c.node} is named twice in one change`);
    touched.add(c.node);
    switch (c.type) {
      case 'addVoter':
        if (voters.has(c.node)) throw new RaftError('INVALID_CONF', `node ${c.node} is already a voter`);
        learners.delete(c.node);
        voters.add(c.node);
        break;
      case 'addLearner':
        if (voters.has(c.node)) throw new RaftError('INVALID_CONF', `node ${c.node} is a voter; demotion to learner is not supported`);
        if (learners.has(c.node)) throw new RaftError('INVALID_CONF', `node ${c.node} is already a learner`);
        learners.add(c.node);
        break;
      case 'removeNode':
        if (!voters.has(c.node) && !learners.has(c.node)) throw new RaftError('INVALID_CONF', `node ${c.node} is not a member`);
        voters.delete(c.node);
        learners.delete(c.node);
        break;
    }
  }
  if (voters.size === 0) throw new RaftError('INVALID_CONF', 'the change would leave no voters');
  const next = sorted(voters);
  if (sameSet(next, conf.voters)) return { voters: next, outgoing: [], learners: sorted(learners) };
  return { voters: next, outgoing: [...conf.voters].sort((a, b) => a - b), learners: sorted(learners) };
}

/** The entry that ends a joint configuration: keep the incoming voters only. */
export function leaveJoint(conf: ConfState): ConfState {
  return { voters: [...conf.voters], outgoing: [], learners: [...conf.learners] };
}
