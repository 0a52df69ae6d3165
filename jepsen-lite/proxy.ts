import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy for one directed peer link (node i dials node j through it), on
 * loopback. The harness controls it: `cut()` drops every open connection and
 * refuses new ones until `heal()`.
 */
export class LinkProxy {
  private cutNow = false;
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server, readonly port: number, readonly targetPort: number) {}

  static async start(targetPort: number): Promise<LinkProxy> {
    const server = createServer();
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
    const outbound = createConnection({ host: '127.0.0.1', port: this.targetPort });
    this.track(outbound);
    inbound.pipe(outbound);
    outbound.pipe(inbound);
    inbound.on('close', () => outbound.destroy());
    outbound.on('close', () => inbound.destroy());
  }

  /** Drops every connection on this link and refuses new ones. */
  cut(): void {
    this.cutNow = true;
    for (const s of this.sockets) s.destroy();
  }

  /** Lets connections through again. */
  heal(): void {
    this.cutNow = false;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
