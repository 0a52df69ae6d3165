// The leader's expiry queue: an indexed binary min-heap of (due time, lease id).
//
// Every lease has at most one entry: a renewal moves the lease's entry in
// place (no stale duplicates left behind for later), so the heap never holds
// more entries than there are leases in the replicated table, and its memory is
// bounded by that table. Ties on the due time are broken by lease id, so the
// order of expiry is fully determined by the inputs.

import type { LeaseId } from './index.js';

export interface QueueEntry {
  id: LeaseId;
  /** When the lease is next looked at, in the lessor's clock (ms). */
  due: number;
}

function before(a: QueueEntry, b: QueueEntry): boolean {
  return a.due < b.due || (a.due === b.due && a.id < b.id);
}

export class LeaseQueue {
  private readonly heap: QueueEntry[] = [];
  /** Lease id -> its position in `heap`. */
  private readonly pos = new Map<LeaseId, number>();

  get size(): number {
    return this.heap.length;
  }

  has(id: LeaseId): boolean {
    return this.pos.has(id);
  }

  /** The due time of `id`, if it is queued. */
  due(id: LeaseId): number | undefined {
    const i = this.pos.get(id);
    return i === undefined ? undefined : this.heap[i]!.due;
  }

  /** Queue `id` at `due`, or move its entry there. O(log n). */
  set(id: LeaseId, due: number): void {
    const i = this.pos.get(id);
    if (i === undefined) {
      this.heap.push({ id, due });
      this.pos.set(id, this.heap.length - 1);
      this.up(this.heap.length - 1);
      return;
    }
    const e = this.heap[i]!;
    const old = e.due;
    e.due = due;
    if (due < old) this.up(i);
    else this.down(i);
  }

  /** Remove `id`; false if it was not queued. O(log n). */
  delete(id: LeaseId): boolean {
    const i = this.pos.get(id);
    if (i === undefined) return false;
    this.pos.delete(id);
    const last = this.heap.pop()!;
    if (i < this.heap.length) {
      this.heap[i] = last;
      this.pos.set(last.id, i);
      this.up(i);
      this.down(this.pos.get(last.id)!);
    }
    return true;
  }

  /** The entry due first, without removing it. */
  peek(): QueueEntry | undefined {
    const top = this.heap[0];
    return top === undefined ? undefined : { ...top };
  }

  /** Remove and return the entry due first. */
  pop(): QueueEntry | undefined {
    const top = this.heap[0];
    if (top === undefined) return undefined;
    this.delete(top.id);
    return top;
  }

  clear(): void {
    this.heap.length = 0;
    this.pos.clear();
  }

  private up(i: number): void {
    const h = this.heap;
    const e = h[i]!;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = h[p]!;
      if (!before(e, parent)) break;
      h[i] = parent;
      this.pos.set(parent.id, i);
      i = p;
    }
    h[i] = e;
    this.pos.set(e.id, i);
  }

  private down(i: number): void {
    const h = this.heap;
    const n = h.length;
    const e = h[i]!;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && before(h[r]!, h[l]!) ? r : l;
      const child = h[c]!;
      if (!before(child, e)) break;
      h[i] = child;
      this.pos.set(child.id, i);
      i = c;
    }
    h[i] = e;
    this.pos.set(e.id, i);
  }
}
