/**
 * A reason the node refuses to start. regd never "repairs" a data dir by
 * re-initialising it: a node that lost its vote or log could break safety.
 */
export type StartupErrorCode =
  | 'CORRUPT' // a record cannot be read, or the log contradicts itself
  | 'WRONG_CLUSTER' // the data dir belongs to another cluster or member
  | 'MISSING_RAFT_STATE' // state exists without the raft log, or the cluster exists but this dir is empty
  | 'BAD_CONFIG' // flags that cannot work together
  | 'IN_USE'; // another process holds the data dir open

export class StartupError extends Error {
  constructor(readonly code: StartupErrorCode, message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
