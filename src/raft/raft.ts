// Placeholder with the final public signature; the implementation lands next.
import type {
  ConfChangeSingle, ConfState, Message, NodeId, PersistedState, RaftConfig, Ready, SnapshotMeta, Status,
} from './types.js';

export class Raft {
  constructor(_config: RaftConfig, _persisted: PersistedState) { throw new Error('not implemented'); }
  static bootstrap(_conf: ConfState): PersistedState { throw new Error('not implemented'); }
  tick(): void { throw new Error('not implemented'); }
  step(_m: Message): void { throw new Error('not implemented'); }
  propose(_data: Uint8Array): void { throw new Error('not implemented'); }
  proposeConfChange(_changes: ConfChangeSingle[]): void { throw new Error('not implemented'); }
  readIndex(_context: string): void { throw new Error('not implemented'); }
  transferLeader(_target: NodeId): void { throw new Error('not implemented'); }
  campaign(): void { throw new Error('not implemented'); }
  hasReady(): boolean { throw new Error('not implemented'); }
  ready(): Ready { throw new Error('not implemented'); }
  advance(): void { throw new Error('not implemented'); }
  createSnapshot(_data: Uint8Array, _compactTo?: number): SnapshotMeta { throw new Error('not implemented'); }
  reportUnreachable(_id: NodeId): void { throw new Error('not implemented'); }
  reportSnapshot(_id: NodeId, _ok: boolean): void { throw new Error('not implemented'); }
  status(): Status { throw new Error('not implemented'); }
}
