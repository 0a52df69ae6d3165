import type { ServerDuplexStream } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import type { etcdserverpb } from '../generated/proto.js';
import { header } from './kv-convert.js';
import { longToBigInt, toInt64 } from '../proto/long.js';
import type { LeaseServer } from '../proto/services.js';
import { FORWARDED_METADATA } from '../server/lease-forwarder.js';
import type { LeaseFrontend } from '../server/lease-frontend.js';
import { ServerError } from '../server/server-error.js';
import { requireLeaderIfAsked, toServiceError, unary } from './grpc-call.js';
import { LeaderMonitor } from './leader-monitor.js';
import type { NodeView } from './node-view.js';

/** Keep-alives of one stream waiting to be answered before the stream stops reading more. */
const MAX_PENDING_PER_STREAM = 128;

type KeepAliveCall = ServerDuplexStream<etcdserverpb.LeaseKeepAliveRequest, etcdserverpb.ILeaseKeepAliveResponse>;

/**
 * etcdserverpb.Lease with etcd's replies (reference §10.9): every response has
 * a header with the current store revision; keep-alive of an unknown or
 * expired lease answers TTL 0 and the stream stays open; TimeToLive of an
 * unknown lease answers TTL -1.
 */
export function leaseService(lease: LeaseFrontend, node: NodeView, log: Logger): LeaseServer {
  const current = () => header(node.headerBase(), lease.revision);
  const monitor = new LeaderMonitor(() => node.hasLeader(), lease.electionMs);
  const leader = { hasLeader: () => node.hasLeader() };
  return {
    LeaseGrant: unary(log, 'LeaseGrant', async (req) => {
      // TTL as asked (an int64): anything beyond the limit is refused by the frontend.
      const r = await lease.grant({ id: longToBigInt(req.ID), ttl: Number(longToBigInt(req.TTL)) });
      return { header: header(node.headerBase(), r.revision), ID: toInt64(r.id), TTL: r.ttl };
    }, leader),
    LeaseRevoke: unary(log, 'LeaseRevoke', async (req) => {
      const r = await lease.revoke(longToBigInt(req.ID));
      return { header: header(node.headerBase(), r.revision) };
    }, leader),
    LeaseTimeToLive: unary(log, 'LeaseTimeToLive', async (req, call) => {
      const id = longToBigInt(req.ID);
      const forwarded = call.metadata.get(FORWARDED_METADATA)[0] === '1';
      const r = await lease.timeToLive(id, req.keys === true, forwarded);
      return { header: current(), ID: toInt64(id), TTL: r.ttl, grantedTTL: r.grantedTtl, keys: r.keys };
    }, leader),
    LeaseLeases: unary(log, 'LeaseLeases', async () => {
      const ids = await lease.leases();
      return { header: current(), leases: ids.map((id) => ({ ID: toInt64(id) })) };
    }, leader),
    LeaseKeepAlive: (call: KeepAliveCall) => keepAliveStream(call, lease, node, monitor, log),
  };
}

/**
 * One keep-alive stream: requests are answered in order, one at a time, as
 * etcd does. The header is taken before the renewal (as etcd builds it).
 */
function keepAliveStream(call: KeepAliveCall, lease: LeaseFrontend, node: NodeView, monitor: LeaderMonitor, log: Logger): void {
  const forwarded = call.metadata.get(FORWARDED_METADATA)[0] === '1';
  const hasLeaderAsked = call.metadata.get('hasleader')[0] === 'true';
  let done = false;
  let chain: Promise<void> = Promise.resolve();
  let pending = 0;
  let stopWatchingLeader: (() => void) | undefined;

  const finish = (err?: unknown): void => {
    if (done) return;
    done = true;
    stopWatchingLeader?.();
    if (err === undefined) {
      call.end();
      return;
    }
    const e = toServiceError(err);
    if (e.code === 2) log.warn({ err, method: 'LeaseKeepAlive' }, 'request failed unexpectedly');
    call.emit('error', e);
  };

  try {
    requireLeaderIfAsked(call.metadata, node.hasLeader());
  } catch (err) {
    finish(err);
    return;
  }
  if (hasLeaderAsked) stopWatchingLeader = monitor.add(() => finish(new ServerError('UNAVAILABLE', 'etcdserver: no leader')));

  call.on('data', (req: etcdserverpb.LeaseKeepAliveRequest) => {
    if (done) return;
    pending++;
    if (pending >= MAX_PENDING_PER_STREAM) call.pause();
    chain = chain
      .then(async () => {
        if (done) return;
        const id = longToBigInt(req.ID);
        const h = header(node.headerBase(), lease.revision);
        const ttl = await lease.keepAlive(id, forwarded);
        if (!done) call.write({ header: h, ID: toInt64(id), TTL: ttl });
      })
      .catch((err: unknown) => finish(err))
      .finally(() => {
        pending--;
        if (pending < MAX_PENDING_PER_STREAM / 2 && call.isPaused()) call.resume();
      });
  });
  // The client closed its side: answer what it sent, then end with OK (etcd returns on EOF).
  call.on('end', () => {
    void chain.then(() => finish());
  });
  call.on('cancelled', () => {
    done = true;
    stopWatchingLeader?.();
  });
  call.on('error', () => {
    done = true;
    stopWatchingLeader?.();
  });
}
