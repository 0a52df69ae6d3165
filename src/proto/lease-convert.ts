// Lease requests between etcd's wire messages and the store's types.
import type { etcdserverpb } from '../generated/proto.js';
import type { LeaseGrantRequest, LeaseRevokeRequest } from '../kv/index.js';
import { longToBigInt, longToNumber } from './long.js';

/** A replicated grant (id chosen, TTL clamped by the proposer). Throws a RangeError on a TTL beyond 2^53. */
export function leaseGrantRequestFromPb(r: etcdserverpb.ILeaseGrantRequest): LeaseGrantRequest {
  return { id: longToBigInt(r.ID), ttl: longToNumber(r.TTL, 'TTL') };
}

export function leaseRevokeRequestFromPb(r: etcdserverpb.ILeaseRevokeRequest): LeaseRevokeRequest {
  return { id: longToBigInt(r.ID) };
}
