#!/usr/bin/env node
// The `regd` command: one member of a regd cluster.
import { pino } from 'pino';
import { parseConfig } from './config.js';
import { RegdServer } from './regd-server.js';
import { StartupError } from '../server/startup-error.js';

/** How long a stopping member may take to close connections and stores before it exits anyway. */
const STOP_DEADLINE_MS = 10_000;

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.argv.slice(2));
  } catch (err) {
    if ((err as { code?: string }).code === 'commander.helpDisplayed') process.exit(0);
    console.error(`regd: ${(err as Error).message}`);
    process.exit(2);
  }
  const log = pino({ level: config.logLevel, base: { name: config.name } });
  let server: RegdServer;
  try {
    server = await RegdServer.start(config, log);
  } catch (err) {
    if (err instanceof StartupError) {
      log.fatal({ code: err.code }, err.message);
      console.error(`regd: refusing to start (${err.code}): ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  let stopping = false;
  const stop = (why: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log.info({ why }, 'stopping');
    // Stopping waits for streams and stores; never longer than this.
    setTimeout(() => process.exit(exitCode), STOP_DEADLINE_MS).unref();
    server.stop().then(
      () => process.exit(exitCode),
      (err: unknown) => {
        log.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM', 0));
  process.on('SIGINT', () => stop('SIGINT', 0));
  // Like etcd: a member whose Raft log cannot be written must not linger half-alive.
  server.onFatal(() => stop('raft loop failed', 1));
}

main().catch((err: unknown) => {
  console.error('regd: fatal:', err);
  process.exit(1);
});
