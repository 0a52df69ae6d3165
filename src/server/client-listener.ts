// The client port: TCP connections handed to the gRPC server.
//
// etcd 3.4's Go client, for calls it sends to one named member (etcdctl
// `endpoint status`, `endpoint hashkv`, `defrag`, `snapshot save`, and
// everything with `--cluster`), puts the endpoint exactly as given, e.g.
// `http://127.0.0.1:2379`, in the HTTP/2 `:authority` header. etcd's Go server
// does not look at it. Node's HTTP/2 layer (nghttp2) refuses such a request
// with RST_STREAM PROTOCOL_ERROR before gRPC ever sees it, and offers no
// switch to allow it.
//
// So each connection is looked at before the gRPC server gets it. We answer the
// client's preface with an empty SETTINGS frame, because Go clients wait for
// one before their first request, and we drop the client's ACK of it. Then we
// decode the first request's headers:
// - a valid authority (every client but those above): the socket goes to the
//   gRPC server as it is, with the bytes read so far put back, and Node reads
//   it natively from then on;
// - a URL as authority: the connection goes through an AuthorityRewriter for
//   its whole life. It re-encodes every header block with the authority cut
//   down to host:port. This path is slower, and only those calls take it.

import { createServer, type Server as NetServer, type Socket } from 'node:net';
import { Duplex } from 'node:stream';
import hpack from 'hpack.js';
import type { Logger } from 'pino';

const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');
const FRAME_HEADER_BYTES = 9;
const TYPE_HEADERS = 0x1;
const TYPE_SETTINGS = 0x4;
const TYPE_CONTINUATION = 0x9;
const FLAG_ACK = 0x1;
const FLAG_END_STREAM = 0x1;
const FLAG_END_HEADERS = 0x4;
const FLAG_PADDED = 0x8;
const FLAG_PRIORITY = 0x20;
/** An empty SETTINGS frame: "the defaults", enough for a client waiting for the server's preface. */
const EMPTY_SETTINGS = Buffer.from([0, 0, 0, TYPE_SETTINGS, 0, 0, 0, 0, 0]);

/** Bytes a new connection may send before its first request is decided on; past this it is handed over as it is. */
export const MAX_SNIFF_BYTES = 64 * 1024;
/** How long a new connection may take to send its first request before it is handed over as it is. */
export const SNIFF_TIMEOUT_MS = 10_000;
/** HPACK dynamic table size: HTTP/2's default, which the gRPC server keeps. */
const HEADER_TABLE_BYTES = 4096;
/** HTTP/2's default SETTINGS_MAX_FRAME_SIZE: rewritten header blocks are split to fit. */
const MAX_FRAME_BYTES = 16384;
/** A header block (HEADERS + CONTINUATION) larger than this closes the connection. */
const MAX_HEADER_BLOCK_BYTES = 256 * 1024;

/** The characters nghttp2 accepts in :authority (RFC 3986 authority). */
const AUTHORITY_OK = /^[A-Za-z0-9\-._~!$&'()*+,;=:@[\]%]+$/;

/**
 * The authority to send on instead of `value`, or undefined if `value` is
 * fine as it is. `http://127.0.0.1:2379` becomes `127.0.0.1:2379`.
 */
export function fixAuthority(value: string): string | undefined {
  if (AUTHORITY_OK.test(value)) return undefined;
  let s = value;
  const scheme = s.indexOf('://');
  if (scheme >= 0) s = s.slice(scheme + 3);
  const path = s.indexOf('/');
  if (path >= 0) s = s.slice(0, path);
  return AUTHORITY_OK.test(s) ? s : 'localhost';
}

interface Frame {
  type: number;
  flags: number;
  streamId: number;
  payload: Buffer;
  raw: Buffer;
}

/** Cuts a byte stream (after the preface) into HTTP/2 frames. */
class FrameReader {
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): Frame[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const frames: Frame[] = [];
    let at = 0;
    while (this.pending.length - at >= FRAME_HEADER_BYTES) {
      const length = this.pending.readUIntBE(at, 3);
      const end = at + FRAME_HEADER_BYTES + length;
      if (this.pending.length < end) break;
      const raw = this.pending.subarray(at, end);
      frames.push({ type: raw[3]!, flags: raw[4]!, streamId: raw.readUInt32BE(5) & 0x7fff_ffff, payload: raw.subarray(FRAME_HEADER_BYTES), raw });
      at = end;
    }
    this.pending = this.pending.subarray(at);
    return frames;
  }

  /** Bytes of an incomplete frame held back. */
  get held(): Buffer {
    return this.pending;
  }
}

/** The header block fragment of a HEADERS frame, and its priority fields if any. */
function headersFragment(f: Frame): { priority: Buffer | undefined; fragment: Buffer } {
  let p = f.payload;
  let pad = 0;
  if (f.flags & FLAG_PADDED) {
    pad = p[0] ?? 0;
    p = p.subarray(1);
  }
  let priority: Buffer | undefined;
  if (f.flags & FLAG_PRIORITY) {
    priority = p.subarray(0, 5);
    p = p.subarray(5);
  }
  if (pad > p.length) throw new Error('HEADERS padding longer than the frame');
  return { priority, fragment: p.subarray(0, p.length - pad) };
}

function frame(type: number, flags: number, streamId: number, payload: Buffer): Buffer {
  const h = Buffer.alloc(FRAME_HEADER_BYTES);
  h.writeUIntBE(payload.length, 0, 3);
  h[3] = type;
  h[4] = flags;
  h.writeUInt32BE(streamId, 5);
  return Buffer.concat([h, payload]);
}

interface HeaderField {
  name: string;
  value: string;
  neverIndex?: boolean;
}

function decodeBlock(d: hpack.Decompressor, block: Buffer): HeaderField[] {
  d.write(block);
  d.execute();
  const out: HeaderField[] = [];
  for (let h = d.read(); h !== null; h = d.read()) out.push(h);
  return out;
}

/** Collects one header block (a HEADERS frame and its CONTINUATIONs). */
class HeaderBlock {
  private readonly parts: Buffer[] = [];
  private bytes = 0;
  constructor(readonly headers: Frame, readonly priority: Buffer | undefined, fragment: Buffer) {
    this.add(fragment);
  }
  add(fragment: Buffer): void {
    this.bytes += fragment.length;
    if (this.bytes > MAX_HEADER_BLOCK_BYTES) throw new Error(`header block over ${MAX_HEADER_BLOCK_BYTES} bytes`);
    this.parts.push(fragment);
  }
  get block(): Buffer {
    return Buffer.concat(this.parts);
  }
}

/** Joins each HEADERS frame with its CONTINUATION frames into one header block. */
class HeaderBlocks {
  private open: HeaderBlock | undefined;

  /** 'other' for a frame outside any header block, undefined while a block is incomplete, else the finished block. */
  take(f: Frame): HeaderBlock | 'other' | undefined {
    if (this.open !== undefined) {
      if (f.type !== TYPE_CONTINUATION || f.streamId !== this.open.headers.streamId) throw new Error('header block interrupted');
      this.open.add(f.payload);
    } else if (f.type === TYPE_HEADERS) {
      const { priority, fragment } = headersFragment(f);
      this.open = new HeaderBlock(f, priority, fragment);
    } else {
      return 'other';
    }
    if ((f.flags & FLAG_END_HEADERS) === 0) return undefined;
    const done = this.open;
    this.open = undefined;
    return done;
  }
}

/**
 * Carries a connection whose requests name a URL as :authority: client bytes
 * pass frame by frame with every header block re-encoded with fixed
 * authorities, server bytes pass untouched.
 */
export class AuthorityRewriter extends Duplex {
  private readonly frames = new FrameReader();
  private readonly decoder = hpack.decompressor.create({ table: { size: HEADER_TABLE_BYTES } });
  private readonly encoder = hpack.compressor.create({ table: { size: HEADER_TABLE_BYTES } });
  private readonly blocks = new HeaderBlocks();

  /** `first`: what the client sent so far, starting with the preface the sniffer checked. */
  constructor(private readonly socket: Socket, first: Buffer) {
    super();
    socket.on('data', (d: Buffer) => this.fromClient(d));
    socket.on('end', () => this.push(null));
    socket.on('error', (err) => this.destroy(err));
    socket.on('close', () => this.destroy());
    this.forward(first.subarray(0, PREFACE.length));
    this.fromClient(first.subarray(PREFACE.length));
  }

  override _read(): void {
    this.socket.resume();
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.socket.write(chunk, cb);
  }

  override _final(cb: (err?: Error | null) => void): void {
    this.socket.end(cb);
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    this.socket.destroy(err ?? undefined);
    cb(err);
  }

  private fromClient(chunk: Buffer): void {
    if (this.destroyed) return;
    try {
      for (const f of this.frames.push(chunk)) {
        const b = this.blocks.take(f);
        if (b === 'other') this.forward(f.raw);
        else if (b !== undefined) this.rewrite(b);
      }
    } catch (err) {
      this.destroy(err as Error);
    }
  }

  private rewrite(b: HeaderBlock): void {
    const fields = decodeBlock(this.decoder, b.block).map((h) => {
      if (h.name !== ':authority' && h.name !== 'host') return h;
      const fixed = fixAuthority(h.value);
      return fixed === undefined ? h : { ...h, value: fixed };
    });
    this.encoder.write(fields);
    const parts: Buffer[] = [];
    for (let c = this.encoder.read(); c !== null; c = this.encoder.read()) parts.push(c);
    let block = Buffer.concat(parts);
    if (b.priority !== undefined) block = Buffer.concat([b.priority, block]);
    const id = b.headers.streamId;
    const keep = b.headers.flags & (FLAG_END_STREAM | FLAG_PRIORITY);
    let first = true;
    do {
      const piece = block.subarray(0, MAX_FRAME_BYTES);
      block = block.subarray(piece.length);
      const end = block.length === 0 ? FLAG_END_HEADERS : 0;
      this.forward(first ? frame(TYPE_HEADERS, keep | end, id, piece) : frame(TYPE_CONTINUATION, end, id, piece));
      first = false;
    } while (block.length > 0);
  }

  private forward(bytes: Buffer): void {
    if (bytes.length > 0 && !this.push(bytes)) this.socket.pause();
  }
}

/**
 * Looks at a new connection's first request and hands the connection to
 * `serve`: the socket itself, or an AuthorityRewriter around it.
 */
function sniff(socket: Socket, serve: (conn: Duplex) => void, log: Logger): void {
  const kept: Buffer[] = [];
  let received = 0;
  let prefaceChecked = false;
  let prefaceBytes = Buffer.alloc(0);
  const frames = new FrameReader();
  const blocks = new HeaderBlocks();
  const decoder = hpack.decompressor.create({ table: { size: HEADER_TABLE_BYTES } });
  let ackDropped = false;
  let authority: string | undefined;

  const handOver = (rewrite: boolean) => {
    clearTimeout(timer);
    socket.removeListener('data', onData);
    socket.removeListener('error', onError);
    socket.pause();
    const bytes = Buffer.concat([...kept, frames.held]);
    if (rewrite) {
      log.debug({ authority, remote: socket.remoteAddress }, 'client sends a URL as :authority; rewriting its header blocks');
      serve(new AuthorityRewriter(socket, bytes));
      return;
    }
    if (bytes.length > 0) socket.unshift(bytes);
    serve(socket);
  };

  const onData = (chunk: Buffer) => {
    received += chunk.length;
    let data = chunk;
    if (!prefaceChecked) {
      prefaceBytes = Buffer.concat([prefaceBytes, data]);
      if (prefaceBytes.length < PREFACE.length) {
        if (!PREFACE.subarray(0, prefaceBytes.length).equals(prefaceBytes)) return handOverRaw(prefaceBytes);
        return;
      }
      if (!prefaceBytes.subarray(0, PREFACE.length).equals(PREFACE)) return handOverRaw(prefaceBytes);
      prefaceChecked = true;
      kept.push(PREFACE);
      data = prefaceBytes.subarray(PREFACE.length);
      socket.write(EMPTY_SETTINGS);
    }
    try {
      for (const f of frames.push(data)) {
        if (f.type === TYPE_SETTINGS && (f.flags & FLAG_ACK) !== 0 && !ackDropped) {
          ackDropped = true; // the ACK of our SETTINGS: the gRPC server never sent one
          continue;
        }
        kept.push(f.raw);
        if (authority !== undefined) continue;
        const b = blocks.take(f);
        if (b !== 'other' && b !== undefined) authority = decodeBlock(decoder, b.block).find((h) => h.name === ':authority')?.value ?? '';
      }
    } catch {
      return handOver(false); // not for us to judge: the gRPC server answers it
    }
    if (authority !== undefined && ackDropped) return handOver(authority !== '' && fixAuthority(authority) !== undefined);
    if (received > MAX_SNIFF_BYTES) return handOver(false);
  };

  // Not HTTP/2: the gRPC server answers it as it would.
  const handOverRaw = (bytes: Buffer) => {
    kept.length = 0;
    kept.push(bytes);
    handOver(false);
  };
  const onError = () => {
    clearTimeout(timer);
    socket.destroy();
  };
  const timer = setTimeout(() => handOver(false), SNIFF_TIMEOUT_MS);
  socket.on('data', onData);
  socket.on('error', onError);
}

/** Accepts client connections on `host:port` and passes each to `serve`. */
export async function listenClients(host: string, port: number, serve: (conn: Duplex) => void, log: Logger): Promise<NetServer> {
  const server = createServer({ noDelay: true }, (socket) => sniff(socket, serve, log));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  return server;
}
