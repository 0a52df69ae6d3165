// A server's HTTP /health (a regd member's on its metrics port, etcd's on its
// client port): no gRPC client needed.
import { describeExit, type ServerProcess } from './process.js';
import { waitFor } from './wait-for.js';

/** How long one /health request may take. */
export const HEALTH_TIMEOUT_MS = 500;

/**
 * `healthy`: it answers 200 (it has a leader); `unhealthy`: it answers, but
 * not 200 (it is up, with no leader yet); `down`: no answer.
 */
export type Health = 'healthy' | 'unhealthy' | 'down';

export async function httpHealth(url: string, timeoutMs = HEALTH_TIMEOUT_MS): Promise<Health> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.status === 200 ? 'healthy' : 'unhealthy';
  } catch {
    return 'down';
  }
}

/**
 * Waits until `probe` says healthy, or fails at the deadline; fails at once,
 * with its output, if `proc` (when given) exits meanwhile.
 */
export async function waitForHealth(what: string, probe: () => Promise<boolean>, proc: ServerProcess | undefined, timeoutMs: number): Promise<void> {
  const healthy = waitFor(`${what} healthy`, probe, { timeoutMs, intervalMs: 50 });
  if (proc === undefined) {
    await healthy;
    return;
  }
  const died = proc.exited.then((e): never => {
    throw new Error(`${what} exited (${describeExit(e)}) before it was healthy:\n${proc.output(40)}`);
  });
  await Promise.race([healthy, died]);
}
