// Put, DeleteRange and Txn on a WriteTxn (reference §10.4–10.6), following
// etcd's applier: compares for the txn and every nested txn on the chosen
// path are evaluated first, against the state at the start; then the checks
// on the chosen branch (puts, then ranges); only then do the ops run, in order.

import { EMPTY_BYTES, toInterval } from './bytes.js';
import { evaluateCompares } from './compare.js';
import { errCompacted, errFutureRev, errKeyNotFound, errLeaseNotFound } from './errors.js';
import type { KeyIndex } from './key-index.js';
import { runRange, type HistorySource } from './range.js';
import type {
  DeleteRangeRequest,
  DeleteRangeResponse,
  LeaseChecker,
  PutRequest,
  PutResponse,
  RangeRequest,
  RangeResponse,
  ResponseOp,
  TxnRequest,
  TxnResponse,
} from './types.js';
import { resolveOp, type ResolvedOp } from './validate.js';
import type { WriteTxn } from './write-txn.js';

/**
 * A txn made only of Range ops, in both branches. etcd serves it as a read
 * (ReadIndex, or locally when serializable) instead of through Raft. A nested
 * txn or an empty op makes it a write, as in etcd.
 */
export function isReadOnlyTxn(r: TxnRequest): boolean {
  const ops = [...(r.success ?? []), ...(r.failure ?? [])];
  return ops.every((op) => resolveOp(op).kind === 'range');
}

/** The branch a txn takes, with the plans of the nested txns in it (by op position). */
export interface TxnPlan {
  succeeded: boolean;
  ops: ResolvedOp[];
  nested: Array<TxnPlan | undefined>;
}

/** etcd's compareToPath: every compare on the path sees the state at the start of the outer txn. */
export function planTxn(index: KeyIndex, r: TxnRequest): TxnPlan {
  const succeeded = evaluateCompares(index, r.compare ?? []);
  const ops = ((succeeded ? r.success : r.failure) ?? []).map(resolveOp);
  const nested = ops.map((op) => (op.kind === 'txn' ? planTxn(index, op.req) : undefined));
  return { succeeded, ops, nested };
}

function walk(plan: TxnPlan, visit: (op: ResolvedOp) => void): void {
  plan.ops.forEach((op, i) => {
    const sub = plan.nested[i];
    if (sub !== undefined) walk(sub, visit);
    else visit(op);
  });
}

export interface CheckContext {
  index: KeyIndex;
  leases: LeaseChecker;
  currentRevision: number;
  compactRevision: number;
}

/**
 * etcd's checkRequests on the chosen path, all against the starting state:
 * first every put (ignore_* needs the key, a lease must exist), then every
 * range's revision. Any failure fails the whole txn before it writes.
 */
export function checkPlan(plan: TxnPlan, ctx: CheckContext, isWrite: boolean): void {
  if (isWrite) {
    walk(plan, (op) => {
      if (op.kind !== 'put') return;
      const req = op.req;
      if ((req.ignoreValue === true || req.ignoreLease === true) && !ctx.index.get(req.key)?.current) throw errKeyNotFound();
      const lease = req.lease ?? 0n;
      if (lease !== 0n && !ctx.leases.exists(lease)) throw errLeaseNotFound();
    });
  }
  walk(plan, (op) => {
    if (op.kind !== 'range') return;
    // etcd also turns a negative revision into "compacted" here once anything
    // was compacted; we read it as "newest", as everywhere else.
    const rev = op.req.revision ?? 0;
    if (rev <= 0) return;
    if (rev > ctx.currentRevision) throw errFutureRev();
    if (rev < ctx.compactRevision) throw errCompacted();
  });
}

export type Prefetched = Map<RangeRequest, RangeResponse>;

/**
 * Start, in one synchronous step, the ranges of the path that cannot run
 * inline: those at an explicit revision (their answer cannot depend on the
 * txn's own writes, and older values come from disk), or all of them for a
 * read served outside the apply loop (where the state may move on while
 * values load). Returns synchronously when nothing had to be loaded.
 */
export function prefetchRanges(plan: TxnPlan, src: HistorySource, curRev: number, all: boolean): Prefetched | Promise<Prefetched> {
  const out: Prefetched = new Map();
  const pending: Array<Promise<void>> = [];
  walk(plan, (op) => {
    if (op.kind !== 'range' || out.has(op.req)) return;
    if (!all && (op.req.revision ?? 0) <= 0) return;
    const req = op.req;
    const r = runRange(src, req, curRev);
    if (r instanceof Promise) {
      pending.push(r.then((resp) => void out.set(req, resp)));
    } else {
      out.set(req, r);
    }
  });
  if (pending.length === 0) return out;
  return Promise.all(pending).then(() => out);
}

/** A plain or in-txn Put, after its checks passed. */
export function applyPut(wtx: WriteTxn, req: PutRequest): PutResponse {
  const cur = wtx.current(req.key);
  if ((req.ignoreValue === true || req.ignoreLease === true) && cur === null) throw errKeyNotFound();
  const value = req.ignoreValue === true && cur !== null ? cur.value : (req.value ?? EMPTY_BYTES);
  const lease = req.ignoreLease === true && cur !== null ? cur.lease : (req.lease ?? 0n);
  wtx.put(req.key, value, lease);
  const resp: PutResponse = { revision: wtx.rev };
  if (req.prevKv === true && cur !== null) resp.prevKv = { ...cur };
  return resp;
}

export function applyDeleteRange(wtx: WriteTxn, req: DeleteRangeRequest): DeleteRangeResponse {
  const deleted = wtx.deleteRange(toInterval(req));
  return {
    revision: wtx.rev,
    deleted: deleted.length,
    prevKvs: req.prevKv === true ? deleted.map((kv) => ({ ...kv })) : [],
  };
}

/**
 * Run the ops of the chosen path. Each sub-response's revision is where the
 * txn stands after that op (etcd's behaviour); a nested txn's own revision
 * stays 0 because etcd never fills that header.
 */
export function executeTxn(plan: TxnPlan, wtx: WriteTxn, src: HistorySource, pre: Prefetched, nested = false): TxnResponse {
  const responses: ResponseOp[] = plan.ops.map((op, i) => {
    switch (op.kind) {
      case 'range': {
        const ready = pre.get(op.req);
        if (ready !== undefined) return { responseRange: { ...ready, revision: wtx.rev } };
        const r = runRange(src, op.req, wtx.rev);
        if (r instanceof Promise) throw new Error('kv txn: a range at the current revision needed disk reads');
        return { responseRange: r };
      }
      case 'put':
        return { responsePut: applyPut(wtx, op.req) };
      case 'deleteRange':
        return { responseDeleteRange: applyDeleteRange(wtx, op.req) };
      case 'txn': {
        const sub = plan.nested[i];
        if (sub === undefined) throw new Error('kv txn: nested txn without a plan');
        return { responseTxn: executeTxn(sub, wtx, src, pre, true) };
      }
      case 'none':
        throw errKeyNotFound();
    }
  });
  return { revision: nested ? 0 : wtx.rev, succeeded: plan.succeeded, responses };
}
