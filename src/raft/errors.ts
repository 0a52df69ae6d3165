import type { NodeId } from './types.js';

/**
 * Why the core refused a request. The caller gets it at once: a proposal or
 * read never waits on a node that cannot serve it.
 */
export type RaftErrorCode =
  | 'NO_LEADER' // no leader is known (election in progress, or cut off)
  | 'NOT_LEADER' // the request is for the leader only; `leader` names it if known
  | 'TRANSFERRING' // leadership is moving; proposals wait for the new leader
  | 'CONF_PENDING' // a membership change is still in progress
  | 'INVALID_CONF' // the change would leave no voters, or names an unknown/duplicate node
  | 'INVALID_TRANSFEREE' // the transfer target is not a voter, or is this node
  | 'TOO_MANY_UNCOMMITTED' // the leader's uncommitted-bytes limit is reached
  | 'NOT_MEMBER'; // this node is not in the configuration (removed, or not yet added)

export class RaftError extends Error {
  readonly code: RaftErrorCode;
  /** The leader this node knows of, 0 if none: where to retry. */
  readonly leader: NodeId;

  constructor(code: RaftErrorCode, message: string, leader: NodeId = 0) {
    super(message);
    this.name = 'RaftError';
    this.code = code;
    this.leader = leader;
  }
}
