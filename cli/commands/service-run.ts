// regctl service run: any program as a self-registering service.
import type { Command } from 'commander';

export function addServiceRunCommand(service: Command): void {
  void service;
}
