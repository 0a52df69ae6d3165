// regctl service, check and registry: the service registry.
import type { Command } from 'commander';
import { addServiceRunCommand } from './service-run.js';

export function addServiceCommands(program: Command): void {
  const service = program.command('service').description('register, list, show and watch service instances');
  addServiceRunCommand(service);
}
