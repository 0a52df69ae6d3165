import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port.js';
import { waitFor } from './wait-for.js';

const MAIN = resolve(import.meta.dirname, '..', '..', '..', 'dist', 'src', 'node', 'main.js');

export interface NodeSpec {
  name: string;
  clientPort: number;
  peerPort: number;
  metricsPort: number;
  dataDir: string;
}

interface Running {
  spec: NodeSpec;
  proc: ChildProcess;
  output: string[];
}

/**
 * A real regd cluster of separate processes on loopback, for integration tests.
 * Nodes can be killed with any signal and restarted on the same data dir.
 */
export class LocalCluster {
  readonly specs: NodeSpec[];
  private readonly running = new Map<string, Running>();
  private readonly root: string;
  private readonly initialCluster: string;

  private constructor(specs: NodeSpec[], root: string, private readonly extraArgs: string[], private readonly env: Record<string, string>) {
    this.specs = specs;
    this.root = root;
    this.initialCluster = specs.map((s) => `${s.name}=http://127.0.0.1:${s.peerPort}`).join(',');
  }

  /** `env`: extra environment variables for every member (e.g. REGD_FAILPOINTS). */
  static async start(n = 3, extraArgs: string[] = [], { env = {} }: { env?: Record<string, string> } = {}): Promise<LocalCluster> {
    const root = mkdtempSync(join(tmpdir(), 'regd-it-'));
    const specs: NodeSpec[] = [];
    for (let i = 1; i <= n; i++) {
      specs.push({
        name: `n${i}`,
        clientPort: await freePort(),
        peerPort: await freePort(),
        metricsPort: await freePort(),
        dataDir: join(root, `n${i}`),
      });
    }
    const c = new LocalCluster(specs, root, extraArgs, env);
    for (const s of specs) c.startNode(s.name);
    return c;
  }

  spec(name: string): NodeSpec {
    const s = this.specs.find((x) => x.name === name);
    if (s === undefined) throw new Error(`no node ${name}`);
    return s;
  }

  endpoint(name: string): string {
    return `127.0.0.1:${this.spec(name).clientPort}`;
  }

  endpoints(names: string[] = this.specs.map((s) => s.name)): string[] {
    return names.map((n) => this.endpoint(n));
  }

  isRunning(name: string): boolean {
    return this.running.has(name);
  }

  /** The last lines the node printed (for failure messages). */
  output(name: string): string {
    return (this.running.get(name)?.output ?? []).slice(-40).join('\n');
  }

  /** `env` is added to the cluster's environment for this start only. */
  startNode(name: string, args: string[] = [], env: Record<string, string> = {}): void {
    if (this.running.has(name)) throw new Error(`${name} is already running`);
    const s = this.spec(name);
    const proc = spawn(process.execPath, [
      MAIN,
      '--name', s.name,
      '--data-dir', s.dataDir,
      '--listen-client-urls', `http://127.0.0.1:${s.clientPort}`,
      '--advertise-client-urls', `http://127.0.0.1:${s.clientPort}`,
      '--listen-peer-urls', `http://127.0.0.1:${s.peerPort}`,
      '--initial-advertise-peer-urls', `http://127.0.0.1:${s.peerPort}`,
      '--listen-metrics-urls', `http://127.0.0.1:${s.metricsPort}`,
      '--initial-cluster', this.initialCluster,
      '--initial-cluster-state', 'new',
      '--initial-cluster-token', 'regd-it',
      '--heartbeat-interval', '50',
      '--election-timeout', '500',
      '--log-level', 'warn',
      ...this.extraArgs,
      ...args,
    ], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...this.env, ...env } });
    const r: Running = { spec: s, proc, output: [] };
    const keep = (d: Buffer) => {
      r.output.push(...d.toString().split('\n').filter((l) => l.length > 0));
      if (r.output.length > 200) r.output.splice(0, r.output.length - 200);
    };
    proc.stdout!.on('data', keep);
    proc.stderr!.on('data', keep);
    proc.on('exit', () => {
      if (this.running.get(name) === r) this.running.delete(name);
    });
    this.running.set(name, r);
  }

  /** Sends `signal` and waits for the process to be gone. */
  async kill(name: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const r = this.running.get(name);
    if (r === undefined) return;
    const gone = new Promise<void>((res) => r.proc.once('exit', () => res()));
    r.proc.kill(signal);
    await gone;
    this.running.delete(name);
  }

  async restart(name: string): Promise<void> {
    await this.kill(name, 'SIGKILL');
    this.startNode(name);
  }

  /** Waits until the process exits by itself (e.g. refusing to start); returns its exit code and output. */
  async exitOf(name: string, timeoutMs = 10_000): Promise<{ code: number | null; output: string }> {
    const r = this.running.get(name);
    if (r === undefined) throw new Error(`${name} is not running`);
    const code = await new Promise<number | null>((res, rej) => {
      const t = setTimeout(() => rej(new Error(`${name} did not exit within ${timeoutMs} ms`)), timeoutMs);
      r.proc.once('exit', (c) => {
        clearTimeout(t);
        res(c);
      });
    });
    return { code, output: r.output.join('\n') };
  }

  /** Fetches a node's /metrics text. */
  async metrics(name: string): Promise<string> {
    const res = await fetch(`http://127.0.0.1:${this.spec(name).metricsPort}/metrics`);
    return res.text();
  }

  async waitForHealthy(names: string[] = [...this.running.keys()], timeoutMs = 20_000): Promise<void> {
    for (const n of names) {
      await waitFor(`${n} healthy`, async () => {
        const res = await fetch(`http://127.0.0.1:${this.spec(n).metricsPort}/health`);
        return res.status === 200;
      }, { timeoutMs });
    }
  }

  async stop(): Promise<void> {
    await Promise.all([...this.running.keys()].map((n) => this.kill(n, 'SIGKILL')));
    rmSync(this.root, { recursive: true, force: true });
  }
}
