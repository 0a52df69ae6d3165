// jepsen-lite's operations on one member, over the client library: each
// returns how it ended in the history's terms (never throws). The client is
// pinned to that member's endpoint and does not retry: a worker decides what
// to do after a failure, and the history must show every attempt.

import {
  createClient,
  prefixEnd,
  text,
  UnknownOutcomeError,
  type Client,
  type HealthStatus,
  type KeyValue,
  type RegdError,
  type Watcher,
} from '../src/client/index.js';

/** How one client operation ended, in the history's terms. */
export type Outcome<T> =
  | { type: 'ok'; value: T }
  | { type: 'fail'; error: string }
  | { type: 'info'; error: string };

/**
 * Runs one operation. The client already tells a definite failure from an
 * unknown outcome: an UnknownOutcomeError (a write that was sent and may or
 * may not take effect) is `info`; every other error proves the operation did
 * not happen (or, for a read, changed nothing) and is `fail`.
 */
export async function attempt<T>(f: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { type: 'ok', value: await f() };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return err instanceof UnknownOutcomeError ? { type: 'info', error } : { type: 'fail', error };
  }
}

/** Sleeps `ms`, or less if `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done);
  });
}

/** A client of one member only, without retries, with `timeoutMs` per request. */
export function memberClient(endpoint: string, timeoutMs: number): Client {
  return createClient({ endpoints: [endpoint], requestTimeoutMs: timeoutMs, retry: false });
}

/** One key as a read returned it. */
export interface ReadKv {
  key: string;
  value: string;
  modRevision: number;
  createRevision: number;
  /** Lease id in hex, '' when the key has none. */
  lease: string;
}

function toReadKv(kv: KeyValue): ReadKv {
  return {
    key: kv.keyString,
    value: kv.valueString,
    modRevision: Number(kv.modRevision),
    createRevision: Number(kv.createRevision),
    lease: kv.lease === 0n ? '' : kv.lease.toString(16),
  };
}

/** KV operations on one member. */
export class MemberKv {
  readonly client: Client;

  constructor(readonly node: string, endpoint: string, timeoutMs: number) {
    this.client = memberClient(endpoint, timeoutMs);
  }

  /** A linearizable read of one key: its number value, or null when absent. */
  read(key: string): Promise<Outcome<{ value: number | null; revision: number }>> {
    return attempt(async () => {
      const r = await this.client.kv.range(key);
      const kv = r.kvs[0];
      return { value: kv === undefined ? null : Number(kv.valueString), revision: Number(r.header.revision) };
    });
  }

  /** A linearizable read of one key with its lease. */
  readKv(key: string): Promise<Outcome<{ kv: ReadKv | null; revision: number }>> {
    return attempt(async () => {
      const r = await this.client.kv.range(key);
      const kv = r.kvs[0];
      return { kv: kv === undefined ? null : toReadKv(kv), revision: Number(r.header.revision) };
    });
  }

  /** A linearizable read of every key under `prefix` (keys only when asked). */
  readPrefix(prefix: string, keysOnly: boolean): Promise<Outcome<{ kvs: ReadKv[]; revision: number }>> {
    return attempt(async () => {
      const r = await this.client.kv.range(prefix, { rangeEnd: prefixEnd(prefix), keysOnly });
      return { kvs: r.kvs.map(toReadKv), revision: Number(r.header.revision) };
    });
  }

  put(key: string, value: string, lease?: bigint): Promise<Outcome<{ revision: number }>> {
    return attempt(async () => ({ revision: Number((await this.client.kv.put(key, value, lease === undefined ? undefined : { lease })).header.revision) }));
  }

  delete(key: string): Promise<Outcome<{ revision: number }>> {
    return attempt(async () => ({ revision: Number((await this.client.kv.delete(key)).header.revision) }));
  }

  /** Compare-and-set on the value: `matched` false when the compare failed (an observation, not an error). */
  cas(key: string, expected: string, next: string): Promise<Outcome<{ revision: number; matched: boolean }>> {
    return attempt(async () => {
      const r = await this.client.kv.txn({
        compare: [{ key, target: 'value', result: 'equal', value: expected }],
        success: [{ put: { key, value: next } }],
      });
      return { revision: Number(r.header.revision), matched: r.succeeded };
    });
  }

  /**
   * A fenced write: stores `value` unless the stored value is greater (byte
   * order). With values that sort by fencing token, a lower token is refused
   * once a higher one was written. `fenced` when refused.
   */
  fencedPut(key: string, value: string): Promise<Outcome<{ revision: number; fenced: boolean }>> {
    return attempt(async () => {
      // A compare on the value of a missing key is false, so the first write lands.
      const r = await this.client.kv.txn({
        compare: [{ key, target: 'value', result: 'greater', value }],
        failure: [{ put: { key, value } }],
      });
      return { revision: Number(r.header.revision), fenced: r.succeeded };
    });
  }

  close(): void {
    this.client.close();
  }
}

/** Lease and lock operations on one member. */
export class MemberLeases {
  readonly client: Client;

  constructor(readonly node: string, endpoint: string, timeoutMs: number) {
    this.client = memberClient(endpoint, timeoutMs);
  }

  /** Grants a lease; the answer carries the TTL the server settled on. */
  grant(ttl: number): Promise<Outcome<{ id: bigint; hex: string; ttl: number }>> {
    return attempt(async () => {
      const r = await this.client.lease.grant(ttl);
      return { id: r.id, hex: r.id.toString(16), ttl: r.ttl };
    });
  }

  /** Revokes a lease. Revoking is safe to repeat, so the client reports any failure as `fail`. */
  revoke(id: bigint): Promise<Outcome<void>> {
    return attempt(async () => {
      await this.client.lease.revoke(id);
    });
  }

  /**
   * One keep-alive (like `etcdctl lease keep-alive --once`): the TTL answered,
   * 0 when the server no longer knows the lease. A keep-alive changes no
   * replicated state, so every error is a `fail`.
   */
  keepAliveOnce(id: bigint): Promise<Outcome<{ ttl: number }>> {
    return attempt(async () => {
      try {
        return { ttl: await this.client.lease.keepAliveOnce(id) };
      } catch (err) {
        if ((err as RegdError).details === 'etcdserver: requested lease not found') return { ttl: 0 };
        throw err;
      }
    });
  }

  /** Waits for the lock (up to `timeoutMs`); the owner key on success. */
  lock(name: string, lease: bigint, timeoutMs: number): Promise<Outcome<{ key: Uint8Array }>> {
    return attempt(async () => ({ key: (await this.client.lock.lock(name, lease, { timeoutMs })).key }));
  }

  unlock(key: Uint8Array, timeoutMs: number): Promise<Outcome<void>> {
    return attempt(async () => {
      await this.client.lock.unlock(key, { timeoutMs });
    });
  }

  close(): void {
    this.client.close();
  }
}

/** A PUT or DELETE as the watcher received it. */
export interface WatchedEvent {
  type: 'PUT' | 'DELETE';
  key: string;
  value: string;
  revision: number;
}

export interface WatchHandlers {
  onEvents(events: WatchedEvent[]): void;
  /** The watch ended (compacted, canceled by the server); called once. */
  onEnd(reason: string): void;
}

/**
 * One watch on a key prefix, on one member, from a start revision. The client
 * resumes it on the same member when its stream breaks; a member that stays
 * away leaves the watch idle, which the watch workload notices.
 */
export class MemberWatch {
  private readonly client: Client;
  private readonly watcher: Watcher;
  private ended = false;

  constructor(readonly node: string, endpoint: string, prefix: string, startRevision: number, private readonly handlers: WatchHandlers) {
    this.client = memberClient(endpoint, 5000);
    this.watcher = this.client.watch.watch(prefix, {
      rangeEnd: prefixEnd(prefix),
      startRevision,
      onEvents: (batch) => {
        if (this.ended || batch.events.length === 0) return;
        handlers.onEvents(batch.events.map((e) => ({
          type: e.type === 'delete' ? 'DELETE' : 'PUT',
          key: text(e.kv.key),
          value: text(e.kv.value),
          revision: Number(e.kv.modRevision),
        })));
      },
    });
    this.watcher.done.then(
      () => undefined,
      (err: unknown) => this.end(err instanceof Error ? err.message : String(err)),
    );
  }

  private end(reason: string): void {
    if (this.ended) return;
    this.ended = true;
    this.client.close();
    this.handlers.onEnd(reason);
  }

  /** Ends the watch without calling onEnd. */
  close(): void {
    this.ended = true;
    this.client.close();
  }
}

/** An instance as a registry list returned it. */
export interface ListedInstance {
  id: string;
  status: HealthStatus;
  stale: boolean;
}

/** Registry operations on one member. */
export class MemberRegistry {
  readonly client: Client;

  constructor(readonly node: string, endpoint: string, timeoutMs: number) {
    this.client = memberClient(endpoint, timeoutMs);
  }

  /** Registers `id` with one TTL check `ttl` of `ttlMs` that starts passing. */
  register(service: string, id: string, port: number, ttlMs: number): Promise<Outcome<{ revision: number }>> {
    return attempt(async () => {
      const h = await this.client.registry.put({
        service, id, address: '127.0.0.1', port,
        checks: [{ checkId: 'ttl', kind: 'ttl', ttlMs, initialStatus: 'passing' }],
      });
      return { revision: h.revision };
    });
  }

  deregister(service: string, id: string): Promise<Outcome<{ revision: number }>> {
    return attempt(async () => ({ revision: (await this.client.registry.deregister(service, id)).header?.revision ?? 0 }));
  }

  /** One report of the TTL check. A report is a heartbeat (never a write with an unknown outcome), so every error is a `fail`. */
  report(service: string, id: string, status: HealthStatus): Promise<Outcome<void>> {
    return attempt(async () => {
      await this.client.registry.report(service, id, 'ttl', status);
    });
  }

  /** A linearizable list of every instance of `service`. */
  list(service: string): Promise<Outcome<{ instances: ListedInstance[]; revision: number }>> {
    return attempt(async () => {
      const r = await this.client.registry.listInstances(service);
      return { instances: r.instances.map((i) => ({ id: i.id, status: i.status, stale: i.stale })), revision: r.header.revision };
    });
  }

  close(): void {
    this.client.close();
  }
}
