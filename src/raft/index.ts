export { Raft } from './raft.js';
export { RaftError, type RaftErrorCode } from './errors.js';
export * from './types.js';
