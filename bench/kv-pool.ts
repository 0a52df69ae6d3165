// The benchmark's connections: clients of the client library (src/client),
// each pinned to one endpoint, spread round-robin. Works the same against
// regd and etcd.
//
// `connsPerEndpoint` clients per endpoint (default 1), each with its own TCP
// connection. Requests go round-robin over all clients, endpoint-major, so
// consecutive requests hit consecutive endpoints. All in-flight requests on a
// client are multiplexed as HTTP/2 streams, as etcd's own clients do. The
// clients do not retry: a failed request is counted as an error, not hidden.
//
// Other services (Watch, Lease) use the same clients, so every workload uses
// the same connections.

import { createClient, parseEndpoint, type Client } from '../src/client/index.js';

export class KvPool {
  /** One client per connection, endpoint-major. */
  readonly clients: Client[] = [];
  private next = 0;

  constructor(readonly endpoints: readonly string[], connsPerEndpoint: number, readonly timeoutMs: number) {
    if (endpoints.length === 0) throw new Error('no endpoints');
    for (let c = 0; c < connsPerEndpoint; c++) {
      for (const e of endpoints) this.clients.push(createClient({ endpoints: [e], requestTimeoutMs: timeoutMs, retry: false, separateConnections: true }));
    }
  }

  /** The next client, round-robin. */
  pick(): Client {
    const c = this.clients[this.next]!;
    this.next = (this.next + 1) % this.clients.length;
    return c;
  }

  /** A put on the next connection; resolves with the revision it created. */
  async put(key: Uint8Array, value: Uint8Array): Promise<bigint> {
    return (await this.pick().kv.put(key, value)).header.revision;
  }

  /** A read of one key on the next connection. */
  async get(key: Uint8Array, serializable = false): Promise<void> {
    await this.pick().kv.range(key, serializable ? { serializable } : undefined);
  }

  close(): void {
    for (const c of this.clients) c.close();
  }
}

/** `host:port,host:port` (an `http://` prefix is accepted and dropped). */
export function parseEndpoints(s: string): string[] {
  const out = s.split(',').map((e) => e.trim()).filter((e) => e.length > 0).map((e) => {
    try {
      return parseEndpoint(e);
    } catch {
      throw new Error(`endpoint "${e}" is not host:port`);
    }
  });
  if (out.length === 0) throw new Error('--endpoints is empty');
  return out;
}
