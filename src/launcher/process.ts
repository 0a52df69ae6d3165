// One server process on this machine (a regd member, or an etcd member for a
// benchmark): spawned with its output going to a LogTarget, signalled by its
// own pid, and awaited. Every process started here is tracked until it exits,
// so an interrupted tool can still stop them all.
import { spawn, type ChildProcess } from 'node:child_process';
import type { OutputSink } from './logs.js';

/** How long `stop()` waits after SIGTERM before it sends SIGKILL. */
export const STOP_GRACE_MS = 15_000;

export interface ProcessExit {
  /** The exit code, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the process could not be spawned at all. */
  error?: Error;
}

/** "code 1", "SIGKILL" or the spawn error, for messages. */
export function describeExit(e: ProcessExit): string {
  if (e.error !== undefined) return e.error.message;
  return e.signal ?? `code ${e.code}`;
}

const live = new Set<ServerProcess>();

export class ServerProcess {
  private readonly child: ChildProcess;
  private exitInfo: ProcessExit | undefined;
  /** Resolves when the process is gone (it never rejects). */
  readonly exited: Promise<ProcessExit>;

  constructor(readonly name: string, command: string, args: readonly string[], readonly sink: OutputSink, opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
    const { stdio, fd } = sink.stdio();
    this.child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio });
    sink.spawned([this.child.stdout, this.child.stderr], fd);
    live.add(this);
    this.exited = new Promise((resolve) => {
      const done = (e: ProcessExit) => {
        if (this.exitInfo !== undefined) return;
        this.exitInfo = e;
        live.delete(this);
        resolve(e);
      };
      this.child.once('exit', (code, signal) => done({ code, signal }));
      this.child.once('error', (error) => done({ code: null, signal: null, error }));
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** How it exited, or undefined while it runs. */
  get exit(): ProcessExit | undefined {
    return this.exitInfo;
  }

  get running(): boolean {
    return this.exitInfo === undefined;
  }

  /** Sends `signal` (SIGSTOP and SIGCONT included) without waiting. */
  signal(signal: NodeJS.Signals): void {
    if (this.exitInfo === undefined) this.child.kill(signal);
  }

  /** Sends `signal` and waits until the process is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<ProcessExit> {
    this.signal(signal);
    return this.exited;
  }

  /** SIGTERM (resuming it first if paused), then SIGKILL if it is still there after `graceMs`. */
  async stop(graceMs = STOP_GRACE_MS): Promise<ProcessExit> {
    if (this.exitInfo !== undefined) return this.exitInfo;
    this.signal('SIGTERM');
    this.signal('SIGCONT');
    const timer = setTimeout(() => this.signal('SIGKILL'), graceMs);
    const e = await this.exited;
    clearTimeout(timer);
    return e;
  }

  /** The last lines it printed. */
  output(lines?: number): string {
    return this.sink.output(lines);
  }
}

/** Stops every process started here that still runs (for SIGINT handlers and fatal errors). */
export async function stopAllProcesses(graceMs = 5000): Promise<void> {
  await Promise.all([...live].map((p) => p.stop(graceMs)));
}
