import { createClient, type Client } from '../../../src/client/index.js';
import type { LocalCluster } from './local-cluster.js';

/**
 * A client of one member only, without retries: the tests see each call's own
 * answer (fail-over and retries are tested in test/client).
 */
export function memberClient(cluster: LocalCluster, name: string, timeoutMs = 3000): Client {
  return createClient({ endpoints: [cluster.endpoint(name)], requestTimeoutMs: timeoutMs, retry: false });
}

/** A key's value as a string, or undefined when it does not exist. */
export async function valueOf(client: Client, key: string, serializable = false): Promise<string | undefined> {
  return (await client.kv.get(key, serializable ? { serializable } : undefined))?.valueString;
}
