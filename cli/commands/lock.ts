// regctl lock and elect: distributed locks with fencing tokens, leader election.
import type { Command } from 'commander';

export function addLockCommands(program: Command): void {
  void program;
}
