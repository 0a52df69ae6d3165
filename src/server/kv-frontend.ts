import type { Logger } from 'pino';
import { toInterval } from '../kv/bytes.js';
import {
  checkRangeRequest, errKeyNotFound, isReadOnlyTxn, KvError, MAX_REQUEST_BYTES, validateCommand,
  type ApplyResult, type CompactionRequest, type CompactionResponse, type DeleteRangeRequest, type DeleteRangeResponse, type KeyValue,
  type KvCommandResponse, type MvccStore, type PutRequest, type PutResponse, type RangeRequest, type RangeResponse, type ResponseOp,
  type TxnRequest, type TxnResponse,
} from '../kv/index.js';
import { planTxn, type TxnPlan } from '../kv/txn.js';
import { encodeCommand, type Command } from './command-codec.js';
import { NO_FAILPOINTS, type Failpoints } from './failpoints.js';
import type { RaftNode } from './raft-node.js';
import { ServerError } from './server-error.js';

export interface KvFrontendOptions {
  /** Testing-only failpoints that break safety on purpose (failpoints.ts); none in normal use. */
  failpoints?: Failpoints;
  /** Where ack-before-commit reports a speculative write that later failed (debug). */
  log?: Logger;
}

/**
 * The KV operations as the API serves them: requests are validated, writes go
 * through Raft and resolve once applied here, linearizable reads wait on a
 * ReadIndex barrier and never touch the log.
 */
export class KvFrontend {
  /** Failpoint serve-local-reads: linearizable reads skip the ReadIndex barrier. */
  private readonly serveLocalReads: boolean;
  /** Failpoint ack-before-commit: writes answer once the local core accepted the proposal. */
  private readonly ackBeforeCommit: boolean;
  private readonly log: Logger | undefined;

  constructor(private readonly node: RaftNode<ApplyResult>, private readonly store: MvccStore, opts: KvFrontendOptions = {}) {
    const failpoints = opts.failpoints ?? NO_FAILPOINTS;
    this.serveLocalReads = failpoints.has('serve-local-reads');
    this.ackBeforeCommit = failpoints.has('ack-before-commit');
    this.log = opts.log;
  }

  get revision(): number {
    return this.store.revision;
  }

  get compactRevision(): number {
    return this.store.compactRevision;
  }

  async range(req: RangeRequest): Promise<RangeResponse> {
    checkRangeRequest(req);
    if (!req.serializable && !this.serveLocalReads) await this.node.readBarrier();
    return this.store.range(req);
  }

  async put(request: PutRequest): Promise<PutResponse> {
    const r = await this.write({ type: 'put', request });
    return (r as Extract<KvCommandResponse, { type: 'put' }>).response;
  }

  async deleteRange(request: DeleteRangeRequest): Promise<DeleteRangeResponse> {
    const r = await this.write({ type: 'deleteRange', request });
    return (r as Extract<KvCommandResponse, { type: 'deleteRange' }>).response;
  }

  async txn(request: TxnRequest): Promise<TxnResponse> {
    if (isReadOnlyTxn(request)) {
      // A txn of ranges only is a read: no log entry (etcd does the same).
      validateCommand({ type: 'txn', request });
      if (!this.serveLocalReads && !allSerializable(request.success ?? [], request.failure ?? [])) await this.node.readBarrier();
      return this.store.readTxn(request);
    }
    const r = await this.write({ type: 'txn', request });
    return (r as Extract<KvCommandResponse, { type: 'txn' }>).response;
  }

  async compact(request: CompactionRequest): Promise<CompactionResponse> {
    const r = await this.write({ type: 'compaction', request });
    if (request.physical === true) await this.store.whenCompacted(request.revision);
    return (r as Extract<KvCommandResponse, { type: 'compaction' }>).response;
  }

  /** Validates the command (the only time it is checked), encodes it once and proposes it. */
  private async write(command: Exclude<Command, { type: 'publishMember' | 'leaseGrant' | 'leaseRevoke' }>): Promise<KvCommandResponse> {
    validateCommand(command);
    const id = this.node.newRequestId();
    const data = encodeCommand(id, command);
    if (data.length > MAX_REQUEST_BYTES) throw new KvError('INVALID_ARGUMENT', 'etcdserver: request is too large');
    if (this.ackBeforeCommit && command.type !== 'compaction') return this.ackSpeculatively(command, id, data);
    const result = await this.node.propose(id, data);
    if (result.status === 'rejected') throw result.error;
    if (result.status === 'skipped') throw new ServerError('UNAVAILABLE', 'etcdserver: request timed out');
    return result.response;
  }

  // ------------------------------------------------- failpoint ack-before-commit

  /**
   * Answers a write as soon as the local Raft core accepted its proposal (a
   * refusal, e.g. no leader, still fails the call), with a response guessed
   * from local state. The proposal goes on in the background; if it never
   * commits, the client was told a lie. Deliberately unsafe: testing only.
   */
  private async ackSpeculatively(command: Command, id: bigint, data: Uint8Array): Promise<KvCommandResponse> {
    const answer = await this.speculate(command);
    this.node.submit(id, data).then(
      (result) => {
        if (result.status !== 'applied') this.log?.debug({ requestId: id.toString(16), status: result.status }, 'failpoint ack-before-commit: an acknowledged write was not applied');
      },
      (err: unknown) => this.log?.debug({ requestId: id.toString(16), err: (err as Error).message }, 'failpoint ack-before-commit: an acknowledged write failed'),
    );
    return answer;
  }

  /** What the write would answer if it were applied next on the local state (no lease or revision checks). */
  private async speculate(command: Command): Promise<KvCommandResponse> {
    const rev = this.store.revision;
    switch (command.type) {
      case 'put':
        return { type: 'put', response: this.speculatePut(command.request, rev + 1) };
      case 'deleteRange': {
        const live = this.liveInRange(command.request);
        return { type: 'deleteRange', response: speculativeDelete(command.request, live, live.length > 0 ? rev + 1 : rev) };
      }
      case 'txn': {
        const plan = planTxn(this.store.index, command.request);
        return { type: 'txn', response: await this.speculateTxn(plan, this.pathWrites(plan) ? rev + 1 : rev, false) };
      }
      default:
        throw new Error(`kv frontend: no speculative answer for ${command.type}`);
    }
  }

  private speculatePut(req: PutRequest, revision: number): PutResponse {
    const resp: PutResponse = { revision };
    const cur = req.prevKv === true ? this.store.index.get(req.key)?.current : undefined;
    if (cur) resp.prevKv = { ...cur };
    return resp;
  }

  private liveInRange(req: DeleteRangeRequest): KeyValue[] {
    const live: KeyValue[] = [];
    this.store.index.forEachInRange(toInterval(req), (e) => {
      if (e.current !== null) live.push(e.current);
    });
    return live;
  }

  /** Would the chosen path of this txn write anything (a put, or a delete of a live key)? */
  private pathWrites(plan: TxnPlan): boolean {
    return plan.ops.some((op, i) => {
      if (op.kind === 'put') return true;
      if (op.kind === 'deleteRange') return this.liveInRange(op.req).length > 0;
      const sub = plan.nested[i];
      return sub !== undefined && this.pathWrites(sub);
    });
  }

  /** The txn's answer on local state: compares as they stand here, ranges read here (they do not see the txn's own writes). */
  private async speculateTxn(plan: TxnPlan, revision: number, nested: boolean): Promise<TxnResponse> {
    const responses: ResponseOp[] = [];
    for (const [i, op] of plan.ops.entries()) {
      switch (op.kind) {
        case 'range':
          responses.push({ responseRange: { ...(await this.store.range(op.req)), revision } });
          break;
        case 'put':
          responses.push({ responsePut: this.speculatePut(op.req, revision) });
          break;
        case 'deleteRange':
          responses.push({ responseDeleteRange: speculativeDelete(op.req, this.liveInRange(op.req), revision) });
          break;
        case 'txn':
          responses.push({ responseTxn: await this.speculateTxn(plan.nested[i]!, revision, true) });
          break;
        case 'none':
          throw errKeyNotFound(); // what applying it would answer
      }
    }
    return { revision: nested ? 0 : revision, succeeded: plan.succeeded, responses };
  }
}

function speculativeDelete(req: DeleteRangeRequest, live: KeyValue[], revision: number): DeleteRangeResponse {
  return { revision, deleted: live.length, prevKvs: req.prevKv === true ? live.map((kv) => ({ ...kv })) : [] };
}

function allSerializable(...branches: Array<Array<{ requestRange?: RangeRequest }>>): boolean {
  return branches.every((ops) => ops.every((op) => op.requestRange?.serializable === true));
}
