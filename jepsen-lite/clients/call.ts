import { Metadata, status, type ServiceError } from '@grpc/grpc-js';

/** How one client operation ended, in the history's terms. */
export type Outcome<T> =
  | { type: 'ok'; value: T }
  | { type: 'fail'; error: string }
  | { type: 'info'; error: string };

/** Server messages that prove a write was never proposed (rejected before it reached the log). */
const NOT_PROPOSED = ['etcdserver: no leader', 'etcdserver: not leader', 'etcdserver: too many requests'];

/**
 * Classifies a failed call. Reads never change state, so any read error is a
 * `fail`. A write is `fail` only when the error proves it was not applied
 * (rejected by the server before proposing, or never sent because no
 * connection existed); anything else (deadline, Unavailable after sending) is
 * `info`: it may take effect later, or never.
 */
export function classifyError(err: unknown, isRead: boolean): Outcome<never> {
  const e = err as Partial<ServiceError>;
  const detail = e.details ?? e.message ?? String(err);
  const name = e.code !== undefined ? (status[e.code] ?? String(e.code)) : 'ERROR';
  const error = `${name}: ${detail}`;
  if (isRead) return { type: 'fail', error };
  if (e.code === status.INVALID_ARGUMENT) return { type: 'fail', error };
  if (NOT_PROPOSED.some((m) => detail === m)) return { type: 'fail', error };
  if (e.code === status.UNAVAILABLE && detail.startsWith('No connection established')) return { type: 'fail', error };
  return { type: 'info', error };
}

/** Runs one client operation; a thrown error becomes fail or info by `classifyError`. */
export async function attempt<T>(isRead: boolean, f: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { type: 'ok', value: await f() };
  } catch (err) {
    return classifyError(err, isRead);
  }
}

export type Unary<Req, Res> = (req: Req, md: Metadata, opts: { deadline: number }, cb: (err: ServiceError | null, res?: Res) => void) => unknown;

/** One unary call with a deadline. */
export function unaryCall<Req, Res>(f: Unary<Req, Res>, req: Req, timeoutMs: number, md: Metadata = new Metadata()): Promise<Res> {
  return new Promise((resolve, reject) => {
    f(req, md, { deadline: Date.now() + timeoutMs }, (err, res) => (err ? reject(err) : resolve(res!)));
  });
}

/** Channel options for harness clients: reconnect quickly once a node is back. */
export const CHANNEL_OPTIONS = {
  'grpc.initial_reconnect_backoff_ms': 100,
  'grpc.max_reconnect_backoff_ms': 1000,
  'grpc.min_reconnect_backoff_ms': 100,
} as const;

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
