// v3election: leader election on a lease (the server's Election service).

import type { ClientReadableStream, ServiceError } from '@grpc/grpc-js';
import type { v3electionpb } from '../generated/proto.js';
import { longToBigInt, toInt64 } from '../proto/long.js';
import { ElectionService } from '../proto/services.js';
import { NotFoundError, RegdError } from './errors.js';
import type { CallOptions, Transport } from './transport.js';
import { toBytes, toHeader, toKeyValue, type Bytes, type KeyValue, type ResponseHeader } from './types.js';

/** Proof of leadership: what campaign returns and proclaim / resign take. */
export interface LeaderKey {
  name: Uint8Array;
  key: Uint8Array;
  /** The revision at which the key was created. */
  revision: bigint;
  lease: bigint;
}

/** A stream of leader changes (see `Election.observe`). */
export interface Observation {
  /** Resolves on `close()`; rejects with the error that ended the stream. */
  readonly done: Promise<void>;
  close(): void;
}

const NO_LEADER = 'election: no leader';

function toLeaderKey(l: v3electionpb.ILeaderKey | null | undefined): LeaderKey {
  return {
    name: l?.name ?? new Uint8Array(0),
    key: l?.key ?? new Uint8Array(0),
    revision: longToBigInt(l?.rev),
    lease: longToBigInt(l?.lease),
  };
}

function leaderKeyOf(l: LeaderKey): v3electionpb.ILeaderKey {
  return { name: l.name, key: l.key, rev: toInt64(l.revision), lease: toInt64(l.lease) };
}

/** Elections. Campaign, proclaim and resign are writes (UnknownOutcomeError when lost); leader is a read. */
export class Election {
  constructor(private readonly t: Transport) {}

  /** Waits until this lease leads election `name`, announcing `value`. */
  async campaign(name: Bytes, lease: bigint, value: Bytes, options?: CallOptions): Promise<{ header: ResponseHeader; leader: LeaderKey }> {
    const r = await this.t.unary(ElectionService.Campaign, { name: toBytes(name), lease: toInt64(lease), value: toBytes(value) }, 'write', options);
    return { header: toHeader(r.header), leader: toLeaderKey(r.leader) };
  }

  /** Announces a new value while leading. */
  async proclaim(leader: LeaderKey, value: Bytes, options?: CallOptions): Promise<ResponseHeader> {
    return toHeader((await this.t.unary(ElectionService.Proclaim, { leader: leaderKeyOf(leader), value: toBytes(value) }, 'write', options)).header);
  }

  /** The current leader's key and value, or undefined when the election has no leader. */
  async leader(name: Bytes, options?: CallOptions): Promise<KeyValue | undefined> {
    try {
      const r = await this.t.unary(ElectionService.Leader, { name: toBytes(name) }, 'idempotent', options);
      return r.kv === null || r.kv === undefined ? undefined : toKeyValue(r.kv);
    } catch (err) {
      // etcd answers UNKNOWN `election: no leader`; a NOT_FOUND means the same.
      if (err instanceof NotFoundError || (err instanceof RegdError && err.details === NO_LEADER)) return undefined;
      throw err;
    }
  }

  /** Gives up leadership. */
  async resign(leader: LeaderKey, options?: CallOptions): Promise<ResponseHeader> {
    return toHeader((await this.t.unary(ElectionService.Resign, { leader: leaderKeyOf(leader) }, 'write', options)).header);
  }

  /** Calls `onLeader` with the leader now and at every change, until `close()` or the stream fails. */
  observe(name: Bytes, onLeader: (kv: KeyValue) => void): Observation {
    const endpoint = this.t.endpoint;
    const call: ClientReadableStream<v3electionpb.LeaderResponse> = this.t.serverStream(ElectionService.Observe, endpoint, { name: toBytes(name) });
    let settle!: (err?: RegdError) => void;
    const done = new Promise<void>((resolve, reject) => {
      settle = (err) => (err === undefined ? resolve() : reject(err));
    });
    done.catch(() => undefined);
    let over = false;
    const finish = (err?: RegdError) => {
      if (over) return;
      over = true;
      call.removeAllListeners();
      call.on('error', () => undefined);
      call.cancel();
      settle(err);
    };
    call.on('data', (r: v3electionpb.LeaderResponse) => {
      if (r.kv !== null && r.kv !== undefined) onLeader(toKeyValue(r.kv));
    });
    call.on('error', (err: ServiceError) => finish(this.t.toError(err, endpoint)));
    call.on('end', () => finish());
    return { done, close: () => finish() };
  }
}
