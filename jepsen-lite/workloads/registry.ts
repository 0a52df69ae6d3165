import { createClient, type Client, type HeartbeatSession } from '../../src/client/index.js';
import { SeededRng } from '../rng.js';
import type { CheckResult } from '../checker/check-result.js';
import type { HistoryEvent } from '../checker/history.js';
import { checkRegistry } from '../checker/registry.js';
import { attempt, MemberRegistry, sleep } from '../ops.js';
import { backoffMs, countOk, newStats, waitUntil, type Workload, type WorkloadContext, type WorkerStats } from './workload.js';

export interface RegistryOptions {
  /** Each instance's TTL check, ms. */
  ttlMs?: number;
  /** How often a client reports each of its instances, ms. */
  reportEveryMs?: number;
  /** What the checker takes off each TTL before an instance counts as provably alive, ms. */
  marginMs?: number;
  /** Instances each client keeps registered at a time. */
  instancesPerClient?: number;
  /** Seconds an instance lives before its client lets it go: [min, max). */
  holdSeconds?: [number, number];
  /** Share of the instances let go by falling silent (they turn critical) instead of deregistering. */
  silentShare?: number;
  timeoutMs?: number;
}

const SERVICE = 'jepsen';
/** Reporting processes are numbered from here (one per instance), apart from the clients' own numbers. */
const REPORTER_PROCESS_BASE = 1_000_000;

/** One instance a client keeps alive. */
interface Live {
  id: string;
  until: number;
  stop: AbortController;
  reporting: Promise<void>;
}

/**
 * Registry workload: each client keeps a few instances registered, each with
 * a TTL check that starts passing and that its own reporting process reports
 * passing every `reportEveryMs` (numbered from REPORTER_PROCESS_BASE), and lists the service between registrations.
 * After a while an instance is let go: deregistered (its reports stop first),
 * or, now and then, left to fall silent. Even clients report over one
 * Heartbeat stream (the client library's session, which fails over by
 * itself); odd ones with ReportCheck calls on one member, moving on when it
 * fails. After healing, a final list. The checker: no acknowledged
 * registration lost, no acknowledged deregistration undone, no instance that
 * was never registered, and no instance turned critical while its client
 * kept reporting.
 */
export class RegistryWorkload implements Workload {
  private readonly ttlMs: number;
  private readonly reportEveryMs: number;
  private readonly marginMs: number;
  private readonly perClient: number;
  private readonly hold: [number, number];
  private readonly silentShare: number;
  private readonly timeoutMs: number;
  private reporters = 0;
  readonly stats: WorkerStats[] = [];

  constructor(private readonly ctx: WorkloadContext, opts: RegistryOptions = {}) {
    this.ttlMs = opts.ttlMs ?? 5000;
    this.reportEveryMs = opts.reportEveryMs ?? 1000;
    this.marginMs = opts.marginMs ?? 1000;
    this.perClient = opts.instancesPerClient ?? 2;
    this.hold = opts.holdSeconds ?? [3, 10];
    this.silentShare = opts.silentShare ?? 0.2;
    this.timeoutMs = opts.timeoutMs ?? 1000;
  }

  async run(signal: AbortSignal): Promise<void> {
    await Promise.all(Array.from({ length: this.ctx.clients }, (_, w) => this.worker(w, signal)));
  }

  private async worker(w: number, signal: AbortSignal): Promise<void> {
    const { history, clients, seed, cluster } = this.ctx;
    const names = cluster.names;
    const rng = new SeededRng((seed * 7919 + w * 389) >>> 0);
    const members = names.map((n) => new MemberRegistry(n, cluster.endpoint(n), this.timeoutMs));
    // Even clients: one heartbeat session, over every member starting with this client's own.
    const rotated = names.map((_, i) => names[(w + i) % names.length]!);
    const sessionClient: Client | undefined = w % 2 === 0
      ? createClient({ endpoints: rotated.map((n) => cluster.endpoint(n)), requestTimeoutMs: this.timeoutMs })
      : undefined;
    const session = sessionClient?.registry.heartbeats({ timeoutMs: this.timeoutMs });
    const stats = newStats(this.stats, `w${w}`, names[w % names.length]!);
    let at = w % names.length;
    let proc = w;
    let generation = 0;
    const live: Live[] = [];
    /** Instances to deregister (again, after a failure or an unknown outcome). */
    const leaving: string[] = [];
    const fail = () => { at = (at + 1) % names.length; stats.node = names[at]!; };
    try {
      while (!signal.aborted) {
        const node = names[at]!;
        const m = members[at]!;
        const due = live.findIndex((l) => Date.now() > l.until);
        if (due >= 0) {
          const l = live.splice(due, 1)[0]!;
          l.stop.abort();
          await l.reporting;
          if (rng.nextFloat() >= this.silentShare) leaving.push(l.id);
          continue;
        }
        const id = leaving[0];
        if (id !== undefined) {
          history.record({ process: proc, type: 'invoke', f: 'deregister', key: id, node });
          const d = await m.deregister(SERVICE, id);
          if (d.type === 'ok') {
            countOk(stats, history.record({ process: proc, type: 'ok', f: 'deregister', key: id, node, revision: d.value.revision }));
            leaving.shift();
            continue;
          }
          history.record({ process: proc, type: d.type, f: 'deregister', key: id, node, error: d.error });
          if (d.type === 'info') proc += clients;
          else if (d.error.startsWith('NOT_FOUND')) leaving.shift(); // an earlier attempt took effect
          fail();
          await sleep(backoffMs(rng), signal);
          continue;
        }
        if (live.length < this.perClient) {
          const id = `w${w}-${generation++}`;
          const value = { ttlMs: this.ttlMs };
          history.record({ process: proc, type: 'invoke', f: 'register', key: id, value, node });
          const r = await m.register(SERVICE, id, 10_000 + w, this.ttlMs);
          if (r.type === 'ok') {
            countOk(stats, history.record({ process: proc, type: 'ok', f: 'register', key: id, value, node, revision: r.value.revision }));
            const stop = new AbortController();
            const until = Date.now() + (this.hold[0] + rng.nextFloat() * (this.hold[1] - this.hold[0])) * 1000;
            live.push({ id, until, stop, reporting: this.reporter(id, w, members, session, signal, stop.signal) });
            continue;
          }
          // An instance whose registration failed or may still happen is not used again.
          history.record({ process: proc, type: r.type, f: 'register', key: id, value, node, error: r.error });
          if (r.type === 'info') proc += clients;
          fail();
          await sleep(backoffMs(rng), signal);
          continue;
        }
        history.record({ process: proc, type: 'invoke', f: 'list', node });
        const l = await m.list(SERVICE);
        if (l.type === 'ok') {
          countOk(stats, history.record({ process: proc, type: 'ok', f: 'list', value: l.value.instances, node, revision: l.value.revision }));
          await sleep(100 + rng.nextInt(200), signal);
        } else {
          history.record({ process: proc, type: 'fail', f: 'list', node, error: l.error });
          fail();
          await sleep(backoffMs(rng), signal);
        }
      }
    } finally {
      for (const l of live) l.stop.abort();
      await Promise.all(live.map((l) => l.reporting));
      session?.close();
      sessionClient?.close();
      for (const m of members) m.close();
    }
  }

  /** Reports `id` passing every reportEveryMs until `stop`, as its own process. */
  private async reporter(id: string, w: number, members: MemberRegistry[], session: HeartbeatSession | undefined, signal: AbortSignal, stop: AbortSignal): Promise<void> {
    const { history, cluster } = this.ctx;
    const names = cluster.names;
    const proc = REPORTER_PROCESS_BASE + this.reporters++;
    let at = w % names.length;
    const rng = new SeededRng((this.ctx.seed * 104_729 + w * 7_919 + Number(id.slice(id.indexOf('-') + 1))) >>> 0);
    while (!signal.aborted && !stop.aborted) {
      const started = Date.now();
      const node = session === undefined ? names[at]! : 'session';
      history.record({ process: proc, type: 'invoke', f: 'report', key: id, value: 'passing', node });
      const r = session === undefined
        ? await members[at]!.report(SERVICE, id, 'passing')
        : await attempt(() => session.report(SERVICE, id, 'ttl', 'passing'));
      if (r.type === 'ok') {
        history.record({ process: proc, type: 'ok', f: 'report', key: id, value: 'passing', node });
        await sleep(Math.max(0, this.reportEveryMs - (Date.now() - started)), stop);
      } else {
        history.record({ process: proc, type: 'fail', f: 'report', key: id, value: 'passing', node, error: r.error });
        at = (at + 1) % names.length;
        await sleep(backoffMs(rng), stop);
      }
    }
  }

  /** One final list, from whichever node answers, retried until one does. */
  async finish(): Promise<void> {
    const { history, cluster } = this.ctx;
    let attempt = 0;
    await waitUntil('a final list', async () => {
      const node = cluster.names[attempt++ % cluster.names.length]!;
      const m = new MemberRegistry(node, cluster.endpoint(node), 5000);
      try {
        history.record({ process: 'final', type: 'invoke', f: 'final-list', node });
        const r = await m.list(SERVICE);
        if (r.type === 'ok') {
          history.record({ process: 'final', type: 'ok', f: 'final-list', value: r.value.instances, node, revision: r.value.revision });
          return true;
        }
        history.record({ process: 'final', type: 'fail', f: 'final-list', node, error: r.error });
        return false;
      } finally {
        m.close();
      }
    }, 30_000);
  }

  check(events: readonly HistoryEvent[]): CheckResult {
    return checkRegistry(events, { marginMs: this.marginMs });
  }
}
