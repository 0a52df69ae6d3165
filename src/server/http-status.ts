import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';
import type { HostPort } from './host-port.js';

export interface HealthProbe {
  /** Healthy means: this member knows a leader and its Raft loop is running. */
  health(): { health: boolean; reason: string };
}

/** HTTP on the metrics port: `/metrics` (Prometheus text) and `/health` (etcd's JSON shape). */
export async function startHttpStatus(at: HostPort, registry: Registry, probe: HealthProbe): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/metrics') {
      registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': registry.contentType });
          res.end(text);
        },
        (err: Error) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(err.message);
        },
      );
      return;
    }
    if (path === '/health') {
      const h = probe.health();
      res.writeHead(h.health ? 200 : 503, { 'content-type': 'application/json' });
      res.end(`{"health":"${h.health}","reason":${JSON.stringify(h.reason)}}\n`);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found: try /metrics or /health\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(at.port, at.host, () => resolve());
  });
  return server;
}
