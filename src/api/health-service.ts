import type { Logger } from 'pino';
import { grpc } from '../generated/proto.js';
import type { HealthServer } from '../proto/services.js';
import { unary } from './grpc-call.js';
import type { NodeView } from './node-view.js';

const Serving = grpc.health.v1.HealthCheckResponse.ServingStatus;

/** grpc.health.v1.Health: SERVING while this member knows a leader. */
export function healthService(node: NodeView, log: Logger): Partial<HealthServer> {
  return {
    Check: unary(log, 'Check', async () => ({ status: node.hasLeader() ? Serving.SERVING : Serving.NOT_SERVING })),
  };
}
