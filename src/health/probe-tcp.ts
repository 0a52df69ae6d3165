// The TCP check, as Consul runs it: connect to host:port (an IPv6 literal in
// brackets); connected within the timeout is passing, anything else critical.
// The connection is closed at once; nothing is sent.

import net from 'node:net';
import type { CheckResult } from './check-state.js';
import type { ActiveCheckSpec } from './active-checks.js';
import { truncateCheckOutput } from './check.js';

/** host and port of a `host:port` / `[v6]:port` target; undefined when it is not of that form. */
export function parseHostPort(target: string): { host: string; port: number } | undefined {
  const m = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(target);
  if (m === null) return undefined;
  const port = Number(m[3]);
  if (port < 1 || port > 65_535) return undefined;
  return { host: (m[1] ?? m[2])!, port };
}

/** Runs a TCP check once. Never throws. */
export function probeTcp(spec: ActiveCheckSpec, signal: AbortSignal): Promise<CheckResult> {
  const head = `TCP connect ${spec.target}`;
  const hp = parseHostPort(spec.target);
  if (hp === undefined) return Promise.resolve(critical(`${head}: not host:port`));
  if (signal.aborted) return Promise.resolve(critical(`${head}: aborted`));
  return new Promise<CheckResult>((resolve) => {
    const socket = net.connect({ host: hp.host, port: hp.port });
    const done = (r: CheckResult): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(r);
    };
    const onAbort = (): void => done(critical(`${head}: aborted`));
    const timer = setTimeout(() => done(critical(`${head}: timed out after ${spec.timeoutMs} ms`)), spec.timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => done({ status: 'passing', output: `${head}: Success` }));
    socket.on('error', (err) => done(critical(`${head}: ${err.message}`)));
  });
}

function critical(output: string): CheckResult {
  return { status: 'critical', output: truncateCheckOutput(output) };
}
