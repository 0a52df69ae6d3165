export { Raft } from './raft.js';
export { RaftError, type RaftErrorCode } from './errors.js';
export { SeededRng } from './rng.js';
export * from './types.js';
