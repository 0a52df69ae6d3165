/** Thrown when an invariant of the core breaks: a bug, never bad input. */
export class InvariantError extends Error {
  constructor(message: string) {
    super(`raft invariant violated: ${message}`);
    this.name = 'InvariantError';
  }
}

export function assert(cond: boolean, message: string): asserts cond {
  if (!cond) throw new InvariantError(message);
}
