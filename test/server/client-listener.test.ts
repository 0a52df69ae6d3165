// The client port in front of a real grpc-js server: ordinary clients go
// straight through; a client that sends a URL as :authority (etcd 3.4's Go
// client does, for per-member calls) is answered instead of being reset;
// bytes that are not HTTP/2 are refused and the port keeps serving.
import { connect as h2connect, type ClientHttp2Session } from 'node:http2';
import { connect as tcpConnect, type Server as NetServer } from 'node:net';
import { credentials, makeGenericClientConstructor, Server, ServerCredentials, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixAuthority, listenClients } from '../../src/server/client-listener.js';

describe('fixAuthority', () => {
  it.each([
    ['127.0.0.1:2379', undefined],
    ['localhost', undefined],
    ['[::1]:2379', undefined],
    ['http://127.0.0.1:2379', '127.0.0.1:2379'],
    ['https://[::1]:2379/', '[::1]:2379'],
    ['http://host:1/some/path', 'host:1'],
    ['unix:///tmp/sock', 'localhost'],
    ['a b', 'localhost'],
  ])('%s → %s', (value, fixed) => {
    expect(fixAuthority(value)).toBe(fixed);
  });
});

const PATH = '/test.Echo/Echo';
const identity = (b: Buffer) => b;
const definition = {
  Echo: { path: PATH, requestStream: false, responseStream: false, requestSerialize: identity, requestDeserialize: identity, responseSerialize: identity, responseDeserialize: identity },
};

let grpcServer: Server;
let listener: NetServer;
let port: number;

beforeAll(async () => {
  grpcServer = new Server();
  grpcServer.addService(definition, {
    Echo: (call: ServerUnaryCall<Buffer, Buffer>, cb: sendUnaryData<Buffer>) => cb(null, call.request),
  });
  const injector = grpcServer.createConnectionInjector(ServerCredentials.createInsecure());
  listener = await listenClients('127.0.0.1', 0, (conn) => injector.injectConnection(conn), pino({ level: 'silent' }));
  port = (listener.address() as { port: number }).port;
});

afterAll(async () => {
  listener.close();
  grpcServer.forceShutdown();
});

/** One gRPC message frame: uncompressed flag, length, bytes. */
function grpcMessage(body: string): Buffer {
  const b = Buffer.from(body);
  const h = Buffer.alloc(5);
  h.writeUInt32BE(b.length, 1);
  return Buffer.concat([h, b]);
}

/** A raw HTTP/2 gRPC call with the headers given; resolves with grpc-status and the echoed body. */
function rawCall(session: ClientHttp2Session, headers: Record<string, string>, body: string): Promise<{ grpcStatus: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = session.request({ ':method': 'POST', ':path': PATH, 'content-type': 'application/grpc', te: 'trailers', ...headers });
    const chunks: Buffer[] = [];
    let grpcStatus: string | undefined;
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('trailers', (t) => (grpcStatus = t['grpc-status'] as string | undefined));
    req.on('error', reject);
    req.on('close', () => {
      if (req.rstCode !== 0) return reject(new Error(`stream reset with code ${req.rstCode}`));
      resolve({ grpcStatus, body: Buffer.concat(chunks).subarray(5).toString() });
    });
    req.end(grpcMessage(body));
  });
}

describe('listenClients', () => {
  it('passes ordinary gRPC clients straight through', async () => {
    const Client = makeGenericClientConstructor(definition, 'Echo');
    const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure());
    const echo = (s: string) => new Promise<string>((resolve, reject) => {
      client.makeUnaryRequest(PATH, identity, identity, Buffer.from(s), (err, r) => (err ? reject(err) : resolve(r!.toString())));
    });
    expect(await Promise.all([echo('a'), echo('b'), echo('c')])).toEqual(['a', 'b', 'c']);
    client.close();
  });

  it('answers requests whose :authority is a URL, across many requests on one connection and large header blocks', async () => {
    const session = h2connect(`http://127.0.0.1:${port}`);
    try {
      const authority = `http://127.0.0.1:${port}`;
      // The first request adds the authority to the HPACK table, later ones refer to it.
      for (let i = 0; i < 5; i++) expect(await rawCall(session, { ':authority': authority }, `m${i}`)).toEqual({ grpcStatus: '0', body: `m${i}` });
      // A header block larger than one frame arrives as HEADERS + CONTINUATION.
      const big = await rawCall(session, { ':authority': authority, 'x-big': 'v'.repeat(40_000) }, 'big');
      expect(big).toEqual({ grpcStatus: '0', body: 'big' });
    } finally {
      session.close();
    }
  });

  it('refuses bytes that are not HTTP/2 and keeps serving', async () => {
    const closed = await new Promise<boolean>((resolve) => {
      const s = tcpConnect(port, '127.0.0.1', () => s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
      s.on('data', () => {});
      s.on('error', () => {});
      s.on('close', () => resolve(true));
    });
    expect(closed).toBe(true);
    const session = h2connect(`http://127.0.0.1:${port}`);
    try {
      expect(await rawCall(session, {}, 'still here')).toEqual({ grpcStatus: '0', body: 'still here' });
    } finally {
      session.close();
    }
  });
});
