import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { credentials } from '@grpc/grpc-js';
import { longToBigInt } from '../src/proto/long.js';
import { MaintenanceClient } from '../src/proto/services.js';
import { LinkProxy } from './proxy.js';

export const REGD_MAIN = resolve(import.meta.dirname, '..', 'dist', 'src', 'node', 'main.js');

export interface ClusterNode {
  name: string;
  clientPort: number;
  peerPort: number;
  metricsPort: number;
  dataDir: string;
  logFile: string;
}

export interface ClusterOptions {
  nodes: number;
  /** Where node logs go (`<name>.log`, appended across restarts). */
  logDir: string;
  heartbeatMs?: number;
  electionMs?: number;
  /** REGD_FAILPOINTS for every member (comma-separated; empty: none). */
  failpoints?: string;
}

/**
 * Member ports come from below Linux's ephemeral range (32768 and up), so an
 * outgoing connection or a proxy's listen(0) can never take one between our
 * check and the member's bind. Ports handed out once are not handed out again
 * by this process.
 */
const MEMBER_PORTS: readonly [number, number] = [20000, 32000];
const handedOut = new Set<number>();

/** Whether `port` on 127.0.0.1 can be bound right now. */
function canBind(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });
}

/** A TCP port on 127.0.0.1 for a member: free now, outside the ephemeral range, never handed out before. */
async function freePort(): Promise<number> {
  const [lo, hi] = MEMBER_PORTS;
  for (let attempt = 0; attempt < 1000; attempt++) {
    const port = lo + Math.floor(Math.random() * (hi - lo));
    if (handedOut.has(port)) continue;
    if (await canBind(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${lo}-${hi}`);
}

const linkKey = (from: string, to: string) => `${from}->${to}`;

/**
 * Real regd processes on loopback, fresh temp data dirs, every peer link
 * (i → j) through its own LinkProxy. Each member dials peer j at the proxy
 * for its link via --peer-url-override, while --initial-cluster keeps the
 * canonical URLs so every member derives the same ids.
 */
export class JepsenCluster {
  private readonly procs = new Map<string, ChildProcess>();
  private readonly paused = new Set<string>();
  private readonly proxies = new Map<string, LinkProxy>();
  private readonly initialCluster: string;

  private constructor(readonly nodes: ClusterNode[], private readonly root: string, private readonly opts: Required<ClusterOptions>) {
    this.initialCluster = nodes.map((n) => `${n.name}=http://127.0.0.1:${n.peerPort}`).join(',');
  }

  static async create(options: ClusterOptions): Promise<JepsenCluster> {
    if (!existsSync(REGD_MAIN)) throw new Error(`${REGD_MAIN} is missing: run \`npm run build\` first`);
    const opts: Required<ClusterOptions> = { heartbeatMs: 50, electionMs: 500, failpoints: '', ...options };
    const root = mkdtempSync(join(tmpdir(), 'regd-jepsen-'));
    const nodes: ClusterNode[] = [];
    for (let i = 1; i <= opts.nodes; i++) {
      const name = `n${i}`;
      nodes.push({
        name,
        clientPort: await freePort(),
        peerPort: await freePort(),
        metricsPort: await freePort(),
        dataDir: join(root, name),
        logFile: join(opts.logDir, `${name}.log`),
      });
    }
    const c = new JepsenCluster(nodes, root, opts);
    for (const from of nodes) {
      for (const to of nodes) {
        if (from !== to) c.proxies.set(linkKey(from.name, to.name), await LinkProxy.start(to.peerPort));
      }
    }
    return c;
  }

  get names(): string[] {
    return this.nodes.map((n) => n.name);
  }

  node(name: string): ClusterNode {
    const n = this.nodes.find((x) => x.name === name);
    if (n === undefined) throw new Error(`no node ${name}`);
    return n;
  }

  endpoint(name: string): string {
    return `127.0.0.1:${this.node(name).clientPort}`;
  }

  isRunning(name: string): boolean {
    return this.procs.has(name);
  }

  isPaused(name: string): boolean {
    return this.paused.has(name);
  }

  start(name: string): void {
    if (this.procs.has(name)) throw new Error(`${name} is already running`);
    const n = this.node(name);
    const overrides = this.nodes
      .filter((p) => p.name !== name)
      .map((p) => `${p.name}=http://127.0.0.1:${this.proxies.get(linkKey(name, p.name))!.port}`)
      .join(',');
    const fd = openSync(n.logFile, 'a');
    const proc = spawn(process.execPath, [
      REGD_MAIN,
      '--name', n.name,
      '--data-dir', n.dataDir,
      '--listen-client-urls', `http://127.0.0.1:${n.clientPort}`,
      '--advertise-client-urls', `http://127.0.0.1:${n.clientPort}`,
      '--listen-peer-urls', `http://127.0.0.1:${n.peerPort}`,
      '--initial-advertise-peer-urls', `http://127.0.0.1:${n.peerPort}`,
      '--listen-metrics-urls', `http://127.0.0.1:${n.metricsPort}`,
      '--initial-cluster', this.initialCluster,
      '--peer-url-override', overrides,
      '--initial-cluster-state', 'new',
      '--initial-cluster-token', 'regd-jepsen',
      '--heartbeat-interval', String(this.opts.heartbeatMs),
      '--election-timeout', String(this.opts.electionMs),
      '--log-level', 'info',
    ], { stdio: ['ignore', fd, fd], env: this.opts.failpoints === '' ? process.env : { ...process.env, REGD_FAILPOINTS: this.opts.failpoints } });
    closeSync(fd);
    proc.on('exit', () => {
      if (this.procs.get(name) === proc) {
        this.procs.delete(name);
        this.paused.delete(name);
      }
    });
    this.procs.set(name, proc);
  }

  startAll(): void {
    for (const n of this.nodes) if (!this.procs.has(n.name)) this.start(n.name);
  }

  /** kill -9 and wait for the process to be gone. */
  async kill(name: string): Promise<void> {
    const proc = this.procs.get(name);
    if (proc === undefined) return;
    const gone = new Promise<void>((res) => proc.once('exit', () => res()));
    proc.kill('SIGKILL');
    await gone;
  }

  pause(name: string): void {
    const proc = this.procs.get(name);
    if (proc === undefined) return;
    proc.kill('SIGSTOP');
    this.paused.add(name);
  }

  resume(name: string): void {
    const proc = this.procs.get(name);
    if (proc === undefined) return;
    proc.kill('SIGCONT');
    this.paused.delete(name);
  }

  /** Cuts the directed link from → to (from can no longer reach to's peer port). */
  cutLink(from: string, to: string): void {
    this.proxies.get(linkKey(from, to))?.cut();
  }

  /** Cuts each directed link `[from, to]`. */
  cutLinks(links: Iterable<readonly [string, string]>): void {
    for (const [from, to] of links) this.cutLink(from, to);
  }

  /** Cuts every link between the two groups, both ways. */
  partition(a: readonly string[], b: readonly string[]): void {
    for (const x of a) {
      for (const y of b) {
        this.cutLink(x, y);
        this.cutLink(y, x);
      }
    }
  }

  /**
   * Cuts only the links from → to: members of `from` can no longer send to
   * members of `to`, but still hear from them.
   */
  oneWay(from: readonly string[], to: readonly string[]): void {
    for (const x of from) {
      for (const y of to) if (x !== y) this.cutLink(x, y);
    }
  }

  /**
   * Two halves that cannot talk to each other, and `bridgeNode`, which talks
   * to both.
   */
  bridge(a: readonly string[], bridgeNode: string, b: readonly string[]): void {
    this.partition(a.filter((n) => n !== bridgeNode), b.filter((n) => n !== bridgeNode));
  }

  /**
   * Delays every link to or from any of `nodes` (both ways) by `ms` plus up
   * to `jitterMs`; bytes stay in order. `delayLinks(names, …)` slows the
   * whole cluster.
   */
  delayLinks(nodes: readonly string[], ms: number, jitterMs = 0): void {
    for (const from of this.nodes) {
      for (const to of this.nodes) {
        if (from !== to && (nodes.includes(from.name) || nodes.includes(to.name))) {
          this.proxies.get(linkKey(from.name, to.name))?.delay(ms, jitterMs);
        }
      }
    }
  }

  /** Every link back: no cut, no delay. */
  healLinks(): void {
    for (const p of this.proxies.values()) p.heal();
  }

  /** Heals every fault: links back, paused nodes resumed, dead nodes restarted. */
  healAll(): void {
    this.healLinks();
    for (const n of [...this.paused]) this.resume(n);
    this.startAll();
  }

  async healthy(name: string): Promise<boolean> {
    if (!this.procs.has(name) || this.paused.has(name)) return false;
    try {
      const res = await fetch(`http://127.0.0.1:${this.node(name).metricsPort}/health`, { signal: AbortSignal.timeout(500) });
      return res.status === 200;
    } catch {
      return false;
    }
  }

  /** The current leader as some live member sees it (undefined if none answers). */
  async leader(): Promise<string | undefined> {
    const ids = new Map<bigint, string>();
    const views: bigint[] = [];
    await Promise.all(this.nodes.filter((n) => this.procs.has(n.name) && !this.paused.has(n.name)).map(async (n) => {
      const client = new MaintenanceClient(this.endpoint(n.name), credentials.createInsecure());
      try {
        const st = await new Promise<{ leader: bigint; self: bigint }>((res, rej) => {
          client.Status({}, { deadline: Date.now() + 500 }, (err, r) => {
            if (err !== null || r === undefined) rej(err ?? new Error('no status'));
            else res({ leader: longToBigInt(r.leader), self: longToBigInt(r.header?.memberId) });
          });
        });
        ids.set(st.self, n.name);
        if (st.leader !== 0n) views.push(st.leader);
      } catch {
        // Not answering: it has no say.
      } finally {
        client.close();
      }
    }));
    for (const v of views) {
      const name = ids.get(v);
      if (name !== undefined) return name;
    }
    return undefined;
  }

  /** Kills every process, closes the proxies and removes the data dirs. */
  async destroy(): Promise<void> {
    await Promise.all([...this.procs.keys()].map((n) => this.kill(n)));
    await Promise.all([...this.proxies.values()].map((p) => p.close()));
    rmSync(this.root, { recursive: true, force: true });
  }
}
