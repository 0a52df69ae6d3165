import { createConnection, createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { LinkProxy } from '../../jepsen-lite/proxy.js';

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

describe('LinkProxy', () => {
  let echo: Server;
  let proxy: LinkProxy;
  afterAll(async () => {
    await proxy?.close();
    await new Promise<void>((r) => echo.close(() => r()));
  });

  it('passes traffic, drops it when cut, passes again when healed', async () => {
    echo = createServer((s) => s.pipe(s));
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', () => r()));
    const addr = echo.address();
    if (addr === null || typeof addr === 'string') throw new Error('no address');
    proxy = await LinkProxy.start(addr.port);
    expect(await echoThrough(proxy.port, 'hello')).toBe('hello');

    // An open connection is dropped by the cut.
    const open = createConnection({ host: '127.0.0.1', port: proxy.port });
    await new Promise<void>((r) => open.once('connect', () => r()));
    const closed = new Promise<void>((r) => open.once('close', () => r()));
    open.on('error', () => undefined);
    open.write('x');
    proxy.cut();
    await closed;
    await expect(echoThrough(proxy.port, 'refused')).rejects.toThrow();

    proxy.heal();
    expect(await echoThrough(proxy.port, 'again')).toBe('again');
  });
});
