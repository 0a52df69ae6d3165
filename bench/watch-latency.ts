// watch-latency: how long a put takes to reach the watchers of its key.
//
// Set-up (untimed): --watchers watchers (default 100) on the prefix
// `bench/watch/`, from the current revision on, --watchers-per-stream to a
// Watch stream (default 1: a stream each, as 100 independent clients would
// have; streams round-robin over the pool's channels, so over the endpoints:
// 34/33/33 with 3). All streams of an endpoint share its HTTP/2 connection,
// as they would in one clientv3 client. The run starts once every watcher has
// its `created` response.
//
// Load: the closed loop's requests are the writer's puts (--concurrency in
// flight, round-robin over the endpoints like the put workload) of random keys
// `bench/watch/key-NNNN`. Each value starts with a 13-byte header: the send
// time (process.hrtime.bigint(), ns), the put's sequence number and whether it
// was issued in the timed phase; --value-size random bytes follow (at least the
// header). Every event a watcher receives for a timed put gives one sample,
// receive time minus send time: ops = events of timed puts delivered, and
// p50/p99/max are over all (put, watcher) pairs. `seconds` ends at the last such
// event, not at the last put's answer.
//
// Check: after the last put is answered, the run waits (up to --timeout) until
// every watcher has seen the highest acknowledged revision. Every watcher must
// then have received every write exactly once (each acknowledged put, and each
// put that failed but was applied anyway, as seen by any watcher), in strictly
// increasing revision order, each revision carrying the value of the put
// acknowledged at that revision, only PUT events, no cancellation. Every
// violation counts one error (warmup included) and the first few are printed
// with watcher, endpoint and revision.

import type { ClientDuplexStream } from '@grpc/grpc-js';
import type { etcdserverpb, mvccpb } from '../src/generated/proto.js';
import { longToNumber } from '../src/proto/long.js';
import { WatchClient } from '../src/proto/services.js';
import { LatencyHistogram } from './latency.js';
import { log } from './log.js';
import { KeySpace, type Measured, type Session, type WorkloadContext } from './workloads.js';

export const WATCH_PREFIX = 'bench/watch/';
/** The prefix's range end: the prefix with its last byte incremented. */
const WATCH_RANGE_END = 'bench/watch0';
/** Send time (8 bytes, LE ns), sequence number (4, LE), timed flag (1). */
const HEADER_BYTES = 13;
const MAX_PRINTED_ANOMALIES = 10;

type WatchCall = ClientDuplexStream<etcdserverpb.IWatchRequest, etcdserverpb.WatchResponse>;

interface Watcher {
  readonly index: number;
  readonly endpoint: string;
  readonly stream: number;
  watchId: number;
  /** header.revision of the `created` response: events must come after it. */
  createdRevision: number;
  /** Revisions received, strictly increasing (out-of-order and repeated ones are left out and counted). */
  readonly revs: number[];
  lastRev: number;
  /** Set once the watcher cannot receive any more (canceled, stream failed). */
  dead?: string;
}

/** The tallies of one check, by kind; every one is an error. */
class Anomalies {
  readonly counts = new Map<string, number>();
  private printed = 0;

  add(kind: string, detail: string, n = 1): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
    if (this.printed++ < MAX_PRINTED_ANOMALIES) log(`[watch-latency] ${kind}: ${detail}`);
    else if (this.printed === MAX_PRINTED_ANOMALIES + 1) log('[watch-latency] further anomalies are counted but not printed');
  }

  get total(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }

  summary(): string {
    return [...this.counts].map(([k, c]) => `${c} ${k}`).join(', ');
  }
}

function asBuffer(u8: Uint8Array): Buffer {
  return Buffer.isBuffer(u8) ? u8 : Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The first index in sorted `xs` holding a value >= x. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export async function openWatchLatency(ctx: WorkloadContext): Promise<Session> {
  const { pool } = ctx;
  const nWatchers = ctx.options.watchers;
  const perStream = ctx.options.watchersPerStream;
  const clients = pool.clientsOf(WatchClient);
  const keys = new KeySpace(ctx.keys.size, `${WATCH_PREFIX}key-`);
  const valueSize = Math.max(HEADER_BYTES, ctx.value.length);
  const anomalies = new Anomalies();

  // What the writer did: the revision each acknowledged put got, by sequence number.
  const ackRev: number[] = [];
  let issued = 0;
  let maxAckedRev = 0;
  // The sequence number each delivered revision carried (first watcher to deliver it).
  const seqByRev = new Map<number, number>();

  const hist = new LatencyHistogram();
  const byEndpoint = new Map<string, LatencyHistogram>(pool.endpoints.map((e) => [e, new LatencyHistogram()]));
  let lastTimedEventMs = 0;
  let delivered = 0;
  let deliveredAtLastProgress = 0;
  let closing = false;

  const watchers: Watcher[] = Array.from({ length: nWatchers }, (_, i) => {
    const stream = Math.floor(i / perStream);
    return { index: i, stream, endpoint: pool.endpoints[stream % clients.length % pool.endpoints.length]!, watchId: -1, createdRevision: 0, revs: [], lastRev: 0 };
  });

  const onEvents = (w: Watcher, r: etcdserverpb.WatchResponse, recvNs: bigint, recvMs: number) => {
    if (r.canceled) {
      const why = `canceled by the server (compact_revision ${longToNumber(r.compactRevision)}, reason "${r.cancelReason}")`;
      anomalies.add('watchers canceled', `watcher ${w.index} (${w.endpoint}, stream ${w.stream}, watch id ${w.watchId}) ${why}`);
      w.dead ??= why;
    }
    const epHist = byEndpoint.get(w.endpoint)!;
    for (const ev of r.events as mvccpb.Event[]) {
      const kv = ev.kv;
      if (kv === null || kv === undefined) {
        anomalies.add('events without kv', `watcher ${w.index} (${w.endpoint})`);
        continue;
      }
      const rev = longToNumber(kv.modRevision, 'mod_revision');
      if (ev.type !== 0) {
        anomalies.add('non-PUT events', `watcher ${w.index} (${w.endpoint}) got event type ${ev.type} at revision ${rev}`);
        continue;
      }
      if (rev <= w.lastRev) {
        const i = lowerBound(w.revs, rev);
        const repeated = w.revs[i] === rev;
        anomalies.add(repeated ? 'duplicate events' : 'out-of-order events',
          `watcher ${w.index} (${w.endpoint}, stream ${w.stream}) got revision ${rev} after revision ${w.lastRev}${repeated ? ', which it had already received' : ''}`);
        continue;
      }
      if (rev <= w.createdRevision) {
        anomalies.add('events before the watch started', `watcher ${w.index} (${w.endpoint}) created at revision ${w.createdRevision} got revision ${rev}`);
      }
      w.lastRev = rev;
      w.revs.push(rev);
      const value = asBuffer(kv.value ?? new Uint8Array(0));
      if (value.length < HEADER_BYTES) {
        anomalies.add('events with a foreign value', `watcher ${w.index} (${w.endpoint}) got a ${value.length}-byte value at revision ${rev}`);
        continue;
      }
      const seq = value.readUInt32LE(8);
      const seen = seqByRev.get(rev);
      if (seen === undefined) seqByRev.set(rev, seq);
      else if (seen !== seq) {
        anomalies.add('events with another value than other watchers got', `watcher ${w.index} (${w.endpoint}) got put #${seq} at revision ${rev}, another watcher put #${seen}`);
      }
      delivered++;
      if (value[12] === 1) {
        const ms = Number(recvNs - value.readBigUInt64LE(0)) / 1e6;
        hist.recordMs(ms);
        epHist.recordMs(ms);
        lastTimedEventMs = recvMs;
      }
    }
  };

  // The streams, each with its watchers created one at a time (as clientv3 does:
  // `created` responses are matched to create requests in order).
  const calls: WatchCall[] = [];
  const nStreams = Math.ceil(nWatchers / perStream);
  const t0 = performance.now();
  const creations: Array<Promise<void>> = [];
  for (let s = 0; s < nStreams; s++) {
    const call = clients[s % clients.length]!.Watch();
    calls.push(call);
    const mine = watchers.filter((w) => w.stream === s);
    const byId = new Map<number, Watcher>();
    const awaitingCreated: Array<{ w: Watcher; resolve(): void; reject(err: Error): void }> = [];
    const failStream = (why: string) => {
      if (closing) return;
      for (const w of mine) {
        if (w.dead !== undefined) continue;
        w.dead = why;
        anomalies.add('watchers whose stream failed', `watcher ${w.index} (${w.endpoint}, stream ${s}): ${why}`);
      }
      for (const a of awaitingCreated.splice(0)) a.reject(new Error(`watch stream ${s} to ${a.w.endpoint}: ${why}`));
    };
    call.on('data', (r: etcdserverpb.WatchResponse) => {
      const recvNs = process.hrtime.bigint();
      if (r.created) {
        const a = awaitingCreated.shift();
        if (a === undefined) {
          anomalies.add('unexpected created responses', `stream ${s} got a created response for watch id ${longToNumber(r.watchId)} it did not ask for`);
          return;
        }
        if (r.canceled) {
          a.reject(new Error(`watch create on ${a.w.endpoint} failed: ${r.cancelReason}`));
          return;
        }
        a.w.watchId = longToNumber(r.watchId, 'watch_id');
        a.w.createdRevision = longToNumber(r.header?.revision, 'revision');
        byId.set(a.w.watchId, a.w);
        a.resolve();
        if (r.events.length > 0) onEvents(a.w, r, recvNs, performance.now());
        return;
      }
      const w = byId.get(longToNumber(r.watchId, 'watch_id'));
      if (w === undefined) {
        anomalies.add('responses for unknown watch ids', `stream ${s} got watch id ${longToNumber(r.watchId)} (${r.events.length} events)`);
        return;
      }
      onEvents(w, r, recvNs, performance.now());
    });
    call.on('error', (err: Error & { details?: string }) => failStream(`stream error: ${err.details ?? err.message}`));
    call.on('end', () => failStream('stream ended by the server'));
    creations.push((async () => {
      for (const w of mine) {
        await new Promise<void>((resolve, reject) => {
          awaitingCreated.push({ w, resolve, reject });
          call.write({ createRequest: { key: Buffer.from(WATCH_PREFIX), rangeEnd: Buffer.from(WATCH_RANGE_END) } });
        });
      }
    })());
  }
  const closeStreams = () => {
    closing = true;
    for (const call of calls) {
      call.on('error', () => undefined);
      call.cancel();
    }
  };
  try {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(creations),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`not every watcher was created within ${pool.timeoutMs} ms`)), pool.timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
  } catch (err) {
    closeStreams();
    throw err;
  }
  const perEndpoint = pool.endpoints.map((e) => `${watchers.filter((w) => w.endpoint === e).length} on ${e}`).join(', ');
  log(`[${ctx.label}] ${nWatchers} watchers on ${WATCH_PREFIX} created in ${((performance.now() - t0) / 1000).toFixed(1)} s, ` +
    `${perStream} per stream on ${nStreams} streams (${perEndpoint})`);

  const base = Buffer.alloc(valueSize);
  ctx.value.copy(base, HEADER_BYTES);

  const op = async (timed: boolean) => {
    const seq = issued++;
    const value = Buffer.from(base);
    value.writeUInt32LE(seq, 8);
    value[12] = timed ? 1 : 0;
    value.writeBigUInt64LE(process.hrtime.bigint(), 0);
    const res = await pool.put({ key: keys.random(), value });
    const rev = longToNumber(res.header?.revision, 'revision');
    ackRev[seq] = rev;
    if (rev > maxAckedRev) maxAckedRev = rev;
  };

  const finish = async (): Promise<Measured> => {
    // Let the last events arrive.
    const until = performance.now() + pool.timeoutMs;
    const lagging = () => watchers.filter((w) => w.dead === undefined && w.lastRev < maxAckedRev);
    while (lagging().length > 0 && performance.now() < until) await sleep(20);
    const late = lagging();
    if (late.length > 0) {
      log(`[${ctx.label}] ${late.length} watchers had not reached revision ${maxAckedRev} ${pool.timeoutMs} ms after the last put ` +
        `(e.g. watcher ${late[0]!.index} on ${late[0]!.endpoint} at revision ${late[0]!.lastRev})`);
    }
    check();
    const acked = ackRev.filter((r) => r !== undefined).length;
    const failedPuts = issued - acked;
    log(`[${ctx.label}] ${issued} puts (${failedPuts} failed), ${delivered} events delivered to ${nWatchers} watchers; ` +
      (anomalies.total === 0 ? 'every watcher got every write exactly once, in revision order' : `ANOMALIES: ${anomalies.summary()}`));
    log(`[${ctx.label}] put -> event by the watchers' endpoint: ` + [...byEndpoint].map(([e, h]) =>
      `${e} p50 ${h.percentileMs(50).toFixed(2)} ms p99 ${h.percentileMs(99).toFixed(2)} ms (${h.count})`).join('; '));
    return { samples: { hist, lastDoneMs: lastTimedEventMs }, errors: anomalies.total };
  };

  /** Every watcher must hold exactly the writes that happened (see the header comment). */
  const check = () => {
    // Revisions delivered must be the ones the writer's puts got.
    for (const [rev, seq] of seqByRev) {
      if (seq >= issued) anomalies.add('events for puts never made', `revision ${rev} carries put #${seq}, only ${issued} were issued`);
      else if (ackRev[seq] !== undefined && ackRev[seq] !== rev) {
        anomalies.add('events with the wrong revision', `put #${seq} was acknowledged at revision ${ackRev[seq]}, delivered at revision ${rev}`);
      }
    }
    // The writes: every acknowledged put, and every failed put some watcher saw applied.
    const writes = new Set<number>();
    for (const rev of ackRev) if (rev !== undefined) writes.add(rev);
    for (const [rev, seq] of seqByRev) if (seq < issued && ackRev[seq] === undefined) writes.add(rev);
    const expected = [...writes].sort((a, b) => a - b);
    for (const w of watchers) {
      let missing = 0;
      let firstMissing: number | undefined;
      let j = 0;
      for (const rev of expected) {
        while (j < w.revs.length && w.revs[j]! < rev) j++;
        if (w.revs[j] === rev) continue;
        missing++;
        firstMissing ??= rev;
      }
      if (missing > 0) {
        anomalies.add('missing events', `watcher ${w.index} (${w.endpoint}, stream ${w.stream}, watch id ${w.watchId}, created at revision ${w.createdRevision}) ` +
          `lacks ${missing} of ${expected.length} writes, the first at revision ${firstMissing}; it reached revision ${w.lastRev}` +
          (w.dead !== undefined ? `; ${w.dead}` : ''), missing);
      }
    }
  };

  return {
    op,
    fields: { watchers: nWatchers },
    progress: () => {
      const n = delivered - deliveredAtLastProgress;
      deliveredAtLastProgress = delivered;
      return `${n} watch events`;
    },
    finish,
    close: () => {
      closeStreams();
      return Promise.resolve();
    },
  };
}
