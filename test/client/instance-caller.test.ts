// InstanceCaller with real HTTP servers on loopback as instances: retries move
// to another instance, the per-attempt timeout aborts a hanging server through
// the signal, non-retryable errors end the call, each instance's breaker opens
// after N consecutive failures, is skipped while open, lets one trial call
// through after its cool-down (half-open), and closes on success or opens
// again on failure; outstanding counts and the backoff bounds.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AttemptTimeoutError, CallFailedError, InstanceCaller, NoInstanceError, type CallPolicyOptions,
} from '../../src/client/instance-caller.js';
import { InvalidArgumentError } from '../../src/client/errors.js';
import { waitFor } from '../integration/harness/wait-for.js';

interface Target {
  id: string;
  port: number;
  /** What the server does now: answer with this status, or hang (never answer). */
  mode: { status: number } | 'hang';
  hits: number;
}

const servers: http.Server[] = [];

afterEach(async () => {
  for (const s of servers.splice(0)) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

async function target(id: string, status = 200): Promise<Target> {
  const t: Target = { id, port: 0, mode: { status }, hits: 0 };
  const server = http.createServer((_req, res) => {
    t.hits++;
    if (t.mode === 'hang') return; // never answers
    res.writeHead(t.mode.status).end(id);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.port = (server.address() as AddressInfo).port;
  return t;
}

class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/** One call: GET / on the instance; non-2xx becomes an HttpError. */
async function get(t: Target, { signal }: { signal: AbortSignal }): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${t.port}/`, { signal });
  const body = await res.text();
  if (!res.ok) throw new HttpError(res.status);
  return body;
}

/** A caller over `targets` in the order given, skipping excluded and open ones (as a discovery set does). */
function callerOver(targets: Target[], options?: CallPolicyOptions): InstanceCaller<Target> {
  const caller: InstanceCaller<Target> = new InstanceCaller<Target>(
    (exclude) => targets.find((t) => !exclude.has(t.id) && !caller.isOpen(t.id)),
    options,
    'web',
  );
  return caller;
}

describe('InstanceCaller', () => {
  it('retries a failed attempt on another instance and succeeds', async () => {
    const bad = await target('bad', 503);
    const good = await target('good');
    const caller = callerOver([bad, good]);
    const seen: string[] = [];
    const body = await caller.call((t, ctx) => {
      seen.push(`${ctx.attempt}:${t.id}`);
      return get(t, ctx);
    });
    expect(body).toBe('good');
    expect(seen).toEqual(['1:bad', '2:good']);
    expect(bad.hits).toBe(1);
  });

  it('gives up after maxAttempts with every attempt in the error, the last error as cause', async () => {
    const a = await target('a', 500);
    const b = await target('b', 502);
    const caller = callerOver([a, b], { maxAttempts: 3, initialBackoffMs: 1 });
    const err = await caller.call(get).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CallFailedError);
    const failed = err as CallFailedError;
    // Untried instances first, then any: a, b, then a again.
    expect(failed.attempts.map((x) => x.instanceId)).toEqual(['a', 'b', 'a']);
    expect(failed.cause).toBeInstanceOf(HttpError);
    expect((failed.cause as HttpError).status).toBe(500);
    expect(failed.message).toContain('3 attempts');
  });

  it('aborts a hanging attempt through its signal at attemptTimeoutMs and retries elsewhere', async () => {
    const hang = await target('hang');
    hang.mode = 'hang';
    const good = await target('good');
    const caller = callerOver([hang, good], { attemptTimeoutMs: 200 });
    let aborted: AbortSignal | undefined;
    const started = performance.now();
    const body = await caller.call((t, ctx) => {
      if (t.id === 'hang') aborted = ctx.signal;
      return get(t, ctx);
    });
    expect(body).toBe('good');
    expect(aborted?.aborted).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('fails an attempt at its deadline even when fn ignores the signal', async () => {
    const caller = new InstanceCaller<{ id: string }>(() => ({ id: 'deaf' }), { attemptTimeoutMs: 50, maxAttempts: 1 });
    const err = await caller.call(() => new Promise<never>(() => {})).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CallFailedError);
    expect((err as CallFailedError).cause).toBeInstanceOf(AttemptTimeoutError);
    expect((err as CallFailedError).message).toContain('deaf took longer than 50 ms');
  });

  it('does not retry a non-retryable error, nor count it against the breaker', async () => {
    const a = await target('a', 400);
    const b = await target('b');
    const caller = callerOver([a, b], { retryable: (e) => !(e instanceof HttpError && e.status < 500), breaker: { consecutiveFailures: 1 } });
    const err = await caller.call(get).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CallFailedError);
    expect((err as CallFailedError).attempts).toHaveLength(1);
    expect(b.hits).toBe(0);
    expect(caller.breakerState('a')).toBe('closed');
  });

  it('opens the breaker after consecutive failures, skips the instance, half-opens after the cool-down, and a success closes it', async () => {
    const flaky = await target('flaky', 503);
    const good = await target('good');
    const caller = callerOver([flaky, good], { breaker: { consecutiveFailures: 3, openMs: 300 }, initialBackoffMs: 1 });
    for (let i = 0; i < 3; i++) expect(await caller.call(get)).toBe('good'); // each call: flaky fails, good answers
    expect(flaky.hits).toBe(3);
    expect(caller.breakerState('flaky')).toBe('open');
    expect(caller.isOpen('flaky')).toBe(true);
    // While open, calls go straight to the other instance.
    for (let i = 0; i < 5; i++) expect(await caller.call(get)).toBe('good');
    expect(flaky.hits).toBe(3);
    // After the cool-down: half-open, and the next call is the trial.
    await waitFor('the breaker to half-open', () => caller.breakerState('flaky') === 'half-open', { timeoutMs: 5000 });
    expect(caller.isOpen('flaky')).toBe(false);
    flaky.mode = { status: 200 };
    expect(await caller.call(get)).toBe('flaky');
    expect(caller.breakerState('flaky')).toBe('closed');
  });

  it('a failed trial call in half-open opens the breaker again', async () => {
    const flaky = await target('flaky', 503);
    const good = await target('good');
    const caller = callerOver([flaky, good], { breaker: { consecutiveFailures: 2, openMs: 200 }, initialBackoffMs: 1 });
    await caller.call(get);
    await caller.call(get);
    expect(caller.breakerState('flaky')).toBe('open');
    await waitFor('the breaker to half-open', () => caller.breakerState('flaky') === 'half-open', { timeoutMs: 5000 });
    expect(await caller.call(get)).toBe('good'); // the trial on flaky failed, good answered
    expect(flaky.hits).toBe(3);
    expect(caller.breakerState('flaky')).toBe('open');
    expect(caller.isOpen('flaky')).toBe(true);
  });

  it('rejects with NoInstanceError when there is nothing to call or every breaker is open', async () => {
    const none = new InstanceCaller<{ id: string }>(() => undefined, {}, 'web');
    const err = await none.call(async () => 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NoInstanceError);
    expect((err as NoInstanceError).message).toBe('UNAVAILABLE: no instance of web to call (none known, or every breaker open)');

    const only = await target('only', 500);
    const caller = callerOver([only], { breaker: { consecutiveFailures: 2, openMs: 60_000 }, maxAttempts: 3, initialBackoffMs: 1 });
    await expect(caller.call(get)).rejects.toBeInstanceOf(NoInstanceError); // 2 failures open it; the third attempt finds nothing
    expect(only.hits).toBe(2);
    expect(caller.breakerState('only')).toBe('open');
  });

  it('counts outstanding attempts per instance and forgets an instance that left', async () => {
    const slow = await target('slow');
    slow.mode = 'hang';
    const caller = callerOver([slow], { attemptTimeoutMs: 60_000, maxAttempts: 1 });
    const calls = [caller.call(get).catch(() => 'failed'), caller.call(get).catch(() => 'failed')];
    await waitFor('both calls to reach the server', () => slow.hits === 2, { timeoutMs: 5000 });
    expect(caller.outstanding('slow')).toBe(2);
    expect(caller.outstanding('other')).toBe(0);
    for (const s of servers) s.closeAllConnections();
    expect(await Promise.all(calls)).toEqual(['failed', 'failed']);
    expect(caller.outstanding('slow')).toBe(0);

    const gone = await target('gone', 500);
    const c2 = callerOver([gone], { breaker: { consecutiveFailures: 1, openMs: 60_000 }, maxAttempts: 1 });
    await c2.call(get).catch(() => undefined);
    expect(c2.breakerState('gone')).toBe('open');
    c2.forget('gone');
    expect(c2.breakerState('gone')).toBe('closed');
  });

  it('keeps every backoff within [0, min(maxBackoffMs, initialBackoffMs * 2^n))', async () => {
    const at: number[] = [];
    const caller = new InstanceCaller<{ id: string }>(() => ({ id: 'x' }), { maxAttempts: 6, initialBackoffMs: 10, maxBackoffMs: 40, breaker: false });
    await caller
      .call(async () => {
        at.push(performance.now());
        throw new Error('no');
      })
      .catch(() => undefined);
    expect(at).toHaveLength(6);
    const bounds = [10, 20, 40, 40, 40];
    for (let i = 1; i < at.length; i++) {
      const gap = at[i]! - at[i - 1]!;
      // Timers fire no earlier than asked, and a busy machine may add delay; only the lower bound is exact.
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(bounds[i - 1]! + 250);
    }
  });

  it('refuses bad options with InvalidArgumentError naming the option', () => {
    expect(() => new InstanceCaller(() => undefined, { maxAttempts: 0 })).toThrow(InvalidArgumentError);
    expect(() => new InstanceCaller(() => undefined, { attemptTimeoutMs: -1 })).toThrow(/attemptTimeoutMs/);
    expect(() => new InstanceCaller(() => undefined, { breaker: { consecutiveFailures: 1.5 } })).toThrow(/breaker.consecutiveFailures/);
    expect(() => new InstanceCaller(() => undefined, { maxAttempts: 1000 })).toThrow(/at most 100/);
  });
});
