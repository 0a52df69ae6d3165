// Cluster membership.

import type { etcdserverpb } from '../generated/proto.js';
import { longToUnsignedBigInt, toUint64 } from '../proto/long.js';
import { ClusterService } from '../proto/services.js';
import type { CallOptions, Transport } from './transport.js';
import { toHeader, type ResponseHeader } from './types.js';

export interface Member {
  id: bigint;
  /** Empty for a member added but not started yet. */
  name: string;
  peerUrls: string[];
  clientUrls: string[];
  isLearner: boolean;
}

export interface MemberListResult {
  header: ResponseHeader;
  members: Member[];
}

function toMember(m: etcdserverpb.IMember): Member {
  return { id: longToUnsignedBigInt(m.ID), name: m.name ?? '', peerUrls: m.peerURLs ?? [], clientUrls: m.clientURLs ?? [], isLearner: m.isLearner === true };
}

/** Membership. The list is a read; add, remove, update and promote are writes. */
export class Cluster {
  constructor(private readonly t: Transport) {}

  async memberList(options?: CallOptions & { linearizable?: boolean }): Promise<MemberListResult> {
    const r = await this.t.unary(ClusterService.MemberList, { linearizable: options?.linearizable === true }, 'idempotent', options);
    return { header: toHeader(r.header), members: r.members.map(toMember) };
  }

  async memberAdd(peerUrls: string[], options?: CallOptions & { isLearner?: boolean }): Promise<{ header: ResponseHeader; member: Member; members: Member[] }> {
    const r = await this.t.unary(ClusterService.MemberAdd, { peerURLs: peerUrls, isLearner: options?.isLearner === true }, 'write', options);
    return { header: toHeader(r.header), member: toMember(r.member ?? {}), members: r.members.map(toMember) };
  }

  async memberRemove(id: bigint, options?: CallOptions): Promise<MemberListResult> {
    const r = await this.t.unary(ClusterService.MemberRemove, { ID: toUint64(id) }, 'write', options);
    return { header: toHeader(r.header), members: r.members.map(toMember) };
  }

  async memberUpdate(id: bigint, peerUrls: string[], options?: CallOptions): Promise<MemberListResult> {
    const r = await this.t.unary(ClusterService.MemberUpdate, { ID: toUint64(id), peerURLs: peerUrls }, 'write', options);
    return { header: toHeader(r.header), members: r.members.map(toMember) };
  }

  async memberPromote(id: bigint, options?: CallOptions): Promise<MemberListResult> {
    const r = await this.t.unary(ClusterService.MemberPromote, { ID: toUint64(id) }, 'write', options);
    return { header: toHeader(r.header), members: r.members.map(toMember) };
  }
}
