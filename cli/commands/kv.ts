// regctl kv: get, put, del, watch, txn, with etcdctl's flags and output.

import type { Command } from 'commander';
import { action, examples } from '../command.js';
import type { Context } from '../context.js';
import { UsageError } from '../exit.js';
import { bytesText, headerJson, kvJson } from '../views.js';
import { parseId, parseInteger } from '../parse.js';
import type { KeyValue } from '../../src/client/index.js';

interface GetFlags {
  prefix?: boolean;
  fromKey?: boolean;
  rev?: string;
  limit?: string;
  keysOnly?: boolean;
  printValueOnly?: boolean;
  countOnly?: boolean;
  consistency?: string;
}

interface PutFlags {
  lease?: string;
  prevKv?: boolean;
  ignoreValue?: boolean;
  ignoreLease?: boolean;
}

/** etcdctl's simple form of a key: its key line, then its value line. */
function printKv(ctx: Context, kv: KeyValue, flags: { keysOnly?: boolean; printValueOnly?: boolean }): void {
  if (flags.printValueOnly !== true) ctx.out.line(bytesText(kv.key));
  if (flags.keysOnly !== true) ctx.out.line(bytesText(kv.value));
}

async function get(ctx: Context, key: string, rangeEnd: string | undefined, f: GetFlags): Promise<void> {
  if (f.consistency !== undefined && f.consistency !== 'l' && f.consistency !== 's') throw new UsageError(`--consistency "${f.consistency}": want l (linearizable) or s (serializable)`);
  const c = await ctx.client();
  const r = await c.kv.range(key, {
    ...(rangeEnd !== undefined ? { rangeEnd } : {}),
    prefix: f.prefix === true,
    fromKey: f.fromKey === true,
    revision: f.rev !== undefined ? parseInteger('--rev', f.rev) : 0,
    limit: f.limit !== undefined ? parseInteger('--limit', f.limit) : 0,
    keysOnly: f.keysOnly === true,
    countOnly: f.countOnly === true,
    serializable: f.consistency === 's',
  });
  const out = ctx.out;
  if (out.json) {
    out.printJson({ header: headerJson(r.header), kvs: r.kvs.map((kv) => kvJson(kv, { keysOnly: f.keysOnly === true })), more: r.more, count: r.count });
  } else if (out.format === 'table') {
    out.table(['key', 'value', 'create rev', 'mod rev', 'version', 'lease'], r.kvs.map((kv) => [
      bytesText(kv.key), f.keysOnly === true ? '' : bytesText(kv.value), String(kv.createRevision), String(kv.modRevision), String(kv.version),
      kv.lease === 0n ? '' : kv.lease.toString(16),
    ]));
  } else if (f.countOnly === true) {
    out.line(String(r.count));
  } else {
    for (const kv of r.kvs) printKv(ctx, kv, f);
  }
}

async function put(ctx: Context, key: string, value: string | undefined, f: PutFlags): Promise<void> {
  if (value === undefined && f.ignoreValue !== true) {
    value = await readStdin();
  }
  const c = await ctx.client();
  const r = await c.kv.put(key, value ?? '', {
    lease: f.lease !== undefined ? parseId('--lease', f.lease) : 0n,
    prevKv: f.prevKv === true,
    ignoreValue: f.ignoreValue === true,
    ignoreLease: f.ignoreLease === true,
  });
  const out = ctx.out;
  if (out.json) {
    out.printJson({ header: headerJson(r.header), prev_kv: r.prevKv !== undefined ? kvJson(r.prevKv) : undefined });
    return;
  }
  out.line('OK');
  if (r.prevKv !== undefined) printKv(ctx, r.prevKv, {});
}

/** etcdctl reads the value from stdin when it is not an argument. */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY === true) throw new UsageError('put needs a VALUE (as an argument, or on stdin)');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function addKvCommands(program: Command): void {
  const kv = program.command('kv').description('keys and values (etcdctl get, put, del, watch, txn)');

  examples(kv.command('get').argument('<key>').argument('[range_end]')
    .description('reads a key, a range [key, range_end), or every key with a prefix')
    .option('--prefix', 'every key starting with KEY')
    .option('--from-key', 'every key >= KEY')
    .option('--rev <revision>', 'read at this revision')
    .option('--limit <n>', 'at most this many keys')
    .option('--keys-only', 'keys without values')
    .option('--print-value-only', 'values without keys (simple output)')
    .option('--count-only', 'only the number of keys')
    .option('--consistency <l|s>', 'l: linearizable (default), s: serializable')
    .action(action(get)), [
    'regctl kv get greeting',
    'regctl kv get config/ --prefix --keys-only',
    'regctl kv get config/ --prefix --rev 42 -w json',
  ]);

  examples(kv.command('put').argument('<key>').argument('[value]', 'the value (read from stdin when absent)')
    .description('writes a key')
    .option('--lease <id>', 'attach the key to this lease (hex id)')
    .option('--prev-kv', 'print the previous value')
    .option('--ignore-value', 'keep the current value (change the lease only)')
    .option('--ignore-lease', 'keep the current lease')
    .action(action(put)), [
    'regctl kv put greeting hello',
    'regctl kv put session/a on --lease 694d7b4e2c2d1f0a',
    'cat config.json | regctl kv put config/app',
  ]);
}
