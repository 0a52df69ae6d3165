// regctl lock and elect: distributed locks with fencing tokens, leader election.
//
// Both hold a lease regctl grants and keeps alive while it runs; ending
// (Ctrl-C, CMD's exit) releases the lock / resigns, then revokes the lease, so
// a waiter goes on at once. If regctl dies without that, the lease expires
// after --ttl and the lock is released then.
//
// Waiting for a busy lock or for leadership is not bounded by
// --command-timeout: those calls get WAIT_TIMEOUT_MS; Ctrl-C ends the wait.
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import type { Client, KeepAlive, KeyValue } from '../../src/client/index.js';
import { action, examples } from '../command.js';
import { exitStatus, passOn } from '../child.js';
import type { Context } from '../context.js';
import { CliError, UsageError } from '../exit.js';
import { parseInteger } from '../parse.js';
import { bytesText, headerJson, hexId, kvJson } from '../views.js';

/** How long Lock and Campaign may wait for the lock or leadership: in practice, until Ctrl-C (7 days; grpc-js deadlines are timers, which cannot exceed 2^31 ms). */
export const WAIT_TIMEOUT_MS = 7 * 24 * 3_600_000;
/** The lease TTL when --ttl is absent, in seconds. */
const DEFAULT_TTL_S = 60;
const MAX_TTL_S = 1_000_000_000;
/** The exit code when Ctrl-C ends regctl before it got the lock or leadership (128 + SIGINT). */
const EXIT_INTERRUPTED = 130;
/** The exit code when CMD cannot be started (not found, not executable), as a shell's. */
const EXIT_CANNOT_RUN = 127;

/** The environment a CMD run under the lock gets. */
export const LOCK_ENV = {
  /** etcdctl's: the lock key, and the revision of the Lock answer. */
  etcdKey: 'ETCD_LOCK_KEY',
  etcdRev: 'ETCD_LOCK_REV',
  /** regd's: the lock key, and its create revision, the fencing token. */
  key: 'REGD_LOCK_KEY',
  fencingToken: 'REGD_FENCING_TOKEN',
} as const;

interface Session {
  client: Client;
  lease: bigint;
  keepAlive: KeepAlive;
}

/** Grants the lease that holds the lock or leadership and keeps it alive; revokes it when the command ends. */
async function session(ctx: Context, ttlText: string | undefined): Promise<Session> {
  const ttl = ttlText !== undefined ? parseInteger('--ttl', ttlText, 1, MAX_TTL_S) : DEFAULT_TTL_S;
  const client = await ctx.client();
  const g = await client.lease.grant(ttl);
  const keepAlive = client.lease.keepAlive(g.id);
  ctx.onClose(async () => {
    keepAlive.close();
    await client.lease.revoke(g.id).catch(() => undefined);
  });
  return { client, lease: g.id, keepAlive };
}

/** Settles when Ctrl-C comes ('stop') or the session's lease is lost (rejects). */
function held(s: Session, stop: Promise<'stop'>): Promise<'stop'> {
  // done settles before close() only when the lease is gone.
  const expired = (): never => {
    throw new CliError('session expired: the lease keeping the lock was lost', 1);
  };
  const lost = s.keepAlive.done.then(expired, expired);
  return Promise.race([stop, lost]);
}

function stopSignal(ctx: Context): { stop: Promise<'stop'>; signal: () => NodeJS.Signals | undefined } {
  let sig: NodeJS.Signals | undefined;
  const stop = ctx.interrupted().then((s) => {
    sig = s;
    return 'stop' as const;
  });
  return { stop, signal: () => sig };
}

async function lock(ctx: Context, name: string, command: string[], f: { ttl?: string }): Promise<number> {
  if (ctx.out.format === 'table') throw new UsageError('-w table: lock prints simple or json');
  const { stop, signal } = stopSignal(ctx);
  const s = await session(ctx, f.ttl);
  const c = s.client;
  const got = await Promise.race([stop, c.lock.lock(name, s.lease, { timeoutMs: WAIT_TIMEOUT_MS })]);
  if (got === 'stop') {
    return EXIT_INTERRUPTED;
  }
  ctx.onClose(async () => {
    await c.lock.unlock(got.key).catch(() => undefined);
  });
  const kv = await c.kv.get(got.key);
  if (kv === undefined) throw new CliError('lock lost on init: the lock key is gone', 1);
  const key = bytesText(got.key);
  const token = kv.createRevision;
  if (command.length === 0) {
    if (ctx.out.json) ctx.out.printJson({ header: headerJson(got.header), key, fencing_token: token, lease: hexId(s.lease) });
    else {
      // etcdctl prints the lock key as a get does: the key, then its (empty) value.
      ctx.out.line(key);
      ctx.out.line(bytesText(kv.value));
    }
    await held(s, stop);
    return 0;
  }
  const [file, ...args] = command as [string, ...string[]];
  const child = spawn(file, args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      [LOCK_ENV.etcdKey]: key,
      [LOCK_ENV.etcdRev]: String(got.header.revision),
      [LOCK_ENV.key]: key,
      [LOCK_ENV.fencingToken]: String(token),
    },
  });
  const exit = new Promise<number>((resolve, reject) => {
    // A CMD that cannot be started exits 127, as in a shell.
    child.on('error', (e) => reject(new CliError(`${file}: ${e.message}`, EXIT_CANNOT_RUN)));
    child.on('exit', (code, sig) => resolve(exitStatus(code, sig)));
  });
  // Ctrl-C / SIGTERM goes on to CMD (a terminal's Ctrl-C reached it already); the lock is released when CMD has exited.
  void stop.then(() => passOn(child, signal() ?? 'SIGTERM'));
  // A lost lease means CMD no longer holds the lock: stop it.
  let lost = false;
  s.keepAlive.done.then(() => undefined, () => {
    lost = true;
    ctx.out.note(`Error: session expired: the lease keeping the lock was lost; stopping ${file}`);
    child.kill('SIGTERM');
  });
  const code = await exit;
  if (lost) throw new CliError(`session expired while ${file} ran (it exited ${code})`, 1);
  return code;
}


function printLeader(ctx: Context, kv: KeyValue): void {
  if (ctx.out.json) ctx.out.printJson(kvJson(kv));
  else {
    ctx.out.line(bytesText(kv.key));
    ctx.out.line(bytesText(kv.value));
  }
}

async function elect(ctx: Context, name: string, proposal: string | undefined, f: { listen?: boolean; ttl?: string }): Promise<number> {
  if (ctx.out.format === 'table') throw new UsageError('-w table: elect prints simple or json');
  if (f.listen === true) {
    if (proposal !== undefined) throw new UsageError('--listen takes no PROPOSAL');
    const { stop } = stopSignal(ctx);
    const c = await ctx.client();
    const o = c.election.observe(name, (kv) => printLeader(ctx, kv));
    ctx.onClose(() => o.close());
    await Promise.race([stop, o.done]);
    return 0;
  }
  if (proposal === undefined) throw new UsageError('elect needs a PROPOSAL (or --listen)');
  const { stop } = stopSignal(ctx);
  const s = await session(ctx, f.ttl);
  const c = s.client;
  const won = await Promise.race([stop, c.election.campaign(name, s.lease, proposal, { timeoutMs: WAIT_TIMEOUT_MS })]);
  if (won === 'stop') {
    return EXIT_INTERRUPTED;
  }
  ctx.onClose(async () => {
    await c.election.resign(won.leader).catch(() => undefined);
  });
  const kv = await c.kv.get(won.leader.key);
  if (kv === undefined) throw new CliError('leadership lost on init: the leader key is gone', 1);
  printLeader(ctx, kv);
  await held(s, stop);
  return 0;
}

export function addLockCommands(program: Command): void {
  examples(program.command('lock').argument('<name>').argument('[command...]', 'run this while holding the lock (after --)')
    .summary('acquires a lock, holds it until Ctrl-C or runs COMMAND holding it (with a fencing token)')
    .description(`acquires a distributed lock (waiting while another holds it). Without COMMAND: prints the lock key and holds it until Ctrl-C. With COMMAND: runs it holding the lock, with ${LOCK_ENV.etcdKey} and ${LOCK_ENV.etcdRev} (as etcdctl), ${LOCK_ENV.key} and ${LOCK_ENV.fencingToken} (the lock key's create revision: it increases with every holder) in its environment; releases the lock when it exits and exits with its status. The wait is not bounded by --command-timeout.`)
    .option('--ttl <seconds>', `the TTL of the lease holding the lock (kept alive while regctl runs; the lock is released this long after regctl dies) (default: ${DEFAULT_TTL_S})`)
    .action(action(lock)), [
    'regctl lock deploy',
    'regctl lock deploy -- ./deploy.sh --env prod',
    `regctl lock jobs/nightly --ttl 10 -- sh -c 'run-job --fencing-token "$${LOCK_ENV.fencingToken}"'`,
  ]);

  examples(program.command('elect').argument('<name>').argument('[proposal]', 'the value announced while leading')
    .summary('campaigns in a leader election and leads until Ctrl-C; --listen prints each leader')
    .description('campaigns in a leader election with PROPOSAL (waiting while another leads), prints the leader key and value when elected, and leads until Ctrl-C (then resigns); with --listen, prints each leader as it changes')
    .option('-l, --listen', 'observe the election instead of campaigning')
    .option('--ttl <seconds>', `the TTL of the lease holding leadership (default: ${DEFAULT_TTL_S})`)
    .action(action(elect)), [
    'regctl elect scheduler node-a',
    'regctl elect scheduler --listen',
    'regctl elect scheduler --listen -w json',
  ]);
}
