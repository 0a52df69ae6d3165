// The glue between commander and regctl's commands: an action wrapper that
// builds the Context, maps what a command throws to an exit code and one
// line on stderr, and a helper for the examples every --help shows.

import type { Command } from 'commander';
import { Context } from './context.js';
import { EXIT_INVALID_INPUT, failureOf, UsageError } from './exit.js';

/** `regctl service register [options] NAME`: the usage line of a command. */
export function usageLine(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c !== null; c = c.parent) names.unshift(c.name());
  return `Usage: ${names.join(' ')} ${cmd.usage()}`;
}

/**
 * Wraps a command's action. `fn` gets the Context and commander's arguments
 * (positional arguments, then the options object); what it returns is the
 * exit code (default 0).
 */
export function action<A extends unknown[]>(fn: (ctx: Context, ...args: A) => Promise<number | void>): (...argv: unknown[]) => Promise<void> {
  return async (...argv: unknown[]) => {
    const cmd = argv[argv.length - 1] as Command;
    let ctx: Context | undefined;
    try {
      ctx = Context.of(cmd);
      process.exitCode = (await fn(ctx, ...(argv.slice(0, -1) as A))) ?? 0;
    } catch (err) {
      const f = failureOf(err);
      process.stderr.write(`${f.message}\n`);
      if (err instanceof UsageError) process.stderr.write(`${usageLine(cmd)}\n`);
      process.exitCode = f.exitCode === EXIT_INVALID_INPUT || !(err instanceof UsageError) ? f.exitCode : EXIT_INVALID_INPUT;
    } finally {
      await ctx?.close();
    }
  };
}

const EXAMPLES = new WeakMap<Command, readonly string[]>();

function examplesText(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

/** Adds an `Examples:` section to a command's --help. */
export function examples(cmd: Command, lines: readonly string[]): Command {
  EXAMPLES.set(cmd, lines);
  return cmd.addHelpText('after', examplesText(lines));
}

/**
 * Gives every command group (`regctl service`, `regctl kv`, ...) an `Examples:`
 * section of its own: the first example of each of its commands.
 */
export function groupExamples(cmd: Command): void {
  for (const c of cmd.commands) {
    const subs = c.commands.filter((s) => s.name() !== 'help');
    if (subs.length === 0) continue;
    const lines = subs.map((s) => EXAMPLES.get(s)?.[0]).filter((l): l is string => l !== undefined);
    if (lines.length > 0 && !EXAMPLES.has(c)) examples(c, lines);
    groupExamples(c);
  }
}
