// Every regctl command shows examples in its --help, and docs/cli.md covers every
// command (a command added without both fails here).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../cli/program.js';
import { regctl, ROOT } from './harness.js';

/** Every command that runs something (no subcommands), as its words after `regctl`. */
function leaves(cmd: Command, path: string[] = []): string[][] {
  const subs = cmd.commands.filter((c) => c.name() !== 'help');
  if (subs.length === 0) return [path];
  return subs.flatMap((c) => leaves(c, [...path, c.name()]));
}

const commands = leaves(buildProgram());

describe('regctl help', () => {
  it('has every command an operator of etcdctl and consul expects', () => {
    expect(commands.map((c) => c.join(' ')).sort()).toEqual([
      'service register', 'service deregister', 'service list', 'service show', 'service maint', 'service watch', 'service run',
      'check pass', 'check warn', 'check fail', 'registry status', 'registry preserve',
      'kv get', 'kv put', 'kv del', 'kv watch', 'kv txn',
      'lease grant', 'lease revoke', 'lease timetolive', 'lease list', 'lease keep-alive', 'lock', 'elect',
      'member list', 'member add', 'member remove', 'member update', 'member promote',
      'endpoint status', 'endpoint health', 'move-leader', 'snapshot save', 'snapshot status',
    ].sort());
  });

  it.each(commands.map((c) => [c.join(' '), c] as const))('regctl %s --help shows examples', async (_name, words) => {
    const r = await regctl([...words, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: regctl /m);
    expect(r.stdout).toMatch(/\nExamples:\n {2}.*\bregctl /);
  });

  it.each(['service', 'check', 'registry', 'kv', 'lease', 'member', 'endpoint', 'snapshot'])('regctl %s --help (a group) shows examples of its commands', async (group) => {
    const r = await regctl([group, '--help']);
    expect(r.code).toBe(0);
    const section = r.stdout.slice(r.stdout.indexOf('\nExamples:\n'));
    expect(section.match(new RegExp(`\\b${group} \\w`, 'g'))?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('docs/cli.md covers every command', () => {
    const doc = readFileSync(resolve(ROOT, 'docs', 'cli.md'), 'utf8');
    const missing = commands.map((c) => c.join(' ')).filter((c) => !doc.includes(`regctl ${c}`));
    expect(missing).toEqual([]);
  });
});
