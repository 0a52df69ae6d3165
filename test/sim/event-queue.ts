// The simulator's agenda: events ordered by virtual time, ties broken by the
// order they were scheduled, so the same run always processes events in the
// same order.

interface Slot<T> { time: number; seq: number; event: T }

export class EventQueue<T> {
  private readonly heap: Slot<T>[] = [];
  private seq = 0;

  get size(): number { return this.heap.length; }

  push(time: number, event: T): void {
    const slot = { time, seq: this.seq++, event };
    const heap = this.heap;
    let i = heap.length;
    heap.push(slot);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as Slot<T>;
      if (!before(slot, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = slot;
  }

  /** The time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    const top = this.heap[0];
    return top ? top.time : Infinity;
  }

  pop(): { time: number; event: T } | undefined {
    const heap = this.heap;
    const top = heap[0];
    if (!top) return undefined;
    const last = heap.pop() as Slot<T>;
    if (heap.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= heap.length) break;
        const r = l + 1;
        let c = l;
        if (r < heap.length && before(heap[r] as Slot<T>, heap[l] as Slot<T>)) c = r;
        const child = heap[c] as Slot<T>;
        if (!before(child, last)) break;
        heap[i] = child;
        i = c;
      }
      heap[i] = last;
    }
    return { time: top.time, event: top.event };
  }
}

function before<T>(a: Slot<T>, b: Slot<T>): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}
