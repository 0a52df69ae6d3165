import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

/**
 * Bytes one connection may hold back (delayed in the proxy plus waiting in the
 * destination socket's write buffer), per direction. Past this the connection
 * is destroyed: the delay turns into a cut, which Raft tolerates.
 */
export const MAX_DELAYED_BYTES = 16 * 1024 * 1024;

interface Held {
  /** When to release it (ms, `performance.now()` clock). */
  at: number;
  /** Bytes, or `'end'` (the source half-closed) or `'close'` (the source is gone). */
  item: Buffer | 'end' | 'close';
}

/**
 * One direction of one proxied connection: `src` → `dst`. With no delay and
 * nothing held it is a plain pipe with backpressure; with a delay each chunk
 * is released at max(now + delay + jitter, previous release), so bytes are
 * late but never reordered.
 */
class DelayLine {
  private readonly held: Held[] = [];
  private heldBytes = 0;
  private lastAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private done = false;

  constructor(private readonly proxy: LinkProxy, private readonly src: Socket, private readonly dst: Socket) {
    src.on('data', (chunk: Buffer) => this.push(chunk));
    src.on('end', () => this.push('end'));
    src.on('close', () => this.push('close'));
    dst.on('drain', () => src.resume());
    dst.on('close', () => this.stop());
  }

  get pending(): number {
    return this.held.length;
  }

  private push(item: Held['item']): void {
    if (this.done) return;
    const { ms, jitterMs, random } = this.proxy.delaySettings;
    if (ms <= 0 && this.held.length === 0) {
      this.emit(item);
      return;
    }
    const at = Math.max(performance.now() + Math.max(0, ms) + (jitterMs > 0 ? random() * jitterMs : 0), this.lastAt);
    this.lastAt = at;
    this.held.push({ at, item });
    if (Buffer.isBuffer(item)) {
      this.heldBytes += item.length;
      if (this.heldBytes + this.dst.writableLength > MAX_DELAYED_BYTES) {
        this.stop();
        this.src.destroy();
        this.dst.destroy();
        return;
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined || this.held.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.release(performance.now());
    }, Math.max(0, this.held[0]!.at - performance.now()));
  }

  /** Releases, in order, everything due by `now` (everything for `Infinity`). */
  release(now: number): void {
    if (this.timer !== undefined && now === Infinity) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    while (!this.done && this.held.length > 0 && this.held[0]!.at <= now) {
      const h = this.held.shift()!;
      if (Buffer.isBuffer(h.item)) this.heldBytes -= h.item.length;
      this.emit(h.item);
    }
    this.schedule();
  }

  private emit(item: Held['item']): void {
    if (this.done || this.dst.destroyed) return;
    if (item === 'end') {
      this.dst.end();
    } else if (item === 'close') {
      // Whatever was written before still goes out, then the connection goes.
      this.stop();
      const dst = this.dst;
      if (dst.writableFinished) dst.destroy();
      else if (dst.writableEnded) dst.once('finish', () => dst.destroy());
      else dst.end(() => dst.destroy());
    } else if (!this.dst.write(item) && this.proxy.delaySettings.ms <= 0) {
      // Plain pipe: backpressure. (Delayed, bytes are in flight and the cap bounds them.)
      this.src.pause();
    }
  }

  private stop(): void {
    this.done = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.held.length = 0;
    this.heldBytes = 0;
  }
}

/**
 * A TCP proxy for one directed peer link (node i dials node j through it), on
 * loopback. The harness controls it: `cut()` drops every open connection and
 * refuses new ones, `delay()` holds bytes back (both directions, order kept),
 * `heal()` undoes both.
 */
export class LinkProxy {
  private cutNow = false;
  private delayMs = 0;
  private jitterMs = 0;
  private random: () => number = Math.random;
  private readonly sockets = new Set<Socket>();
  private readonly lines = new Set<DelayLine>();

  private constructor(private readonly server: Server, readonly port: number, readonly targetPort: number) {}

  static async start(targetPort: number): Promise<LinkProxy> {
    const server = createServer({ allowHalfOpen: true });
    const port = await new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const a = server.address();
        if (a === null || typeof a === 'string') reject(new Error('proxy: no address'));
        else resolve(a.port);
      });
    });
    const p = new LinkProxy(server, port, targetPort);
    server.on('connection', (s) => p.accept(s));
    return p;
  }

  get isCut(): boolean {
    return this.cutNow;
  }

  /** The current delay (0: none). */
  get delaySettings(): { ms: number; jitterMs: number; random: () => number } {
    return { ms: this.delayMs, jitterMs: this.jitterMs, random: this.random };
  }

  private track(s: Socket): void {
    this.sockets.add(s);
    s.on('close', () => this.sockets.delete(s));
    s.on('error', () => s.destroy());
  }

  private accept(inbound: Socket): void {
    this.track(inbound);
    if (this.cutNow) {
      inbound.destroy();
      return;
    }
    const outbound = createConnection({ host: '127.0.0.1', port: this.targetPort, allowHalfOpen: true });
    this.track(outbound);
    for (const line of [new DelayLine(this, inbound, outbound), new DelayLine(this, outbound, inbound)]) {
      this.lines.add(line);
      const forget = () => {
        if (inbound.destroyed && outbound.destroyed) this.lines.delete(line);
      };
      inbound.once('close', forget);
      outbound.once('close', forget);
    }
  }

  /** Drops every connection on this link and refuses new ones. */
  cut(): void {
    this.cutNow = true;
    for (const s of this.sockets) s.destroy();
  }

  /**
   * Holds back the bytes of every connection, both directions, by `ms` plus
   * up to `jitterMs` (drawn from `random`, [0, 1)) per chunk, never
   * reordering them. Applies to bytes that arrive from now on.
   */
  delay(ms: number, jitterMs = 0, random: () => number = Math.random): void {
    this.delayMs = Math.max(0, ms);
    this.jitterMs = Math.max(0, jitterMs);
    this.random = random;
  }

  /** Lets connections through again: no cut, no delay, held bytes released now. */
  heal(): void {
    this.cutNow = false;
    this.delayMs = 0;
    this.jitterMs = 0;
    for (const line of this.lines) line.release(Infinity);
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
