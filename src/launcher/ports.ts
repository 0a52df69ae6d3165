// Loopback ports for members started by tests and jepsen-lite.
import { createServer } from 'node:net';

/**
 * Ports come from below Linux's ephemeral range (32768 and up), so an outgoing
 * connection or a proxy's listen(0) can never take one between our check and
 * the member's bind.
 */
export const MEMBER_PORT_RANGE: readonly [number, number] = [20000, 32000];
const MAX_ATTEMPTS = 2000;

/** Ports handed out by this process: never handed out twice. */
const handedOut = new Set<number>();

/** Whether `port` on 127.0.0.1 can be bound right now. */
export function canBind(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });
}

/**
 * The first of `width` consecutive ports on 127.0.0.1 that are free now, in
 * MEMBER_PORT_RANGE, and never handed out before by this process.
 */
export async function reservePorts(width = 1): Promise<number> {
  const [lo, hi] = MEMBER_PORT_RANGE;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const base = lo + Math.floor(Math.random() * (hi - lo - width));
    const run = Array.from({ length: width }, (_, i) => base + i);
    if (run.some((p) => handedOut.has(p))) continue;
    if ((await Promise.all(run.map(canBind))).every(Boolean)) {
      for (const p of run) handedOut.add(p);
      return base;
    }
  }
  throw new Error(`no ${width} free consecutive port(s) in ${lo}-${hi}`);
}

/** One free port (see reservePorts). */
export function reservePort(): Promise<number> {
  return reservePorts(1);
}
