// regctl kv: get, put, del, watch, txn, with etcdctl's flags and output.

import type { Command } from 'commander';
import { action, examples } from '../command.js';
import type { Context } from '../context.js';
import { UsageError } from '../exit.js';
import type { JsonValue } from '../output.js';
import { bytesText, headerJson, hexId, kvJson } from '../views.js';
import { parseId, parseInteger } from '../parse.js';
import type {
  Compare, CompareResult, DeleteResult, KeyValue, Op, OpResult, PutResult, RangeResult, WatchBatch,
} from '../../src/client/index.js';

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

/** etcdctl's simple form of a key: its key line, then its value line (empty with --keys-only, as etcdctl prints it). */
function printKv(ctx: Context, kv: KeyValue, flags: { printValueOnly?: boolean }): void {
  if (flags.printValueOnly !== true) ctx.out.line(bytesText(kv.key));
  ctx.out.line(bytesText(kv.value));
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
    out.printJson({ header: headerJson(r.header), ...rangeJson(r, f) });
  } else if (out.format === 'table') {
    kvTable(ctx, r.kvs, f);
  } else {
    printRange(ctx, r, f);
  }
}

/** A range answer without its header (kv get, and a get in kv txn). */
function rangeJson(r: RangeResult, f: { keysOnly?: boolean }): Record<string, JsonValue | undefined> {
  return { kvs: r.kvs.map((kv) => kvJson(kv, { keysOnly: f.keysOnly === true })), more: r.more, count: r.count };
}

function printRange(ctx: Context, r: RangeResult, f: { countOnly?: boolean; keysOnly?: boolean; printValueOnly?: boolean }): void {
  if (f.countOnly === true) ctx.out.line(String(r.count));
  else for (const kv of r.kvs) printKv(ctx, kv, f);
}

function kvTable(ctx: Context, kvs: readonly KeyValue[], f: { keysOnly?: boolean }): void {
  ctx.out.table(['key', 'value', 'create rev', 'mod rev', 'version', 'lease'], kvs.map((kv) => [
    bytesText(kv.key), f.keysOnly === true ? '' : bytesText(kv.value), String(kv.createRevision), String(kv.modRevision), String(kv.version),
    kv.lease === 0n ? '' : hexId(kv.lease),
  ]));
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
    out.printJson({ header: headerJson(r.header), ...putJson(r) });
    return;
  }
  printPut(ctx, r);
}

function putJson(r: PutResult): Record<string, JsonValue | undefined> {
  return { prev_kv: r.prevKv !== undefined ? kvJson(r.prevKv) : undefined };
}

function printPut(ctx: Context, r: PutResult): void {
  ctx.out.line('OK');
  if (r.prevKv !== undefined) printKv(ctx, r.prevKv, {});
}

interface DelFlags {
  prefix?: boolean;
  fromKey?: boolean;
  prevKv?: boolean;
}

async function del(ctx: Context, key: string, rangeEnd: string | undefined, f: DelFlags): Promise<void> {
  const c = await ctx.client();
  const r = await c.kv.delete(key, {
    ...(rangeEnd !== undefined ? { rangeEnd } : {}),
    prefix: f.prefix === true,
    fromKey: f.fromKey === true,
    prevKv: f.prevKv === true,
  });
  const out = ctx.out;
  if (out.json) {
    out.printJson({ header: headerJson(r.header), ...deleteJson(r) });
  } else if (out.format === 'table') {
    out.table(['deleted'], [[String(r.deleted)]]);
    if (r.prevKvs.length > 0) kvTable(ctx, r.prevKvs, {});
  } else {
    printDelete(ctx, r);
  }
}

function deleteJson(r: DeleteResult): Record<string, JsonValue | undefined> {
  return { deleted: r.deleted, prev_kvs: r.prevKvs.length > 0 ? r.prevKvs.map((kv) => kvJson(kv)) : undefined };
}

/** etcdctl's simple form of a delete: the number of keys deleted, then the deleted keys (--prev-kv). */
function printDelete(ctx: Context, r: DeleteResult): void {
  ctx.out.line(String(r.deleted));
  for (const kv of r.prevKvs) printKv(ctx, kv, {});
}

interface WatchFlags {
  prefix?: boolean;
  fromKey?: boolean;
  rev?: string;
  prevKv?: boolean;
}

const EVENT_TYPE = { put: 'PUT', delete: 'DELETE' } as const;

/**
 * Prints every change until Ctrl-C (exit 0), or until the watch fails (exit 1:
 * e.g. --rev below the compacted revision). With --rev at or below the store's
 * revision, stderr tells when the history up to that revision has been printed.
 */
async function watch(ctx: Context, key: string, rangeEnd: string | undefined, f: WatchFlags): Promise<void> {
  if (ctx.out.format === 'table') throw new UsageError('-w table: kv watch prints simple or json');
  const startRevision = f.rev !== undefined ? BigInt(parseInteger('--rev', f.rev, 1)) : undefined;
  const stop = ctx.interrupted().then(() => 'stop' as const);
  const c = await ctx.client();
  const out = ctx.out;
  /** The store's revision when the watch started, while catching up to it. */
  let catchingUpTo: bigint | undefined;
  const print = (b: WatchBatch): void => {
    if (b.events.length === 0) return;
    if (out.json) {
      out.printJson({
        header: headerJson(b.header),
        events: b.events.map((e) => ({ type: EVENT_TYPE[e.type], kv: kvJson(e.kv), prev_kv: e.prevKv !== undefined ? kvJson(e.prevKv) : undefined })),
      });
    } else {
      for (const e of b.events) {
        out.line(EVENT_TYPE[e.type]);
        if (e.prevKv !== undefined) printKv(ctx, e.prevKv, {});
        printKv(ctx, e.kv, {});
      }
    }
    const last = b.events[b.events.length - 1]!.kv.modRevision;
    if (catchingUpTo !== undefined && last >= catchingUpTo) {
      out.note(`caught up: revision ${catchingUpTo} reached, now watching live changes`);
      catchingUpTo = undefined;
    }
  };
  const w = c.watch.watch(key, {
    ...(rangeEnd !== undefined ? { rangeEnd } : {}),
    prefix: f.prefix === true,
    fromKey: f.fromKey === true,
    prevKv: f.prevKv === true,
    ...(startRevision !== undefined ? { startRevision } : {}),
    onEvents: print,
  });
  ctx.onClose(() => w.close());
  const ready = await Promise.race([stop, w.ready]);
  if (ready === 'stop') return;
  if (startRevision !== undefined && startRevision <= ready) {
    catchingUpTo = ready;
    out.note(`catching up: printing the changes from revision ${startRevision} to ${ready} (the store's revision), then live changes`);
  }
  await Promise.race([stop, w.done]);
}

interface TxnFlags {
  interactive?: boolean;
}

const COMPARE_OPS: Record<string, CompareResult> = { '=': 'equal', '==': 'equal', '!=': 'not-equal', '>': 'greater', '<': 'less' };
const QUOTED = String.raw`"((?:[^"\\]|\\.)*)"`;
const COMPARE_LINE = new RegExp(String.raw`^(\w+)\(${QUOTED}\)\s*(==|=|!=|>|<)\s*${QUOTED}$`);

/** A Go-style double-quoted string's content (the escapes JSON shares with Go). */
function unquote(what: string, s: string): string {
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    throw new UsageError(`${what}: bad escape in "${s}"`);
  }
}

/** One compare line of etcdctl's txn format: `value("key") = "v"`, `mod("key") > "5"`, `version(...)`, `create(...)`, `lease(...)`. */
export function parseCompare(line: string): Compare {
  const m = COMPARE_LINE.exec(line.trim());
  if (m === null) throw new UsageError(`txn compare "${line}": want TARGET("key") OP "value" (TARGET: value, version, create, mod, lease; OP: =, !=, >, <)`);
  const [, target, rawKey, op, rawValue] = m;
  const key = unquote(`txn compare "${line}"`, rawKey!);
  const value = unquote(`txn compare "${line}"`, rawValue!);
  const result = COMPARE_OPS[op!]!;
  switch (target) {
    case 'val': case 'value': return { key, result, target: 'value', value };
    case 'ver': case 'version': return { key, result, target: 'version', value: BigInt(parseInteger(`txn compare "${line}"`, value)) };
    case 'c': case 'create': return { key, result, target: 'create', value: BigInt(parseInteger(`txn compare "${line}"`, value)) };
    case 'm': case 'mod': return { key, result, target: 'mod', value: BigInt(parseInteger(`txn compare "${line}"`, value)) };
    case 'lease': return { key, result, target: 'lease', value: parseId(`txn compare "${line}"`, value) };
    default: throw new UsageError(`txn compare "${line}": unknown target ${target ?? ''} (want value, version, create, mod or lease)`);
  }
}

/** Splits an op line into words as etcdctl does: whitespace-separated, "double" (with escapes) or 'single' quoted. */
function words(line: string): string[] {
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  const out: string[] = [];
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    out.push(m[1] !== undefined ? unquote(`txn request "${line}"`, m[1]) : (m[2] ?? m[3]!));
  }
  return out;
}

const OP_FLAGS: Record<string, { booleans: readonly string[]; values: readonly string[]; maxArgs: number }> = {
  get: { booleans: ['prefix', 'from-key', 'keys-only', 'count-only'], values: ['rev', 'limit'], maxArgs: 2 },
  put: { booleans: ['prev-kv', 'ignore-value', 'ignore-lease'], values: ['lease'], maxArgs: 2 },
  del: { booleans: ['prefix', 'from-key', 'prev-kv'], values: [], maxArgs: 2 },
};

/** One request line of etcdctl's txn format: `get KEY [END] [flags]`, `put KEY VALUE [flags]`, `del KEY [END] [flags]`. */
export function parseOp(line: string): Op {
  const what = `txn request "${line}"`;
  const [verb, ...rest] = words(line);
  const spec = verb !== undefined ? OP_FLAGS[verb] : undefined;
  if (spec === undefined) throw new UsageError(`${what}: want get, put or del`);
  const args: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i]!;
    if (!w.startsWith('--')) {
      args.push(w);
      continue;
    }
    const eq = w.indexOf('=');
    const name = w.slice(2, eq < 0 ? undefined : eq);
    if (spec.booleans.includes(name)) {
      const v = eq < 0 ? 'true' : w.slice(eq + 1);
      if (v !== 'true' && v !== 'false') throw new UsageError(`${what}: --${name} takes no value`);
      flags.set(name, v);
    } else if (spec.values.includes(name)) {
      const v = eq < 0 ? rest[++i] : w.slice(eq + 1);
      if (v === undefined) throw new UsageError(`${what}: --${name} needs a value`);
      flags.set(name, v);
    } else {
      throw new UsageError(`${what}: unknown flag --${name}`);
    }
  }
  const key = args[0];
  if (key === undefined || args.length > spec.maxArgs || (verb === 'put' && args.length !== 2)) {
    throw new UsageError(`${what}: want ${verb === 'put' ? 'put KEY VALUE' : `${verb ?? ''} KEY [RANGE_END]`}`);
  }
  const on = (n: string): boolean => flags.get(n) === 'true';
  const range = { ...(args[1] !== undefined ? { rangeEnd: args[1] } : {}), prefix: on('prefix'), fromKey: on('from-key') };
  if (verb === 'put') {
    const lease = flags.get('lease');
    return { put: { key, value: args[1]!, prevKv: on('prev-kv'), ignoreValue: on('ignore-value'), ignoreLease: on('ignore-lease'), ...(lease !== undefined ? { lease: parseId(`${what}: --lease`, lease) } : {}) } };
  }
  if (verb === 'del') return { delete: { key, ...range, prevKv: on('prev-kv') } };
  const rev = flags.get('rev');
  const limit = flags.get('limit');
  return {
    get: {
      key, ...range, keysOnly: on('keys-only'), countOnly: on('count-only'),
      ...(rev !== undefined ? { revision: parseInteger(`${what}: --rev`, rev) } : {}),
      ...(limit !== undefined ? { limit: parseInteger(`${what}: --limit`, limit) } : {}),
    },
  };
}

const TXN_PROMPTS = ['compares:', 'success requests (get, put, del):', 'failure requests (get, put, del):'] as const;

/**
 * etcdctl's txn format, from stdin: compare lines, a blank line, the success
 * requests, a blank line, the failure requests (and an optional blank line;
 * the end of input also ends a section).
 */
export function parseTxn(text: string): { compare: Compare[]; success: Op[]; failure: Op[] } {
  const sections: string[][] = [[], [], []];
  let section = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      section++;
      if (section >= sections.length) break;
      continue;
    }
    if (section >= sections.length) break;
    sections[section]!.push(line);
  }
  return { compare: sections[0]!.map(parseCompare), success: sections[1]!.map(parseOp), failure: sections[2]!.map(parseOp) };
}

async function readTxnInput(ctx: Context, interactive: boolean): Promise<string> {
  if (!interactive) {
    if (process.stdin.isTTY === true) throw new UsageError('txn reads its requests from stdin (or use -i)');
    return readStdin();
  }
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines: string[] = [];
  let section = 0;
  ctx.out.note(TXN_PROMPTS[0]);
  for await (const line of rl) {
    lines.push(line);
    if (line.trim() !== '') continue;
    section++;
    if (section >= TXN_PROMPTS.length) break;
    ctx.out.note(`\n${TXN_PROMPTS[section]!}`);
  }
  rl.close();
  return lines.join('\n');
}

function opResultJson(r: OpResult): JsonValue {
  if ('get' in r) return { response_range: { ...rangeJson(r.get, {}) } };
  if ('put' in r) return { response_put: { ...putJson(r.put) } };
  return { response_delete_range: { ...deleteJson(r.delete) } };
}

async function txn(ctx: Context, f: TxnFlags): Promise<void> {
  if (ctx.out.format === 'table') throw new UsageError('-w table: kv txn prints simple or json');
  const request = parseTxn(await readTxnInput(ctx, f.interactive === true));
  const c = await ctx.client();
  const r = await c.kv.txn(request);
  const out = ctx.out;
  if (out.json) {
    out.printJson({ header: headerJson(r.header), succeeded: r.succeeded, responses: r.responses.map(opResultJson) });
    return;
  }
  out.line(r.succeeded ? 'SUCCESS' : 'FAILURE');
  const ops = r.succeeded ? request.success : request.failure;
  r.responses.forEach((res, i) => {
    out.line();
    if ('get' in res) {
      const op = ops[i];
      printRange(ctx, res.get, op !== undefined && 'get' in op ? op.get : {});
    } else if ('put' in res) printPut(ctx, res.put);
    else printDelete(ctx, res.delete);
  });
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

  examples(kv.command('del').argument('<key>').argument('[range_end]')
    .description('deletes a key, a range [key, range_end), or every key with a prefix; prints how many were deleted')
    .option('--prefix', 'every key starting with KEY')
    .option('--from-key', 'every key >= KEY')
    .option('--prev-kv', 'print the deleted keys and values')
    .action(action(del)), [
    'regctl kv del greeting',
    'regctl kv del config/ --prefix --prev-kv',
    'regctl kv del a c   # every key in [a, c)',
  ]);

  examples(kv.command('watch').argument('<key>').argument('[range_end]')
    .description('prints every change of a key, a range or a prefix until Ctrl-C: PUT or DELETE, then the key and value')
    .option('--prefix', 'every key starting with KEY')
    .option('--from-key', 'every key >= KEY')
    .option('--rev <revision>', 'start with the changes from this revision (history first; progress on stderr)')
    .option('--prev-kv', 'print each key\'s previous value before the new one')
    .action(action(watch)), [
    'regctl kv watch greeting',
    'regctl kv watch config/ --prefix --prev-kv',
    'regctl kv watch config/ --prefix --rev 1 -w json   # the whole history, then live changes',
  ]);

  examples(kv.command('txn')
    .description(`a transaction in etcdctl's format, read from stdin: compares (TARGET("key") OP "value"; TARGET: value, version, create, mod, lease; OP: =, !=, >, <), a blank line, the requests run when every compare holds (get, put, del with their flags), a blank line, the requests run otherwise; prints SUCCESS or FAILURE, then each request's result`)
    .option('-i, --interactive', 'prompt for each section (on stderr)')
    .action(action(txn)), [
    `printf 'value("mode") = "old"\\n\\nput mode new\\n\\nget mode\\n' | regctl kv txn`,
    `printf 'mod("lock") = "0"\\n\\nput lock me\\n\\n' | regctl kv txn -w json`,
    'regctl kv txn -i',
  ]);
}
