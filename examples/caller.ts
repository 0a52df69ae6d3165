// A caller: discovers the greeters through regd and calls them in a loop.
//
//   node dist/examples/caller.js                   # forever, one call every 100 ms
//   node dist/examples/caller.js --interval-ms 20 --count 500
//
// Each line is one call: `ok <instance id> <ms>` or `failed <error>`. A call that fails on one
// instance (it was killed, it hangs) is retried on another, so kills and restarts of greeters
// do not fail calls. On exit (SIGTERM, Ctrl-C or --count reached) it prints a summary line:
// {"ok":N,"failed":N}.
import { parseArgs } from 'node:util';
import { connect } from 'regd/client';

const { values } = parseArgs({
  options: {
    service: { type: 'string', default: 'greeter' },
    'interval-ms': { type: 'string', default: '100' },
    count: { type: 'string', default: '0' },
    endpoints: { type: 'string' },
  },
});
const intervalMs = Number(values['interval-ms']);
const count = Number(values.count);

const client = await connect(values.endpoints !== undefined ? { endpoints: values.endpoints.split(',') } : {});
const greeters = client.registry.discover(values.service, { passing: true });
await greeters.ready;
greeters.on('change', (instances) => console.log(`instances: ${instances.map((i) => i.id).join(' ') || '(none)'}`));
greeters.on('stale', (stale) => console.log(stale ? 'regd unreachable: calling the last known instances' : 'regd reachable again'));

let ok = 0;
let failed = 0;
let stopping = false;
const stop = () => {
  stopping = true;
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

while (!stopping && (count === 0 || ok + failed < count)) {
  const started = performance.now();
  try {
    const { id, text } = await greeters.call(async (instance, { signal }) => {
      const res = await fetch(`http://${instance.address}:${instance.port}/hello`, { signal });
      if (!res.ok) throw new Error(`${instance.id} answered HTTP ${res.status}`);
      return { id: instance.id, text: await res.text() };
    });
    ok++;
    console.log(`ok ${id} ${(performance.now() - started).toFixed(1)} ${text.trim()}`);
  } catch (err) {
    failed++;
    console.log(`failed ${err instanceof Error ? err.message : String(err)}`);
  }
  await new Promise((r) => setTimeout(r, intervalMs));
}
console.log(JSON.stringify({ ok, failed }));
await client.close();
