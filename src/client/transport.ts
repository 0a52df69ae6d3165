// Connections, deadlines, fail-over and retries, shared by every part of the
// client.
//
// One grpc-js channel per endpoint (opened on first use) carries every
// service. Calls go to the endpoint in use; an UNAVAILABLE
// answer moves the client to the next endpoint. Each attempt has its own
// deadline (`requestTimeoutMs`). A failed attempt is retried, with jittered
// exponential backoff, only when repeating it is safe: always for an
// idempotent call (reads, status, member list, time-to-live, revoke, ...),
// and for a write only when the error proves it was never executed. A write
// that was sent and then failed without such proof is an UnknownOutcomeError
// and is never retried.

import { Client as GrpcClient, credentials, Metadata, type ChannelOptions, type ClientDuplexStream, type ClientReadableStream, type ClientUnaryCall, type ServiceError } from '@grpc/grpc-js';
import { ExponentialBackoff, fullJitterGenerator, handleWhen, retry, type IBackoff, type RetryPolicy } from 'cockatiel';
import {
  ClientClosedError,
  errorFromStatus,
  outcomeUnknown,
  provesNotExecuted,
  RegdError,
  StatusCode,
  UnavailableError,
  UnknownOutcomeError,
} from './errors.js';

/** Retry settings; durations in milliseconds. */
export interface RetryOptions {
  /** Retries after the first attempt (0 disables retrying). Default 3. */
  maxRetries?: number;
  /** The first backoff's upper bound (full jitter: each delay is uniform in [0, bound)). Default 50. */
  initialDelayMs?: number;
  /** The largest backoff bound. Default 1000. */
  maxDelayMs?: number;
}

/** How to reach the cluster. */
export interface ClientOptions {
  /**
   * Client URLs of the members: `host:port` or `http://host:port`; at least one when given.
   * Default: the comma-separated list in the environment variable `REGD_ENDPOINTS`, else
   * DEFAULT_ENDPOINTS (the three members `npm start` runs).
   */
  endpoints?: readonly string[];
  /** How long `connect` waits for a first endpoint to accept a connection. Default 5000. */
  dialTimeoutMs?: number;
  /** The deadline of each attempt of each call. Default 5000. */
  requestTimeoutMs?: number;
  /** Retry settings, or `false` for no retries at all. */
  retry?: RetryOptions | false;
  /**
   * Open this client's own TCP connection to each endpoint. By default the
   * clients of one process share one connection per address (so a member
   * that comes back is reconnected once, for every client); a benchmark
   * that wants N connections makes N clients with this set.
   */
  separateConnections?: boolean;
}

/** Whether repeating a call is safe: `idempotent` calls are retried on any transient error. */
export type Safety = 'idempotent' | 'write';

/** Per-call settings. */
export interface CallOptions {
  /** This call's deadline instead of `requestTimeoutMs`. */
  timeoutMs?: number;
  /** Send to this endpoint (`host:port`) only: no fail-over (e.g. the status of one member). */
  endpoint?: string;
}

/** The endpoints of the local cluster `npm start` runs, used when neither `endpoints` nor REGD_ENDPOINTS is set. */
export const DEFAULT_ENDPOINTS: readonly string[] = ['127.0.0.1:2379', '127.0.0.1:22379', '127.0.0.1:32379'];

/** The environment variable that gives the endpoints when `endpoints` is absent (comma-separated). */
export const ENDPOINTS_ENV_VAR = 'REGD_ENDPOINTS';

/** The endpoints a client uses: `given`, else those of REGD_ENDPOINTS in `env`, else DEFAULT_ENDPOINTS. */
export function resolveEndpoints(given: readonly string[] | undefined, env: NodeJS.ProcessEnv = process.env): readonly string[] {
  if (given !== undefined) return given;
  const fromEnv = (env[ENDPOINTS_ENV_VAR] ?? '').split(',').map((e) => e.trim()).filter((e) => e !== '');
  return fromEnv.length > 0 ? fromEnv : DEFAULT_ENDPOINTS;
}

export const DEFAULT_DIAL_TIMEOUT_MS = 5000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 5000;
const DEFAULT_MAX_RETRIES = 3;
const DEFAULT_INITIAL_DELAY_MS = 50;
const DEFAULT_MAX_DELAY_MS = 1000;

/**
 * While calls are open on a connection, the client pings the member this
 * often, and gives the connection up when a ping is not answered within
 * KEEPALIVE_TIMEOUT_MS: a member that is frozen (SIGSTOP, a hung host) or cut
 * off without the TCP connection breaking then fails its streams with
 * UNAVAILABLE, and watches, discovery sets and keep-alives move to another
 * member. 10 s keeps clear of etcd's default ping limit (one per 5 s).
 */
export const KEEPALIVE_TIME_MS = 10_000;
/** How long a keepalive ping may go unanswered before the connection is given up. */
export const KEEPALIVE_TIMEOUT_MS = 5_000;

const CHANNEL_OPTIONS: ChannelOptions = {
  'grpc.max_receive_message_length': -1,
  'grpc.keepalive_time_ms': KEEPALIVE_TIME_MS,
  'grpc.keepalive_timeout_ms': KEEPALIVE_TIMEOUT_MS,
  // Reconnect quickly once a member is back.
  'grpc.initial_reconnect_backoff_ms': 100,
  'grpc.min_reconnect_backoff_ms': 100,
  'grpc.max_reconnect_backoff_ms': 1000,
};

/** `host:port` from `host:port` or `http://host:port[/]`; throws on anything else. */
export function parseEndpoint(e: string): string {
  const s = e.trim();
  if (/^https:\/\//i.test(s)) throw new InvalidEndpointError(`endpoint "${e}": TLS is not supported`);
  const bare = s.replace(/^http:\/\//i, '').replace(/\/$/, '');
  if (!/^(\[[^\]]+\]|[^:/\s]+):\d{1,5}$/.test(bare)) throw new InvalidEndpointError(`endpoint "${e}" is not host:port or http://host:port`);
  return bare;
}

export class InvalidEndpointError extends RegdError {
  constructor(message: string) {
    super(StatusCode.INVALID_ARGUMENT, message);
  }
}

/** What the client needs of a method definition (src/proto/services.ts): its path and codecs. */
interface ClientRpc<IReq, Res> {
  readonly path: string;
  readonly requestSerialize: (value: IReq) => Buffer;
  readonly responseDeserialize: (bytes: Buffer) => Res;
}

/** A transient error: the same call may succeed on another attempt or another endpoint. */
function isTransient(e: RegdError): boolean {
  return e.code === StatusCode.UNAVAILABLE || e.code === StatusCode.DEADLINE_EXCEEDED || e.code === StatusCode.RESOURCE_EXHAUSTED;
}

/** Marks a failed attempt as safe to retry (the policy only retries these). */
class Retryable {
  constructor(readonly error: RegdError) {}
}

export class Transport {
  readonly endpoints: readonly string[];
  readonly requestTimeoutMs: number;
  private readonly dialTimeoutMs: number;
  private readonly channels = new Map<string, GrpcClient>();
  private current = 0;
  private closed = false;
  /** The unary calls waiting for their answer, cancelled by close(). */
  private readonly inFlight = new Set<ClientUnaryCall>();
  private readonly policy: RetryPolicy | undefined;
  private readonly backoff: ExponentialBackoff<number>;
  private readonly channelOptions: ChannelOptions;

  constructor(options: ClientOptions) {
    const endpoints = resolveEndpoints(options.endpoints);
    if (endpoints.length === 0) throw new InvalidEndpointError('no endpoints given');
    this.endpoints = endpoints.map(parseEndpoint);
    this.dialTimeoutMs = options.dialTimeoutMs ?? DEFAULT_DIAL_TIMEOUT_MS;
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.channelOptions = options.separateConnections === true ? { ...CHANNEL_OPTIONS, 'grpc.use_local_subchannel_pool': 1 } : CHANNEL_OPTIONS;
    const r = options.retry === false ? { maxRetries: 0 } : (options.retry ?? {});
    this.backoff = new ExponentialBackoff({
      initialDelay: r.initialDelayMs ?? DEFAULT_INITIAL_DELAY_MS,
      maxDelay: r.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
      generator: fullJitterGenerator,
    });
    const maxRetries = r.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.policy = maxRetries > 0
      ? retry(handleWhen((e) => e instanceof Retryable), { maxAttempts: maxRetries, backoff: this.backoff })
      : undefined;
  }

  /** Waits until one endpoint accepts a connection (within dialTimeoutMs) and makes it the one in use. */
  async dial(): Promise<void> {
    const deadline = Date.now() + this.dialTimeoutMs;
    const errors: string[] = [];
    await new Promise<void>((resolve, reject) => {
      let left = this.endpoints.length;
      let done = false;
      this.endpoints.forEach((e, i) => {
        this.channel(e).waitForReady(deadline, (err) => {
          if (done) return;
          if (err === undefined || err === null) {
            done = true;
            this.current = i;
            return resolve();
          }
          errors.push(`${e}: ${err.message}`);
          if (--left === 0) reject(new UnavailableError(StatusCode.UNAVAILABLE, `no endpoint reachable within ${this.dialTimeoutMs} ms (${errors.join('; ')})`));
        });
      });
    });
  }

  /** The grpc-js client of an endpoint (created on first use). */
  channel(endpoint: string): GrpcClient {
    if (this.closed) throw new ClientClosedError();
    let c = this.channels.get(endpoint);
    if (c === undefined) {
      c = new GrpcClient(endpoint, credentials.createInsecure(), this.channelOptions);
      this.channels.set(endpoint, c);
    }
    return c;
  }

  /** The endpoint calls go to now. */
  get endpoint(): string {
    return this.endpoints[this.current]!;
  }

  /** The endpoint failed (UNAVAILABLE): move on to the next one, unless another call already did. */
  failed(endpoint: string): void {
    if (this.endpoints[this.current] === endpoint && this.endpoints.length > 1) {
      this.current = (this.current + 1) % this.endpoints.length;
    }
  }

  /** A fresh backoff sequence (jittered, exponential) for a stream that reconnects. */
  newBackoff(): IBackoff<unknown> {
    return this.backoff.next();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Translates a grpc-js error, and moves off the endpoint if it is unavailable. */
  toError(err: ServiceError, endpoint: string | undefined): RegdError {
    if (err.code === StatusCode.UNAVAILABLE && endpoint !== undefined) this.failed(endpoint);
    if (this.closed) return new ClientClosedError();
    return errorFromStatus(err.code, err.details ?? err.message);
  }

  /** One unary call: deadline, fail-over and retries as `safety` allows. */
  unary<IReq, Res>(method: ClientRpc<IReq, Res>, request: IReq, safety: Safety, opts?: CallOptions): Promise<Res> {
    const first = this.attempt(method, request, safety, opts);
    if (this.policy === undefined) return first.catch(unwrap);
    const policy = this.policy;
    // The first attempt goes straight out (no policy machinery on the hot path);
    // only a retryable failure enters the retry policy.
    return first.catch((e: unknown) => {
      if (!(e instanceof Retryable) || this.closed) return unwrap(e);
      return policy.execute(() => this.attempt(method, request, safety, opts)).catch(unwrap);
    });
  }

  private attempt<IReq, Res>(method: ClientRpc<IReq, Res>, request: IReq, safety: Safety, opts?: CallOptions): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      if (this.closed) return reject(new ClientClosedError());
      const endpoint = opts?.endpoint ?? this.endpoint;
      const deadline = Date.now() + (opts?.timeoutMs ?? this.requestTimeoutMs);
      const call = this.channel(endpoint).makeUnaryRequest<IReq, Res>(method.path, method.requestSerialize, method.responseDeserialize, request, new Metadata(), { deadline },
        (err, res) => {
          this.inFlight.delete(call);
          if (err === null && res !== undefined) return resolve(res);
          if (err === null) return reject(errorFromStatus(StatusCode.INTERNAL, 'empty response'));
          const e = this.toError(err, opts?.endpoint === undefined ? endpoint : undefined);
          if (e instanceof ClientClosedError) return reject(e);
          if (safety === 'write') {
            if (outcomeUnknown(err.code, e.details)) return reject(new UnknownOutcomeError(e));
            return reject(provesNotExecuted(err.code, e.details) && isTransient(e) ? new Retryable(e) : e);
          }
          reject(isTransient(e) ? new Retryable(e) : e);
        });
      this.inFlight.add(call);
    });
  }

  /** Opens a bidi stream on `endpoint` (no deadline: streams live until closed). */
  bidi<IReq, Res>(method: ClientRpc<IReq, Res>, endpoint: string, metadata: Metadata): ClientDuplexStream<IReq, Res> {
    return this.channel(endpoint).makeBidiStreamRequest<IReq, Res>(method.path, method.requestSerialize, method.responseDeserialize, metadata, {});
  }

  /** Opens a server stream on `endpoint` (no deadline). */
  serverStream<IReq, Res>(method: ClientRpc<IReq, Res>, endpoint: string, request: IReq): ClientReadableStream<Res> {
    return this.channel(endpoint).makeServerStreamRequest<IReq, Res>(method.path, method.requestSerialize, method.responseDeserialize, request, new Metadata(), {});
  }

  /** Ends every call in flight (they fail with ClientClosedError) and closes the connections. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    // Closing a channel lets its calls run on; a Lock that waits for days would keep the process up.
    for (const call of this.inFlight) call.cancel();
    this.inFlight.clear();
    for (const c of this.channels.values()) c.close();
    this.channels.clear();
  }
}

function unwrap(e: unknown): never {
  throw e instanceof Retryable ? e.error : e;
}

/** Metadata etcd clients send on long-lived streams: the member refuses (or ends the stream) when it has no leader. */
export function requireLeaderMetadata(): Metadata {
  const md = new Metadata();
  md.set('hasleader', 'true');
  return md;
}
