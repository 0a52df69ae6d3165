import { credentials, Server, ServerCredentials, status, type ClientWritableStream, type ServerReadableStream, type sendUnaryData } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { regd } from '../generated/proto.js';
import { longToBigInt, longToNumber, toUint64 } from '../proto/long.js';
import { addService, RaftTransportClient, RaftTransportService } from '../proto/services.js';
import type { Message, NodeId } from '../raft/index.js';
import { hostPort, type HostPort } from './host-port.js';
import type { PeerSender } from './raft-node.js';
import { batchMessages, batchStamp, batchToWire, messageFromWire, messageToWire } from './raft-codec.js';

/** Messages queued for one peer before new ones are dropped (Raft tolerates loss; memory must stay bounded). */
export const MAX_QUEUED_MESSAGES = 8192;
/** Messages per batch written to a peer stream. */
export const MAX_BATCH_MESSAGES = 512;
/** Snapshots above this size go over the chunked SendSnapshot call. */
export const SNAPSHOT_CHUNK_BYTES = 1024 * 1024;
const BACKOFF_MIN_MS = 50;
const BACKOFF_MAX_MS = 2_000;
/** Peers send messages up to the snapshot chunk size plus Raft batches of entries. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

const Reject = regd.raftpb.RejectReason;

export interface TransportHooks {
  receive(messages: Message[]): void;
  reportUnreachable(id: NodeId): void;
  reportSnapshot(id: NodeId, ok: boolean): void;
  onSendFailure?(to: NodeId, count: number): void;
}

/**
 * Raft messages between members over gRPC: one long-lived client stream per
 * peer, messages batched, a bounded queue per peer, reconnect with exponential
 * backoff. Every batch carries the cluster id and both member ids; a member of
 * another cluster, or a message meant for another member, is refused.
 */
export class PeerTransport implements PeerSender {
  private readonly peers = new Map<NodeId, PeerLink>();
  private server: Server | undefined;

  constructor(
    private readonly clusterId: bigint,
    private readonly selfId: NodeId,
    private readonly hooks: TransportHooks,
    private readonly log: Logger,
  ) {}

  async listen(at: HostPort[]): Promise<void> {
    const server = new Server({ 'grpc.max_receive_message_length': MAX_MESSAGE_BYTES });
    addService(server, RaftTransportService, {
      Send: (call, cb) => this.serveSend(call, cb),
      SendSnapshot: (call, cb) => this.serveSnapshot(call, cb),
    });
    for (const a of at) {
      await new Promise<void>((resolve, reject) => {
        server.bindAsync(hostPort(a), ServerCredentials.createInsecure(), (err) => (err ? reject(err) : resolve()));
      });
    }
    this.server = server;
  }

  /** Where to reach a peer; called for the initial members and on membership changes. */
  setPeer(id: NodeId, address: string): void {
    if (id === this.selfId) return;
    const existing = this.peers.get(id);
    if (existing?.address === address) return;
    existing?.close();
    this.peers.set(id, new PeerLink(id, address, this.clusterId, this.selfId, this.hooks, this.log));
  }

  removePeer(id: NodeId): void {
    this.peers.get(id)?.close();
    this.peers.delete(id);
  }

  send(messages: readonly Message[]): void {
    for (const m of messages) {
      const link = this.peers.get(m.to);
      if (link === undefined) {
        this.hooks.onSendFailure?.(m.to, 1);
        continue;
      }
      link.enqueue(m);
    }
  }

  async close(): Promise<void> {
    for (const p of this.peers.values()) p.close();
    this.peers.clear();
    const s = this.server;
    if (s !== undefined) await new Promise<void>((resolve) => s.tryShutdown(() => resolve()));
  }

  private check(stamp: { clusterId: bigint; to: bigint }): { reason: regd.raftpb.RejectReason; detail: string } | undefined {
    if (stamp.clusterId !== this.clusterId) {
      return { reason: Reject.REJECT_REASON_CLUSTER_MISMATCH, detail: `cluster id ${stamp.clusterId.toString(16)} is not this cluster's (${this.clusterId.toString(16)})` };
    }
    if (stamp.to !== BigInt(this.selfId)) {
      return { reason: Reject.REJECT_REASON_WRONG_MEMBER, detail: `message for member ${stamp.to.toString(16)} reached member ${this.selfId.toString(16)}` };
    }
    return undefined;
  }

  private reply(cb: sendUnaryData<regd.raftpb.ISendReply>, reason: regd.raftpb.RejectReason, detail: string): void {
    cb(null, { reason, detail, clusterId: toUint64(this.clusterId), memberId: toUint64(BigInt(this.selfId)) });
  }

  private serveSend(call: ServerReadableStream<regd.raftpb.MessageBatch, regd.raftpb.ISendReply>, cb: sendUnaryData<regd.raftpb.ISendReply>): void {
    let done = false;
    const finish = (reason: regd.raftpb.RejectReason, detail: string) => {
      if (done) return;
      done = true;
      this.reply(cb, reason, detail);
    };
    call.on('data', (batch: regd.raftpb.MessageBatch) => {
      if (done) return;
      let messages: Message[];
      try {
        const bad = this.check(batchStamp(batch));
        if (bad !== undefined) {
          this.log.warn({ detail: bad.detail }, 'refused a peer stream');
          finish(bad.reason, bad.detail);
          call.destroy();
          return;
        }
        messages = batchMessages(batch);
      } catch (err) {
        finish(Reject.REJECT_REASON_MALFORMED, (err as Error).message);
        call.destroy();
        return;
      }
      this.hooks.receive(messages);
    });
    call.on('end', () => finish(Reject.REJECT_REASON_NONE, ''));
    call.on('error', () => { done = true; });
  }

  private serveSnapshot(call: ServerReadableStream<regd.raftpb.SnapshotChunk, regd.raftpb.ISendReply>, cb: sendUnaryData<regd.raftpb.ISendReply>): void {
    let head: Message | undefined;
    let buf: Uint8Array | undefined;
    let filled = 0;
    let failed = false;
    const fail = (reason: regd.raftpb.RejectReason, detail: string) => {
      if (failed) return;
      failed = true;
      this.reply(cb, reason, detail);
      call.destroy();
    };
    call.on('data', (chunk: regd.raftpb.SnapshotChunk) => {
      if (failed) return;
      try {
        if (head === undefined) {
          const bad = this.check({ clusterId: longToBigInt(chunk.clusterId), to: longToBigInt(chunk.to) });
          if (bad !== undefined) return fail(bad.reason, bad.detail);
          if (chunk.message === null || chunk.message === undefined) return fail(Reject.REJECT_REASON_MALFORMED, 'first snapshot chunk has no message');
          head = messageFromWire(chunk.message);
          const total = longToNumber(chunk.totalBytes);
          if (!Number.isSafeInteger(total) || total < 0) return fail(Reject.REJECT_REASON_MALFORMED, `bad snapshot size ${total}`);
          buf = new Uint8Array(total);
        }
        const data = chunk.data;
        if (filled + data.length > buf!.length) return fail(Reject.REJECT_REASON_MALFORMED, 'snapshot data longer than announced');
        buf!.set(data, filled);
        filled += data.length;
      } catch (err) {
        fail(Reject.REJECT_REASON_MALFORMED, (err as Error).message);
      }
    });
    call.on('end', () => {
      if (failed) return;
      if (head === undefined || head.snapshot === undefined || filled !== buf!.length) {
        return fail(Reject.REJECT_REASON_MALFORMED, 'snapshot stream ended early');
      }
      head.snapshot = { meta: head.snapshot.meta, data: buf! };
      this.hooks.receive([head]);
      this.reply(cb, 0, '');
    });
    call.on('error', () => { failed = true; });
  }
}

/** The sending half towards one peer. */
class PeerLink {
  private queue: Message[] = [];
  private stream: ClientWritableStream<regd.raftpb.IMessageBatch> | undefined;
  private readonly client: InstanceType<typeof RaftTransportClient>;
  private backoffMs = BACKOFF_MIN_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private writable = true;
  private closed = false;
  private flushScheduled = false;
  private readonly stamp: { clusterId: bigint; from: bigint; to: bigint };

  constructor(
    readonly id: NodeId,
    readonly address: string,
    clusterId: bigint,
    selfId: NodeId,
    private readonly hooks: TransportHooks,
    private readonly log: Logger,
  ) {
    this.client = new RaftTransportClient(address, credentials.createInsecure(), {
      'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
      'grpc.initial_reconnect_backoff_ms': BACKOFF_MIN_MS,
      'grpc.max_reconnect_backoff_ms': BACKOFF_MAX_MS,
    });
    this.stamp = { clusterId, from: BigInt(selfId), to: BigInt(id) };
  }

  enqueue(m: Message): void {
    if (this.closed) return;
    if (m.type === 'snap' && m.snapshot !== undefined && m.snapshot.data.length > SNAPSHOT_CHUNK_BYTES) {
      this.sendSnapshot(m);
      return;
    }
    if (this.queue.length >= MAX_QUEUED_MESSAGES) {
      this.hooks.onSendFailure?.(this.id, 1);
      return;
    }
    this.queue.push(m);
    if (!this.flushScheduled) {
      // Gather everything sent in this turn of the event loop into one batch.
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        this.flush();
      });
    }
  }

  private open(): ClientWritableStream<regd.raftpb.IMessageBatch> {
    const s = this.client.Send((err, reply) => {
      if (this.stream === s) this.stream = undefined;
      if (this.closed) return;
      if (reply !== undefined && reply.reason !== 0) {
        this.log.warn({ peer: this.id.toString(16), reason: reply.reason, detail: reply.detail }, 'peer refused our stream');
      } else if (err !== null && err.code !== status.CANCELLED) {
        this.log.debug({ peer: this.id.toString(16), err: err.message }, 'peer stream failed');
      }
      this.onBroken();
    });
    s.on('drain', () => {
      this.writable = true;
      this.flush();
    });
    this.writable = true;
    return s;
  }

  private onBroken(): void {
    const lost = this.queue.length;
    if (lost > 0) this.hooks.onSendFailure?.(this.id, lost);
    this.queue = [];
    this.hooks.reportUnreachable(this.id);
    if (this.retryTimer !== undefined || this.closed) return;
    // Reconnect later; messages produced meanwhile are dropped and Raft resends what matters.
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.flush();
    }, this.backoffMs);
    this.backoffMs = Math.min(BACKOFF_MAX_MS, this.backoffMs * 2);
  }

  private flush(): void {
    if (this.closed || this.retryTimer !== undefined || !this.writable || this.queue.length === 0) return;
    this.stream ??= this.open();
    while (this.queue.length > 0 && this.writable) {
      const batch = this.queue.length <= MAX_BATCH_MESSAGES ? this.queue : this.queue.slice(0, MAX_BATCH_MESSAGES);
      this.queue = this.queue.length <= MAX_BATCH_MESSAGES ? [] : this.queue.slice(MAX_BATCH_MESSAGES);
      this.writable = this.stream.write(batchToWire(this.stamp, batch));
    }
    this.backoffMs = BACKOFF_MIN_MS;
  }

  private sendSnapshot(m: Message): void {
    const data = m.snapshot!.data;
    const call = this.client.SendSnapshot((err, reply) => {
      const ok = err === null && reply !== undefined && reply.reason === 0;
      if (!ok) this.log.warn({ peer: this.id.toString(16), err: err?.message, detail: reply?.detail }, 'snapshot send failed');
      this.hooks.reportSnapshot(this.id, ok);
    });
    const head = messageToWire({ ...m, snapshot: { meta: m.snapshot!.meta, data: new Uint8Array(0) } });
    for (let off = 0; off < data.length || off === 0; off += SNAPSHOT_CHUNK_BYTES) {
      const piece = data.subarray(off, off + SNAPSHOT_CHUNK_BYTES);
      call.write(off === 0
        ? { clusterId: toUint64(this.stamp.clusterId), from: toUint64(this.stamp.from), to: toUint64(this.stamp.to), message: head, totalBytes: data.length, data: piece }
        : { data: piece });
      if (data.length === 0) break;
    }
    call.end();
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.stream?.end();
    this.client.close();
  }
}
