import type { NodeId } from './types.js';

/** One linearizable read waiting for its heartbeat round. */
export interface PendingRead {
  /** The leader's commit index when the read arrived: the read index once confirmed. */
  index: number;
  /** Who asked (this node, or a follower that forwarded it). */
  from: NodeId;
  /** The requester's own context, handed back in its ReadState. */
  context: string;
  acks: Map<NodeId, boolean>;
}

/**
 * ReadIndex bookkeeping on the leader (Raft thesis §6.4). Every read gets a
 * round key of its own from a counter that never repeats on this node, so an
 * ack can only confirm the round whose heartbeat it answers: a delayed or
 * duplicated ack of an earlier round, or a re-sent request with the same
 * context, never confirms a later read. Heartbeats carry the newest key, and a
 * quorum of acks for it confirms leadership for every read queued before it,
 * so many concurrent reads share one round.
 */
export class ReadOnlyQueue {
  private readonly pending = new Map<string, PendingRead>();
  private readonly queue: string[] = [];
  /** Never reset, not even across terms: a key is never handed out twice. */
  private seq = 0;

  add(index: number, from: NodeId, context: string): string {
    const key = `r${++this.seq}`;
    this.pending.set(key, { index, from, context, acks: new Map() });
    this.queue.push(key);
    return key;
  }

  /** Records an ack for round `key`; returns that round's acks, or undefined if unknown. */
  recvAck(id: NodeId, key: string): Map<NodeId, boolean> | undefined {
    const r = this.pending.get(key);
    if (r === undefined) return undefined;
    r.acks.set(id, true);
    return r.acks;
  }

  /** Releases round `key` and every round queued before it. */
  advance(key: string): PendingRead[] {
    const at = this.queue.indexOf(key);
    if (at < 0) return [];
    const done = this.queue.splice(0, at + 1);
    const out: PendingRead[] = [];
    for (const k of done) {
      out.push(this.pending.get(k)!);
      this.pending.delete(k);
    }
    return out;
  }

  lastKey(): string {
    return this.queue.length > 0 ? this.queue[this.queue.length - 1]! : '';
  }

  size(): number {
    return this.queue.length;
  }

  reset(): void {
    this.pending.clear();
    this.queue.length = 0;
  }
}
