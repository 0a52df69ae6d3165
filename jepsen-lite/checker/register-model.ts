import type { Operation, RegisterValue } from './history.js';

/**
 * The register a key holds: a value, or null when absent. Returns the next
 * state if `op` may be linearized in `state`, or undefined if it may not.
 */
export function stepRegister(state: RegisterValue, op: Operation): RegisterValue | undefined {
  switch (op.f) {
    case 'read':
      return state === (op.value as RegisterValue) ? state : undefined;
    case 'write':
      return op.value as RegisterValue;
    case 'delete':
      return null;
    case 'cas': {
      const [expected, next] = op.value as [RegisterValue, RegisterValue];
      if (op.outcome === 'ok') return state === expected ? next : undefined;
      if (op.outcome === 'mismatch') return state !== expected ? state : undefined;
      // Unknown outcome: it swaps if it applies to a matching state, and changes nothing otherwise.
      return state === expected ? next : state;
    }
  }
}
