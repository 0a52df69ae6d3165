// Every command group of regctl, in the order `regctl --help` lists them.
import type { Command } from 'commander';
import { addClusterCommands } from './cluster.js';
import { addKvCommands } from './kv.js';
import { addLeaseCommands } from './lease.js';
import { addLockCommands } from './lock.js';
import { addServiceCommands } from './service.js';

export function addCommandGroups(program: Command): void {
  addServiceCommands(program);
  addKvCommands(program);
  addLeaseCommands(program);
  addLockCommands(program);
  addClusterCommands(program);
}
