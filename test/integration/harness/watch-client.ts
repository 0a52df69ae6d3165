import { credentials, Metadata, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import type { etcdserverpb } from '../../../src/generated/proto.js';
import { longToBigInt, longToNumber } from '../../../src/proto/long.js';
import { WatchClient } from '../../../src/proto/services.js';
import { waitFor } from './wait-for.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A WatchResponse with numbers and strings, for assertions. */
export interface WatchMsg {
  watchId: number;
  created: boolean;
  canceled: boolean;
  compactRevision: number;
  cancelReason: string;
  fragment: boolean;
  /** header.revision; null when the response had no header (etcdctl would crash on it). */
  revision: number | null;
  hasIds: boolean;
  events: WatchEv[];
}

export interface WatchEv {
  type: 'PUT' | 'DELETE';
  key: string;
  value: string;
  mod: number;
  create: number;
  version: number;
  prev?: { value: string; mod: number };
}

function toMsg(r: etcdserverpb.WatchResponse): WatchMsg {
  const h = r.header;
  return {
    watchId: longToNumber(r.watchId),
    created: r.created,
    canceled: r.canceled,
    compactRevision: longToNumber(r.compactRevision),
    cancelReason: r.cancelReason,
    fragment: r.fragment,
    revision: h === null || h === undefined ? null : longToNumber(h.revision),
    hasIds: h !== null && h !== undefined && longToBigInt(h.clusterId) !== 0n && longToBigInt(h.memberId) !== 0n,
    events: r.events.map((e) => {
      const kv = e.kv!;
      const ev: WatchEv = {
        type: e.type === 1 ? 'DELETE' : 'PUT',
        key: dec.decode(kv.key),
        value: dec.decode(kv.value),
        mod: longToNumber(kv.modRevision),
        create: longToNumber(kv.createRevision),
        version: longToNumber(kv.version),
      };
      if (e.prevKv) ev.prev = { value: dec.decode(e.prevKv.value), mod: longToNumber(e.prevKv.modRevision) };
      return ev;
    }),
  };
}

export interface CreateOpts {
  end?: string;
  startRevision?: number;
  prevKv?: boolean;
  noPut?: boolean;
  noDelete?: boolean;
  progressNotify?: boolean;
  fragment?: boolean;
  watchId?: number;
}

/** One Watch stream over the generated stubs; records every response. */
export class TestWatchStream {
  readonly msgs: WatchMsg[] = [];
  error: ServiceError | undefined;
  ended = false;
  private readonly client: InstanceType<typeof WatchClient>;
  readonly call: ClientDuplexStream<etcdserverpb.IWatchRequest, etcdserverpb.WatchResponse>;

  constructor(endpoint: string, opts: { hasLeader?: boolean } = {}) {
    this.client = new WatchClient(endpoint, credentials.createInsecure());
    const md = new Metadata();
    if (opts.hasLeader) md.set('hasleader', 'true');
    this.call = this.client.Watch(md);
    this.call.on('data', (r: etcdserverpb.WatchResponse) => this.msgs.push(toMsg(r)));
    this.call.on('error', (err: ServiceError) => {
      this.error = err;
    });
    this.call.on('end', () => {
      this.ended = true;
    });
  }

  create(key: string, o: CreateOpts = {}): void {
    const filters: number[] = [];
    if (o.noPut) filters.push(0);
    if (o.noDelete) filters.push(1);
    this.call.write({
      createRequest: {
        key: enc.encode(key),
        ...(o.end !== undefined ? { rangeEnd: enc.encode(o.end) } : {}),
        ...(o.startRevision !== undefined ? { startRevision: o.startRevision } : {}),
        ...(o.prevKv ? { prevKv: true } : {}),
        ...(o.progressNotify ? { progressNotify: true } : {}),
        ...(o.fragment ? { fragment: true } : {}),
        ...(o.watchId !== undefined ? { watchId: o.watchId } : {}),
        filters,
      },
    });
  }

  cancel(watchId: number): void {
    this.call.write({ cancelRequest: { watchId } });
  }

  progress(): void {
    this.call.write({ progressRequest: {} });
  }

  /** Responses for one watch id. */
  of(id: number): WatchMsg[] {
    return this.msgs.filter((m) => m.watchId === id);
  }

  /** Events delivered to `id`, in order. */
  events(id: number): WatchEv[] {
    return this.of(id).flatMap((m) => m.events);
  }

  /** Waits until `pred` holds for the responses so far. */
  async until<T>(what: string, pred: (msgs: WatchMsg[]) => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    return waitFor(what, () => {
      if (this.error !== undefined) throw new Error(`stream failed: ${this.error.message}`);
      return pred(this.msgs);
    }, { timeoutMs, intervalMs: 10 });
  }

  /** Waits for the `n`-th created response (0-based) and returns its watch id. */
  async created(n = 0): Promise<number> {
    const m = await this.until(`created #${n}`, (msgs) => msgs.filter((x) => x.created)[n]);
    return m.watchId;
  }

  close(): void {
    this.call.cancel();
    this.client.close();
  }
}
