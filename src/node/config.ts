import { createHash } from 'node:crypto';
import { Command, Option } from 'commander';
import { FAILPOINTS_ENV, parseFailpoints, type Failpoints } from '../server/failpoints.js';
import type { HostPort } from '../server/host-port.js';
import { StartupError } from '../server/startup-error.js';



export interface InitialMember {
  name: string;
  peerUrls: string[];
  memberId: bigint;
}

export interface NodeConfig {
  name: string;
  dataDir: string;
  listenClientUrls: HostPort[];
  advertiseClientUrls: string[];
  listenPeerUrls: HostPort[];
  initialAdvertisePeerUrls: string[];
  listenMetricsUrls: HostPort[];
  initialCluster: InitialMember[];
  initialClusterState: 'new' | 'existing';
  initialClusterToken: string;
  heartbeatMs: number;
  electionMs: number;
  snapshotCount: number;
  snapshotCatchUpEntries: number;
  logLevel: string;
  /** etcd's --experimental-watch-progress-notify-interval, in milliseconds. */
  watchProgressNotifyIntervalMs: number;
  memberId: bigint;
  clusterId: bigint;
  /**
   * --peer-url-override: member name -> the URL to dial for that peer instead of
   * its canonical peer URL (e.g. a fault-injecting proxy). Ids stay computed
   * from the canonical URLs in --initial-cluster.
   */
  peerUrlOverrides: Map<string, string>;
  /** REGD_FAILPOINTS (environment only, no flag): testing-only breakage; empty in normal use. */
  failpoints: Failpoints;
  /** The registry's self-preservation settings (src/health/self-preservation.ts). */
  selfPreservation: {
    enabled: boolean;
    thresholdRatio: number;
    minInstances: number;
    maxHoldMs: number;
    releasePerSecond: number;
  };
}

/** Member ids stay below 2^53 so the Raft core can use them as plain numbers. */
const MEMBER_ID_MASK = (1n << 53n) - 1n;

function hash64(...parts: string[]): bigint {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest().readBigUInt64BE(0);
}

/**
 * A member's id, derived from its peer URLs and the cluster token as etcd does,
 * so every member computes the same ids for the initial cluster without talking.
 */
export function memberIdFor(peerUrls: string[], token: string): bigint {
  const id = hash64('member', ...[...peerUrls].sort(), token) & MEMBER_ID_MASK;
  return id === 0n ? 1n : id;
}

export function clusterIdFor(memberIds: bigint[], token: string): bigint {
  return hash64('cluster', ...[...memberIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(String), token) || 1n;
}

export function parseUrl(u: string, flag: string): HostPort {
  let url: URL;
  try {
    url = new URL(u);
  } catch {
    throw new StartupError('BAD_CONFIG', `${flag}: "${u}" is not a URL (want http://host:port)`);
  }
  if (url.protocol !== 'http:') throw new StartupError('BAD_CONFIG', `${flag}: "${u}" must use http:// (TLS is not supported yet)`);
  const port = Number(url.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new StartupError('BAD_CONFIG', `${flag}: "${u}" needs an explicit port`);
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port };
}

/** `host:port` for binding or dialing, with IPv6 hosts in brackets. */
function list(v: string): string[] {
  return v.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

function positiveInt(flag: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new StartupError('BAD_CONFIG', `${flag}: "${v}" is not a positive integer`);
    return n;
  };
}

/** A duration as etcd writes them (`100ms`, `5s`, `10m`, `1h`) or a bare number of milliseconds. */
function durationMs(flag: string) {
  return (v: string): number => {
    const m = /^(\d+)(ms|s|m|h)?$/.exec(v.trim());
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
    const n = m === null ? NaN : Number(m[1]) * unit[(m[2] ?? 'ms') as keyof typeof unit];
    if (!Number.isSafeInteger(n) || n <= 0) throw new StartupError('BAD_CONFIG', `${flag}: "${v}" is not a duration (e.g. 10m, 500ms)`);
    return n;
  };
}

export function parseInitialCluster(v: string, token: string): InitialMember[] {
  const byName = new Map<string, string[]>();
  for (const item of list(v)) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new StartupError('BAD_CONFIG', `--initial-cluster: "${item}" is not name=peer-url`);
    const name = item.slice(0, eq);
    const url = item.slice(eq + 1);
    parseUrl(url, '--initial-cluster');
    byName.set(name, [...(byName.get(name) ?? []), url]);
  }
  if (byName.size === 0) throw new StartupError('BAD_CONFIG', '--initial-cluster is empty');
  return [...byName].map(([name, peerUrls]) => ({ name, peerUrls, memberId: memberIdFor(peerUrls, token) }));
}

/** `name=url,…` for --peer-url-override: where to dial a peer instead of its canonical peer URL. */
export function parsePeerUrlOverrides(v: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of list(v)) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new StartupError('BAD_CONFIG', `--peer-url-override: "${item}" is not name=peer-url`);
    const url = item.slice(eq + 1);
    parseUrl(url, '--peer-url-override');
    out.set(item.slice(0, eq), url);
  }
  return out;
}

/**
 * Parses flags named as etcd names them. Every flag can also come from the
 * environment as REGD_<FLAG> (`--data-dir` ↔ REGD_DATA_DIR); a flag wins over
 * the environment. REGD_FAILPOINTS (see failpoints.ts) comes from `env` only.
 */
export function parseConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): NodeConfig {
  const cmd = new Command('regd')
    .description('regd: a strongly consistent key-value store and service registry (etcd v3 API)')
    .exitOverride()
    .allowExcessArguments(false);
  const opt = (flags: string, desc: string, def?: string) => {
    const o = new Option(flags, desc);
    const long = o.long!.slice(2);
    o.env(`REGD_${long.toUpperCase().replace(/-/g, '_')}`);
    if (def !== undefined) o.default(def);
    cmd.addOption(o);
  };
  opt('--name <name>', 'human-readable name of this member', 'default');
  opt('--data-dir <path>', 'where this member keeps its data', '');
  opt('--listen-client-urls <urls>', 'URLs to serve clients on (gRPC, etcd v3 API)', 'http://127.0.0.1:2379');
  opt('--advertise-client-urls <urls>', 'client URLs to tell the cluster and clients about', 'http://127.0.0.1:2379');
  opt('--listen-peer-urls <urls>', 'URLs to serve Raft peers on', 'http://127.0.0.1:2380');
  opt('--initial-advertise-peer-urls <urls>', 'peer URLs of this member, as the cluster knows them', 'http://127.0.0.1:2380');
  opt('--listen-metrics-urls <urls>', 'URLs for HTTP /metrics and /health (default: client port + 2)');
  opt('--initial-cluster <list>', 'name=peer-url,… of the initial members', '');
  opt('--initial-cluster-state <state>', 'new or existing', 'new');
  opt('--initial-cluster-token <token>', 'a token unique to this cluster', 'regd-cluster');
  opt('--heartbeat-interval <ms>', 'leader heartbeat interval in milliseconds', '100');
  opt('--election-timeout <ms>', 'election timeout in milliseconds', '1000');
  opt('--snapshot-count <n>', 'applied entries between snapshots', '10000');
  opt('--experimental-snapshot-catchup-entries <n>', 'entries kept behind a snapshot for followers that are slightly behind', '5000');
  opt('--log-level <level>', 'pino log level', 'info');
  opt('--peer-url-override <list>', 'name=url,…: dial these peers at url instead of their --initial-cluster URL (ids still come from --initial-cluster); for fault-injection proxies', '');
  opt('--registry-self-preservation <on|off>', 'hold TTL expiries and removals when many instances stop reporting at once', 'on');
  opt('--registry-self-preservation-threshold <ratio>', 'engage when more than this fraction of the TTL instances went missing within one TTL...', '0.15');
  opt('--registry-self-preservation-min-instances <n>', '...and at least this many', '10');
  opt('--registry-self-preservation-max-hold <duration>', 'the longest a hold lasts (e.g. 15m)', '15m');
  opt('--registry-self-preservation-release-rate <n>', 'held actions released per second once a hold ends', '20');
  opt('--experimental-watch-progress-notify-interval <duration>', 'interval of watch progress notifications (e.g. 10m, 500ms; a bare number is ms)', '10m');

  try {
    cmd.parse(argv, { from: 'user' });
  } catch (err) {
    throw new StartupError('BAD_CONFIG', (err as Error).message);
  }
  const o = cmd.opts<Record<string, string | undefined>>();

  const name = o['name']!;
  const token = o['initialClusterToken']!;
  const peerUrls = list(o['initialAdvertisePeerUrls']!);
  const initialCluster = parseInitialCluster(o['initialCluster'] || `${name}=${peerUrls.join(`,${name}=`)}`, token);
  const me = initialCluster.find((m) => m.name === name);
  if (me === undefined) throw new StartupError('BAD_CONFIG', `--initial-cluster has no member named "${name}"`);
  const peerUrlOverrides = parsePeerUrlOverrides(o['peerUrlOverride'] ?? '');
  for (const n of peerUrlOverrides.keys()) {
    if (!initialCluster.some((m) => m.name === n)) throw new StartupError('BAD_CONFIG', `--peer-url-override names "${n}", which is not in --initial-cluster`);
  }
  const listenClientUrls = list(o['listenClientUrls']!).map((u) => parseUrl(u, '--listen-client-urls'));
  const state = o['initialClusterState'];
  if (state !== 'new' && state !== 'existing') throw new StartupError('BAD_CONFIG', `--initial-cluster-state must be new or existing, not "${state}"`);
  const heartbeatMs = positiveInt('--heartbeat-interval')(o['heartbeatInterval']!);
  const electionMs = positiveInt('--election-timeout')(o['electionTimeout']!);
  if (electionMs < 5 * heartbeatMs) {
    throw new StartupError('BAD_CONFIG', `--election-timeout (${electionMs} ms) must be at least 5 times --heartbeat-interval (${heartbeatMs} ms)`);
  }
  const metrics = o['listenMetricsUrls'];
  const failpoints = parseFailpoints(env[FAILPOINTS_ENV]);
  return {
    name,
    dataDir: o['dataDir'] || `${name}.regd`,
    listenClientUrls,
    advertiseClientUrls: list(o['advertiseClientUrls']!),
    listenPeerUrls: list(o['listenPeerUrls']!).map((u) => parseUrl(u, '--listen-peer-urls')),
    initialAdvertisePeerUrls: peerUrls,
    listenMetricsUrls: metrics !== undefined
      ? list(metrics).map((u) => parseUrl(u, '--listen-metrics-urls'))
      : [{ host: listenClientUrls[0]!.host, port: listenClientUrls[0]!.port + 2 }],
    initialCluster,
    initialClusterState: state,
    initialClusterToken: token,
    heartbeatMs,
    electionMs,
    snapshotCount: positiveInt('--snapshot-count')(o['snapshotCount']!),
    snapshotCatchUpEntries: positiveInt('--experimental-snapshot-catchup-entries')(o['experimentalSnapshotCatchupEntries']!),
    logLevel: o['logLevel']!,
    watchProgressNotifyIntervalMs: durationMs('--experimental-watch-progress-notify-interval')(o['experimentalWatchProgressNotifyInterval']!),
    memberId: me.memberId,
    clusterId: clusterIdFor(initialCluster.map((m) => m.memberId), token),
    peerUrlOverrides,
    failpoints,
    selfPreservation: {
      enabled: onOff('--registry-self-preservation', o['registrySelfPreservation']!),
      thresholdRatio: ratio('--registry-self-preservation-threshold', o['registrySelfPreservationThreshold']!),
      minInstances: positiveInt('--registry-self-preservation-min-instances')(o['registrySelfPreservationMinInstances']!),
      maxHoldMs: durationMs('--registry-self-preservation-max-hold')(o['registrySelfPreservationMaxHold']!),
      releasePerSecond: positiveInt('--registry-self-preservation-release-rate')(o['registrySelfPreservationReleaseRate']!),
    },
  };
}

function onOff(flag: string, v: string): boolean {
  if (v === 'on' || v === 'true') return true;
  if (v === 'off' || v === 'false') return false;
  throw new StartupError('BAD_CONFIG', `${flag}: "${v}" is not on or off`);
}

function ratio(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n >= 1) throw new StartupError('BAD_CONFIG', `${flag}: "${v}" is not a fraction in [0, 1)`);
  return n;
}
