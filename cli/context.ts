// What every command runs with: the global flags, where output goes, and a
// client connected on first use (so `--help` and invalid input never dial).

import type { Command } from 'commander';
import { connect, type Client } from '../src/client/index.js';
import { UsageError } from './exit.js';
import { OUTPUT_FORMATS, Output, type OutputFormat } from './output.js';
import { parseChoice, parseDurationMs } from './parse.js';

/** The environment variable regctl takes endpoints from when --endpoints is absent (comma-separated). */
export const REGCTL_ENDPOINTS_ENV_VAR = 'REGCTL_ENDPOINTS';
/** etcdctl's defaults. */
export const DEFAULT_COMMAND_TIMEOUT = '5s';
export const DEFAULT_DIAL_TIMEOUT = '2s';

export interface GlobalOptions {
  /** undefined: the client's default (REGD_ENDPOINTS, else the cluster of `npm start`). */
  endpoints: string[] | undefined;
  format: OutputFormat;
  commandTimeoutMs: number;
  dialTimeoutMs: number;
}

/** The global flags as commander parsed them (strings, before validation). */
interface RawGlobals {
  endpoints?: string;
  writeOut?: string;
  commandTimeout?: string;
  dialTimeout?: string;
}

export function globalOptions(raw: RawGlobals, env: NodeJS.ProcessEnv = process.env): GlobalOptions {
  const list = raw.endpoints ?? env[REGCTL_ENDPOINTS_ENV_VAR];
  const endpoints = list === undefined ? undefined : list.split(',').map((e) => e.trim()).filter((e) => e !== '');
  if (endpoints !== undefined && endpoints.length === 0) throw new UsageError('--endpoints: want at least one HOST:PORT');
  return {
    endpoints,
    format: parseChoice('--write-out', raw.writeOut ?? 'simple', OUTPUT_FORMATS),
    commandTimeoutMs: parseDurationMs('--command-timeout', raw.commandTimeout ?? DEFAULT_COMMAND_TIMEOUT),
    dialTimeoutMs: parseDurationMs('--dial-timeout', raw.dialTimeout ?? DEFAULT_DIAL_TIMEOUT),
  };
}

export class Context {
  readonly out: Output;
  private clientP: Promise<Client> | undefined;
  private readonly cleanups: (() => void | Promise<void>)[] = [];

  constructor(readonly globals: GlobalOptions, readonly command: Command) {
    this.out = new Output(globals.format, process.stdout, process.stderr);
  }

  static of(command: Command): Context {
    return new Context(globalOptions(command.optsWithGlobals<RawGlobals>()), command);
  }

  /** The client, connected on first call; UnavailableError (exit 2) when no endpoint answers within --dial-timeout. */
  client(): Promise<Client> {
    this.clientP ??= connect({
      ...(this.globals.endpoints !== undefined ? { endpoints: this.globals.endpoints } : {}),
      dialTimeoutMs: this.globals.dialTimeoutMs,
      requestTimeoutMs: this.globals.commandTimeoutMs,
    });
    return this.clientP;
  }

  /** Runs `fn` when the command ends (before the client closes). */
  onClose(fn: () => void | Promise<void>): void {
    this.cleanups.push(fn);
  }

  /** Resolves on the first SIGINT or SIGTERM (Ctrl-C ends a long-running command cleanly). */
  interrupted(): Promise<NodeJS.Signals> {
    return new Promise((resolve) => {
      const on = (sig: NodeJS.Signals): void => {
        process.off('SIGINT', on);
        process.off('SIGTERM', on);
        resolve(sig);
      };
      process.on('SIGINT', on);
      process.on('SIGTERM', on);
    });
  }

  async close(): Promise<void> {
    for (const fn of this.cleanups.splice(0).reverse()) await fn();
    const p = this.clientP;
    this.clientP = undefined;
    if (p !== undefined) await p.then((c) => c.close(), () => undefined);
  }
}
