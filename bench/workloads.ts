// What one benchmark request is, per workload. Keys are drawn uniformly from a
// fixed key space; every put writes the same random value of --value-size bytes.
//
//   put               Put of a random key
//   get               linearizable Range of one random key (ReadIndex, no log entry)
//   get-serializable  serializable Range of one random key (answered locally by the member)
//   mixed             90 % linearizable get, 10 % put

import { randomBytes } from 'node:crypto';
import type { KvPool } from './kv-pool.js';

export const WORKLOADS = ['put', 'get', 'get-serializable', 'mixed'] as const;
export type Workload = (typeof WORKLOADS)[number];

export function isWorkload(s: string): s is Workload {
  return (WORKLOADS as readonly string[]).includes(s);
}

/** Workloads that read: their key space is written once before the timed run. */
export function needsPreload(w: Workload): boolean {
  return w !== 'put';
}

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

/** One request of the workload: resolves when answered, rejects with the gRPC error. */
export type Operation = () => Promise<unknown>;

export function operationFor(w: Workload, pool: KvPool, keys: KeySpace, value: Buffer): Operation {
  const put: Operation = () => pool.put({ key: keys.random(), value });
  const get: Operation = () => pool.range({ key: keys.random() });
  const getSerializable: Operation = () => pool.range({ key: keys.random(), serializable: true });
  switch (w) {
    case 'put':
      return put;
    case 'get':
      return get;
    case 'get-serializable':
      return getSerializable;
    case 'mixed':
      return () => (Math.random() < 0.1 ? put() : get());
  }
}
