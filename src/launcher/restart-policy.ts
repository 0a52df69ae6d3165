// What the launcher does when a member exits without being asked to.

export interface RestartPolicy {
  /** Wait before restarting a member that had come up (its /health answered) and then exited. */
  backoffMs: number;
  /**
   * A member that exits before it ever came up (a refused data dir exits with
   * code 1 at start-up) is restarted after backoffMs, then twice that, and so
   * on; after this many such exits in a row it is given up.
   */
  maxStartupFailures: number;
}

/** `npm start`'s policy: a killed member is back after a second; a refused one is given up after 3 tries. */
export const NPM_START_RESTART: RestartPolicy = { backoffMs: 1000, maxStartupFailures: 3 };

export type RestartDecision = { restart: true; afterMs: number } | { restart: false; why: string };

/**
 * `startupFailures`: exits in a row before the member came up, this one
 * included (0 when it had come up before this exit).
 */
export function decideRestart(policy: RestartPolicy, startupFailures: number): RestartDecision {
  if (startupFailures === 0) return { restart: true, afterMs: policy.backoffMs };
  if (startupFailures >= policy.maxStartupFailures) {
    return { restart: false, why: `it exited ${startupFailures} times in a row before it came up` };
  }
  return { restart: true, afterMs: policy.backoffMs * 2 ** (startupFailures - 1) };
}
