// What the benchmark runs, per workload: the requests the closed loop issues
// (an Operation), plus untimed set-up and clean-up around them (a Session).
// Keys are drawn uniformly from a fixed key space; every KV put writes the same
// random value of --value-size bytes.
//
//   put               Put of a random key
//   get               linearizable Range of one random key (ReadIndex, no log entry)
//   get-serializable  serializable Range of one random key (answered locally by the member)
//   mixed             90 % linearizable get, 10 % put
//   watch-latency     puts under a prefix that --watchers watchers watch: put -> event latency (watch-latency.ts)
//   lease-grant       LeaseGrant, TTL 60; the leases are revoked afterwards (lease-grant.ts)
//   lease-keepalive   keep-alives of --leases leases over LeaseKeepAlive streams (lease-keepalive.ts)

import { randomBytes } from 'node:crypto';
import type { KvPool } from './kv-pool.js';
import type { LatencyHistogram } from './latency.js';

export const WORKLOADS = ['put', 'get', 'get-serializable', 'mixed', 'watch-latency', 'lease-grant', 'lease-keepalive'] as const;
export type Workload = (typeof WORKLOADS)[number];

export function isWorkload(s: string): s is Workload {
  return (WORKLOADS as readonly string[]).includes(s);
}

/** Workloads that read: their key space is written once before the timed run. */
export function needsPreload(w: Workload): boolean {
  return w === 'get' || w === 'get-serializable' || w === 'mixed';
}

/** Options of the watch and lease workloads (the KV ones ignore them). */
export interface WorkloadOptions {
  /** watch-latency: watchers on the prefix. */
  watchers: number;
  /** watch-latency: watchers per Watch stream (1: a stream each). */
  watchersPerStream: number;
  /** lease-keepalive: leases granted before the run and kept alive in turn. */
  leases: number;
  /** lease-keepalive: LeaseKeepAlive streams the requests are spread over. */
  keepaliveStreams: number;
}

export const DEFAULT_WORKLOAD_OPTIONS: WorkloadOptions = { watchers: 100, watchersPerStream: 1, leases: 1000, keepaliveStreams: 6 };

export class KeySpace {
  private readonly keys: Buffer[];

  constructor(readonly size: number, prefix = 'bench/key-') {
    const width = String(Math.max(0, size - 1)).length;
    this.keys = Array.from({ length: size }, (_, i) => Buffer.from(`${prefix}${String(i).padStart(width, '0')}`));
  }

  key(i: number): Buffer {
    return this.keys[i]!;
  }

  random(): Buffer {
    return this.keys[Math.floor(Math.random() * this.keys.length)]!;
  }
}

export function randomValue(bytes: number): Buffer {
  return randomBytes(bytes);
}

/**
 * One request of the workload: resolves when answered, rejects with the gRPC
 * error. `timed` says whether the runner counts it (issued in the timed phase).
 */
export type Operation = (timed: boolean) => Promise<unknown>;

/** What a workload reports after its run, beyond its requests' own success and latency. */
export interface Measured {
  /**
   * For a workload that measures something else than its requests
   * (watch-latency: put -> event): those latencies, whose count is `ops`, and
   * the performance.now() of the last one, the end of the timed phase.
   */
  samples?: { hist: LatencyHistogram; lastDoneMs: number };
  /** Failures besides the failed requests (lost or duplicated watch events, unexpected responses). */
  errors: number;
  /** Extra fields for the result line. */
  fields?: Record<string, number>;
}

/** A workload opened on a cluster: set-up is done, `op` is ready for the closed loop. */
export interface Session {
  readonly op: Operation;
  /** Extra fields for the result line (e.g. `leases`). */
  readonly fields?: Record<string, number>;
  /** For the progress line on stderr, if the requests are not what the workload counts. */
  progress?(): string;
  /**
   * After the closed loop (untimed): waits for what the requests set off and
   * reports what the workload measured beyond its requests.
   */
  finish?(): Promise<Measured | undefined>;
  /** Untimed clean-up (cancel streams, revoke leases); always called. */
  close(): Promise<void>;
}

/** Everything a workload may use to open its session. */
export interface WorkloadContext {
  pool: KvPool;
  keys: KeySpace;
  value: Buffer;
  concurrency: number;
  options: WorkloadOptions;
  /** `target workload c=N`, for stderr lines. */
  label: string;
}

/** The KV workloads: no set-up or clean-up. */
export function kvSession(w: 'put' | 'get' | 'get-serializable' | 'mixed', pool: KvPool, keys: KeySpace, value: Buffer): Session {
  const put = () => pool.put(keys.random(), value);
  const get = () => pool.get(keys.random());
  const getSerializable = () => pool.get(keys.random(), true);
  const close = () => Promise.resolve();
  switch (w) {
    case 'put':
      return { op: put, close };
    case 'get':
      return { op: get, close };
    case 'get-serializable':
      return { op: getSerializable, close };
    case 'mixed':
      return { op: () => (Math.random() < 0.1 ? put() : get()), close };
  }
}
