// Real servers on loopback for the probe and runner tests.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { ActiveCheckSpec } from '../../src/health/active-checks.js';
import type { FlapThresholds } from '../../src/health/check.js';

export const NO_DAMPING: FlapThresholds = { successBeforePassing: 0, failuresBeforeWarning: 0, failuresBeforeCritical: 0 };

export function spec(kind: ActiveCheckSpec['kind'], target: string, over: Partial<ActiveCheckSpec> = {}): ActiveCheckSpec {
  return { kind, target, grpcService: '', intervalMs: 1_000, timeoutMs: 2_000, thresholds: NO_DAMPING, ...over };
}

export interface HttpTarget {
  url(path: string): string;
  /** Requests being answered now, and the most seen at once. */
  readonly live: { now: number; max: number };
  /** Requests received, by path (query included). */
  readonly hits: Map<string, number>;
  /** The headers of the last request. */
  lastHeaders: http.IncomingHttpHeaders | undefined;
  close(): Promise<void>;
}

/** An HTTP server; `handle` answers, or returns false to leave the request to the default (404). */
export async function httpTarget(handle: (req: http.IncomingMessage, res: http.ServerResponse) => boolean | void): Promise<HttpTarget> {
  const live = { now: 0, max: 0 };
  const hits = new Map<string, number>();
  const t: HttpTarget = {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    live,
    hits,
    lastHeaders: undefined,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = http.createServer((req, res) => {
    live.now++;
    live.max = Math.max(live.max, live.now);
    let counted = true;
    const done = (): void => {
      if (counted) live.now--;
      counted = false;
    };
    res.once('finish', done);
    res.once('close', done);
    hits.set(req.url ?? '', (hits.get(req.url ?? '') ?? 0) + 1);
    t.lastHeaders = req.headers;
    if (handle(req, res) === false) {
      res.statusCode = 404;
      res.end('no such page');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return t;
}

/** A port nothing listens on (bound by the OS, then closed). */
export async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
