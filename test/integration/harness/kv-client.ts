import { credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import type { etcdserverpb } from '../../../src/generated/proto.js';
import { KVClient, MaintenanceClient } from '../../../src/proto/services.js';

type Unary<Req, Res> = (req: Req, md: Metadata, opts: { deadline: number }, cb: (err: ServiceError | null, res?: Res) => void) => unknown;

function call<Req, Res>(f: Unary<Req, Res>, req: Req, timeoutMs: number): Promise<Res> {
  return new Promise((resolve, reject) => {
    f(req, new Metadata(), { deadline: Date.now() + timeoutMs }, (err, res) => (err ? reject(err) : resolve(res!)));
  });
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A minimal etcd v3 client over our generated stubs, for integration tests. */
export class TestKvClient {
  private readonly kv: InstanceType<typeof KVClient>;
  private readonly maint: InstanceType<typeof MaintenanceClient>;

  constructor(readonly endpoint: string, private readonly timeoutMs = 3000) {
    this.kv = new KVClient(endpoint, credentials.createInsecure());
    this.maint = new MaintenanceClient(endpoint, credentials.createInsecure());
  }

  put(key: string, value: string): Promise<etcdserverpb.PutResponse> {
    return call(this.kv.Put.bind(this.kv) as Unary<etcdserverpb.IPutRequest, etcdserverpb.PutResponse>, { key: enc.encode(key), value: enc.encode(value) }, this.timeoutMs);
  }

  async get(key: string, serializable = false): Promise<string | undefined> {
    const r = await this.range({ key: enc.encode(key), serializable });
    return r.kvs.length > 0 ? dec.decode(r.kvs[0]!.value!) : undefined;
  }

  range(req: etcdserverpb.IRangeRequest): Promise<etcdserverpb.RangeResponse> {
    return call(this.kv.Range.bind(this.kv) as Unary<etcdserverpb.IRangeRequest, etcdserverpb.RangeResponse>, req, this.timeoutMs);
  }

  compact(revision: number): Promise<etcdserverpb.CompactionResponse> {
    return call(this.kv.Compact.bind(this.kv) as Unary<etcdserverpb.ICompactionRequest, etcdserverpb.CompactionResponse>, { revision }, this.timeoutMs);
  }

  del(key: string): Promise<etcdserverpb.DeleteRangeResponse> {
    return call(this.kv.DeleteRange.bind(this.kv) as Unary<etcdserverpb.IDeleteRangeRequest, etcdserverpb.DeleteRangeResponse>, { key: enc.encode(key) }, this.timeoutMs);
  }

  status(): Promise<etcdserverpb.StatusResponse> {
    return call(this.maint.Status.bind(this.maint) as Unary<etcdserverpb.IStatusRequest, etcdserverpb.StatusResponse>, {}, this.timeoutMs);
  }

  close(): void {
    this.kv.close();
    this.maint.close();
  }
}
