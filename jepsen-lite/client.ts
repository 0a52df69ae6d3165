import { credentials, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import type { etcdserverpb } from '../src/generated/proto.js';
import { etcdserverpb as pb } from '../src/generated/proto.js';
import { longToNumber } from '../src/proto/long.js';
import { KVClient } from '../src/proto/services.js';

export type RegisterOutcome =
  | { type: 'ok'; value?: number | null; revision: number }
  | { type: 'fail'; error: string }
  | { type: 'info'; error: string };

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Server messages that prove a write was never proposed (rejected before it reached the log). */
const NOT_PROPOSED = ['etcdserver: no leader', 'etcdserver: not leader', 'etcdserver: too many requests'];

/**
 * Classifies a failed call. Reads never change state, so any read error is a
 * `fail`. A write is `fail` only when the error proves it was not applied
 * (rejected by the server before proposing, or never sent because no
 * connection existed); anything else (deadline, Unavailable after sending) is
 * `info`: it may take effect later, or never.
 */
export function classifyError(err: unknown, isRead: boolean): RegisterOutcome {
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

type Unary<Req, Res> = (req: Req, md: Metadata, opts: { deadline: number }, cb: (err: ServiceError | null, res?: Res) => void) => unknown;

/** One client connection to one regd member, doing register operations with a deadline each. */
export class RegisterClient {
  private readonly kv: InstanceType<typeof KVClient>;

  constructor(readonly node: string, endpoint: string, private readonly timeoutMs: number) {
    this.kv = new KVClient(endpoint, credentials.createInsecure(), {
      'grpc.initial_reconnect_backoff_ms': 100,
      'grpc.max_reconnect_backoff_ms': 1000,
      'grpc.min_reconnect_backoff_ms': 100,
    });
  }

  private call<Req, Res>(f: Unary<Req, Res>, req: Req): Promise<Res> {
    return new Promise((resolve, reject) => {
      f(req, new Metadata(), { deadline: Date.now() + this.timeoutMs }, (err, res) => (err ? reject(err) : resolve(res!)));
    });
  }

  private async run(isRead: boolean, f: () => Promise<RegisterOutcome>): Promise<RegisterOutcome> {
    try {
      return await f();
    } catch (err) {
      return classifyError(err, isRead);
    }
  }

  read(key: string): Promise<RegisterOutcome> {
    return this.run(true, async () => {
      const r = await this.call(this.kv.Range.bind(this.kv) as Unary<etcdserverpb.IRangeRequest, etcdserverpb.RangeResponse>, { key: enc.encode(key) });
      const kv = r.kvs[0];
      return { type: 'ok', value: kv === undefined ? null : Number(dec.decode(kv.value)), revision: longToNumber(r.header?.revision) };
    });
  }

  write(key: string, value: number): Promise<RegisterOutcome> {
    return this.run(false, async () => {
      const r = await this.call(this.kv.Put.bind(this.kv) as Unary<etcdserverpb.IPutRequest, etcdserverpb.PutResponse>, { key: enc.encode(key), value: enc.encode(String(value)) });
      return { type: 'ok', revision: longToNumber(r.header?.revision) };
    });
  }

  delete(key: string): Promise<RegisterOutcome> {
    return this.run(false, async () => {
      const r = await this.call(this.kv.DeleteRange.bind(this.kv) as Unary<etcdserverpb.IDeleteRangeRequest, etcdserverpb.DeleteRangeResponse>, { key: enc.encode(key) });
      return { type: 'ok', revision: longToNumber(r.header?.revision) };
    });
  }

  /** Compare-and-set: a Txn comparing the VALUE; a failed compare is `fail` with error "mismatch". */
  cas(key: string, expected: number, next: number): Promise<RegisterOutcome> {
    return this.run(false, async () => {
      const k = enc.encode(key);
      const r = await this.call(this.kv.Txn.bind(this.kv) as Unary<etcdserverpb.ITxnRequest, etcdserverpb.TxnResponse>, {
        compare: [{ key: k, target: pb.Compare.CompareTarget.VALUE, result: pb.Compare.CompareResult.EQUAL, value: enc.encode(String(expected)) }],
        success: [{ requestPut: { key: k, value: enc.encode(String(next)) } }],
      });
      if (!r.succeeded) return { type: 'fail', error: 'mismatch' };
      return { type: 'ok', revision: longToNumber(r.header?.revision) };
    });
  }

  close(): void {
    this.kv.close();
  }
}
