// watch-latency: how long a put takes to reach the watchers of its key.
//
// Set-up (untimed): --watchers watchers (default 100) on the prefix
// `bench/watch/`, from the current revision on, --watchers-per-stream to a
// Watch stream (default 1: a stream each, as 100 independent clients would
// have). Each stream is the one Watch stream of its own client, round-robin
// over the endpoints: 34/33/33 with 3. All streams of an endpoint share one
// HTTP/2 connection, as they would in one clientv3 client. The run starts once
// every watcher has its `created` response.
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

import { createClient, type Client, type WatchBatch } from '../src/client/index.js';
import { LatencyHistogram } from './latency.js';
import { log } from './log.js';
import { KeySpace, type Measured, type Session, type WorkloadContext } from './workloads.js';

export const WATCH_PREFIX = 'bench/watch/';
/** The prefix's range end: the prefix with its last byte incremented. */
const WATCH_RANGE_END = 'bench/watch0';
/** Send time (8 bytes, LE ns), sequence number (4, LE), timed flag (1). */
const HEADER_BYTES = 13;
const MAX_PRINTED_ANOMALIES = 10;

interface Watcher {
  readonly index: number;
  readonly endpoint: string;
  readonly stream: number;
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

  const nStreams = Math.ceil(nWatchers / perStream);
  const watchers: Watcher[] = Array.from({ length: nWatchers }, (_, i) => {
    const stream = Math.floor(i / perStream);
    return { index: i, stream, endpoint: pool.endpoints[stream % pool.endpoints.length]!, createdRevision: 0, revs: [], lastRev: 0 };
  });

  const onEvents = (w: Watcher, r: WatchBatch, recvNs: bigint, recvMs: number) => {
    const epHist = byEndpoint.get(w.endpoint)!;
    for (const ev of r.events) {
      const kv = ev.kv;
      const rev = Number(kv.modRevision);
      if (ev.type !== 'put') {
        anomalies.add('non-PUT events', `watcher ${w.index} (${w.endpoint}) got a ${ev.type} event at revision ${rev}`);
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
      const value = asBuffer(kv.value);
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

  // The streams: one client each (its one Watch stream), its watchers created
  // one at a time (as clientv3 does). The clients do not retry: a watch the
  // server cancels is an anomaly.
  const streams: Client[] = [];
  const t0 = performance.now();
  const creations: Array<Promise<void>> = [];
  for (let s = 0; s < nStreams; s++) {
    const client = createClient({ endpoints: [pool.endpoints[s % pool.endpoints.length]!], requestTimeoutMs: pool.timeoutMs, retry: false });
    streams.push(client);
    const mine = watchers.filter((w) => w.stream === s);
    creations.push((async () => {
      for (const w of mine) {
        const watcher = client.watch.watch(WATCH_PREFIX, {
          rangeEnd: WATCH_RANGE_END,
          onEvents: (batch) => onEvents(w, batch, process.hrtime.bigint(), performance.now()),
        });
        watcher.done.catch((err: Error) => {
          if (closing) return;
          w.dead ??= err.message;
          anomalies.add('watchers canceled', `watcher ${w.index} (${w.endpoint}, stream ${w.stream}): ${err.message}`);
        });
        w.createdRevision = Number(await watcher.ready);
      }
    })());
  }
  const closeStreams = () => {
    closing = true;
    for (const c of streams) c.close();
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
    const rev = Number(await pool.put(keys.random(), value));
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
        anomalies.add('missing events', `watcher ${w.index} (${w.endpoint}, stream ${w.stream}, created at revision ${w.createdRevision}) ` +
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
