import { StartupError } from './startup-error.js';

/**
 * Failpoints deliberately break safety so that jepsen-lite can prove it
 * catches the anomalies they cause. Testing only: they are off unless
 * REGD_FAILPOINTS names them, and a member with any of them on says so loudly
 * (a `warn` line at startup and `regd_failpoints_enabled{name}` = 1).
 *
 * - `serve-local-reads`: linearizable reads (Range, range-only Txn) skip the
 *   ReadIndex barrier and answer from this member's local state, even on a
 *   partitioned follower or a deposed leader (stale reads).
 * - `ack-before-commit`: Put, DeleteRange and Txn are answered as soon as the
 *   local Raft node accepted the proposal, with a response guessed from local
 *   state; the proposal goes on in the background and may never commit (lost
 *   acknowledged writes).
 */
export const FAILPOINT_NAMES = ['serve-local-reads', 'ack-before-commit'] as const;

export type FailpointName = (typeof FAILPOINT_NAMES)[number];

export type Failpoints = ReadonlySet<FailpointName>;

/** The environment variable that turns failpoints on. */
export const FAILPOINTS_ENV = 'REGD_FAILPOINTS';

export const NO_FAILPOINTS: Failpoints = new Set<FailpointName>();

function isFailpointName(s: string): s is FailpointName {
  return (FAILPOINT_NAMES as readonly string[]).includes(s);
}

/**
 * Parses REGD_FAILPOINTS: comma-separated names, blanks ignored; unset or empty
 * means none. An unknown name refuses the start (BAD_CONFIG): a typo must not
 * silently run a "broken" test cluster that is in fact healthy.
 */
export function parseFailpoints(value: string | undefined): Failpoints {
  if (value === undefined) return NO_FAILPOINTS;
  const names = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (names.length === 0) return NO_FAILPOINTS;
  const out = new Set<FailpointName>();
  for (const n of names) {
    if (!isFailpointName(n)) {
      throw new StartupError('BAD_CONFIG', `${FAILPOINTS_ENV}: unknown failpoint "${n}" (known: ${FAILPOINT_NAMES.join(', ')})`);
    }
    out.add(n);
  }
  return out;
}
