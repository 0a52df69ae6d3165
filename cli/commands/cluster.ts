// regctl member, endpoint, move-leader and snapshot: the cluster itself.
import type { Command } from 'commander';

export function addClusterCommands(program: Command): void {
  void program;
}
