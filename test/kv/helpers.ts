import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  KvError as KvErrorClass,
  MvccStore,
  validateCommand,
  type ApplyResult,
  type DeleteRangeRequest,
  type DeleteRangeResponse,
  type Event,
  type KeyValue,
  type KvCommand,
  type KvError,
  type MvccStoreOptions,
  type PutRequest,
  type PutResponse,
  type RangeRequest,
  type RangeResponse,
  type TxnRequest,
  type TxnResponse,
} from '../../src/kv/index.js';

export const b = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
export const str = (u: Uint8Array): string => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('latin1');

/** A KeyValue as a compact tuple for assertions: [key, value, create, mod, version, lease]. */
export type KvTuple = [string, string, number, number, number, bigint];
export const tuple = (kv: KeyValue): KvTuple => [str(kv.key), str(kv.value), kv.createRevision, kv.modRevision, kv.version, kv.lease];
export const tuples = (kvs: KeyValue[]): KvTuple[] => kvs.map(tuple);
export const keys = (kvs: KeyValue[]): string[] => kvs.map((kv) => str(kv.key));
export const eventSummary = (evs: Event[]): string[] =>
  evs.map((e) => `${e.type === 0 ? 'PUT' : 'DEL'} ${str(e.kv.key)}@${e.kv.modRevision}`);

export function tempDir(prefix = 'regd-kv-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A store in a temp dir, fed commands at increasing Raft indexes. */
export class Harness {
  store: MvccStore;
  readonly dir: string;
  readonly opts: MvccStoreOptions;
  index = 0;

  private constructor(store: MvccStore, dir: string, opts: MvccStoreOptions) {
    this.store = store;
    this.dir = dir;
    this.opts = opts;
    this.index = store.appliedIndex;
  }

  static async create(opts: MvccStoreOptions = {}, dir: string = tempDir()): Promise<Harness> {
    try {
      return new Harness(await MvccStore.open(dir, opts), dir, opts);
    } catch (err) {
      removeDir(dir);
      throw err;
    }
  }

  /**
   * As a member runs a command: the proposer validates it (a bad one never
   * enters the log: rejected here without using an index), then the store
   * applies it at the next index.
   */
  async run(command: KvCommand): Promise<ApplyResult> {
    try {
      validateCommand(command);
    } catch (err) {
      if (err instanceof KvErrorClass) return { status: 'rejected', index: this.index, revision: this.store.revision, error: err };
      throw err;
    }
    this.index += 1;
    return this.store.apply(this.index, command);
  }

  async ok(command: KvCommand): Promise<Extract<ApplyResult, { status: 'applied' }>> {
    const r = await this.run(command);
    if (r.status !== 'applied') throw new Error(`expected applied, got ${r.status}${r.status === 'rejected' ? `: ${r.error.message}` : ''}`);
    return r;
  }

  async rejected(command: KvCommand): Promise<KvError> {
    const r = await this.run(command);
    if (r.status !== 'rejected') throw new Error(`expected rejected, got ${r.status}`);
    return r.error;
  }

  async put(key: string, value: string, extra: Partial<PutRequest> = {}): Promise<PutResponse> {
    const r = await this.ok({ type: 'put', request: { key: b(key), value: b(value), ...extra } });
    if (r.response.type !== 'put') throw new Error('wrong response type');
    return r.response.response;
  }

  async del(key: string, rangeEnd?: string, extra: Partial<DeleteRangeRequest> = {}): Promise<DeleteRangeResponse> {
    const request: DeleteRangeRequest = { key: b(key), ...extra };
    if (rangeEnd !== undefined) request.rangeEnd = b(rangeEnd);
    const r = await this.ok({ type: 'deleteRange', request });
    if (r.response.type !== 'deleteRange') throw new Error('wrong response type');
    return r.response.response;
  }

  async txn(request: TxnRequest): Promise<TxnResponse> {
    const r = await this.ok({ type: 'txn', request });
    if (r.response.type !== 'txn') throw new Error('wrong response type');
    return r.response.response;
  }

  async compact(revision: number): Promise<void> {
    await this.ok({ type: 'compaction', request: { revision } });
  }

  get(key: string, extra: Partial<RangeRequest> = {}): Promise<RangeResponse> {
    return this.store.range({ key: b(key), ...extra });
  }

  range(key: string, rangeEnd: string, extra: Partial<RangeRequest> = {}): Promise<RangeResponse> {
    return this.store.range({ key: b(key), rangeEnd: b(rangeEnd), ...extra });
  }

  async reopen(opts: MvccStoreOptions = this.opts): Promise<void> {
    await this.store.close();
    this.store = await MvccStore.open(this.dir, opts);
    this.index = this.store.appliedIndex;
  }

  async dispose(): Promise<void> {
    await this.store.close();
    removeDir(this.dir);
  }
}

/** The error a promise rejects with. */
export async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    if (err instanceof Error) return err;
    throw new Error(`rejected with a non-Error: ${String(err)}`);
  }
  throw new Error('expected a rejection');
}

/** Wait for a condition with a deadline (never a fixed sleep). */
export async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error('waitFor: timed out');
    await new Promise((r) => setImmediate(r));
  }
}
