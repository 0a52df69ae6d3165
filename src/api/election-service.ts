import type { ServerWritableStream } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import type { v3electionpb } from '../generated/proto.js';
import { campaign, currentLeader, ElectionError, proclaim, resign, type LeaderKey } from '../lock/election.js';
import { followEvents } from '../lock/hub-key-events.js';
import { bytes, concat, prefixEnd } from '../lock/recipe-kv.js';
import { checkUserKey } from '../kv/reserved.js';
import type { WatchHub } from '../kv/watch-hub.js';
import { header, keyValueToPb } from './kv-convert.js';
import { longToBigInt, longToNumber, toInt64 } from '../proto/long.js';
import type { ElectionServer } from '../proto/services.js';
import { ServerError } from '../server/server-error.js';
import { toServiceError, unary } from './grpc-call.js';
import { cancelSignal, type LockDeps } from './lock-service.js';
import type { NodeView } from './node-view.js';

const PUT = 0;
const DELETE = 1;

function leaderFromPb(l: v3electionpb.ILeaderKey | null | undefined): LeaderKey {
  if (l === null || l === undefined) throw new ServerError('UNKNOWN', '"leader" field must be provided');
  const leader = { name: userName(l.name), key: l.key ?? new Uint8Array(0), rev: longToNumber(l.rev ?? 0), lease: longToBigInt(l.lease ?? 0) };
  checkUserKey(leader.key);
  return leader;
}

/** An election's name; elections live under `name/`, so a reserved name is refused. */
function userName(name: Uint8Array | null | undefined): Uint8Array {
  const n = name ?? new Uint8Array(0);
  checkUserKey(n);
  return n;
}

function leaderToPb(l: LeaderKey): v3electionpb.ILeaderKey {
  return { name: l.name, key: l.key, rev: l.rev, lease: toInt64(l.lease) };
}

/** v3electionpb.Election: etcd's election recipe, run server-side. */
export function electionService(node: NodeView, deps: LockDeps, hub: WatchHub, log: Logger): ElectionServer {
  const hdr = (revision: number) => header(node.headerBase(), revision);
  return {
    Campaign: unary(log, 'Campaign', async (req, call) => {
      const lease = longToBigInt(req.lease ?? 0);
      const l = await campaign(deps.kv, deps.events, userName(req.name), lease, req.value ?? new Uint8Array(0), cancelSignal(call));
      return { header: hdr(node.kv.revision), leader: leaderToPb(l) };
    }),
    Proclaim: unary(log, 'Proclaim', async (req) => {
      const revision = await proclaim(deps.kv, leaderFromPb(req.leader), req.value ?? new Uint8Array(0));
      return { header: hdr(revision) };
    }),
    Resign: unary(log, 'Resign', async (req) => {
      const revision = await resign(deps.kv, leaderFromPb(req.leader));
      return { header: hdr(revision) };
    }),
    Leader: unary(log, 'Leader', async (req) => {
      const l = await currentLeader(deps.kv, userName(req.name));
      return { header: hdr(l.revision), kv: keyValueToPb(l.kv) };
    }),
    Observe: (call: ServerWritableStream<v3electionpb.LeaderRequest, v3electionpb.ILeaderResponse>) => {
      const ac = new AbortController();
      call.on('cancelled', () => ac.abort(new Error('canceled')));
      observe(call, ac.signal).catch((err: unknown) => {
        if (ac.signal.aborted) return;
        call.emit('error', toServiceError(err)); // sends the status (destroy() would not)
      });
    },
  };

  /** Sends the leader, then every value it proclaims; when it goes, the next leader. */
  async function observe(call: ServerWritableStream<v3electionpb.LeaderRequest, v3electionpb.ILeaderResponse>, signal: AbortSignal): Promise<void> {
    const name = userName(call.request.name);
    const prefix = concat(name, bytes('/'));
    for (;;) {
      signal.throwIfAborted();
      let leader;
      try {
        leader = await currentLeader(deps.kv, name);
      } catch (err) {
        if (!(err instanceof ElectionError)) throw err;
        // No leader yet: wait for the first campaign under the prefix.
        const r = await deps.kv.range({ key: prefix, rangeEnd: prefixEnd(prefix), countOnly: true });
        await followEvents(hub, { key: prefix, rangeEnd: prefixEnd(prefix) }, r.revision + 1, { noDelete: true }, () => true, signal);
        continue;
      }
      call.write({ header: hdr(leader.revision), kv: keyValueToPb(leader.kv) });
      await followEvents(hub, { key: leader.kv.key }, leader.revision + 1, {}, (events, revision) => {
        for (const e of events) {
          if (e.type === PUT) call.write({ header: hdr(revision), kv: keyValueToPb(e.kv) });
          if (e.type === DELETE) return true;
        }
        return false;
      }, signal);
    }
  }
}
