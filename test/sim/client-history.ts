// What the simulated clients did, with virtual times: every write from the
// moment it was proposed until the proposing node applied it (acknowledged),
// and every ReadIndex read from invocation to the index it was given and the
// moment the node had applied that index (completed). The read check compares
// the two: a read must not be given an index below a write acknowledged
// before the read was invoked.

import type { NodeId } from '../../src/raft/index.js';

export interface WriteRecord {
  id: string;
  node: NodeId;
  invokedAt: number;
  ackedAt?: number;
  index?: number;
}

export interface ReadRecord {
  id: string;
  node: NodeId;
  invokedAt: number;
  /** The highest index of a write acknowledged before this read was invoked (0 if none). */
  ackedWriteBefore: number;
  /** That write's id, for the report. */
  ackedWriteIdBefore: string;
  /** The highest index any node had applied when this read was invoked. */
  appliedBefore: number;
  /** The ReadState index the core answered with. */
  index?: number;
  indexedAt?: number;
  completedAt?: number;
}

export class ClientHistory {
  readonly writes = new Map<string, WriteRecord>();
  readonly reads = new Map<string, ReadRecord>();
  private nextId = 1;
  private maxAcked = 0;
  private maxAckedId = '';

  newWriteId(): string { return `w${this.nextId++}`; }
  newReadId(): string { return `r${this.nextId++}`; }

  writeInvoked(id: string, node: NodeId, at: number): void {
    this.writes.set(id, { id, node, invokedAt: at });
  }

  /** The proposing node applied the write: it is acknowledged to the client now. */
  writeAcked(id: string, at: number, index: number): WriteRecord | undefined {
    const w = this.writes.get(id);
    if (!w || w.ackedAt !== undefined) return undefined;
    w.ackedAt = at;
    w.index = index;
    if (index > this.maxAcked) {
      this.maxAcked = index;
      this.maxAckedId = id;
    }
    return w;
  }

  readInvoked(id: string, node: NodeId, at: number, appliedBefore: number): ReadRecord {
    const r: ReadRecord = { id, node, invokedAt: at, ackedWriteBefore: this.maxAcked, ackedWriteIdBefore: this.maxAckedId, appliedBefore };
    this.reads.set(id, r);
    return r;
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
