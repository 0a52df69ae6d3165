import { LeaseWorkload } from './lease.js';
import { LockWorkload } from './lock.js';
import { RegisterWorkload } from './register.js';
import { RegistryWorkload } from './registry.js';
import { SetWorkload } from './set.js';
import { WatchWorkload } from './watch.js';
import type { Workload, WorkloadContext, WorkloadName } from './workload.js';

export function createWorkload(name: WorkloadName, ctx: WorkloadContext): Workload {
  switch (name) {
    case 'register': return new RegisterWorkload(ctx);
    case 'set': return new SetWorkload(ctx);
    case 'lock': return new LockWorkload(ctx);
    case 'watch': return new WatchWorkload(ctx);
    case 'lease': return new LeaseWorkload(ctx);
    case 'registry': return new RegistryWorkload(ctx);
  }
}

/** Clients per workload when none is asked for. */
export const DEFAULT_CLIENTS: Record<WorkloadName, number> = { register: 10, set: 10, lock: 5, watch: 4, lease: 5, registry: 4 };
