// A server process the benchmark starts (an etcd member, or regd's
// start-cluster): its output is kept in a small ring for error messages (or
// echoed to stderr with --verbose), and it is stopped by its own pid, with
// SIGTERM first and SIGKILL to its process group if it does not exit in time.

import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

const TAIL_LINES = 40;

/** Every process started here, so an interrupted benchmark can still stop them. */
const live = new Set<ServerProcess>();

export class ServerProcess {
  private readonly child: ChildProcess;
  private readonly tail: string[] = [];
  private readonly exited: Promise<void>;
  private exitInfo: string | undefined;

  constructor(readonly name: string, command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; verbose: boolean }) {
    // detached: its own process group, so a stuck parent and its children can be killed together.
    this.child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        this.tail.push(line);
        if (this.tail.length > TAIL_LINES) this.tail.shift();
        if (opts.verbose) process.stderr.write(`${name} | ${line}\n`);
      });
    }
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exitInfo = signal ?? String(code);
        live.delete(this);
        resolve();
      });
      this.child.once('error', (err) => {
        this.exitInfo = err.message;
        live.delete(this);
        resolve();
      });
    });
    live.add(this);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Why it exited, or undefined while it runs. */
  get exit(): string | undefined {
    return this.exitInfo;
  }

  recentOutput(): string {
    return this.tail.join('\n');
  }

  async stop(graceMs = 15_000): Promise<void> {
    if (this.exitInfo !== undefined) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => {
      if (this.exitInfo === undefined && this.child.pid !== undefined) {
        try {
          process.kill(-this.child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }, graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

/** Stops every process still running (for SIGINT and fatal errors). */
export async function stopAllServerProcesses(): Promise<void> {
  await Promise.all([...live].map((p) => p.stop(5000)));
}
