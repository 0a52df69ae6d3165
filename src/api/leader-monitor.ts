// etcd's watch over streams opened with `hasleader` metadata (reference §12):
// once per election timeout the member checks whether it knows a leader, and
// after NO_LEADER_CHECKS checks in a row without one it ends every such
// stream with Unavailable "etcdserver: no leader". The timer runs only while
// such streams are open.

/** Checks in a row without a leader before open `hasleader` streams are ended (etcd's maxNoLeaderCnt). */
export const NO_LEADER_CHECKS = 3;

export class LeaderMonitor {
  private readonly streams = new Set<() => void>();
  private timer: NodeJS.Timeout | undefined;
  private misses = 0;

  constructor(private readonly hasLeader: () => boolean, private readonly intervalMs: number) {}

  /** Registers a stream; `onNoLeader` ends it. Returns the function that unregisters it. */
  add(onNoLeader: () => void): () => void {
    this.streams.add(onNoLeader);
    if (this.timer === undefined) {
      this.misses = 0;
      this.timer = setInterval(() => this.check(), this.intervalMs);
    }
    return () => this.remove(onNoLeader);
  }

  get size(): number {
    return this.streams.size;
  }

  private remove(onNoLeader: () => void): void {
    this.streams.delete(onNoLeader);
    if (this.streams.size === 0 && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private check(): void {
    this.misses = this.hasLeader() ? 0 : this.misses + 1;
    if (this.misses < NO_LEADER_CHECKS) return;
    this.misses = 0;
    for (const end of [...this.streams]) end();
  }
}
