// The programs of examples/ as real child processes: their stdout lines are kept so a test
// can wait for one, and they are signalled as an operator would (kill -9, SIGTERM, SIGSTOP).
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { waitFor } from './wait-for.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** How an example process ended. */
export interface ExampleExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class ExampleProcess {
  readonly lines: string[] = [];
  readonly exited: Promise<ExampleExit>;
  private readonly child: ChildProcess;
  private stderr = '';
  private running = true;

  /** Starts `node dist/examples/<name>.js args…` (the build must be current). */
  constructor(readonly name: string, args: readonly string[]) {
    this.child = spawn(process.execPath, [resolve(ROOT, 'dist', 'examples', `${name}.js`), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    createInterface({ input: this.child.stdout! }).on('line', (l) => this.lines.push(l));
    this.child.stderr!.on('data', (b: Buffer) => {
      this.stderr = (this.stderr + b.toString()).slice(-4000);
    });
    this.exited = new Promise((r) => this.child.once('exit', (code, signal) => {
      this.running = false;
      r({ code, signal });
    }));
  }

  get pid(): number {
    return this.child.pid!;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** The first line at or after `from` that matches, once it is printed. */
  async waitForLine(re: RegExp, { from = 0, timeoutMs = 20_000 }: { from?: number; timeoutMs?: number } = {}): Promise<string> {
    return waitFor(`${this.name}: a line matching ${re}`, () => {
      if (!this.running && this.lines.slice(from).every((l) => !re.test(l))) {
        throw new Error(`${this.name} exited; stderr: ${this.stderr}`);
      }
      return this.lines.slice(from).find((l) => re.test(l));
    }, { timeoutMs });
  }

  signal(sig: NodeJS.Signals): void {
    if (this.running) this.child.kill(sig);
  }

  /** Sends `sig` and waits for the exit. */
  async stop(sig: NodeJS.Signals = 'SIGKILL'): Promise<ExampleExit> {
    this.signal(sig);
    return this.exited;
  }

  output(): string {
    return `${this.lines.slice(-30).join('\n')}\n--- stderr ---\n${this.stderr}`;
  }
}

/** A greeter (examples/greeter.ts) that has registered: resolves with its id and port. */
export async function startGreeter(endpoints: readonly string[], id: string, extra: readonly string[] = []): Promise<ExampleProcess & { port: number }> {
  const p = new ExampleProcess(`greeter`, ['--endpoints', endpoints.join(','), '--id', id, ...extra]);
  const ready = JSON.parse(await p.waitForLine(/"ready":true/)) as { port: number };
  return Object.assign(p, { port: ready.port });
}
