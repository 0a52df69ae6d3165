// regctl member, endpoint, move-leader and snapshot: the cluster itself, with
// etcdctl 3.4's flags and output (member ids in hex, sizes as go-humanize
// prints them, one JSON document per answer).

import { createHash } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { action, examples } from '../command.js';
import type { Context } from '../context.js';
import { CliError, EXIT_REQUEST_FAILED, failureOf, UsageError } from '../exit.js';
import type { JsonValue } from '../output.js';
import { parseId } from '../parse.js';
import { headerJson, hexId } from '../views.js';
import { parseEndpoint, type Client, type Member, type ResponseHeader, type StatusResult } from '../../src/client/index.js';

// ---------------------------------------------------------------- formatting

const SIZE_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];

/** A byte count as go-humanize's Bytes prints it (SI units): `512 B`, `20 kB`, `1.5 MB`. */
export function humanBytes(n: number): string {
  if (n < 10) return `${n} B`;
  const e = Math.min(Math.floor(Math.log(n) / Math.log(1000)), SIZE_UNITS.length - 1);
  const v = Math.floor((n / 1000 ** e) * 10 + 0.5) / 10;
  return `${v < 10 ? v.toFixed(1) : String(roundHalfEven(v))} ${SIZE_UNITS[e]!}`;
}

/** Go's `%.0f`: a tie goes to the even neighbour (20.5 → 20). */
function roundHalfEven(v: number): number {
  const r = Math.floor(v);
  const d = v - r;
  return d > 0.5 || (d === 0.5 && r % 2 === 1) ? r + 1 : r;
}

/** A duration as Go's time.Duration prints it (etcdctl's `took = 2.345678ms`). */
export function goDuration(ns: bigint): string {
  const frac = (unit: bigint, digits: number, suffix: string): string => {
    const whole = ns / unit;
    const rest = (ns % unit).toString().padStart(digits, '0').replace(/0+$/, '');
    return `${whole}${rest === '' ? '' : `.${rest}`}${suffix}`;
  };
  if (ns < 1000n) return `${ns}ns`;
  if (ns < 1_000_000n) return frac(1000n, 3, 'µs');
  if (ns < 1_000_000_000n) return frac(1_000_000n, 6, 'ms');
  return frac(1_000_000_000n, 9, 's');
}

/** `--peer-urls`: comma-separated http(s)://HOST:PORT. */
function parsePeerUrls(text: string | undefined): string[] {
  if (text === undefined) throw new UsageError('--peer-urls: required (comma-separated http://HOST:PORT)');
  const urls = text.split(',').map((u) => u.trim()).filter((u) => u !== '');
  if (urls.length === 0) throw new UsageError('--peer-urls: want at least one http://HOST:PORT');
  for (const u of urls) {
    if (!/^https?:\/\/(\[[^\]]+\]|[^:/\s]+):\d{1,5}$/.test(u)) throw new UsageError(`--peer-urls "${u}": want http://HOST:PORT`);
  }
  return urls;
}

function memberId(text: string): bigint {
  return parseId('member ID', text);
}

// ---------------------------------------------------------------- member

const MEMBER_HEADERS = ['id', 'status', 'name', 'peer addrs', 'client addrs', 'is learner'];

function memberRow(m: Member): string[] {
  return [hexId(m.id), m.name !== '' ? 'started' : 'unstarted', m.name, m.peerUrls.join(','), m.clientUrls.join(','), String(m.isLearner)];
}

function memberJson(m: Member): JsonValue {
  return { id: hexId(m.id), name: m.name, peer_urls: m.peerUrls, client_urls: m.clientUrls, is_learner: m.isLearner };
}

/** etcdctl pads ids in its one-line messages to 16 columns (`%16x`). */
function paddedHex(id: bigint): string {
  return hexId(id).padStart(16, ' ');
}

async function memberList(ctx: Context): Promise<void> {
  const r = await (await ctx.client()).cluster.memberList();
  const out = ctx.out;
  if (out.json) out.printJson({ header: headerJson(r.header), members: r.members.map(memberJson) });
  else if (out.format === 'table') out.table(MEMBER_HEADERS, r.members.map(memberRow));
  else for (const m of r.members) out.line(memberRow(m).join(', '));
}

interface AddFlags { peerUrls?: string; learner?: boolean }

async function memberAdd(ctx: Context, name: string, f: AddFlags): Promise<void> {
  const peerUrls = parsePeerUrls(f.peerUrls);
  const r = await (await ctx.client()).cluster.memberAdd(peerUrls, { isLearner: f.learner === true });
  const out = ctx.out;
  if (out.json) {
    out.printJson({ header: headerJson(r.header), member: memberJson(r.member), members: r.members.map(memberJson) });
    return;
  }
  out.line(`Member ${paddedHex(r.member.id)} added${r.member.isLearner ? ' as learner ' : ' '}to cluster ${paddedHex(r.header.clusterId)}`);
  if (out.format !== 'simple') return;
  // What the new member is started with; the answer's list is the one after the add.
  const initial = r.members.flatMap((m) => m.peerUrls.map((u) => `${m.id === r.member.id ? name : m.name}=${u}`));
  out.line();
  out.line(`ETCD_NAME=${JSON.stringify(name)}`);
  out.line(`ETCD_INITIAL_CLUSTER=${JSON.stringify(initial.join(','))}`);
  out.line(`ETCD_INITIAL_ADVERTISE_PEER_URLS=${JSON.stringify(r.member.peerUrls.join(','))}`);
  out.line('ETCD_INITIAL_CLUSTER_STATE="existing"');
}

/** remove, update and promote: one line naming the member, or the members after the change as JSON. */
function printMemberChange(ctx: Context, verb: string, id: bigint, r: { header: ResponseHeader; members: Member[] }): void {
  if (ctx.out.json) ctx.out.printJson({ header: headerJson(r.header), id: hexId(id), members: r.members.map(memberJson) });
  else ctx.out.line(`Member ${paddedHex(id)} ${verb} cluster ${paddedHex(r.header.clusterId)}`);
}

async function memberRemove(ctx: Context, idText: string): Promise<void> {
  const id = memberId(idText);
  printMemberChange(ctx, 'removed from', id, await (await ctx.client()).cluster.memberRemove(id));
}

async function memberUpdate(ctx: Context, idText: string, f: { peerUrls?: string }): Promise<void> {
  const id = memberId(idText);
  const peerUrls = parsePeerUrls(f.peerUrls);
  printMemberChange(ctx, 'updated in', id, await (await ctx.client()).cluster.memberUpdate(id, peerUrls));
}

async function memberPromote(ctx: Context, idText: string): Promise<void> {
  const id = memberId(idText);
  printMemberChange(ctx, 'promoted in', id, await (await ctx.client()).cluster.memberPromote(id));
}

// ---------------------------------------------------------------- endpoint

/** The endpoints a command asks: those given (as given), or with --cluster every member's client URLs. */
async function targets(ctx: Context, c: Client, cluster: boolean): Promise<string[]> {
  if (!cluster) return [...(ctx.globals.endpoints ?? c.endpoints)];
  const r = await c.cluster.memberList();
  return r.members.flatMap((m) => m.clientUrls);
}

const STATUS_HEADERS = ['endpoint', 'id', 'version', 'db size', 'is leader', 'is learner', 'raft term', 'raft index', 'raft applied index', 'errors'];

async function endpointStatus(ctx: Context, f: { cluster?: boolean }): Promise<number> {
  const c = await ctx.client();
  const eps = await targets(ctx, c, f.cluster === true);
  const answers = await Promise.all(eps.map(async (ep) => {
    try {
      return { ep, status: await c.maintenance.status({ endpoint: parseEndpoint(ep) }) };
    } catch (err) {
      ctx.out.note(`Failed to get the status of endpoint ${ep} (${failureOf(err).message.replace(/^Error: /, '')})`);
      return undefined;
    }
  }));
  const ok = answers.filter((a): a is { ep: string; status: StatusResult } => a !== undefined);
  const row = ({ ep, status: s }: { ep: string; status: StatusResult }): string[] => [
    ep, hexId(s.header.memberId), s.version, humanBytes(Number(s.dbSize)), String(s.leader === s.header.memberId), String(s.isLearner),
    String(s.raftTerm), String(s.raftIndex), String(s.raftAppliedIndex), s.errors.join(', '),
  ];
  const out = ctx.out;
  if (out.json) {
    out.printJson(ok.map(({ ep, status: s }) => ({
      endpoint: ep, id: hexId(s.header.memberId), version: s.version, db_size: s.dbSize, db_size_in_use: s.dbSizeInUse,
      is_leader: s.leader === s.header.memberId, is_learner: s.isLearner, leader: hexId(s.leader), raft_term: s.raftTerm, raft_index: s.raftIndex,
      raft_applied_index: s.raftAppliedIndex, errors: s.errors, header: headerJson(s.header),
    })));
  } else if (out.format === 'table') {
    out.table(STATUS_HEADERS, ok.map(row));
  } else {
    for (const a of ok) out.line(row(a).join(', '));
  }
  return ok.length === answers.length ? 0 : EXIT_REQUEST_FAILED;
}

interface Health { ep: string; health: boolean; took: string; error: string }

/** etcdctl's check: a linearizable read commits through the leader, and no alarm is raised. */
async function checkHealth(c: Client, ep: string): Promise<Health> {
  const endpoint = parseEndpoint(ep);
  const start = process.hrtime.bigint();
  try {
    await c.kv.range('health', { endpoint });
    const took = goDuration(process.hrtime.bigint() - start);
    const { alarms } = await c.maintenance.alarm('get', 'none', 0n, { endpoint });
    if (alarms.length > 0) return { ep, health: false, took, error: `Active Alarm(s): ${alarms.map((a) => a.alarm.toUpperCase()).join(' ')}` };
    return { ep, health: true, took, error: '' };
  } catch (err) {
    return { ep, health: false, took: goDuration(process.hrtime.bigint() - start), error: failureOf(err).message.replace(/^Error: /, '') };
  }
}

async function endpointHealth(ctx: Context, f: { cluster?: boolean }): Promise<void> {
  const c = await ctx.client();
  const results = await Promise.all((await targets(ctx, c, f.cluster === true)).map((ep) => checkHealth(c, ep)));
  const out = ctx.out;
  if (out.json) {
    out.printJson(results.map((h) => ({ endpoint: h.ep, health: h.health, took: h.took, error: h.error === '' ? undefined : h.error })));
  } else if (out.format === 'table') {
    out.table(['endpoint', 'health', 'took', 'error'], results.map((h) => [h.ep, String(h.health), h.took, h.error]));
  } else {
    for (const h of results) {
      if (h.health) out.line(`${h.ep} is healthy: successfully committed proposal: took = ${h.took}`);
      else out.stderr.write(`${h.ep} is unhealthy: failed to commit proposal: ${h.error}\n`);
    }
  }
  if (results.some((h) => !h.health)) throw new CliError('unhealthy cluster', EXIT_REQUEST_FAILED);
}

// ---------------------------------------------------------------- move-leader

/** The leader's endpoint: one of those given whose status says it leads, else the leader's client URL from the member list. */
async function leaderEndpoint(c: Client): Promise<{ endpoint: string; leader: bigint }> {
  const statuses = await Promise.all(c.endpoints.map((ep) => c.maintenance.status({ endpoint: ep }).then((s) => ({ ep, s }), () => undefined)));
  const known = statuses.find((x) => x !== undefined && x.s.leader !== 0n);
  const leading = statuses.find((x) => x !== undefined && x.s.leader === x.s.header.memberId);
  if (leading !== undefined) return { endpoint: leading.ep, leader: leading.s.leader };
  if (known === undefined) throw new CliError(`no leader known at ${c.endpoints.join(',')}`, EXIT_REQUEST_FAILED);
  const m = (await c.cluster.memberList()).members.find((x) => x.id === known.s.leader);
  const url = m?.clientUrls[0];
  if (url === undefined) throw new CliError(`the leader ${hexId(known.s.leader)} has no client URL`, EXIT_REQUEST_FAILED);
  return { endpoint: parseEndpoint(url), leader: known.s.leader };
}

async function moveLeader(ctx: Context, idText: string): Promise<void> {
  const target = memberId(idText);
  const c = await ctx.client();
  const { endpoint, leader } = await leaderEndpoint(c);
  const header = await c.maintenance.moveLeader(target, { endpoint });
  if (ctx.out.json) ctx.out.printJson({ header: headerJson(header), from: hexId(leader), to: hexId(target) });
  else ctx.out.line(`Leadership transferred from ${hexId(leader)} to ${hexId(target)}`);
}

// ---------------------------------------------------------------- snapshot save

/** How often `snapshot save` reports the bytes received so far. */
const SNAPSHOT_PROGRESS_INTERVAL_MS = 1000;

async function snapshotSave(ctx: Context, file: string): Promise<void> {
  const part = `${file}.part`;
  const c = await ctx.client();
  const endpoint = c.endpoint;
  const interrupted = ctx.interrupted().then((sig) => ({ sig }));
  let fh: FileHandle | undefined = await open(part, 'w');
  let bytes = 0;
  try {
    ctx.out.note(`fetching snapshot from ${endpoint} into ${part}`);
    const chunks = c.maintenance.snapshot({ endpoint })[Symbol.asyncIterator]();
    let lastNote = Date.now();
    for (;;) {
      const step = await Promise.race([chunks.next(), interrupted]);
      if ('sig' in step) throw new CliError(`snapshot interrupted (${step.sig}) after ${bytes} bytes`, EXIT_REQUEST_FAILED);
      if (step.done === true) break;
      await fh.write(step.value);
      bytes += step.value.length;
      if (Date.now() - lastNote >= SNAPSHOT_PROGRESS_INTERVAL_MS) {
        lastNote = Date.now();
        ctx.out.note(`received ${bytes} bytes (${humanBytes(bytes)})`);
      }
    }
    if (bytes === 0) throw new CliError(`${endpoint} sent an empty snapshot`, EXIT_REQUEST_FAILED);
    await fh.sync();
    await fh.close();
    fh = undefined;
    await rename(part, file);
    await syncDir(dirname(file));
  } catch (err) {
    await fh?.close().catch(() => undefined);
    await rm(part, { force: true });
    throw err;
  }
  ctx.out.note(`received ${bytes} bytes (${humanBytes(bytes)})`);
  if (ctx.out.json) ctx.out.printJson({ file, size: bytes, endpoint });
  else ctx.out.line(`Snapshot saved at ${file}`);
}

/** Makes a rename durable: fsync the directory that holds the file. */
async function syncDir(dir: string): Promise<void> {
  const d = await open(dir, 'r');
  try {
    await d.sync();
  } finally {
    await d.close();
  }
}

// ---------------------------------------------------------------- snapshot status

/** What `snapshot status` reports; undefined fields: the format does not tell. */
interface SnapshotStatus {
  format: string;
  /** etcdctl's hash: CRC-32C of every bucket name, key and value. */
  hash?: number;
  revision?: bigint;
  totalKeys?: number;
  /** The store's size (without a trailer). */
  totalSize: number;
  fileSize: number;
  /** The check of the file's own checksum: `ok`, or `absent` when it carries none. */
  integrity: 'ok' | 'absent';
}

/**
 * A snapshot file format `snapshot status` knows. Add regd's own format here:
 * one more entry in SNAPSHOT_FORMATS.
 */
interface SnapshotFormat {
  name: string;
  /** Whether the file's first bytes are this format's. */
  detect(head: Buffer): boolean;
  /** Reads and checks the file (throws CliError when it is corrupt). */
  status(fh: FileHandle, size: number): Promise<SnapshotStatus>;
}

/** How many bytes of a file `detect` sees. */
const SNAPSHOT_HEAD_BYTES = 64;

async function readAt(fh: FileHandle, offset: number, length: number): Promise<Buffer> {
  const b = Buffer.alloc(length);
  const { bytesRead } = await fh.read(b, 0, length, offset);
  if (bytesRead < length) throw new CliError(`truncated file: wanted ${length} bytes at offset ${offset}`, EXIT_REQUEST_FAILED);
  return b;
}

/** SHA-256 of the file's first `length` bytes, read in chunks. */
async function sha256Of(fh: FileHandle, length: number): Promise<Buffer> {
  const h = createHash('sha256');
  const CHUNK = 1 << 20;
  for (let off = 0; off < length; off += CHUNK) h.update(await readAt(fh, off, Math.min(CHUNK, length - off)));
  return h.digest();
}

const CRC32C_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32c(crc: number, b: Uint8Array): number {
  let c = ~crc >>> 0;
  for (const x of b) c = CRC32C_TABLE[(c ^ x) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

// bbolt's on-disk layout (go.etcd.io/bbolt page.go, db.go, bucket.go).
const BOLT_MAGIC = 0xed0cdaed;
const BOLT_PAGE_HEADER = 16;
const BOLT_BRANCH_PAGE = 0x01;
const BOLT_LEAF_PAGE = 0x02;
const BOLT_BUCKET_LEAF = 0x01;
const BOLT_ELEMENT = 16;
const BOLT_META_CHECKSUMMED = 56;
const ETCD_SHA256_TRAILER = 32;
/** Deeper than any real bbolt tree: a corrupt file whose pages loop ends here. */
const BOLT_MAX_DEPTH = 64;

function fnv64a(b: Uint8Array): bigint {
  let h = 0xcbf29ce484222325n;
  for (const x of b) h = ((h ^ BigInt(x)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h;
}

interface BoltMeta { pageSize: number; root: bigint; pgid: bigint; txid: bigint }

function boltMeta(page: Buffer): BoltMeta | undefined {
  const m = page.subarray(BOLT_PAGE_HEADER);
  if (m.length < BOLT_META_CHECKSUMMED + 8 || m.readUInt32LE(0) !== BOLT_MAGIC) return undefined;
  if (fnv64a(m.subarray(0, BOLT_META_CHECKSUMMED)) !== m.readBigUInt64LE(BOLT_META_CHECKSUMMED)) return undefined;
  return { pageSize: m.readUInt32LE(8), root: m.readBigUInt64LE(16), pgid: m.readBigUInt64LE(40), txid: m.readBigUInt64LE(48) };
}

/** Every key/value of a bbolt page tree in key order (`bucket`: the value is a sub-bucket). */
async function* boltEntries(fh: FileHandle, pageSize: number, page: Buffer, depth = 0): AsyncGenerator<{ key: Buffer; value: Buffer; bucket: boolean }> {
  if (depth > BOLT_MAX_DEPTH) throw new CliError('bbolt pages nested too deep: the file is corrupt', EXIT_REQUEST_FAILED);
  const flags = page.readUInt16LE(8);
  const count = page.readUInt16LE(10);
  for (let i = 0; i < count; i++) {
    const e = BOLT_PAGE_HEADER + i * BOLT_ELEMENT;
    if ((flags & BOLT_BRANCH_PAGE) !== 0) {
      yield* boltEntries(fh, pageSize, await boltPage(fh, pageSize, page.readBigUInt64LE(e + 8)), depth + 1);
    } else if ((flags & BOLT_LEAF_PAGE) !== 0) {
      const pos = e + page.readUInt32LE(e + 4);
      const ksize = page.readUInt32LE(e + 8);
      const vsize = page.readUInt32LE(e + 12);
      yield { key: page.subarray(pos, pos + ksize), value: page.subarray(pos + ksize, pos + ksize + vsize), bucket: (page.readUInt32LE(e) & BOLT_BUCKET_LEAF) !== 0 };
    } else {
      throw new CliError(`bbolt page ${page.readBigUInt64LE(0)}: not a branch or leaf page`, EXIT_REQUEST_FAILED);
    }
  }
}

async function boltPage(fh: FileHandle, pageSize: number, pgid: bigint): Promise<Buffer> {
  const head = await readAt(fh, Number(pgid) * pageSize, BOLT_PAGE_HEADER);
  return readAt(fh, Number(pgid) * pageSize, (head.readUInt32LE(12) + 1) * pageSize);
}

/** A bucket's root page: its own page, or inline after the bucket header when its root is 0. */
async function bucketPage(fh: FileHandle, pageSize: number, value: Buffer): Promise<Buffer> {
  const root = value.readBigUInt64LE(0);
  return root === 0n ? value.subarray(16) : boltPage(fh, pageSize, root);
}

/** etcd's backend (a bbolt file), as etcdctl snapshot save writes it: the db, then the SHA-256 of the db. */
const ETCD_BBOLT: SnapshotFormat = {
  name: 'etcd bbolt',
  detect: (head) => head.length >= BOLT_PAGE_HEADER + 4 && head.readUInt32LE(BOLT_PAGE_HEADER) === BOLT_MAGIC,
  async status(fh, size) {
    const first = boltMeta(await readAt(fh, 0, Math.min(size, 4096)));
    const candidates = [first, first !== undefined ? boltMeta(await readAt(fh, first.pageSize, BOLT_PAGE_HEADER + 64)) : undefined];
    const meta = candidates.filter((m): m is BoltMeta => m !== undefined).sort((a, b) => (a.txid > b.txid ? -1 : 1))[0];
    if (meta === undefined) throw new CliError('invalid bbolt meta pages: the file is corrupt', EXIT_REQUEST_FAILED);
    let integrity: SnapshotStatus['integrity'] = 'absent';
    if (size % meta.pageSize === ETCD_SHA256_TRAILER) {
      const want = await readAt(fh, size - ETCD_SHA256_TRAILER, ETCD_SHA256_TRAILER);
      if (!want.equals(await sha256Of(fh, size - ETCD_SHA256_TRAILER))) throw new CliError('sha256 mismatch: the snapshot is corrupt', EXIT_REQUEST_FAILED);
      integrity = 'ok';
    } else if (size % meta.pageSize !== 0) {
      throw new CliError(`${size} bytes: neither whole pages nor whole pages and a sha256: the file is truncated or corrupt`, EXIT_REQUEST_FAILED);
    }
    let hash = 0;
    let revision = 0n;
    let totalKeys = 0;
    for await (const b of boltEntries(fh, meta.pageSize, await boltPage(fh, meta.pageSize, meta.root))) {
      if (!b.bucket) throw new CliError('a key outside any bucket: not an etcd backend', EXIT_REQUEST_FAILED);
      hash = crc32c(hash, b.key);
      const isKeyBucket = b.key.toString() === 'key';
      for await (const kv of boltEntries(fh, meta.pageSize, await bucketPage(fh, meta.pageSize, b.value))) {
        hash = crc32c(hash, kv.key);
        if (!kv.bucket) hash = crc32c(hash, kv.value);
        if (isKeyBucket && kv.key.length >= 8) revision = kv.key.readBigInt64BE(0);
        totalKeys++;
      }
    }
    return { format: this.name, hash, revision, totalKeys, totalSize: Number(meta.pgid) * meta.pageSize, fileSize: size, integrity };
  },
};

/** The formats `snapshot status` tries, in order. regd's own format goes here once it exists. */
const SNAPSHOT_FORMATS: readonly SnapshotFormat[] = [ETCD_BBOLT];

async function snapshotStatus(ctx: Context, file: string): Promise<void> {
  const fh = await open(file, 'r');
  let s: SnapshotStatus;
  try {
    const size = (await fh.stat()).size;
    const head = Buffer.alloc(Math.min(size, SNAPSHOT_HEAD_BYTES));
    await fh.read(head, 0, head.length, 0);
    const format = SNAPSHOT_FORMATS.find((f) => f.detect(head));
    if (format === undefined) {
      throw new CliError(`${file} is not a snapshot regctl knows (known formats: ${SNAPSHOT_FORMATS.map((f) => f.name).join(', ')})`, EXIT_REQUEST_FAILED);
    }
    s = await format.status(fh, size);
  } finally {
    await fh.close();
  }
  const text = (v: number | bigint | undefined, f: (x: number | bigint) => string = String): string => (v === undefined ? 'unknown' : f(v));
  const hash = text(s.hash, (h) => h.toString(16));
  const out = ctx.out;
  if (out.json) {
    out.printJson({
      format: s.format, hash: s.hash, revision: s.revision, total_keys: s.totalKeys, total_size: s.totalSize, file_size: s.fileSize, sha256: s.integrity,
    });
  } else if (out.format === 'table') {
    out.table(['hash', 'revision', 'total keys', 'total size', 'format', 'sha256'],
      [[hash, text(s.revision), text(s.totalKeys), humanBytes(s.totalSize), s.format, s.integrity]]);
  } else {
    out.line(`${hash}, ${text(s.revision)}, ${text(s.totalKeys)}, ${humanBytes(s.totalSize)}`);
    out.note(`format: ${s.format}; sha256: ${s.integrity}; file: ${s.fileSize} bytes`);
  }
}

// ---------------------------------------------------------------- commands

export function addClusterCommands(program: Command): void {
  const member = program.command('member').description('the cluster\'s members (etcdctl member)');

  examples(member.command('list').description('lists the members: ID, status, name, peer URLs, client URLs, learner')
    .action(action(memberList)), [
    'regctl member list',
    'regctl member list -w table',
  ]);

  examples(member.command('add').argument('<name>', 'the new member\'s name')
    .description('adds a member (prints the environment to start it with)')
    .option('--peer-urls <urls>', 'comma-separated peer URLs of the new member')
    .option('--learner', 'add it as a learner (a non-voting member)')
    .action(action(memberAdd)), [
    'regctl member add m4 --peer-urls http://10.0.0.4:2380',
    'regctl member add m4 --peer-urls http://10.0.0.4:2380 --learner',
  ]);

  examples(member.command('remove').argument('<id>', 'the member id (hex, as member list prints it)')
    .description('removes a member')
    .action(action(memberRemove)), [
    'regctl member remove 8e9e05c52164694d',
  ]);

  examples(member.command('update').argument('<id>', 'the member id (hex)')
    .description('changes a member\'s peer URLs')
    .option('--peer-urls <urls>', 'comma-separated new peer URLs')
    .action(action(memberUpdate)), [
    'regctl member update 8e9e05c52164694d --peer-urls http://10.0.0.4:2380',
  ]);

  examples(member.command('promote').argument('<id>', 'the learner\'s id (hex)')
    .description('makes a learner a voting member')
    .action(action(memberPromote)), [
    'regctl member promote 8e9e05c52164694d',
  ]);

  const endpoint = program.command('endpoint').description('the members behind the endpoints (etcdctl endpoint)');

  examples(endpoint.command('status').description('each endpoint\'s member: id, version, db size, leadership, raft term and indexes')
    .option('--cluster', 'every member\'s client URLs (from the member list) instead of --endpoints')
    .action(action(endpointStatus)), [
    'regctl endpoint status -w table',
    'regctl endpoint status --cluster -w json',
  ]);

  examples(endpoint.command('health').description('whether each endpoint commits a read through the leader; exits 1 if any is unhealthy')
    .option('--cluster', 'every member\'s client URLs (from the member list) instead of --endpoints')
    .action(action(endpointHealth)), [
    'regctl endpoint health',
    'regctl endpoint health --cluster -w table',
  ]);

  examples(program.command('move-leader').argument('<id>', 'the member id (hex) to hand leadership to')
    .description('transfers leadership to another member (asks the leader, found by endpoint status)')
    .action(action(moveLeader)), [
    'regctl move-leader 8e9e05c52164694d',
  ]);

  const snapshot = program.command('snapshot').description('backups of a member\'s store (etcdctl snapshot)');

  examples(snapshot.command('save').argument('<file>', 'where to write the snapshot (via FILE.part, renamed at the end)')
    .description('saves a snapshot of one member\'s store (the endpoint in use); progress on stderr')
    .action(action(snapshotSave)), [
    'regctl --endpoints 127.0.0.1:2379 snapshot save backup.db',
  ]);

  examples(snapshot.command('status').argument('<file>', 'a snapshot file')
    .description('hash, revision, total keys and total size of a snapshot file (checks its sha256)')
    .action(action(snapshotStatus)), [
    'regctl snapshot status backup.db',
    'regctl snapshot status backup.db -w table',
  ]);
}
