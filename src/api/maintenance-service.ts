import type { Logger } from 'pino';
import { header } from './kv-convert.js';
import { toUint64 } from '../proto/long.js';
import type { MaintenanceServer } from '../proto/services.js';
import { ServerError } from '../server/server-error.js';
import { unary } from './grpc-call.js';
import type { NodeView } from './node-view.js';

/** The etcd version reported in Status: a 3.4 string, since clients may gate features on it. */
export const ETCD_COMPAT_VERSION = '3.4.0';

/** etcdserverpb.Maintenance: Status, Alarm, Defragment, Hash, HashKV; the rest answer UNIMPLEMENTED for now. */
export function maintenanceService(node: NodeView, log: Logger): Partial<MaintenanceServer> {
  const current = () => header(node.headerBase(), node.kv.revision);
  return {
    Status: unary(log, 'Status', async () => {
      const s = node.status();
      return {
        header: current(),
        version: ETCD_COMPAT_VERSION,
        dbSize: s.dbSize,
        dbSizeInUse: s.dbSize,
        leader: toUint64(s.leader),
        raftIndex: s.raftIndex,
        raftTerm: s.raftTerm,
        raftAppliedIndex: s.raftAppliedIndex,
        errors: s.leader === 0n ? ['etcdserver: no leader'] : [],
        isLearner: s.isLearner,
      };
    }),
    // No alarms are raised yet: GET lists none, and arming or disarming changes nothing.
    Alarm: unary(log, 'Alarm', async () => ({ header: current(), alarms: [] })),
    Defragment: unary(log, 'Defragment', async () => ({ header: current() })),
    Hash: unary(log, 'Hash', async () => {
      const h = await node.hash(0);
      return { header: current(), hash: h.hash };
    }),
    HashKV: unary(log, 'HashKV', async (req) => {
      const rev = Number(req.revision ?? 0);
      if (rev > node.kv.revision) throw new ServerError('OUT_OF_RANGE', 'etcdserver: mvcc: required revision is a future revision');
      if (rev > 0 && rev < node.kv.compactRevision) throw new ServerError('OUT_OF_RANGE', 'etcdserver: mvcc: required revision has been compacted');
      const h = await node.hash(rev);
      return { header: header(node.headerBase(), h.revision), hash: h.hash, compactRevision: h.compactRevision };
    }),
  };
}
