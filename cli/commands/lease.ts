// regctl lease: grant, revoke, timetolive, list, keep-alive, with etcdctl's
// output. Lease ids are hex, as etcdctl prints and takes them.
import type { Command } from 'commander';
import { LeaseNotFoundError } from '../../src/client/index.js';
import { action, examples } from '../command.js';
import type { Context } from '../context.js';
import { UsageError } from '../exit.js';
import { parseId, parseInteger } from '../parse.js';
import { bytesText, headerJson, hexId, utf8 } from '../views.js';

/** The longest TTL a lease may ask for (etcd's MaxLeaseTTL, 9 000 000 000 s, is beyond a safe integer of ms; this is ~31 years). */
const MAX_LEASE_TTL_S = 1_000_000_000;
/** keep-alive renews when a third of the TTL has passed, as etcd clients do. */
const RENEW_FRACTION = 3;
/** After a failed renewal (not "lease not found"), try again this soon. */
const RENEW_RETRY_MS = 1000;

/** A lease id as etcdctl prints it in its messages: 16 hex digits. */
export function leaseText(id: bigint): string {
  return id.toString(16).padStart(16, '0');
}

function leaseArg(text: string): bigint {
  return parseId('lease ID', text);
}

/** Commands whose answer is one line: no table. */
function noTable(ctx: Context, command: string): void {
  if (ctx.out.format === 'table') throw new UsageError(`-w table: lease ${command} prints simple or json`);
}

async function grant(ctx: Context, ttlText: string): Promise<void> {
  const ttl = parseInteger('TTL', ttlText, 1, MAX_LEASE_TTL_S);
  const c = await ctx.client();
  const r = await c.lease.grant(ttl);
  const out = ctx.out;
  if (out.json) out.printJson({ header: headerJson(r.header), id: hexId(r.id), ttl: r.ttl });
  else if (out.format === 'table') out.table(['id', 'ttl'], [[leaseText(r.id), `${r.ttl}s`]]);
  else out.line(`lease ${leaseText(r.id)} granted with TTL(${r.ttl}s)`);
}

async function revoke(ctx: Context, idText: string): Promise<void> {
  noTable(ctx, 'revoke');
  const id = leaseArg(idText);
  const c = await ctx.client();
  const header = await c.lease.revoke(id);
  if (ctx.out.json) ctx.out.printJson({ header: headerJson(header), id: hexId(id), revoked: true });
  else ctx.out.line(`lease ${leaseText(id)} revoked`);
}

async function timeToLive(ctx: Context, idText: string, f: { keys?: boolean }): Promise<void> {
  const id = leaseArg(idText);
  const c = await ctx.client();
  const r = await c.lease.timeToLive(id, { keys: f.keys === true });
  const out = ctx.out;
  const keys = r.keys.map((k) => bytesText(k));
  if (out.json) {
    out.printJson({
      header: headerJson(r.header), id: hexId(id), ttl: r.ttl, granted_ttl: r.grantedTtl,
      keys: f.keys === true ? r.keys.map((k) => utf8(k) ?? Buffer.from(k).toString('base64')) : undefined,
    });
  } else if (out.format === 'table') {
    out.table(['id', 'ttl', 'granted ttl', ...(f.keys === true ? ['keys'] : [])], [[
      leaseText(id), r.ttl < 0 ? 'expired' : `${r.ttl}s`, `${r.grantedTtl}s`, ...(f.keys === true ? [keys.join(', ')] : []),
    ]]);
  } else if (r.ttl < 0) {
    out.line(`lease ${leaseText(id)} already expired`);
  } else {
    const attached = f.keys === true ? `, attached keys([${keys.join(' ')}])` : '';
    out.line(`lease ${leaseText(id)} granted with TTL(${r.grantedTtl}s), remaining(${r.ttl}s)${attached}`);
  }
}

async function list(ctx: Context): Promise<void> {
  const c = await ctx.client();
  const ids = await c.lease.leases();
  const out = ctx.out;
  if (out.json) out.printJson({ leases: ids.map(hexId) });
  else if (out.format === 'table') out.table(['id'], ids.map((id) => [leaseText(id)]));
  else {
    out.line(`found ${ids.length} leases`);
    for (const id of ids) out.line(leaseText(id));
  }
}

/**
 * Renews the lease (each answer printed) until Ctrl-C (exit 0); when the lease
 * is gone, prints etcdctl's `expired or revoked` line and exits 1 (NOT_FOUND).
 * Other failures (a member failing over) are noted on stderr and retried.
 */
async function keepAlive(ctx: Context, idText: string, f: { once?: boolean }): Promise<void> {
  noTable(ctx, 'keep-alive');
  const id = leaseArg(idText);
  const out = ctx.out;
  const print = (ttl: number): void => {
    if (out.json) out.printJson({ id: hexId(id), ttl });
    else out.line(`lease ${leaseText(id)} keepalived with TTL(${ttl})`);
  };
  const c = await ctx.client();
  if (f.once === true) {
    print(await c.lease.keepAliveOnce(id));
    return;
  }
  let stopped = false;
  const stop = ctx.interrupted().then(() => {
    stopped = true;
  });
  while (!stopped) {
    let waitMs: number;
    try {
      const ttl = await Promise.race([c.lease.keepAliveOnce(id), stop.then(() => undefined)]);
      if (ttl === undefined) break;
      print(ttl);
      waitMs = Math.max(1, Math.floor((ttl * 1000) / RENEW_FRACTION));
    } catch (err) {
      if (stopped) break;
      if (err instanceof LeaseNotFoundError) {
        if (!out.json) out.line(`lease ${leaseText(id)} expired or revoked.`);
        throw err;
      }
      out.note(`lease ${leaseText(id)}: renewal failed (${err instanceof Error ? err.message : String(err)}); trying again`);
      waitMs = RENEW_RETRY_MS;
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([stop, new Promise<void>((r) => (timer = setTimeout(r, waitMs)))]);
    clearTimeout(timer);
  }
}

export function addLeaseCommands(program: Command): void {
  const lease = program.command('lease').description('leases: keys that expire unless kept alive (etcdctl lease)');

  examples(lease.command('grant').argument('<ttl>', 'seconds')
    .description('grants a lease with a TTL in seconds; prints its id (hex)')
    .action(action(grant)), [
    'regctl lease grant 30',
    'ID=$(regctl -w json lease grant 30 | jq -r .id) && regctl kv put session/a on --lease $ID',
  ]);

  examples(lease.command('revoke').argument('<id>', 'lease id (hex)')
    .description('revokes a lease and deletes every key attached to it')
    .action(action(revoke)), [
    'regctl lease revoke 694d7b4e2c2d1f0a',
  ]);

  examples(lease.command('timetolive').argument('<id>', 'lease id (hex)')
    .description('the TTL a lease was granted with and the seconds it has left')
    .option('--keys', 'also list the keys attached to it')
    .action(action(timeToLive)), [
    'regctl lease timetolive 694d7b4e2c2d1f0a',
    'regctl lease timetolive 694d7b4e2c2d1f0a --keys -w json',
  ]);

  examples(lease.command('list')
    .description('every live lease')
    .action(action(list)), [
    'regctl lease list',
    'regctl lease list -w json',
  ]);

  examples(lease.command('keep-alive').argument('<id>', 'lease id (hex)')
    .description('renews a lease at a third of its TTL until Ctrl-C, printing each renewal; exits 1 when the lease is gone')
    .option('--once', 'renew once and exit')
    .action(action(keepAlive)), [
    'regctl lease keep-alive 694d7b4e2c2d1f0a',
    'regctl lease keep-alive 694d7b4e2c2d1f0a --once',
  ]);
}
