// What the simulated clients did, with virtual times and step numbers: every
// put from the moment it was proposed until its node applied it
// (acknowledged), and every linearizable get from invocation until the read
// barrier let it through and the node's state DB answered (completed). Two
// checks read it: a read must not pass the barrier on a node that has applied
// less than a write acknowledged before the read was invoked; and the whole
// history of puts and gets must be linearizable (kv-client.ts).

import type { NodeId } from '../../src/raft/index.js';

export interface WriteRecord {
  id: string;
  node: NodeId;
  key: string;
  value: string;
  invokedAt: number;
  invokedStep: number;
  ackedAt?: number;
  ackedStep?: number;
  index?: number;
}

export interface ReadRecord {
  id: string;
  node: NodeId;
  key: string;
  invokedAt: number;
  invokedStep: number;
  /** The highest index of a write acknowledged before this read was invoked (0 if none). */
  ackedWriteBefore: number;
  /** That write's id, for the report. */
  ackedWriteIdBefore: string;
  /** The highest index any node had applied when this read was invoked. */
  appliedBefore: number;
  completedAt?: number;
  completedStep?: number;
  /** The value read; null for a key that does not exist. */
  value?: string | null;
}

export class ClientHistory {
  readonly writes = new Map<string, WriteRecord>();
  readonly reads = new Map<string, ReadRecord>();
  private nextId = 1;
  private maxAcked = 0;
  private maxAckedId = '';

  writeInvoked(node: NodeId, key: string, at: number, step: number): WriteRecord {
    const id = `w${this.nextId++}`;
    const w: WriteRecord = { id, node, key, value: id, invokedAt: at, invokedStep: step };
    this.writes.set(id, w);
    return w;
  }

  /** The node refused the write at once: it never happened. */
  writeRefused(id: string): void {
    this.writes.delete(id);
  }

  /** The proposing node applied the write: it is acknowledged to the client now. */
  writeAcked(id: string, at: number, step: number, index: number): void {
    const w = this.writes.get(id);
    if (!w || w.ackedAt !== undefined) return;
    w.ackedAt = at;
    w.ackedStep = step;
    w.index = index;
    if (index > this.maxAcked) {
      this.maxAcked = index;
      this.maxAckedId = id;
    }
  }

  readInvoked(node: NodeId, key: string, at: number, step: number, appliedBefore: number): ReadRecord {
    const id = `r${this.nextId++}`;
    const r: ReadRecord = { id, node, key, invokedAt: at, invokedStep: step, ackedWriteBefore: this.maxAcked, ackedWriteIdBefore: this.maxAckedId, appliedBefore };
    this.reads.set(id, r);
    return r;
  }

  readCompleted(id: string, at: number, step: number, value: string | null): void {
    const r = this.reads.get(id);
    if (!r || r.completedAt !== undefined) return;
    r.completedAt = at;
    r.completedStep = step;
    r.value = value;
  }

  get acknowledgedWrites(): number {
    let n = 0;
    for (const w of this.writes.values()) if (w.ackedAt !== undefined) n++;
    return n;
  }

  get completedReads(): number {
    let n = 0;
    for (const r of this.reads.values()) if (r.completedAt !== undefined) n++;
    return n;
  }
}
