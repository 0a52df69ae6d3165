// An instance's status: the worst of its checks (passing < warning < critical).
// Maintenance counts as critical, whatever the checks say, and its reason is
// the cause (Consul models it as a critical check carrying the reason). An
// instance without checks is passing, as in Consul.

import type { CheckStatus } from './check.js';

const SEVERITY: Readonly<Record<CheckStatus, number>> = { passing: 0, warning: 1, critical: 2 };

/** The worse of two statuses. */
export function worseStatus(a: CheckStatus, b: CheckStatus): CheckStatus {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

export interface CheckSummary {
  checkId: string;
  status: CheckStatus;
  output: string;
}

/** Why an instance has its status. */
export type StatusCause =
  | { kind: 'maintenance'; reason: string }
  /** The worst check (the first by check id among equally bad ones). */
  | { kind: 'check'; checkId: string; output: string }
  | { kind: 'no-checks' };

export interface InstanceHealth {
  status: CheckStatus;
  cause: StatusCause;
}

export function instanceHealth(checks: readonly CheckSummary[], maintenance: { reason: string } | null): InstanceHealth {
  if (maintenance) return { status: 'critical', cause: { kind: 'maintenance', reason: maintenance.reason } };
  let worst: CheckSummary | undefined;
  for (const c of checks) {
    if (
      worst === undefined ||
      SEVERITY[c.status] > SEVERITY[worst.status] ||
      (c.status === worst.status && c.checkId < worst.checkId)
    ) {
      worst = c;
    }
  }
  if (worst === undefined) return { status: 'passing', cause: { kind: 'no-checks' } };
  return { status: worst.status, cause: { kind: 'check', checkId: worst.checkId, output: worst.output } };
}
