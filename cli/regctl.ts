#!/usr/bin/env node
// regctl's entry point: `node dist/cli/regctl.js …`, or `npx regctl …`.
import { main } from './program.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
