// Starting regd members (and other servers) on loopback as real processes.
export { HEALTH_TIMEOUT_MS, httpHealth, waitForHealth, type Health } from './health.js';
export { HEALTHY_TIMEOUT_MS, LOCAL_CLIENT_PORTS, LocalCluster, REGD_MAIN, type LocalClusterOptions, type MemberSpec, type PortPlan } from './local-cluster.js';
export { OutputSink, TAIL_LINES, logFile, prefixed, type LogTarget } from './logs.js';
export { MEMBER_PORT_RANGE, canBind, reservePort, reservePorts } from './ports.js';
export { STOP_GRACE_MS, ServerProcess, describeExit, stopAllProcesses, type ProcessExit } from './process.js';
export { NPM_START_RESTART, decideRestart, type RestartDecision, type RestartPolicy } from './restart-policy.js';
export { waitFor } from './wait-for.js';
