// The Raft core the simulator drives, as an interface, so a run can also
// drive another build of the core (a hand-mutated copy, for instance, to check
// that the simulator catches a planted bug: `npm run sim -- --impl <file>`).

import { Raft, type ConfState, type PersistedState, type RaftConfig } from '../../src/raft/index.js';
import type { RaftCore } from '../../src/server/raft-node.js';

export interface RaftImpl {
  new (config: RaftConfig, persisted: PersistedState): RaftCore;
  bootstrap(conf: ConfState): PersistedState;
}

export const defaultRaftImpl: RaftImpl = Raft;

/** Loads the `Raft` class exported by another module (by path), for `--impl`. */
export async function loadRaftImpl(modulePath: string): Promise<RaftImpl> {
  const { pathToFileURL } = await import('node:url');
  const { resolve } = await import('node:path');
  const mod: unknown = await import(pathToFileURL(resolve(modulePath)).href);
  const candidate = typeof mod === 'object' && mod !== null && 'Raft' in mod ? mod.Raft : undefined;
  if (typeof candidate !== 'function' || !('bootstrap' in candidate) || typeof candidate.bootstrap !== 'function') {
    throw new Error(`${modulePath} does not export a Raft class with a static bootstrap()`);
  }
  return candidate as RaftImpl;
}
