import type { Logger } from 'pino';
import {
  compactionRequestFromPb, deleteRangeRequestFromPb, deleteRangeResponseToPb, header, putRequestFromPb, putResponseToPb, rangeRequestFromPb,
  rangeResponseToPb, txnRequestFromPb, txnResponseToPb,
} from './kv-convert.js';
import type { KVServer } from '../proto/services.js';
import { unary } from './grpc-call.js';
import type { NodeView } from './node-view.js';

/** etcdserverpb.KV: Range, Put, DeleteRange, Txn, Compact. */
export function kvService(node: NodeView, log: Logger): KVServer {
  const leader = { hasLeader: () => node.hasLeader() };
  return {
    Range: unary(log, 'Range', async (req) => {
      const r = await node.kv.range(rangeRequestFromPb(req));
      // Range answers with the store's current revision even for a historical read.
      return rangeResponseToPb(r, header(node.headerBase(), r.revision));
    }, leader),
    Put: unary(log, 'Put', async (req) => {
      const r = await node.kv.put(putRequestFromPb(req));
      return putResponseToPb(r, header(node.headerBase(), r.revision));
    }, leader),
    DeleteRange: unary(log, 'DeleteRange', async (req) => {
      const r = await node.kv.deleteRange(deleteRangeRequestFromPb(req));
      return deleteRangeResponseToPb(r, header(node.headerBase(), r.revision));
    }, leader),
    Txn: unary(log, 'Txn', async (req) => {
      const r = await node.kv.txn(txnRequestFromPb(req));
      return txnResponseToPb(r, header(node.headerBase(), r.revision));
    }, leader),
    Compact: unary(log, 'Compact', async (req) => {
      const r = await node.kv.compact(compactionRequestFromPb(req));
      return { header: header(node.headerBase(), r.revision) };
    }, leader),
  };
}
