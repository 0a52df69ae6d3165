import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LinkProxy, MAX_DELAYED_BYTES } from '../../jepsen-lite/proxy.js';

/** Connects to the port, sends `msg`, resolves with the echo, or rejects if the connection closes first. */
function echoThrough(port: number, msg: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = createConnection({ host: '127.0.0.1', port });
    let got = '';
    s.on('connect', () => s.write(msg));
    s.on('data', (d) => {
      got += d.toString();
      if (got.length >= msg.length) {
        s.destroy();
        resolve(got);
      }
    });
    s.on('error', reject);
    s.on('close', () => reject(new Error('closed')));
  });
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new Error('no address');
  return addr.port;
}

async function connect(port: number): Promise<Socket> {
  const s = createConnection({ host: '127.0.0.1', port });
  s.on('error', () => undefined);
  await new Promise<void>((r) => s.once('connect', () => r()));
  return s;
}

/** Resolves with everything `s` receives once it has at least `n` bytes. */
function receive(s: Socket, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let len = 0;
    const onData = (d: Buffer) => {
      parts.push(d);
      len += d.length;
      if (len >= n) {
        s.off('data', onData);
        resolve(Buffer.concat(parts));
      }
    };
    s.on('data', onData);
    s.once('close', () => reject(new Error(`closed after ${len} of ${n} bytes`)));
  });
}

const tick = () => new Promise<void>((r) => setImmediate(r));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('LinkProxy', () => {
  let echo: Server;
  let echoPort: number;
  const proxies: LinkProxy[] = [];
  const clients: Socket[] = [];

  beforeAll(async () => {
    echo = createServer((s) => {
      s.on('error', () => undefined);
      s.pipe(s);
    });
    echoPort = await listen(echo);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await Promise.all(proxies.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    await new Promise<void>((r) => echo.close(() => r()));
  });

  async function proxy(port = echoPort): Promise<LinkProxy> {
    const p = await LinkProxy.start(port);
    proxies.push(p);
    return p;
  }
  async function client(port: number): Promise<Socket> {
    const c = await connect(port);
    clients.push(c);
    return c;
  }

  it('passes traffic, drops it when cut, passes again when healed', async () => {
    const p = await proxy();
    expect(await echoThrough(p.port, 'hello')).toBe('hello');

    // An open connection is dropped by the cut.
    const open = await client(p.port);
    const closed = new Promise<void>((r) => open.once('close', () => r()));
    open.write('x');
    p.cut();
    expect(p.isCut).toBe(true);
    await closed;
    await expect(echoThrough(p.port, 'refused')).rejects.toThrow();

    p.heal();
    expect(p.isCut).toBe(false);
    expect(await echoThrough(p.port, 'again')).toBe('again');
  });

  it('holds bytes back by at least the delay, each way', async () => {
    const p = await proxy();
    const c = await client(p.port);
    // Warm up the connection to the echo server first.
    c.write('w');
    await receive(c, 1);
    p.delay(150, 20);
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const got = receive(c, 4);
      c.write('ping');
      expect((await got).toString()).toBe('ping');
      // Through the proxy to the echo server and back: delayed twice.
      expect(performance.now() - t0).toBeGreaterThanOrEqual(2 * 150 - 5);
    }
  });

  it('keeps the order over many chunks, across delay changes and jitter', async () => {
    const p = await proxy();
    const c = await client(p.port);
    const chunks = 600;
    const sent: Buffer[] = [];
    for (let i = 0; i < chunks; i++) sent.push(Buffer.from(`<${i}:${'x'.repeat(i % 37)}>`));
    const all = Buffer.concat(sent);
    const got = receive(c, all.length);
    p.delay(40, 60);
    for (let i = 0; i < chunks; i++) {
      // A shrinking delay must not let later chunks overtake earlier ones.
      if (i === 200) p.delay(5, 5);
      if (i === 400) p.delay(80, 0);
      c.write(sent[i]!);
      if (i % 10 === 0) await tick();
    }
    expect((await got).equals(all)).toBe(true);
  });

  it('heal releases held bytes at once and clears the delay', async () => {
    const p = await proxy();
    const c = await client(p.port);
    c.write('w');
    await receive(c, 1);
    p.delay(3_600_000);
    let arrived = false;
    const got = receive(c, 4).then((b) => {
      arrived = true;
      return b;
    });
    c.write('held');
    await sleep(100);
    expect(arrived).toBe(false);
    p.heal();
    expect((await got).toString()).toBe('held');
    // No delay any more: new traffic flows straight through.
    expect(await echoThrough(p.port, 'fresh')).toBe('fresh');
  });

  it('delivers delayed bytes before the close that followed them', async () => {
    let resolveSink: (b: Buffer) => void = () => undefined;
    const sunk = new Promise<Buffer>((r) => (resolveSink = r));
    const sink = createServer((s) => {
      const parts: Buffer[] = [];
      s.on('data', (d: Buffer) => parts.push(d));
      s.on('error', () => undefined);
      s.on('close', () => resolveSink(Buffer.concat(parts)));
    });
    const sinkPort = await listen(sink);
    try {
      const p = await proxy(sinkPort);
      const c = await connect(p.port);
      p.delay(100);
      c.write('last words');
      c.end();
      expect((await sunk).toString()).toBe('last words');
    } finally {
      await new Promise<void>((r) => sink.close(() => r()));
    }
  });

  it('destroys a connection that would hold more than MAX_DELAYED_BYTES', async () => {
    const p = await proxy();
    const c = await client(p.port);
    c.write('w');
    await receive(c, 1);
    p.delay(3_600_000);
    const closed = new Promise<void>((r) => c.once('close', () => r()));
    const block = Buffer.alloc(1024 * 1024, 7);
    for (let sent = 0; sent <= MAX_DELAYED_BYTES; sent += block.length) c.write(block);
    await closed;
    expect(c.destroyed).toBe(true);
    // The link itself is not cut: a new connection is accepted (and delayed).
    p.heal();
    expect(await echoThrough(p.port, 'still here')).toBe('still here');
  });
});
