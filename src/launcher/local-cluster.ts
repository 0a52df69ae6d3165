// N regd members on loopback as real processes (dist/src/node/main.js), for
// `npm start`, the integration tests, bench and jepsen-lite.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { httpHealth, waitForHealth, type Health } from './health.js';
import { OutputSink, type LogTarget } from './logs.js';
import { reservePort } from './ports.js';
import { describeExit, ServerProcess, STOP_GRACE_MS, type ProcessExit } from './process.js';
import { decideRestart, type RestartPolicy } from './restart-policy.js';

const here = import.meta.dirname;
/** The `regd` entry point: the build's, whether this file runs from src/ (tsx, vitest) or from dist/. */
export const REGD_MAIN = basename(resolve(here, '..', '..')) === 'dist'
  ? resolve(here, '..', 'node', 'main.js')
  : resolve(here, '..', '..', 'dist', 'src', 'node', 'main.js');

/** `npm start`'s client ports; each member's peer port is +1 and its metrics port +2. */
export const LOCAL_CLIENT_PORTS: readonly number[] = [2379, 22379, 32379, 42379, 52379];

/** How long waitForHealthy waits unless told otherwise. */
export const HEALTHY_TIMEOUT_MS = 20_000;
/** How often a member that was started is asked whether it came up (restart policy only). */
const UP_POLL_MS = 100;

export interface MemberSpec {
  name: string;
  clientPort: number;
  peerPort: number;
  metricsPort: number;
  dataDir: string;
}

export type PortPlan =
  /** Member i serves clients on clientPorts[i], peers on +1, metrics and /health on +2. */
  | { kind: 'fixed'; clientPorts: readonly number[] }
  /** Three ports per member from reservePort: free, never handed out twice. */
  | { kind: 'allocate' };

export interface LocalClusterOptions {
  /** Member count; members are named n1, n2, … */
  members: number;
  /** Default: allocated. */
  ports?: PortPlan;
  /** Parent of the members' data dirs (`<dataDir>/<name>`); default a fresh temp dir that stop() removes. */
  dataDir?: string;
  /** Extra flags for every start of a member, after the launcher's own (so they win). */
  flags?: readonly string[] | ((member: MemberSpec) => readonly string[]);
  /** Added to the environment of every member (e.g. REGD_FAILPOINTS). */
  env?: Readonly<Record<string, string>>;
  /** Default: captured (see output()). */
  logs?: LogTarget;
  /** --log-level of the members; default info. */
  logLevel?: string;
  /** --initial-cluster-token; default regd-local. */
  token?: string;
  /** Restart members that exit without being asked to; default: never. */
  restart?: RestartPolicy;
  /** Called when the restart policy gives a member up. */
  onGiveUp?: (name: string, why: string) => void;
  /** How stop() ends the members: SIGTERM (with SIGKILL after STOP_GRACE_MS) or SIGKILL; default SIGTERM. */
  stopSignal?: 'SIGTERM' | 'SIGKILL';
}

interface Member {
  spec: MemberSpec;
  sink: OutputSink;
  proc: ServerProcess | undefined;
  paused: boolean;
  /** The flags and env of its last start, reused by restarts. */
  lastStart: { flags: readonly string[]; env: Readonly<Record<string, string>> };
  /** Set while the launcher itself is ending the process (kill, stop): that exit is expected. */
  ending: boolean;
  /** Its /health answered since the last start (restart policy only). */
  up: boolean;
  startupFailures: number;
  restartTimer: NodeJS.Timeout | undefined;
}

export class LocalCluster {
  readonly specs: readonly MemberSpec[];
  private readonly members = new Map<string, Member>();
  private readonly initialCluster: string;
  private stopping = false;

  private constructor(specs: MemberSpec[], private readonly root: string, private readonly ownsRoot: boolean, private readonly opts: LocalClusterOptions) {
    this.specs = specs;
    this.initialCluster = specs.map((s) => `${s.name}=http://127.0.0.1:${s.peerPort}`).join(',');
    const logs = opts.logs ?? { kind: 'capture' };
    if (logs.kind === 'files') mkdirSync(logs.dir, { recursive: true });
    for (const spec of specs) {
      this.members.set(spec.name, {
        spec, sink: new OutputSink(spec.name, logs), proc: undefined, paused: false, lastStart: { flags: [], env: {} },
        ending: false, up: false, startupFailures: 0, restartTimer: undefined,
      });
    }
  }

  /** Plans the members (ports, data dirs) without starting any. */
  static async create(opts: LocalClusterOptions): Promise<LocalCluster> {
    const ports = opts.ports ?? { kind: 'allocate' };
    if (ports.kind === 'fixed' && ports.clientPorts.length < opts.members) {
      throw new Error(`${opts.members} members need ${opts.members} client ports, got ${ports.clientPorts.join(',')}`);
    }
    const ownsRoot = opts.dataDir === undefined;
    const root = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'regd-cluster-'));
    mkdirSync(root, { recursive: true });
    const specs: MemberSpec[] = [];
    for (let i = 0; i < opts.members; i++) {
      const name = `n${i + 1}`;
      const dataDir = join(root, name);
      if (ports.kind === 'fixed') {
        const p = ports.clientPorts[i]!;
        specs.push({ name, clientPort: p, peerPort: p + 1, metricsPort: p + 2, dataDir });
      } else {
        specs.push({ name, clientPort: await reservePort(), peerPort: await reservePort(), metricsPort: await reservePort(), dataDir });
      }
    }
    return new LocalCluster(specs, root, ownsRoot, opts);
  }

  /** create(), then every member started. */
  static async start(opts: LocalClusterOptions): Promise<LocalCluster> {
    const c = await LocalCluster.create(opts);
    c.startAll();
    return c;
  }

  get names(): string[] {
    return this.specs.map((s) => s.name);
  }

  spec(name: string): MemberSpec {
    return this.member(name).spec;
  }

  /** host:port of a member's client port. */
  endpoint(name: string): string {
    return `127.0.0.1:${this.spec(name).clientPort}`;
  }

  endpoints(names: readonly string[] = this.names): string[] {
    return names.map((n) => this.endpoint(n));
  }

  isRunning(name: string): boolean {
    return this.member(name).proc !== undefined;
  }

  isPaused(name: string): boolean {
    return this.member(name).paused;
  }

  /** The last lines the member printed (for failure messages and tests). */
  output(name: string, lines = 40): string {
    return this.member(name).sink.output(lines);
  }

  /**
   * Starts a member on its data dir. `flags` and `env` are added for this
   * start (and restarts by the restart policy) only.
   */
  startNode(name: string, flags: readonly string[] = [], env: Readonly<Record<string, string>> = {}): void {
    const m = this.member(name);
    if (m.proc !== undefined) throw new Error(`${name} is already running`);
    if (this.stopping) throw new Error('the cluster is stopping');
    clearTimeout(m.restartTimer);
    m.restartTimer = undefined;
    m.lastStart = { flags, env };
    this.spawn(m);
  }

  /** Starts every member that is not running. */
  startAll(): void {
    for (const s of this.specs) if (!this.isRunning(s.name)) this.startNode(s.name);
  }

  /**
   * Sends a member `signal` (SIGTERM to stop it cleanly, SIGKILL for kill -9)
   * and waits until its process is gone. The restart policy leaves it down.
   */
  async kill(name: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const m = this.member(name);
    clearTimeout(m.restartTimer);
    m.restartTimer = undefined;
    const proc = m.proc;
    if (proc === undefined) return;
    m.ending = true;
    if (signal === 'SIGTERM') await proc.stop();
    else await proc.kill(signal);
  }

  /** SIGSTOP: the process stays, frozen. */
  pause(name: string): void {
    const m = this.member(name);
    if (m.proc === undefined) return;
    m.proc.signal('SIGSTOP');
    m.paused = true;
  }

  /** SIGCONT. */
  resume(name: string): void {
    const m = this.member(name);
    if (m.proc === undefined) return;
    m.proc.signal('SIGCONT');
    m.paused = false;
  }

  /** Ends a member with `signal` and starts it again on the same data dir. */
  async restart(name: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const { flags, env } = this.member(name).lastStart;
    await this.kill(name, signal);
    this.startNode(name, flags, env);
  }

  /** Waits until the member exits by itself (e.g. refusing to start); its exit code and output. */
  async exitOf(name: string, timeoutMs = 10_000): Promise<{ code: number | null; output: string }> {
    const m = this.member(name);
    const proc = m.proc;
    if (proc === undefined) throw new Error(`${name} is not running`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, rej) => {
      timer = setTimeout(() => rej(new Error(`${name} did not exit within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const e = await Promise.race([proc.exited, timeout]);
      return { code: e.code, output: m.sink.output() };
    } finally {
      clearTimeout(timer);
    }
  }

  /** The member's HTTP /health, on its metrics port. */
  health(name: string): Promise<Health> {
    return httpHealth(`http://127.0.0.1:${this.spec(name).metricsPort}/health`);
  }

  /** Whether the member runs, is not paused and reports a leader on /health. */
  async healthy(name: string): Promise<boolean> {
    const m = this.member(name);
    if (m.proc === undefined || m.paused) return false;
    return (await this.health(name)) === 'healthy';
  }

  /** The member's /metrics text. */
  async metrics(name: string): Promise<string> {
    const res = await fetch(`http://127.0.0.1:${this.spec(name).metricsPort}/metrics`, { signal: AbortSignal.timeout(5000) });
    return res.text();
  }

  /**
   * Waits until each of `names` (default: the running members) answers 200
   * on /health, or fails at the deadline. Without a restart policy a member
   * that exits meanwhile fails it at once, with its output.
   */
  async waitForHealthy(names: readonly string[] = this.names.filter((n) => this.isRunning(n)), timeoutMs = HEALTHY_TIMEOUT_MS): Promise<void> {
    await Promise.all(names.map((n) => {
      const proc = this.opts.restart === undefined ? this.member(n).proc : undefined;
      return waitForHealth(n, () => this.healthy(n), proc, timeoutMs);
    }));
  }

  /**
   * Stops every member (see stopSignal) and cancels pending restarts; removes
   * the data dirs if the launcher made their parent.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    const signal = this.opts.stopSignal ?? 'SIGTERM';
    await Promise.all([...this.members.values()].map(async (m) => {
      clearTimeout(m.restartTimer);
      m.restartTimer = undefined;
      const proc = m.proc;
      if (proc === undefined) return;
      m.ending = true;
      if (signal === 'SIGTERM') await proc.stop(STOP_GRACE_MS);
      else await proc.kill('SIGKILL');
    }));
    if (this.ownsRoot) rmSync(this.root, { recursive: true, force: true });
  }

  private member(name: string): Member {
    const m = this.members.get(name);
    if (m === undefined) throw new Error(`no member ${name}`);
    return m;
  }

  private spawn(m: Member): void {
    const s = m.spec;
    const client = `http://127.0.0.1:${s.clientPort}`;
    const peer = `http://127.0.0.1:${s.peerPort}`;
    const flags = typeof this.opts.flags === 'function' ? this.opts.flags(s) : this.opts.flags ?? [];
    const proc = new ServerProcess(s.name, process.execPath, [
      REGD_MAIN,
      '--name', s.name,
      '--data-dir', s.dataDir,
      '--listen-client-urls', client,
      '--advertise-client-urls', client,
      '--listen-peer-urls', peer,
      '--initial-advertise-peer-urls', peer,
      '--listen-metrics-urls', `http://127.0.0.1:${s.metricsPort}`,
      '--initial-cluster', this.initialCluster,
      '--initial-cluster-state', 'new',
      '--initial-cluster-token', this.opts.token ?? 'regd-local',
      '--log-level', this.opts.logLevel ?? 'info',
      ...flags,
      ...m.lastStart.flags,
    ], m.sink, { env: { ...process.env, ...this.opts.env, ...m.lastStart.env } });
    m.proc = proc;
    m.paused = false;
    m.ending = false;
    m.up = false;
    void proc.exited.then((e) => this.exited(m, proc, e));
    if (this.opts.restart !== undefined) void this.watchUp(m, proc);
  }

  /** Marks the member up once its /health answers at all (it got past start-up). */
  private async watchUp(m: Member, proc: ServerProcess): Promise<void> {
    while (m.proc === proc && proc.running) {
      if ((await this.health(m.spec.name)) !== 'down') {
        if (m.proc === proc) {
          m.up = true;
          m.startupFailures = 0;
        }
        return;
      }
      await new Promise((r) => setTimeout(r, UP_POLL_MS));
    }
  }

  private exited(m: Member, proc: ServerProcess, e: ProcessExit): void {
    if (m.proc !== proc) return;
    m.proc = undefined;
    m.paused = false;
    const policy = this.opts.restart;
    if (m.ending || this.stopping || policy === undefined) return;
    if (!m.up) m.startupFailures++;
    const decision = decideRestart(policy, m.up ? 0 : m.startupFailures);
    if (!decision.restart) {
      const why = `${m.spec.name} exited (${describeExit(e)}); ${decision.why}: not restarting it (its output above says why)`;
      m.sink.note(why);
      this.opts.onGiveUp?.(m.spec.name, why);
      return;
    }
    m.sink.note(`exited unexpectedly (${describeExit(e)}); restarting in ${decision.afterMs} ms`);
    m.restartTimer = setTimeout(() => {
      m.restartTimer = undefined;
      if (this.stopping || m.proc !== undefined) return;
      m.sink.note('restarting');
      this.spawn(m);
    }, decision.afterMs);
  }

  /** Members that run or will be restarted (not given up, not stopped). */
  get alive(): string[] {
    return [...this.members.values()].filter((m) => m.proc !== undefined || m.restartTimer !== undefined).map((m) => m.spec.name);
  }
}
