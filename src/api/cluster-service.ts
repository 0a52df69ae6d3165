import type { Logger } from 'pino';
import { toUint64 } from '../proto/long.js';
import type { ClusterServer } from '../proto/services.js';
import { unary } from './grpc-call.js';
import type { NodeView } from './node-view.js';

/** etcdserverpb.Cluster: MemberList (served from local state, as etcd 3.4 does). */
export function clusterService(node: NodeView, log: Logger): Partial<ClusterServer> {
  return {
    MemberList: unary(log, 'MemberList', async () => {
      const base = node.headerBase();
      return {
        // etcd fills only cluster_id, member_id and raft_term in Cluster headers.
        header: { clusterId: toUint64(base.clusterId), memberId: toUint64(base.memberId), raftTerm: base.raftTerm },
        members: node.members().map((m) => ({
          ID: toUint64(m.id),
          name: m.name,
          peerURLs: m.peerUrls,
          clientURLs: m.clientUrls,
          isLearner: m.isLearner,
        })),
      };
    }),
  };
}
