// The HTTP and TCP probes against real servers on loopback.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CHECK_OUTPUT_BYTES } from '../../src/health/check.js';
import { HTTP_CHECK_USER_AGENT, MAX_HTTP_REDIRECTS, probeHttp } from '../../src/health/probe-http.js';
import { parseHostPort, probeTcp } from '../../src/health/probe-tcp.js';
import { waitFor } from '../integration/harness/wait-for.js';
import { closedPort, httpTarget, spec, type HttpTarget } from './targets.js';

const never = new AbortController().signal;
const HUGE_BODY_BYTES = 256 * 1024 * 1024;

describe('probeHttp', () => {
  let srv: HttpTarget;
  /** Bytes the /huge handler managed to write before the client went away. */
  let hugeSent = 0;
  let hugeClosed = false;

  beforeAll(async () => {
    srv = await httpTarget((req, res) => {
      const path = req.url ?? '';
      if (path === '/ok') res.end('all good');
      else if (path === '/empty') res.end();
      else if (path === '/busy') {
        res.statusCode = 429;
        res.end('slow down');
      } else if (path === '/down') {
        res.statusCode = 503;
        res.end('database unreachable');
      } else if (path === '/down-empty') {
        res.statusCode = 503;
        res.end();
      } else if (path === '/slow') {
        // Never answers; the probe's timeout must end the run.
      } else if (path === '/huge') {
        hugeSent = 0;
        hugeClosed = false;
        res.once('close', () => (hugeClosed = true));
        const chunk = Buffer.alloc(64 * 1024, 'x');
        const pump = (): void => {
          while (!hugeClosed && hugeSent < HUGE_BODY_BYTES) {
            hugeSent += chunk.length;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          if (!hugeClosed) res.end();
        };
        pump();
      } else if (path === '/utf8') {
        // Two bytes per character: the 4 KiB cut falls on or inside one.
        res.end('é'.repeat(5_000));
      } else if (path === '/redirect') {
        res.writeHead(302, { Location: '/ok' });
        res.end();
      } else if (path === '/redirect-down') {
        res.writeHead(307, { Location: srv.url('/down') });
        res.end();
      } else if (path === '/loop') {
        res.writeHead(301, { Location: '/loop' });
        res.end();
      } else if (path === '/no-location') {
        res.statusCode = 302;
        res.end('moved, but where?');
      } else return false;
    });
  });
  afterAll(() => srv.close());

  it('2xx is passing, with the status line and the body, and sends its User-Agent and Accept', async () => {
    const r = await probeHttp(spec('http', srv.url('/ok')), never);
    expect(r).toEqual({ status: 'passing', output: `HTTP GET ${srv.url('/ok')}: 200 OK Output: all good` });
    expect(srv.lastHeaders?.['user-agent']).toBe(HTTP_CHECK_USER_AGENT);
    expect(srv.lastHeaders?.accept).toBe('text/plain, text/*, */*');
    expect(await probeHttp(spec('http', srv.url('/empty')), never)).toEqual({ status: 'passing', output: `HTTP GET ${srv.url('/empty')}: 200 OK` });
  });

  it('429 is warning', async () => {
    const r = await probeHttp(spec('http', srv.url('/busy')), never);
    expect(r).toEqual({ status: 'warning', output: `HTTP GET ${srv.url('/busy')}: 429 Too Many Requests Output: slow down` });
  });

  it('503 and 404 are critical, with the status line', async () => {
    expect(await probeHttp(spec('http', srv.url('/down')), never)).toEqual({
      status: 'critical',
      output: `HTTP GET ${srv.url('/down')}: 503 Service Unavailable Output: database unreachable`,
    });
    expect(await probeHttp(spec('http', srv.url('/down-empty')), never)).toEqual({
      status: 'critical',
      output: `HTTP GET ${srv.url('/down-empty')}: 503 Service Unavailable`,
    });
    expect((await probeHttp(spec('http', srv.url('/nothing')), never)).status).toBe('critical');
  });

  it('an answer slower than the timeout is critical, and the run ends at the timeout', async () => {
    const t0 = Date.now();
    const r = await probeHttp(spec('http', srv.url('/slow'), { timeoutMs: 200 }), never);
    const took = Date.now() - t0;
    expect(r).toEqual({ status: 'critical', output: `HTTP GET ${srv.url('/slow')}: timed out after 200 ms` });
    expect(took).toBeGreaterThanOrEqual(195);
    expect(took).toBeLessThan(2_000);
  });

  it('an abort ends the run at once', async () => {
    const ac = new AbortController();
    const p = probeHttp(spec('http', srv.url('/slow'), { timeoutMs: 60_000 }), ac.signal);
    setTimeout(() => ac.abort(), 20);
    const t0 = Date.now();
    expect((await p).status).toBe('critical');
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  it('reads at most MAX_CHECK_OUTPUT_BYTES of a huge body, then stops reading', async () => {
    const t0 = Date.now();
    const r = await probeHttp(spec('http', srv.url('/huge')), never);
    const took = Date.now() - t0;
    expect(r.status).toBe('passing');
    expect(Buffer.byteLength(r.output)).toBe(MAX_CHECK_OUTPUT_BYTES);
    expect(r.output).toMatch(/^HTTP GET \S+: 200 OK Output: x+$/);
    expect(took).toBeLessThan(2_000);
    // The server sees the connection go away long before it sent the body.
    await waitFor('the server to see the connection closed', () => hugeClosed, { timeoutMs: 5_000, intervalMs: 10 });
    expect(hugeSent).toBeLessThan(HUGE_BODY_BYTES / 8);
  });

  it('never splits a character at the 4 KiB cut', async () => {
    const r = await probeHttp(spec('http', srv.url('/utf8')), never);
    expect(Buffer.byteLength(r.output)).toBeLessThanOrEqual(MAX_CHECK_OUTPUT_BYTES);
    expect(Buffer.byteLength(r.output)).toBeGreaterThanOrEqual(MAX_CHECK_OUTPUT_BYTES - 1);
    expect(r.output).toMatch(/^HTTP GET \S+: 200 OK Output: é+$/);
  });

  it('follows redirects as Consul does, at most MAX_HTTP_REDIRECTS', async () => {
    expect(await probeHttp(spec('http', srv.url('/redirect')), never)).toEqual({
      status: 'passing',
      output: `HTTP GET ${srv.url('/redirect')}: 200 OK Output: all good`,
    });
    expect((await probeHttp(spec('http', srv.url('/redirect-down')), never)).status).toBe('critical');
    const before = srv.hits.get('/loop') ?? 0;
    expect(await probeHttp(spec('http', srv.url('/loop')), never)).toEqual({
      status: 'critical',
      output: `HTTP GET ${srv.url('/loop')}: stopped after ${MAX_HTTP_REDIRECTS} redirects`,
    });
    expect((srv.hits.get('/loop') ?? 0) - before).toBe(MAX_HTTP_REDIRECTS + 1);
    // A 3xx without a Location is an answer like any other: critical.
    expect(await probeHttp(spec('http', srv.url('/no-location')), never)).toEqual({
      status: 'critical',
      output: `HTTP GET ${srv.url('/no-location')}: 302 Found Output: moved, but where?`,
    });
  });

  it('connection refused is critical with the error', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/health`;
    const r = await probeHttp(spec('http', url), never);
    expect(r.status).toBe('critical');
    expect(r.output).toMatch(new RegExp(`^HTTP GET ${url.replace(/[.]/g, '\\.')}: .*ECONNREFUSED`));
  });

  it('an unusable URL is critical, never a throw', async () => {
    expect(await probeHttp(spec('http', 'not a url'), never)).toEqual({ status: 'critical', output: 'HTTP GET not a url: invalid URL "not a url"' });
    expect((await probeHttp(spec('http', 'ftp://127.0.0.1/x'), never)).output).toContain('unsupported protocol ftp:');
  });
});

describe('probeTcp', () => {
  it('connecting is passing', async () => {
    const server = net.createServer((s) => s.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const target = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await probeTcp(spec('tcp', target), never)).toEqual({ status: 'passing', output: `TCP connect ${target}: Success` });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('an IPv6 literal in brackets', async () => {
    const server = net.createServer((s) => s.destroy());
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(0, '::1', () => resolve(true));
    });
    if (!ok) return; // no IPv6 loopback on this machine
    const target = `[::1]:${(server.address() as AddressInfo).port}`;
    try {
      expect(await probeTcp(spec('tcp', target), never)).toEqual({ status: 'passing', output: `TCP connect ${target}: Success` });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('a closed port is critical with the error', async () => {
    const target = `127.0.0.1:${await closedPort()}`;
    const r = await probeTcp(spec('tcp', target), never);
    expect(r.status).toBe('critical');
    expect(r.output).toMatch(/^TCP connect 127\.0\.0\.1:\d+: connect ECONNREFUSED/);
  });

  it('a target that is not host:port is critical', async () => {
    expect(await probeTcp(spec('tcp', 'localhost'), never)).toEqual({ status: 'critical', output: 'TCP connect localhost: not host:port' });
  });

  it('parseHostPort', () => {
    expect(parseHostPort('127.0.0.1:80')).toEqual({ host: '127.0.0.1', port: 80 });
    expect(parseHostPort('db.example:5432')).toEqual({ host: 'db.example', port: 5432 });
    expect(parseHostPort('[::1]:8080')).toEqual({ host: '::1', port: 8080 });
    for (const bad of ['::1:8080', 'host', 'host:0', 'host:65536', '[::1]', ':80', 'a:b:80']) expect(parseHostPort(bad)).toBeUndefined();
  });
});
