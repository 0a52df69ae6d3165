import { existsSync } from 'node:fs';
import { createClient } from '../src/client/index.js';
import { LocalCluster, REGD_MAIN, logFile, type MemberSpec } from '../src/launcher/index.js';
import { LinkProxy } from './proxy.js';

export interface ClusterNode extends MemberSpec {
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

const linkKey = (from: string, to: string) => `${from}->${to}`;

/** `n2=http://127.0.0.1:<port of the n1→n2 proxy>,…`: where `name` dials each peer. */
function peerOverrides(proxies: ReadonlyMap<string, LinkProxy>, name: string): string {
  return [...proxies]
    .filter(([link]) => link.startsWith(`${name}->`))
    .map(([link, proxy]) => `${link.slice(name.length + 2)}=http://127.0.0.1:${proxy.port}`)
    .join(',');
}

/** How long a member may take to answer Status before it counts as not answering. */
const MEMBER_STATUS_TIMEOUT_MS = 500;

/** A member's Maintenance.Status: its own id and the leader it follows (0n: none). */
async function memberStatus(endpoint: string): Promise<{ leader: bigint; self: bigint }> {
  const client = createClient({ endpoints: [endpoint], requestTimeoutMs: MEMBER_STATUS_TIMEOUT_MS, retry: false });
  try {
    const st = await client.maintenance.status();
    return { leader: st.leader, self: st.header.memberId };
  } finally {
    client.close();
  }
}

/**
 * Real regd processes on loopback (src/launcher: allocated ports, fresh temp
 * data dirs, logs to files), every peer link (i → j) through its own
 * LinkProxy. Each member dials peer j at the proxy for its link via
 * --peer-url-override, while --initial-cluster keeps the canonical URLs so
 * every member derives the same ids.
 */
export class JepsenCluster {
  readonly nodes: ClusterNode[];

  private constructor(private readonly cluster: LocalCluster, private readonly proxies: ReadonlyMap<string, LinkProxy>, logDir: string) {
    this.nodes = cluster.specs.map((s) => ({ ...s, logFile: logFile(logDir, s.name) }));
  }

  static async create(options: ClusterOptions): Promise<JepsenCluster> {
    if (!existsSync(REGD_MAIN)) throw new Error(`${REGD_MAIN} is missing: run \`npm run build\` first`);
    const opts: Required<ClusterOptions> = { heartbeatMs: 50, electionMs: 500, failpoints: '', ...options };
    const proxies = new Map<string, LinkProxy>();
    const cluster = await LocalCluster.create({
      members: opts.nodes,
      logs: { kind: 'files', dir: opts.logDir },
      token: 'regd-jepsen',
      stopSignal: 'SIGKILL',
      env: opts.failpoints === '' ? {} : { REGD_FAILPOINTS: opts.failpoints },
      flags: (m) => [
        '--peer-url-override', peerOverrides(proxies, m.name),
        '--heartbeat-interval', String(opts.heartbeatMs),
        '--election-timeout', String(opts.electionMs),
      ],
    });
    for (const from of cluster.specs) {
      for (const to of cluster.specs) {
        if (from !== to) proxies.set(linkKey(from.name, to.name), await LinkProxy.start(to.peerPort));
      }
    }
    return new JepsenCluster(cluster, proxies, opts.logDir);
  }

  get names(): string[] {
    return this.cluster.names;
  }

  node(name: string): ClusterNode {
    const n = this.nodes.find((x) => x.name === name);
    if (n === undefined) throw new Error(`no node ${name}`);
    return n;
  }

  endpoint(name: string): string {
    return this.cluster.endpoint(name);
  }

  isRunning(name: string): boolean {
    return this.cluster.isRunning(name);
  }

  isPaused(name: string): boolean {
    return this.cluster.isPaused(name);
  }

  start(name: string): void {
    this.cluster.startNode(name);
  }

  startAll(): void {
    this.cluster.startAll();
  }

  /** kill -9 and wait for the process to be gone. */
  kill(name: string): Promise<void> {
    return this.cluster.kill(name, 'SIGKILL');
  }

  pause(name: string): void {
    this.cluster.pause(name);
  }

  resume(name: string): void {
    this.cluster.resume(name);
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
    for (const n of this.names) if (this.isPaused(n)) this.resume(n);
    this.startAll();
  }

  healthy(name: string): Promise<boolean> {
    return this.cluster.healthy(name);
  }

  /** The current leader as some live member sees it (undefined if none answers). */
  async leader(): Promise<string | undefined> {
    const ids = new Map<bigint, string>();
    const views: bigint[] = [];
    await Promise.all(this.nodes.filter((n) => this.isRunning(n.name) && !this.isPaused(n.name)).map(async (n) => {
      const st = await memberStatus(this.endpoint(n.name)).catch(() => undefined); // not answering: it has no say
      if (st === undefined) return;
      ids.set(st.self, n.name);
      if (st.leader !== 0n) views.push(st.leader);
    }));
    for (const v of views) {
      const name = ids.get(v);
      if (name !== undefined) return name;
    }
    return undefined;
  }

  /** Kills every process, closes the proxies and removes the data dirs. */
  async destroy(): Promise<void> {
    await this.cluster.stop();
    await Promise.all([...this.proxies.values()].map((p) => p.close()));
  }
}
