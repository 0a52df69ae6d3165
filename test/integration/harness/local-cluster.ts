// The integration tests' cluster: src/launcher's LocalCluster with fast elections, output
// captured for failure messages, allocated ports and a temp data dir that stop() removes
// after killing every member with SIGKILL.
import { LocalCluster as Cluster } from '../../../src/launcher/index.js';

/** Heartbeat 50 ms, election 500 ms: tests see fail-over within a second. */
const TEST_FLAGS = ['--heartbeat-interval', '50', '--election-timeout', '500'];

/** One name for the type and its factory, so tests read `LocalCluster.start(3)`. */
export type LocalCluster = Cluster;

export const LocalCluster = {
  /** `flags` for every member; `env`: extra environment for every member (e.g. REGD_FAILPOINTS). */
  start(members = 3, flags: string[] = [], { env = {} }: { env?: Record<string, string> } = {}): Promise<Cluster> {
    return Cluster.start({
      members, flags: [...TEST_FLAGS, ...flags], env, logLevel: 'warn', token: 'regd-it', stopSignal: 'SIGKILL',
    });
  },
};
