import { describe, expect, it } from 'vitest';
import { decideRestart, NPM_START_RESTART } from '../../src/launcher/index.js';

describe('restart policy', () => {
  const policy = { backoffMs: 1000, maxStartupFailures: 3 };

  it('restarts a member that had come up after the base backoff, however often it happened before', () => {
    expect(decideRestart(policy, 0)).toEqual({ restart: true, afterMs: 1000 });
  });

  it('backs off doubling for a member that exits before it comes up, then gives it up', () => {
    expect(decideRestart(policy, 1)).toEqual({ restart: true, afterMs: 1000 });
    expect(decideRestart(policy, 2)).toEqual({ restart: true, afterMs: 2000 });
    const third = decideRestart(policy, 3);
    expect(third.restart).toBe(false);
    if (!third.restart) expect(third.why).toContain('3 times in a row before it came up');
  });

  it('npm start gives a refused member up after a few tries, not never and not at once', () => {
    expect(NPM_START_RESTART.maxStartupFailures).toBeGreaterThan(1);
    expect(NPM_START_RESTART.maxStartupFailures).toBeLessThanOrEqual(5);
  });
});
