import type { HashResult } from '../kv/index.js';
import type { HeaderBase } from './kv-convert.js';
import type { KvFrontend } from '../server/kv-frontend.js';

export interface MemberInfo {
  id: bigint;
  name: string;
  peerUrls: string[];
  clientUrls: string[];
  isLearner: boolean;
}

export interface NodeStatus {
  leader: bigint;
  raftIndex: number;
  raftTerm: number;
  raftAppliedIndex: number;
  dbSize: number;
  isLearner: boolean;
}

/** What the gRPC services need from the node they serve. */
export interface NodeView {
  readonly kv: KvFrontend;
  headerBase(): HeaderBase;
  hasLeader(): boolean;
  status(): NodeStatus;
  members(): MemberInfo[];
  hash(revision: number): Promise<HashResult>;
}
