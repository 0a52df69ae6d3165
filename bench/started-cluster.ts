// A cluster the benchmark started itself (regd or etcd) and must stop again.

export interface StartedCluster {
  /** "regd" or "etcd". */
  readonly name: string;
  /** Client endpoints, host:port. */
  readonly endpoints: readonly string[];
  /** The last lines the cluster's processes printed (for runs with errors). */
  recentOutput(): string;
  /** Stops every process of the cluster and removes its data. */
  stop(): Promise<void>;
}
