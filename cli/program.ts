// regctl's command tree. Each group of commands lives in cli/commands/ and
// adds itself here; this file holds the global flags and the rule that any
// command-line error exits 3 with the usage line of the command it concerns.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option, type CommanderError } from 'commander';
import { groupExamples, usageLine } from './command.js';
import { DEFAULT_COMMAND_TIMEOUT, DEFAULT_DIAL_TIMEOUT, REGCTL_ENDPOINTS_ENV_VAR } from './context.js';
import { EXIT_CODES_HELP, EXIT_INVALID_INPUT, EXIT_OK } from './exit.js';
import { OUTPUT_FORMATS } from './output.js';
import { addCommandGroups } from './commands/index.js';

/** regd's version, from the package.json above this file (cli/ in the repository, dist/cli/ when built). */
function packageVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'regd' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // no package.json here: go up
    }
  }
  return 'unknown';
}

/** Thrown by commander's exit hook so main() can pick the exit code. */
export class CommandLineError extends Error {
  constructor(readonly commanderError: CommanderError, readonly command: Command) {
    super(commanderError.message);
  }
}

export function buildProgram(): Command {
  const program = new Command('regctl')
    .description('The command line for regd: keys, leases, locks, elections, the service registry and the cluster.')
    .version(packageVersion(), '--version', 'print the version')
    .addOption(new Option('--endpoints <list>', `comma-separated member addresses, HOST:PORT (env ${REGCTL_ENDPOINTS_ENV_VAR}; default: the cluster of \`npm start\`)`))
    .addOption(new Option('-w, --write-out <format>', `output format: ${OUTPUT_FORMATS.join(', ')}`).default('simple'))
    .addOption(new Option('--command-timeout <duration>', 'deadline of each request').default(DEFAULT_COMMAND_TIMEOUT))
    .addOption(new Option('--dial-timeout <duration>', 'how long to wait for a first member to accept a connection').default(DEFAULT_DIAL_TIMEOUT))
    .showSuggestionAfterError(true)
    .helpCommand(true);
  addCommandGroups(program);
  groupExamples(program);
  program.addHelpText('after', `
Examples:
  regctl service list
  regctl service show web --passing -w json
  regctl service run web --port 8080 -- node server.js
  regctl kv put greeting hello && regctl kv get greeting
  regctl --endpoints 127.0.0.1:2379 endpoint status --cluster -w table

${EXIT_CODES_HELP}
`);
  configure(program);
  return program;
}

/** Every command: errors go through main(), messages start with `Error:` as the others do. */
function configure(cmd: Command): void {
  cmd.exitOverride((e) => {
    throw new CommandLineError(e, cmd);
  });
  cmd.configureOutput({
    outputError: (s, write) => write(s.replace(/^error: /, 'Error: ')),
  });
  // Commander lists subcommands' help; a group without its subcommand prints that help and exits 3.
  for (const c of cmd.commands) configure(c);
}

/** Runs regctl with `argv` (process.argv form); resolves with the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  if (argv.length <= 2) {
    // `regctl` alone: the help, as etcdctl prints it.
    program.outputHelp();
    return EXIT_OK;
  }
  try {
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (err) {
    if (!(err instanceof CommandLineError)) throw err;
    const e = err.commanderError;
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT_OK;
    // commander.help: a group run without its subcommand has printed its help (to stderr): invalid input.
    if (e.code !== 'commander.help') process.stderr.write(`${usageLine(err.command)}\n`);
    return EXIT_INVALID_INPUT;
  }
}
