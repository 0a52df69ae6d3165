// `npm run -s bench -- …`: the benchmarks.
//
//   npm run -s bench -- registry [--instances N --duration S --http-checks N]   # the service registry (bench/registry.ts)
//   npm run -s bench -- client [--instances N --duration S]                      # the client library (bench/client.ts)
//   npm run -s bench -- --endpoints … --workload put                              # the etcd v3 KV benchmark (bench/kv-cli.ts)
//
// See bench/README.md.
if (process.argv[2] === 'registry') await import('./registry.js');
else if (process.argv[2] === 'client') await import('./client.js');
else await import('./kv-cli.js');
