// A greeter: an HTTP service that registers itself in regd and leaves when it stops.
//
//   node dist/examples/greeter.js                 # a free port, id chosen by the library
//   node dist/examples/greeter.js --port 8081 --id greeter-1
//
// GET /hello answers "hello from <id>"; GET /health is what the cluster's HTTP check polls.
// The instance also reports a TTL heartbeat, so a process that hangs (SIGSTOP) turns critical
// within --ttl-ms even while its socket still accepts connections. SIGTERM and Ctrl-C deregister
// it before the process exits, so callers stop picking it at once.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { connect } from 'regd/client';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    id: { type: 'string' },
    service: { type: 'string', default: 'greeter' },
    'ttl-ms': { type: 'string', default: '3000' },
    'check-interval-ms': { type: 'string', default: '2000' },
    endpoints: { type: 'string' },
  },
});

const server = http.createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
  } else if (req.url === '/hello') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`hello from ${registration.id}\n`);
  } else {
    res.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(Number(values.port), '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;

// Without --endpoints: REGD_ENDPOINTS, else the cluster `npm start` runs.
const client = await connect({
  ...(values.endpoints !== undefined ? { endpoints: values.endpoints.split(',') } : {}),
  deregisterOnExit: true,
});
const registration = await client.registry.register({
  service: values.service,
  ...(values.id !== undefined ? { id: values.id } : {}),
  address: '127.0.0.1',
  port,
  tags: ['http'],
  meta: { version: '1' },
  ttlMs: Number(values['ttl-ms']),
  checks: [{ checkId: 'http', kind: 'http', target: `http://127.0.0.1:${port}/health`, intervalMs: Number(values['check-interval-ms']), timeoutMs: 1000 }],
});
registration.on('reregistered', () => console.log(`${registration.id}: registered again (the cluster had lost it)`));
console.log(JSON.stringify({ ready: true, id: registration.id, port }));
