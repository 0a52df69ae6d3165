// A follower's way to the leader for what only the leader answers: keep-alives
// (renewals) and TimeToLive. It speaks the client API to the leader's client
// URL, with a metadata mark so the leader never forwards such a call again
// (two members that disagree about the leader could otherwise bounce it).
//
// All keep-alives of this member share one stream to the leader; answers are
// matched to requests by lease id, first in first out. The stream is dropped
// when the leader changes, when it fails, or when an answer is overdue, and
// every request waiting on it fails with Unavailable so the caller can retry.

import { credentials, Metadata, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import type { etcdserverpb } from '../generated/proto.js';
import { longToBigInt, longToNumber, toInt64 } from '../proto/long.js';
import { LeaseClient } from '../proto/services.js';
import { ServerError } from './server-error.js';

/** A lease's TimeToLive as the leader answers it. */
export interface TimeToLiveAnswer {
  /** Seconds left, rounded down; -1 for an unknown lease. */
  ttl: number;
  grantedTtl: number;
  keys: Uint8Array[];
}

/** Set on calls a follower forwards to the leader. */
export const FORWARDED_METADATA = 'regd-forwarded';

type KeepAliveStream = ClientDuplexStream<etcdserverpb.ILeaseKeepAliveRequest, etcdserverpb.LeaseKeepAliveResponse>;

interface Pending {
  resolve(ttl: number): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

interface Upstream {
  leader: bigint;
  address: string;
  client: InstanceType<typeof LeaseClient>;
  stream: KeepAliveStream | undefined;
  /** Requests waiting for an answer, per lease id, oldest first. */
  pending: Map<bigint, Pending[]>;
}

const leaderChanged = (): ServerError => new ServerError('UNAVAILABLE', 'etcdserver: leader changed');

function forwardedMetadata(): Metadata {
  const md = new Metadata();
  md.set(FORWARDED_METADATA, '1');
  return md;
}

export class LeaseForwarder {
  private current: Upstream | undefined;
  private closed = false;

  /**
   * @param addressOf the leader's client address (host:port), from the member directory
   * @param timeoutMs how long one forwarded request may wait for its answer
   */
  constructor(
    private readonly addressOf: (leader: bigint) => string | undefined,
    private readonly timeoutMs: number,
    private readonly log: Logger,
  ) {}

  /** Renew `id` on `leader`; resolves with the TTL it answers (0: unknown or expired). */
  keepAlive(leader: bigint, id: bigint): Promise<number> {
    let up: Upstream;
    let stream: KeepAliveStream;
    try {
      up = this.upstream(leader);
      stream = this.stream(up);
    } catch (err) {
      return Promise.reject(err as Error);
    }
    return new Promise<number>((resolve, reject) => {
      const p: Pending = {
        resolve,
        reject,
        timer: setTimeout(() => {
          const q = up.pending.get(id);
          const i = q?.indexOf(p) ?? -1;
          if (q !== undefined && i >= 0) q.splice(i, 1);
          // An overdue answer: the stream may be stuck on a dead connection; start a fresh one next time.
          this.dropStream(up, new ServerError('UNAVAILABLE', 'etcdserver: request timed out'));
          reject(new ServerError('UNAVAILABLE', 'etcdserver: request timed out'));
        }, this.timeoutMs),
      };
      const q = up.pending.get(id);
      if (q === undefined) up.pending.set(id, [p]);
      else q.push(p);
      stream.write({ ID: toInt64(id) });
    });
  }

  /** LeaseTimeToLive on `leader`. Rejects with the leader's gRPC error as it came. */
  timeToLive(leader: bigint, id: bigint, keys: boolean): Promise<TimeToLiveAnswer> {
    let up: Upstream;
    try {
      up = this.upstream(leader);
    } catch (err) {
      return Promise.reject(err as Error);
    }
    return new Promise((resolve, reject) => {
      up.client.LeaseTimeToLive({ ID: toInt64(id), keys }, forwardedMetadata(), { deadline: Date.now() + this.timeoutMs },
        (err: ServiceError | null, res?: etcdserverpb.LeaseTimeToLiveResponse) => {
          if (err !== null || res === undefined) return reject(err ?? leaderChanged());
          try {
            resolve({ ttl: longToNumber(res.TTL, 'TTL'), grantedTtl: longToNumber(res.grantedTTL, 'grantedTTL'), keys: res.keys });
          } catch (e) {
            reject(new ServerError('UNAVAILABLE', (e as Error).message));
          }
        });
    });
  }

  /** Whether the leader's client address is known (it publishes it through Raft once it has started). */
  canReach(leader: bigint): boolean {
    return this.addressOf(leader) !== undefined;
  }

  close(): void {
    this.closed = true;
    this.closeUpstream(new ServerError('UNAVAILABLE', 'etcdserver: server stopped'));
  }

  private upstream(leader: bigint): Upstream {
    if (this.closed) throw new ServerError('UNAVAILABLE', 'etcdserver: server stopped');
    const address = this.addressOf(leader);
    // The leader has not published its client URLs yet (it just started): try again shortly.
    if (address === undefined) throw leaderChanged();
    const cur = this.current;
    if (cur !== undefined && cur.leader === leader && cur.address === address) return cur;
    this.closeUpstream(leaderChanged());
    const client = new LeaseClient(address, credentials.createInsecure(), {
      'grpc.max_receive_message_length': -1,
      'grpc.max_send_message_length': -1,
    });
    const up: Upstream = { leader, address, client, stream: undefined, pending: new Map() };
    this.current = up;
    return up;
  }

  private stream(up: Upstream): KeepAliveStream {
    if (up.stream !== undefined) return up.stream;
    const s = up.client.LeaseKeepAlive(forwardedMetadata()) as KeepAliveStream;
    s.on('data', (res: etcdserverpb.LeaseKeepAliveResponse) => {
      const id = longToBigInt(res.ID);
      const q = up.pending.get(id);
      const p = q?.shift();
      if (q !== undefined && q.length === 0) up.pending.delete(id);
      if (p === undefined) return; // its request timed out already
      clearTimeout(p.timer);
      let ttl = 0;
      try {
        ttl = longToNumber(res.TTL, 'TTL');
      } catch {
        // A TTL beyond 2^53 cannot be granted; answer as for an unknown lease.
      }
      p.resolve(ttl);
    });
    const lost = (err: Error): void => {
      if (up.stream !== s) return;
      this.log.debug({ err: err.message, leader: up.leader.toString(16) }, 'keep-alive stream to the leader ended');
      this.dropStream(up, leaderChanged());
    };
    s.on('error', lost);
    s.on('end', () => lost(leaderChanged()));
    up.stream = s;
    return s;
  }

  /** End the shared stream and fail every request waiting on it. */
  private dropStream(up: Upstream, err: Error): void {
    const s = up.stream;
    up.stream = undefined;
    if (s !== undefined) {
      s.removeAllListeners('data');
      s.on('error', () => undefined); // cancel() reports CANCELLED as an error
      s.cancel();
    }
    const waiting = [...up.pending.values()].flat();
    up.pending.clear();
    for (const p of waiting) {
      clearTimeout(p.timer);
      p.reject(err);
    }
  }

  private closeUpstream(err: Error): void {
    const up = this.current;
    if (up === undefined) return;
    this.current = undefined;
    this.dropStream(up, err);
    up.client.close();
  }
}
