// CPU profiling for the regd nodes of a --compare run (`--regd-profile-dir DIR`).
// Node 20 refuses --cpu-prof in NODE_OPTIONS, so the benchmark passes
// `--import <this file>` instead: in a regd node (dist/src/node/main.js) it
// starts the V8 profiler through node:inspector and writes
// DIR/regd-<pid>.cpuprofile when the node exits (regd exits on SIGTERM),
// with an extra `wallStartMs` field: Date.now() when profiling started.
// Summarise one with `npx tsx bench/profile-summary.ts FILE`.
// Plain JS: it runs inside the built server, not under tsx.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import process from 'node:process';

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir && /[/\\]node[/\\]main\.js$/.test(process.argv[1] ?? '')) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.start');
  // Wall-clock time of the first sample, so profile-summary.ts can cut out one timed phase (--from/--to).
  const wallStartMs = Date.now();
  process.on('exit', () => {
    // A session on the node's own thread answers synchronously, so this works in 'exit'.
    session.post('Profiler.stop', (err, res) => {
      if (!err) writeFileSync(join(dir, `regd-${process.pid}.cpuprofile`), JSON.stringify({ ...res.profile, wallStartMs }));
    });
  });
}
