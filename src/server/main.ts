#!/usr/bin/env node
// The `regd` command: one member of a regd cluster.
import { pino } from 'pino';
import { parseConfig } from './config.js';
import { RegdServer } from './regd-server.js';
import { StartupError } from './startup-error.js';

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
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error('regd: fatal:', err);
  process.exit(1);
});
