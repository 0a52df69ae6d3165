// Cluster membership: the member list, and adding, removing, updating and
// promoting members. Ids are the members' 64-bit ids (etcdctl prints them in hex).

import type { etcdserverpb } from '../generated/proto.js';
import { longToUnsignedBigInt, toUint64 } from '../proto/long.js';
import { ClusterService } from '../proto/services.js';
import type { CallOptions, Transport } from './transport.js';
import { toHeader, type ResponseHeader } from './types.js';

/** One member of the cluster. */
export interface Member {
  id: bigint;
  /** Empty for a member added but not started yet. */
  name: string;
  /** The URLs the other members reach it on. */
  peerUrls: string[];
  /** The URLs clients reach it on (empty until it has started). */
  clientUrls: string[];
  /** A learner receives the log but does not vote until promoted. */
  isLearner: boolean;
}

/** The members after a list, remove, update or promote. */
export interface MemberListResult {
  header: ResponseHeader;
  members: Member[];
}

/** What `memberAdd` answers: the new member and the members after the change. */
export interface MemberAddResult {
  header: ResponseHeader;
  member: Member;
  members: Member[];
}

function toMember(m: etcdserverpb.IMember): Member {
  return { id: longToUnsignedBigInt(m.ID), name: m.name ?? '', peerUrls: m.peerURLs ?? [], clientUrls: m.clientURLs ?? [], isLearner: m.isLearner === true };
}

/** Membership. The list is a read; add, remove, update and promote are writes. */
export class Cluster {
  constructor(private readonly t: Transport) {}

  /** The members; `linearizable: true` asks through the leader (default: what the member reached knows). */
  async memberList(options?: CallOptions & { linearizable?: boolean }): Promise<MemberListResult> {
    const r = await this.t.unary(ClusterService.MemberList, { linearizable: options?.linearizable === true }, 'idempotent', options);
    return { header: toHeader(r.header), members: r.members.map(toMember) };
  }

  /**
   * Adds a member that will join at `peerUrls` (it is `unstarted`, with no
   * name, until it runs); `isLearner: true` adds it as a learner. Not retried.
   */
  async memberAdd(peerUrls: string[], options?: CallOptions & { isLearner?: boolean }): Promise<MemberAddResult> {
    const r = await this.t.unary(ClusterService.MemberAdd, { peerURLs: peerUrls, isLearner: options?.isLearner === true }, 'write', options);
    return { header: toHeader(r.header), member: toMember(r.member ?? {}), members: r.members.map(toMember) };
  }

  /** Removes the member `id` from the cluster. */
  async memberRemove(id: bigint, options?: CallOptions): Promise<MemberListResult> {
    const r = await this.t.unary(ClusterService.MemberRemove, { ID: toUint64(id) }, 'write', options);
    return { header: toHeader(r.header), members: r.members.map(toMember) };
  }

  /** Changes the peer URLs of the member `id`. */
  async memberUpdate(id: bigint, peerUrls: string[], options?: CallOptions): Promise<MemberListResult> {
    const r = await this.t.unary(ClusterService.MemberUpdate, { ID: toUint64(id), peerURLs: peerUrls }, 'write', options);
    return { header: toHeader(r.header), members: r.members.map(toMember) };
  }

  /** Makes the learner `id` a voting member (refused until it has caught up with the leader). */
  async memberPromote(id: bigint, options?: CallOptions): Promise<MemberListResult> {
    const r = await this.t.unary(ClusterService.MemberPromote, { ID: toUint64(id) }, 'write', options);
    return { header: toHeader(r.header), members: r.members.map(toMember) };
  }
}
