// The log a node's core has right after ready(): what its Raft log store
// holds, overlaid with the Ready about to be persisted (which holds every
// entry not yet written). The leader-completeness and commit checks read it.

import type { Ready } from '../../src/raft/index.js';
import type { LogView } from '../../src/server/memory-raft-log-store.js';

export class ReadyLogView {
  constructor(private readonly store: LogView, private readonly rd: Ready | undefined) {}

  snapshotIndex(): number {
    return this.rd?.snapshot ? this.rd.snapshot.meta.index : this.store.snapshot?.index ?? 0;
  }

  lastIndex(): number {
    const rd = this.rd;
    const last = rd?.entries[rd.entries.length - 1];
    if (last) return last.index;
    if (rd?.snapshot) return rd.snapshot.meta.index;
    return this.store.lastIndex();
  }

  termAt(index: number): number | undefined {
    const rd = this.rd;
    const first = rd?.entries[0];
    if (rd && first && index >= first.index) return rd.entries[index - first.index]?.term;
    if (rd?.snapshot) return index === rd.snapshot.meta.index ? rd.snapshot.meta.term : undefined;
    return this.store.termAt(index);
  }
}
