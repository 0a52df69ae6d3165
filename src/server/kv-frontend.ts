import type { etcdserverpb } from '../generated/proto.js';
import {
  checkRangeRequest, isReadOnlyTxn, KvError, MAX_REQUEST_BYTES, validateCommand,
  type ApplyResult, type CompactionResponse, type DeleteRangeResponse, type KvCommand, type KvCommandResponse, type MvccStore,
  type PutResponse, type RangeRequest, type RangeResponse, type TxnResponse,
} from '../kv/index.js';
import {
  compactionRequestFromPb, deleteRangeRequestFromPb, putRequestFromPb, rangeRequestFromPb, txnRequestFromPb,
} from '../proto/kv-convert.js';
import { toUint64 } from '../proto/long.js';
import type { RaftNode } from './raft-node.js';
import { encodeInternalRequest, type InternalRequestInput } from './raft-codec.js';
import { ServerError } from './server-error.js';

/**
 * The KV operations as the API serves them: requests are validated, writes go
 * through Raft and resolve once applied here, linearizable reads wait on a
 * ReadIndex barrier and never touch the log.
 */
export class KvFrontend {
  constructor(private readonly node: RaftNode<ApplyResult>, private readonly store: MvccStore) {}

  get revision(): number {
    return this.store.revision;
  }

  get compactRevision(): number {
    return this.store.compactRevision;
  }

  async range(pb: etcdserverpb.IRangeRequest): Promise<RangeResponse> {
    const req = convert(() => rangeRequestFromPb(pb));
    checkRangeRequest(req);
    if (!req.serializable) await this.node.readBarrier();
    return this.store.range(req);
  }

  async put(pb: etcdserverpb.IPutRequest): Promise<PutResponse> {
    const command: KvCommand = { type: 'put', request: convert(() => putRequestFromPb(pb)) };
    const r = await this.write(command, { put: pb });
    return (r as Extract<KvCommandResponse, { type: 'put' }>).response;
  }

  async deleteRange(pb: etcdserverpb.IDeleteRangeRequest): Promise<DeleteRangeResponse> {
    const command: KvCommand = { type: 'deleteRange', request: convert(() => deleteRangeRequestFromPb(pb)) };
    const r = await this.write(command, { deleteRange: pb });
    return (r as Extract<KvCommandResponse, { type: 'deleteRange' }>).response;
  }

  async txn(pb: etcdserverpb.ITxnRequest): Promise<TxnResponse> {
    const request = convert(() => txnRequestFromPb(pb));
    const command: KvCommand = { type: 'txn', request };
    if (isReadOnlyTxn(request)) {
      // A txn of ranges only is a read: no log entry (etcd does the same).
      validateCommand(command);
      if (!allSerializable(request.success ?? [], request.failure ?? [])) await this.node.readBarrier();
      return this.store.readTxn(request);
    }
    const r = await this.write(command, { txn: pb });
    return (r as Extract<KvCommandResponse, { type: 'txn' }>).response;
  }

  async compact(pb: etcdserverpb.ICompactionRequest): Promise<CompactionResponse> {
    const command: KvCommand = { type: 'compaction', request: convert(() => compactionRequestFromPb(pb)) };
    const r = await this.write(command, { compaction: pb });
    if (command.request.physical) await this.store.whenCompacted(command.request.revision);
    return (r as Extract<KvCommandResponse, { type: 'compaction' }>).response;
  }

  private async write(command: KvCommand, payload: Omit<InternalRequestInput, 'id'>): Promise<KvCommandResponse> {
    validateCommand(command);
    const id = this.node.newRequestId();
    const data = encodeInternalRequest({ ...payload, id: toUint64(id) });
    if (data.length > MAX_REQUEST_BYTES) throw new KvError('INVALID_ARGUMENT', 'etcdserver: request is too large');
    const result = await this.node.propose(id, data);
    if (result.status === 'rejected') throw result.error;
    if (result.status === 'skipped') throw new ServerError('UNAVAILABLE', 'etcdserver: request timed out');
    return result.response;
  }
}

function allSerializable(...branches: Array<Array<{ requestRange?: RangeRequest }>>): boolean {
  return branches.every((ops) => ops.every((op) => op.requestRange?.serializable === true));
}

/** Out-of-range int64 fields become InvalidArgument, not a crash. */
function convert<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof RangeError) throw new ServerError('INVALID_ARGUMENT', `etcdserver: ${err.message}`);
    throw err;
  }
}
