// The Lease service: grant, revoke, time-to-live, the lease list, and
// keep-alives over ONE LeaseKeepAlive stream per client, shared by every
// lease it keeps alive and every keepAliveOnce.

import type { ClientDuplexStream, ServiceError } from '@grpc/grpc-js';
import type { IBackoff } from 'cockatiel';
import type { etcdserverpb as pbt } from '../generated/proto.js';
import { longToBigInt, toInt64 } from '../proto/long.js';
import { LeaseService } from '../proto/services.js';
import { ClientClosedError, DeadlineExceededError, LeaseNotFoundError, RegdError, StatusCode, UnavailableError } from './errors.js';
import { requireLeaderMetadata, type CallOptions, type Transport } from './transport.js';
import { toHeader, toNumber, type ResponseHeader } from './types.js';

export interface GrantResult {
  header: ResponseHeader;
  id: bigint;
  /** The TTL the server settled on, in seconds. */
  ttl: number;
}

export interface TimeToLiveResult {
  header: ResponseHeader;
  id: bigint;
  /** Seconds left; -1 when the lease does not exist (expired or revoked). */
  ttl: number;
  /** The TTL the lease was granted with, in seconds. */
  grantedTtl: number;
  /** The keys attached to it (when asked for). */
  keys: Uint8Array[];
}

/** A lease kept alive by the client until `close()`. */
export interface KeepAlive {
  readonly id: bigint;
  /** The TTL of the last renewal, in seconds (0 before the first answer). */
  readonly ttl: number;
  /** How many renewals were answered so far. */
  readonly renewals: number;
  /** Settles when keeping alive stops: resolves on `close()`, rejects (LeaseNotFoundError) when the lease is gone. */
  readonly done: Promise<void>;
  /** Stops renewing (the lease then expires after its TTL unless revoked). */
  close(): void;
}

const LEASE_NOT_FOUND = 'etcdserver: requested lease not found';
/** Renew a kept-alive lease when a third of its TTL has passed, as etcd clients do. */
const RENEW_FRACTION = 3;
/** Before the first answer (TTL unknown), the first renewal is due this soon. */
const FIRST_RENEW_MS = 500;

type KeepAliveCall = ClientDuplexStream<pbt.ILeaseKeepAliveRequest, pbt.LeaseKeepAliveResponse>;

interface Pending {
  resolve(ttl: number): void;
  reject(err: RegdError): void;
  timer: NodeJS.Timeout;
}

class KeptAlive implements KeepAlive {
  ttl = 0;
  renewals = 0;
  readonly done: Promise<void>;
  timer: NodeJS.Timeout | undefined;
  settle!: (err?: RegdError) => void;
  stopped = false;

  constructor(readonly id: bigint, private readonly stream: KeepAliveStream) {
    this.done = new Promise<void>((resolve, reject) => {
      this.settle = (err) => (err === undefined ? resolve() : reject(err));
    });
    // A rejection nobody awaits must not crash the process.
    this.done.catch(() => undefined);
  }

  close(): void {
    this.stream.stop(this);
  }
}

/**
 * The one LeaseKeepAlive stream of a client. Requests are matched to answers
 * by lease id, oldest first. When the stream breaks, it is reopened on the
 * endpoint in use (after a jittered backoff when it keeps failing), and every
 * unanswered request is sent again: a keep-alive changes no replicated state,
 * so repeating it is safe.
 */
export class KeepAliveStream {
  private call: KeepAliveCall | undefined;
  private callEndpoint = '';
  private readonly pending = new Map<bigint, Pending[]>();
  private readonly kept = new Map<bigint, KeptAlive>();
  private reopenTimer: NodeJS.Timeout | undefined;
  private backoff: IBackoff<unknown>;
  /** How many times the stream was opened (tests check it is shared). */
  opened = 0;

  constructor(private readonly t: Transport) {
    this.backoff = t.newBackoff();
  }

  private stream(): KeepAliveCall {
    if (this.call !== undefined) return this.call;
    const endpoint = this.t.endpoint;
    const call = this.t.bidi(LeaseService.LeaseKeepAlive, endpoint, requireLeaderMetadata());
    this.opened++;
    this.call = call;
    this.callEndpoint = endpoint;
    call.on('data', (r: pbt.LeaseKeepAliveResponse) => {
      this.backoff = this.t.newBackoff();
      this.answer(r);
    });
    call.on('error', (err: ServiceError) => this.broken(call, this.t.toError(err, endpoint)));
    call.on('end', () => this.broken(call, new UnavailableError(StatusCode.UNAVAILABLE, 'keep-alive stream ended by the server')));
    return call;
  }

  private send(id: bigint): void {
    try {
      this.stream().write({ ID: toInt64(id) });
    } catch {
      // The client closed meanwhile; close() fails what is pending.
    }
  }

  /** One renewal: the TTL answered, in seconds. Rejects with LeaseNotFoundError when the lease is gone. */
  once(id: bigint, timeoutMs: number): Promise<number> {
    if (this.t.isClosed) return Promise.reject(new ClientClosedError());
    return new Promise<number>((resolve, reject) => {
      let q = this.pending.get(id);
      if (q === undefined) this.pending.set(id, (q = []));
      const p: Pending = {
        resolve,
        reject,
        timer: setTimeout(() => {
          const list = this.pending.get(id);
          const i = list?.indexOf(p) ?? -1;
          if (i >= 0) list!.splice(i, 1);
          if (list?.length === 0) this.pending.delete(id);
          reject(new DeadlineExceededError(StatusCode.DEADLINE_EXCEEDED, `keep-alive of lease ${id.toString(16)}: no answer within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      q.push(p);
      this.send(id);
    });
  }

  keep(id: bigint): KeepAlive {
    if (this.t.isClosed) throw new ClientClosedError();
    const existing = this.kept.get(id);
    if (existing !== undefined) return existing;
    const k = new KeptAlive(id, this);
    this.kept.set(id, k);
    this.send(id);
    this.schedule(k, FIRST_RENEW_MS);
    return k;
  }

  private schedule(k: KeptAlive, ms: number): void {
    clearTimeout(k.timer);
    k.timer = setTimeout(() => {
      if (k.stopped) return;
      this.send(k.id);
      // If no answer comes, try again after the same interval.
      this.schedule(k, ms);
    }, ms);
  }

  stop(k: KeptAlive, err?: RegdError): void {
    if (k.stopped) return;
    k.stopped = true;
    clearTimeout(k.timer);
    this.kept.delete(k.id);
    k.settle(err);
  }

  private answer(r: pbt.LeaseKeepAliveResponse): void {
    const id = longToBigInt(r.ID);
    const ttl = toNumber(r.TTL, 'TTL');
    const k = this.kept.get(id);
    if (k !== undefined) {
      if (ttl <= 0) this.stop(k, new LeaseNotFoundError(StatusCode.NOT_FOUND, LEASE_NOT_FOUND));
      else {
        k.ttl = ttl;
        k.renewals++;
        this.schedule(k, Math.max(1, Math.floor((ttl * 1000) / RENEW_FRACTION)));
      }
    }
    const q = this.pending.get(id);
    const p = q?.shift();
    if (p === undefined) return;
    if (q!.length === 0) this.pending.delete(id);
    clearTimeout(p.timer);
    if (ttl <= 0) p.reject(new LeaseNotFoundError(StatusCode.NOT_FOUND, LEASE_NOT_FOUND));
    else p.resolve(ttl);
  }

  /** The stream broke: reopen it and send again what is unanswered (and renew every kept lease). */
  private broken(call: KeepAliveCall, err: RegdError): void {
    if (this.call !== call) return;
    this.call = undefined;
    call.removeAllListeners('data');
    if (this.t.isClosed) return;
    if (err.code !== StatusCode.UNAVAILABLE && err.code !== StatusCode.CANCELLED && err.code !== StatusCode.INTERNAL) {
      // Not a connection problem: a retry would fail the same way.
      for (const q of this.pending.values()) for (const p of q) { clearTimeout(p.timer); p.reject(err); }
      this.pending.clear();
    }
    if (this.pending.size === 0 && this.kept.size === 0) return;
    this.t.failed(this.callEndpoint);
    const delay = this.backoff.duration;
    this.backoff = this.backoff.next(undefined);
    clearTimeout(this.reopenTimer);
    this.reopenTimer = setTimeout(() => {
      if (this.t.isClosed || this.call !== undefined) return;
      for (const [id, q] of this.pending) for (let i = 0; i < q.length; i++) this.send(id);
      for (const id of this.kept.keys()) if (!this.pending.has(id)) this.send(id);
    }, delay);
  }

  close(): void {
    clearTimeout(this.reopenTimer);
    for (const k of [...this.kept.values()]) this.stop(k);
    for (const q of this.pending.values()) for (const p of q) { clearTimeout(p.timer); p.reject(new ClientClosedError()); }
    this.pending.clear();
    const call = this.call;
    this.call = undefined;
    if (call !== undefined) {
      call.removeAllListeners();
      call.on('error', () => undefined);
      call.cancel();
    }
  }
}

/** Leases. Grant is a write; revoke, time-to-live, the list and keep-alives are safe to repeat. */
export class Lease {
  private readonly keepAlives: KeepAliveStream;

  constructor(private readonly t: Transport) {
    this.keepAlives = new KeepAliveStream(t);
  }

  /** Grants a lease of `ttlSeconds` (with the given id, or one the server picks). May throw UnknownOutcomeError. */
  async grant(ttlSeconds: number, options?: CallOptions & { id?: bigint }): Promise<GrantResult> {
    const req: pbt.ILeaseGrantRequest = { TTL: ttlSeconds };
    if (options?.id !== undefined) req.ID = toInt64(options.id);
    const r = await this.t.unary(LeaseService.LeaseGrant, req, 'write', options);
    if (r.error !== '') throw new RegdError(StatusCode.UNKNOWN, r.error);
    return { header: toHeader(r.header), id: longToBigInt(r.ID), ttl: toNumber(r.TTL, 'TTL') };
  }

  /** Revokes a lease and deletes its keys. Retried on transient errors: after a lost answer, the retry may see LeaseNotFoundError. */
  async revoke(id: bigint, options?: CallOptions): Promise<ResponseHeader> {
    return toHeader((await this.t.unary(LeaseService.LeaseRevoke, { ID: toInt64(id) }, 'idempotent', options)).header);
  }

  async timeToLive(id: bigint, options?: CallOptions & { keys?: boolean }): Promise<TimeToLiveResult> {
    const r = await this.t.unary(LeaseService.LeaseTimeToLive, { ID: toInt64(id), keys: options?.keys === true }, 'idempotent', options);
    return { header: toHeader(r.header), id: longToBigInt(r.ID), ttl: toNumber(r.TTL, 'TTL'), grantedTtl: toNumber(r.grantedTTL, 'grantedTTL'), keys: r.keys };
  }

  /** Every live lease's id (UnimplementedError from a server without LeaseLeases). */
  async leases(options?: CallOptions): Promise<bigint[]> {
    const r = await this.t.unary(LeaseService.LeaseLeases, {}, 'idempotent', options);
    return r.leases.map((l) => longToBigInt(l.ID));
  }

  /** Renews a lease once, on the client's keep-alive stream: the TTL answered (seconds). */
  keepAliveOnce(id: bigint, options?: Omit<CallOptions, 'endpoint'>): Promise<number> {
    return this.keepAlives.once(id, options?.timeoutMs ?? this.t.requestTimeoutMs);
  }

  /** Keeps a lease alive (renewing at a third of its TTL) until `close()` on the handle or the client. */
  keepAlive(id: bigint): KeepAlive {
    return this.keepAlives.keep(id);
  }

  /** How many times the shared keep-alive stream was opened (1 unless it broke and was reopened). */
  get keepAliveStreamsOpened(): number {
    return this.keepAlives.opened;
  }

  close(): void {
    this.keepAlives.close();
  }
}
