// What the commands that run a program (`service run`, `lock NAME -- CMD`) share:
// the status a shell would give, and how a signal to regctl reaches the program.

import type { ChildProcess } from 'node:child_process';
import { constants as osConstants } from 'node:os';

/** A shell's status for a process that ended: its exit code, or 128 + n when signal n killed it. */
export function exitStatus(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  const n = signal !== null ? osConstants.signals[signal] : undefined;
  return n !== undefined ? 128 + n : 1;
}

/**
 * Whether `sig` to regctl reached the child already: Ctrl-C in a terminal goes
 * to the whole foreground process group, and the child shares regctl's group
 * and terminal. Passing it on as well would give the program a second SIGINT,
 * which many programs take as "quit now, skip the clean-up".
 */
export function childGotItFromTerminal(sig: NodeJS.Signals): boolean {
  return sig === 'SIGINT' && process.stdin.isTTY === true;
}

/** Passes `sig` on to `child` unless the terminal gave it already; returns whether regctl sent it. */
export function passOn(child: ChildProcess, sig: NodeJS.Signals): boolean {
  if (childGotItFromTerminal(sig)) return false;
  child.kill(sig);
  return true;
}
