// regctl lease: grant, revoke, timetolive, list, keep-alive.
import type { Command } from 'commander';

export function addLeaseCommands(program: Command): void {
  void program;
}
