// The active checks runner: real runs against a real HTTP server on loopback
// (flap damping, the in-flight cap, never two runs of one check at once), and
// a hand-driven probe where the test must decide when a run ends (late
// results after remove(), stop() or a changed spec).
import { afterEach, describe, expect, it } from 'vitest';
import { ActiveChecks, MAX_CHECKS_IN_FLIGHT, type ActiveCheckSpec, type ActiveChecksOptions, type Probe } from '../../src/health/active-checks.js';
import type { CheckStatus } from '../../src/health/check.js';
import type { CheckResult, CheckTransition } from '../../src/health/check-state.js';
import { probeHttp } from '../../src/health/probe-http.js';
import { probeTcp } from '../../src/health/probe-tcp.js';
import { waitFor } from '../integration/harness/wait-for.js';
import { httpTarget, spec, type HttpTarget } from './targets.js';

const PASSING = { status: 'passing' as const, output: '', statusChangedMs: 0 };
const unused: Probe = () => Promise.reject(new Error('not used here'));

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function runner(opts: Partial<ActiveChecksOptions> & Pick<ActiveChecksOptions, 'probes'>): ActiveChecks {
  const r = new ActiveChecks({ onTransition: () => {}, random: () => 0, ...opts });
  cleanups.push(() => r.stop());
  return r;
}

async function server(handle: Parameters<typeof httpTarget>[0]): Promise<HttpTarget> {
  const s = await httpTarget(handle);
  cleanups.push(() => s.close());
  return s;
}

/** A probe the test ends by hand; it ignores its abort signal, as a misbehaving probe could. */
class HandProbe {
  readonly calls: Array<{ spec: ActiveCheckSpec; signal: AbortSignal; ended: boolean; end(r: CheckResult): void }> = [];
  live = 0;
  maxLive = 0;
  readonly probe: Probe = (s, signal) =>
    new Promise<CheckResult>((resolve) => {
      this.live++;
      this.maxLive = Math.max(this.maxLive, this.live);
      const call = {
        spec: s,
        signal,
        ended: false,
        end: (r: CheckResult): void => {
          if (call.ended) return;
          call.ended = true;
          this.live--;
          resolve(r);
        },
      };
      this.calls.push(call);
    });

  pending(): HandProbe['calls'] {
    return this.calls.filter((c) => !c.ended);
  }
}

describe('ActiveChecks', () => {
  it('flap damping through real runs: critical exactly at the 3rd failing run, passing again at the 2nd success', async () => {
    let failing = false;
    let failingServed = 0;
    const srv = await server((_req, res) => {
      if (failing) {
        failingServed++;
        res.statusCode = 503;
        res.end('down');
      } else res.end('up');
    });
    const key = 'web/1/http';
    const seen: Array<[result: CheckStatus, status: CheckStatus]> = [];
    const transitions: Array<{ to: CheckStatus; failingServed: number; t: CheckTransition }> = [];
    const r: ActiveChecks = runner({
      probes: { http: probeHttp, tcp: unused, grpc: unused },
      onRun: (_kind, result) => {
        seen.push([result, r.stateOf(key)!.status]);
        if (seen.length === 2) failing = true; // the 3rd run on fails
        if (seen.length === 6) failing = false; // the 7th run on succeeds
      },
      onTransition: (_k, t) => transitions.push({ to: t.state.status, failingServed, t }),
    });
    const thresholds = { successBeforePassing: 2, failuresBeforeWarning: 3, failuresBeforeCritical: 3 };
    r.upsert(key, spec('http', srv.url('/health'), { intervalMs: 20, thresholds }), PASSING);
    await waitFor('9 runs', () => seen.length >= 9, { intervalMs: 10 });
    r.stop();
    expect(seen.slice(0, 9)).toEqual([
      ['passing', 'passing'],
      ['passing', 'passing'],
      ['critical', 'passing'],
      ['critical', 'passing'],
      ['critical', 'critical'],
      ['critical', 'critical'],
      ['passing', 'critical'],
      ['passing', 'passing'],
      ['passing', 'passing'],
    ]);
    expect(transitions.map((t) => [t.to, t.t.replicate])).toEqual([
      ['critical', 'status'],
      ['passing', 'status'],
    ]);
    expect(transitions[0]!.failingServed).toBe(3);
    expect(transitions[0]!.t.state.output).toBe(`HTTP GET ${srv.url('/health')}: 503 Service Unavailable Output: down`);
  });

  it(`never more than maxInFlight runs at once, measured at the server; one run per check at a time`, async () => {
    const perCheck = new Map<string, { now: number; max: number }>();
    const srv = await server((req, res) => {
      const c = perCheck.get(req.url!) ?? { now: 0, max: 0 };
      perCheck.set(req.url!, c);
      c.now++;
      c.max = Math.max(c.max, c.now);
      setTimeout(() => {
        c.now--;
        res.end('ok');
      }, 30);
    });
    const MAX = 4;
    const CHECKS = 20;
    const r = runner({ probes: { http: probeHttp, tcp: unused, grpc: unused }, maxInFlight: MAX });
    let maxSeen = 0;
    let maxQueued = 0;
    const sample = setInterval(() => {
      maxSeen = Math.max(maxSeen, r.inFlight);
      maxQueued = Math.max(maxQueued, r.stats.queued);
    }, 2);
    cleanups.push(() => clearInterval(sample));
    for (let i = 0; i < CHECKS; i++) r.upsert(`svc/${i}/http`, spec('http', srv.url(`/c${i}`), { intervalMs: 5 }), PASSING);
    await waitFor('100 runs', () => r.stats.runs >= 100, { intervalMs: 10 });
    r.stop();
    expect(srv.live.max).toBe(MAX);
    expect(maxSeen).toBeLessThanOrEqual(MAX);
    expect(maxQueued).toBeLessThanOrEqual(CHECKS);
    expect([...perCheck.values()].every((c) => c.max === 1)).toBe(true);
    expect(perCheck.size).toBe(CHECKS); // everyone got a turn
  });

  it('MAX_CHECKS_IN_FLIGHT is the default cap', async () => {
    const hand = new HandProbe();
    const r = runner({ probes: { http: hand.probe, tcp: unused, grpc: unused } });
    for (let i = 0; i < MAX_CHECKS_IN_FLIGHT + 10; i++) r.upsert(`s/${i}/c`, spec('http', `http://x/${i}`, { intervalMs: 60_000 }), PASSING);
    await waitFor('the slots to fill', () => r.inFlight === MAX_CHECKS_IN_FLIGHT && r.stats.queued === 10, { intervalMs: 5 });
    hand.calls[0]!.end({ status: 'passing', output: '' });
    await waitFor('a queued check to take the free slot', () => r.stats.queued === 9 && hand.calls.length === MAX_CHECKS_IN_FLIGHT + 1, { intervalMs: 5 });
    expect(r.inFlight).toBe(MAX_CHECKS_IN_FLIGHT);
    expect(hand.maxLive).toBe(MAX_CHECKS_IN_FLIGHT);
  });

  it('remove() aborts the run and drops its late result', async () => {
    const hand = new HandProbe();
    const runs: CheckStatus[] = [];
    const transitions: string[] = [];
    const r = runner({ probes: { http: hand.probe, tcp: unused, grpc: unused }, onRun: (_k, s) => runs.push(s), onTransition: (k) => transitions.push(k) });
    r.upsert('a/1/c', spec('http', 'http://a/', { intervalMs: 5 }), PASSING);
    await waitFor('the run', () => hand.calls.length === 1, { intervalMs: 5 });
    r.remove('a/1/c');
    expect(hand.calls[0]!.signal.aborted).toBe(true);
    expect(r.size).toBe(0);
    hand.calls[0]!.end({ status: 'critical', output: 'late' });
    await waitFor('the run to end', () => r.stats.runs === 1 && r.inFlight === 0, { intervalMs: 5 });
    expect(runs).toEqual([]);
    expect(transitions).toEqual([]);
    expect(hand.calls.length).toBe(1); // and it was not rescheduled
  });

  it('stop() aborts real runs and drops their results; upsert is ignored until start()', async () => {
    let release: (() => void) | undefined;
    const srv = await server((_req, res) => {
      release = () => {
        res.statusCode = 503;
        res.end();
      };
    });
    const runs: CheckStatus[] = [];
    const transitions: string[] = [];
    const r = runner({ probes: { http: probeHttp, tcp: probeTcp, grpc: unused }, onRun: (_k, s) => runs.push(s), onTransition: (k) => transitions.push(k) });
    r.upsert('a/1/c', spec('http', srv.url('/'), { intervalMs: 5 }), PASSING);
    await waitFor('the request at the server', () => release !== undefined, { intervalMs: 5 });
    r.stop();
    await waitFor('the aborted run to end', () => r.stats.runs === 1 && r.inFlight === 0, { intervalMs: 5 });
    release!();
    expect(runs).toEqual([]);
    expect(transitions).toEqual([]);

    r.upsert('b/1/c', spec('tcp', '127.0.0.1:1', { intervalMs: 5 }), PASSING);
    expect(r.size).toBe(1); // b was ignored; a is kept for start()
    release = undefined;
    r.start();
    await waitFor('a to run again after start()', () => release !== undefined, { intervalMs: 5 });
    release!();
    await waitFor('its result', () => runs.length === 1, { intervalMs: 5 });
    expect(runs).toEqual(['critical']);
    expect(transitions).toEqual(['a/1/c']);
  });

  it('upsert: same spec and status keeps the counters; another status is adopted; a new spec restarts damping', async () => {
    const hand = new HandProbe();
    const key = 'a/1/c';
    let results = 0;
    const r = runner({ probes: { http: hand.probe, tcp: unused, grpc: unused }, onRun: () => results++ });
    const thresholds = { successBeforePassing: 1, failuresBeforeWarning: 3, failuresBeforeCritical: 3 };
    const s1 = spec('http', 'http://a/', { intervalMs: 1, thresholds });
    /** Fails the next n runs (ending first any aborted run still pending, whose result is dropped). */
    const fail = async (n: number): Promise<void> => {
      for (let i = 0; i < n; i++) {
        const call = await waitFor('a run', () => {
          for (const c of hand.pending()) if (c.signal.aborted) c.end({ status: 'passing', output: 'dropped' });
          return hand.pending()[0];
        }, { intervalMs: 2 });
        const before = results;
        call.end({ status: 'critical', output: 'no' });
        await waitFor('its result', () => results === before + 1, { intervalMs: 2 });
      }
    };
    r.upsert(key, s1, PASSING);
    await fail(2);
    expect(r.stateOf(key)).toMatchObject({ status: 'passing', failuresCounter: 2 });
    r.upsert(key, { ...s1, thresholds: { ...thresholds } }, { status: 'passing', output: 'other', statusChangedMs: 5 });
    expect(r.stateOf(key)).toMatchObject({ status: 'passing', failuresCounter: 2 }); // kept
    await fail(1);
    expect(r.stateOf(key)!.status).toBe('critical');

    // The registry says passing (say, a new leader's write): adopted, with strict counters.
    r.upsert(key, s1, { status: 'passing', output: 'fine', statusChangedMs: 7 });
    expect(r.stateOf(key)).toMatchObject({ status: 'passing', statusChangedMs: 7, failuresCounter: 0 });
    await fail(2);
    expect(r.stateOf(key)).toMatchObject({ status: 'passing', failuresCounter: 2 });

    // A changed spec: damping starts over from the replicated state.
    r.upsert(key, { ...s1, timeoutMs: 999 }, PASSING);
    expect(r.stateOf(key)).toMatchObject({ status: 'passing', failuresCounter: 0 });
    await fail(2);
    expect(r.stateOf(key)!.status).toBe('passing');
    await fail(1);
    expect(r.stateOf(key)!.status).toBe('critical');
  });

  it('a changed spec aborts the old run, drops its result, and the new run waits until the old one is done', async () => {
    const hand = new HandProbe();
    const runs: string[] = [];
    const r = runner({ probes: { http: hand.probe, tcp: unused, grpc: unused }, onRun: (_k, s) => runs.push(s) });
    const s1 = spec('http', 'http://old/', { intervalMs: 60_000 });
    r.upsert('k', s1, PASSING);
    await waitFor('the old run', () => hand.calls.length === 1, { intervalMs: 2 });
    r.upsert('k', { ...s1, target: 'http://new/' }, PASSING);
    expect(hand.calls[0]!.signal.aborted).toBe(true);
    // The new spec's first run is due at once (random 0). A check upserted after it is due
    // at the same time, so once that one runs, k's turn has come too: it must still wait.
    r.upsert('other', spec('http', 'http://other/', { intervalMs: 60_000 }), PASSING);
    await waitFor('the other run', () => hand.calls.some((c) => c.spec.target === 'http://other/'), { intervalMs: 2 });
    expect(hand.calls.filter((c) => c.spec.target === 'http://new/')).toEqual([]);
    hand.calls[0]!.end({ status: 'critical', output: 'old' });
    await waitFor('the new run', () => hand.calls.some((c) => c.spec.target === 'http://new/'), { intervalMs: 2 });
    expect(runs).toEqual([]); // the old result was dropped
  });

  it('the first run comes at a random point within the interval', async () => {
    const hand = new HandProbe();
    const r = runner({ probes: { http: hand.probe, tcp: unused, grpc: unused }, random: () => 0.5 });
    const t0 = Date.now();
    r.upsert('k', spec('http', 'http://a/', { intervalMs: 400 }), PASSING);
    await waitFor('the first run', () => hand.calls.length === 1, { intervalMs: 5 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(195);
  });

  it('a probe that throws is a critical result', async () => {
    const runs: CheckStatus[] = [];
    const transitions: CheckTransition[] = [];
    const r = runner({
      probes: { http: () => Promise.reject(new Error('boom')), tcp: unused, grpc: unused },
      onRun: (_k, s) => runs.push(s),
      onTransition: (_k, t) => transitions.push(t),
    });
    r.upsert('k', spec('http', 'http://a/', { intervalMs: 10_000 }), PASSING);
    await waitFor('the run', () => transitions.length === 1, { intervalMs: 5 });
    expect(runs).toEqual(['critical']);
    expect(transitions[0]!.state).toMatchObject({ status: 'critical', output: 'http check failed: boom' });
  });
});
