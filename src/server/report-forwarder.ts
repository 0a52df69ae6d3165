// A follower's way to the leader for check reports and the operator's
// self-preservation release: only the leader keeps TTL deadlines. Reports of
// every client of this member share one Heartbeat stream to the leader's
// client URL, marked as forwarded so the leader never forwards them again;
// answers are matched to requests by sequence number. The stream is dropped
// when the leader changes, when it fails or when an answer is overdue, and the
// reports waiting on it get UNAVAILABLE, so their clients report again.

import { credentials, Metadata, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import type { regd } from '../generated/proto.js';
import { RegistryClient } from '../proto/services.js';
import { FORWARDED_METADATA } from './lease-forwarder.js';

type HeartbeatStream = ClientDuplexStream<regd.v1.IHeartbeatRequest, regd.v1.HeartbeatResponse>;
type Verdicts = Array<regd.v1.IReportError | undefined>;

interface Pending {
  size: number;
  resolve(v: Verdicts): void;
  timer: NodeJS.Timeout;
}

interface Upstream {
  leader: bigint;
  address: string;
  client: InstanceType<typeof RegistryClient>;
  stream: HeartbeatStream | undefined;
  pending: Map<number, Pending>;
}

function forwardedMetadata(): Metadata {
  const md = new Metadata();
  md.set(FORWARDED_METADATA, '1');
  return md;
}

/** Every report refused with the same code and message. */
function allFailed(n: number, code: string, message: string): Verdicts {
  return Array.from({ length: n }, (_, index) => ({ index, code, message }));
}

export class ReportForwarder {
  private current: Upstream | undefined;
  private seq = 0;
  private closed = false;

  /**
   * @param leader the leader's id (0n: none known)
   * @param addressOf the leader's client address (host:port), from the member directory
   */
  constructor(
    private readonly leader: () => bigint,
    private readonly addressOf: (leader: bigint) => string | undefined,
    private readonly timeoutMs: number,
    private readonly log: Logger,
  ) {}

  /** The leader's verdict on each report (undefined: taken). Never rejects. */
  report(reports: regd.v1.ICheckReport[]): Promise<Verdicts> {
    const up = this.upstream();
    if (typeof up === 'string') return Promise.resolve(allFailed(reports.length, 'UNAVAILABLE', up));
    const stream = this.stream(up);
    const seq = ++this.seq;
    return new Promise<Verdicts>((resolve) => {
      up.pending.set(seq, {
        size: reports.length,
        resolve,
        timer: setTimeout(() => {
          up.pending.delete(seq);
          this.dropStream(up, 'registry: the leader did not answer in time');
          resolve(allFailed(reports.length, 'UNAVAILABLE', 'registry: the leader did not answer in time'));
        }, this.timeoutMs),
      });
      stream.write({ seq, reports });
    });
  }

  /** The operator's release, on the leader. */
  releaseSelfPreservation(): Promise<boolean> {
    const up = this.upstream();
    if (typeof up === 'string') return Promise.reject(Object.assign(new Error(up), { code: 14, details: up }));
    return new Promise((resolve, reject) => {
      up.client.ReleaseSelfPreservation({}, forwardedMetadata(), { deadline: Date.now() + this.timeoutMs },
        (err: ServiceError | null, res?: regd.v1.ReleaseSelfPreservationResponse) => (err !== null || res === undefined ? reject(err) : resolve(res.released)));
    });
  }

  close(): void {
    this.closed = true;
    this.closeUpstream('registry: the member is stopping');
  }

  /** The connection to the current leader, or why there is none. */
  private upstream(): Upstream | string {
    if (this.closed) return 'registry: the member is stopping';
    const leader = this.leader();
    if (leader === 0n) return 'registry: no leader';
    const address = this.addressOf(leader);
    if (address === undefined) return 'registry: the leader has not published its client address yet';
    const cur = this.current;
    if (cur !== undefined && cur.leader === leader && cur.address === address) return cur;
    this.closeUpstream('registry: leader changed');
    const client = new RegistryClient(address, credentials.createInsecure(), { 'grpc.max_receive_message_length': -1, 'grpc.max_send_message_length': -1 });
    const up: Upstream = { leader, address, client, stream: undefined, pending: new Map() };
    this.current = up;
    return up;
  }

  private stream(up: Upstream): HeartbeatStream {
    if (up.stream !== undefined) return up.stream;
    const s = up.client.Heartbeat(forwardedMetadata()) as HeartbeatStream;
    s.on('data', (res: regd.v1.HeartbeatResponse) => {
      const seq = Number(res.seq);
      const p = up.pending.get(seq);
      if (p === undefined) return; // timed out already
      up.pending.delete(seq);
      clearTimeout(p.timer);
      const verdicts: Verdicts = new Array<regd.v1.IReportError | undefined>(p.size).fill(undefined);
      for (const e of res.errors) {
        const i = e.index ?? 0;
        if (i < p.size) verdicts[i] = { index: i, code: e.code ?? 'UNKNOWN', message: e.message ?? '' };
      }
      p.resolve(verdicts);
    });
    const lost = (why: string): void => {
      if (up.stream !== s) return;
      this.log.debug({ why, leader: up.leader.toString(16) }, 'report stream to the leader ended');
      this.dropStream(up, 'registry: leader changed');
    };
    s.on('error', (err: Error) => lost(err.message));
    s.on('end', () => lost('ended'));
    up.stream = s;
    return s;
  }

  private dropStream(up: Upstream, message: string): void {
    const s = up.stream;
    up.stream = undefined;
    if (s !== undefined) {
      s.removeAllListeners('data');
      s.on('error', () => undefined);
      s.cancel();
    }
    const waiting = [...up.pending.values()];
    up.pending.clear();
    for (const p of waiting) {
      clearTimeout(p.timer);
      p.resolve(allFailed(p.size, 'UNAVAILABLE', message));
    }
  }

  private closeUpstream(message: string): void {
    const up = this.current;
    if (up === undefined) return;
    this.current = undefined;
    this.dropStream(up, message);
    up.client.close();
  }
}
