import { credentials } from '@grpc/grpc-js';
import type { etcdserverpb, mvccpb } from '../../src/generated/proto.js';
import { etcdserverpb as pb } from '../../src/generated/proto.js';
import { idToHex, longToBigInt, longToNumber, toInt64 } from '../../src/proto/long.js';
import { KVClient } from '../../src/proto/services.js';
import { attempt, CHANNEL_OPTIONS, unaryCall, type Outcome, type Unary } from './call.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A successful write: the revision the store answered with. */
export interface Written {
  revision: number;
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

/** The end of the key range that holds every key starting with `prefix`. */
export function prefixEnd(prefix: string): Uint8Array {
  const b = enc.encode(prefix);
  const end = b.slice();
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i]! < 0xff) {
      end[i]!++;
      return end.slice(0, i + 1);
    }
  }
  return new Uint8Array([0]);
}

/**
 * One client connection to one regd member, doing KV operations with a
 * deadline each; failures come back as `fail` or `info` (never thrown).
 */
export class JepsenKvClient {
  private readonly kv: InstanceType<typeof KVClient>;

  constructor(readonly node: string, endpoint: string, private readonly timeoutMs: number) {
    this.kv = new KVClient(endpoint, credentials.createInsecure(), CHANNEL_OPTIONS);
  }

  private range(req: etcdserverpb.IRangeRequest): Promise<etcdserverpb.RangeResponse> {
    return unaryCall(this.kv.Range.bind(this.kv) as Unary<etcdserverpb.IRangeRequest, etcdserverpb.RangeResponse>, req, this.timeoutMs);
  }

  private txn(req: etcdserverpb.ITxnRequest): Promise<etcdserverpb.TxnResponse> {
    return unaryCall(this.kv.Txn.bind(this.kv) as Unary<etcdserverpb.ITxnRequest, etcdserverpb.TxnResponse>, req, this.timeoutMs);
  }

  /** A linearizable read of one key: its number value, or null when absent. */
  read(key: string): Promise<Outcome<{ value: number | null; revision: number }>> {
    return attempt(true, async () => {
      const r = await this.range({ key: enc.encode(key) });
      const kv = r.kvs[0];
      return { value: kv === undefined ? null : Number(dec.decode(kv.value)), revision: longToNumber(r.header?.revision) };
    });
  }

  /** A linearizable read of one key with its lease. */
  readKv(key: string): Promise<Outcome<{ kv: ReadKv | null; revision: number }>> {
    return attempt(true, async () => {
      const r = await this.range({ key: enc.encode(key) });
      const kv = r.kvs[0];
      return { kv: kv === undefined ? null : toReadKv(kv), revision: longToNumber(r.header?.revision) };
    });
  }

  /** A linearizable read of every key under `prefix` (keys only when asked). */
  readPrefix(prefix: string, keysOnly: boolean): Promise<Outcome<{ kvs: ReadKv[]; revision: number }>> {
    return attempt(true, async () => {
      const r = await this.range({ key: enc.encode(prefix), rangeEnd: prefixEnd(prefix), keysOnly });
      return { kvs: r.kvs.map(toReadKv), revision: longToNumber(r.header?.revision) };
    });
  }

  put(key: string, value: string, lease?: bigint): Promise<Outcome<Written>> {
    return attempt(false, async () => {
      const r = await unaryCall(this.kv.Put.bind(this.kv) as Unary<etcdserverpb.IPutRequest, etcdserverpb.PutResponse>,
        { key: enc.encode(key), value: enc.encode(value), ...(lease === undefined ? {} : { lease: toInt64(lease) }) }, this.timeoutMs);
      return { revision: longToNumber(r.header?.revision) };
    });
  }

  delete(key: string): Promise<Outcome<Written>> {
    return attempt(false, async () => {
      const r = await unaryCall(this.kv.DeleteRange.bind(this.kv) as Unary<etcdserverpb.IDeleteRangeRequest, etcdserverpb.DeleteRangeResponse>,
        { key: enc.encode(key) }, this.timeoutMs);
      return { revision: longToNumber(r.header?.revision) };
    });
  }

  /** Compare-and-set on the value: `mismatch` when the compare failed (an observation, not an error). */
  cas(key: string, expected: string, next: string): Promise<Outcome<Written & { matched: boolean }>> {
    return attempt(false, async () => {
      const k = enc.encode(key);
      const r = await this.txn({
        compare: [{ key: k, target: pb.Compare.CompareTarget.VALUE, result: pb.Compare.CompareResult.EQUAL, value: enc.encode(expected) }],
        success: [{ requestPut: { key: k, value: enc.encode(next) } }],
      });
      return { revision: longToNumber(r.header?.revision), matched: r.succeeded };
    });
  }

  /**
   * A fenced write: stores `value` unless the stored value is greater (byte
   * order). With values that sort by fencing token, a lower token is refused
   * once a higher one was written. `fenced` when refused.
   */
  fencedPut(key: string, value: string): Promise<Outcome<Written & { fenced: boolean }>> {
    return attempt(false, async () => {
      const k = enc.encode(key);
      // A compare on the value of a missing key is false, so the first write lands.
      const r = await this.txn({
        compare: [{ key: k, target: pb.Compare.CompareTarget.VALUE, result: pb.Compare.CompareResult.GREATER, value: enc.encode(value) }],
        failure: [{ requestPut: { key: k, value: enc.encode(value) } }],
      });
      return { revision: longToNumber(r.header?.revision), fenced: r.succeeded };
    });
  }

  close(): void {
    this.kv.close();
  }
}

function toReadKv(kv: mvccpb.IKeyValue): ReadKv {
  const lease = longToBigInt(kv.lease);
  return {
    key: dec.decode(kv.key ?? new Uint8Array()),
    value: dec.decode(kv.value ?? new Uint8Array()),
    modRevision: longToNumber(kv.modRevision),
    createRevision: longToNumber(kv.createRevision),
    lease: lease === 0n ? '' : idToHex(lease),
  };
}
