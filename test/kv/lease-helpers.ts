// A lessor wired to an in-memory lease table and a hand-driven clock, for
// deterministic tests of expiry. Revokes are recorded; whether a revoke
// proposal is applied, fails or hangs is up to the test.
import type { Lease, LeaseId } from '../../src/kv/index.js';
import { Lessor, type Clock, type LessorOptions } from '../../src/kv/lessor.js';

export class FakeClock implements Clock {
  t = 1_000_000;
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export type RevokeOutcome = 'apply' | 'fail' | 'hang';

export interface RevokeCall {
  id: LeaseId;
  at: number;
}

export class LessorRig {
  readonly clock = new FakeClock();
  readonly role = { leader: true, term: 1 };
  /** The replicated table as the member has applied it. */
  readonly table = new Map<LeaseId, Lease>();
  readonly revokes: RevokeCall[] = [];
  /** Revokes proposed with outcome 'apply' and not yet applied (applyRevokes()). */
  readonly inFlight: LeaseId[] = [];
  outcome: RevokeOutcome = 'apply';
  readonly lessor: Lessor;

  constructor(opts: Partial<LessorOptions> = {}) {
    this.lessor = new Lessor({
      clock: this.clock,
      role: () => ({ ...this.role }),
      leases: () => [...this.table.values()],
      revoke: (id) => {
        this.revokes.push({ id, at: this.clock.now() });
        switch (this.outcome) {
          case 'apply':
            this.inFlight.push(id);
            return new Promise<void>(() => undefined); // resolved by the apply, which the lessor hears about
          case 'fail':
            return Promise.reject(new Error('proposal dropped'));
          case 'hang':
            return new Promise<void>(() => undefined);
        }
      },
    }, { electionMs: 500, ...opts });
  }

  /** A grant committed and applied on this member. */
  grant(id: LeaseId, ttl: number): void {
    const l = { id, ttl };
    this.table.set(id, l);
    this.lessor.granted(l);
  }

  /** Apply the revokes in flight (as the state machine would, in order). */
  applyRevokes(): LeaseId[] {
    const done = this.inFlight.splice(0);
    for (const id of done) {
      if (!this.table.delete(id)) continue; // a duplicate revoke: rejected "not found"
      this.lessor.revoked(id);
    }
    return done;
  }

  /** Lets rejected revoke promises reach the lessor. */
  async settle(): Promise<void> {
    await new Promise((r) => setImmediate(r));
  }
}
