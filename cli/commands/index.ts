// Every command group of regctl, in the order `regctl --help` lists them.
import type { Command } from 'commander';
import { addKvCommands } from './kv.js';

export function addCommandGroups(program: Command): void {
  addKvCommands(program);
}
