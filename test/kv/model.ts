// A deliberately naive model of etcd's keyspace for the property test: one
// full copy of the keyspace per revision, keys as latin1 strings (whose
// code-unit order is byte order). Written from the reference, not from the
// store's code.

export interface MKv {
  key: string;
  value: string;
  create: number;
  mod: number;
  version: number;
}

export interface RangeSpec {
  key: string;
  end?: string;
  revPick: number;
  limit: number;
  sortOrder: 0 | 1 | 2;
  sortTarget: 0 | 1 | 2 | 3 | 4;
  keysOnly: boolean;
  countOnly: boolean;
  minMod: number;
  maxMod: number;
  minCreate: number;
  maxCreate: number;
}

export type Op =
  | { t: 'put'; key: string; value: string; prevKv: boolean }
  | { t: 'del'; key: string; end?: string; prevKv: boolean }
  | { t: 'range'; req: RangeSpec };

export interface Cmp {
  key: string;
  end?: string;
  target: 0 | 1 | 2 | 3; // VERSION, CREATE, MOD, VALUE
  result: 0 | 1 | 2 | 3; // EQUAL, GREATER, LESS, NOT_EQUAL
  num: number;
  value: string;
}

export type Cmd =
  | Op
  | { t: 'txn'; compares: Cmp[]; success: Op[]; failure: Op[] }
  | { t: 'compact'; pick: number }
  | { t: 'reopen' };

/** Normalized outcomes, comparable between model and store. */
export type Out =
  | { error: string }
  | { rev: number; prev?: string }
  | { rev: number; deleted: number; prevs: string[] }
  | { rev: number; kvs: string[]; more: boolean; count: number }
  | { rev: number; succeeded: boolean; responses: Out[] };

export const kvStr = (kv: MKv, keysOnly = false): string => `${kv.key}=${keysOnly ? '' : kv.value}|${kv.create}|${kv.mod}|${kv.version}`;

type State = Map<string, MKv>;

function inInterval(k: string, key: string, end: string | undefined): boolean {
  if (end === undefined || end === '') return k === key;
  if (k < key) return false;
  return end === '\0' || k < end;
}

class Fail extends Error {}

/** The revision a range asks for, from its pick (0 = newest; may be in the future or compacted). */
export function pickRevision(pick: number, rev: number): number {
  return pick === 0 ? 0 : pick % (rev + 2);
}

export class Model {
  states: State[] = [new Map(), new Map()];
  rev = 1;
  compacted = 0;
  /** Every event: [type, key, mod]. */
  events: Array<[string, string, number]> = [];

  private cur(): State {
    return this.states[this.rev] as State;
  }

  run(cmd: Cmd): Out | null {
    try {
      switch (cmd.t) {
        case 'reopen':
          return null;
        case 'compact': {
          const r = pickRevision(cmd.pick, this.rev);
          if (r <= this.compacted) throw new Fail('etcdserver: mvcc: required revision has been compacted');
          if (r > this.rev) throw new Fail('etcdserver: mvcc: required revision is a future revision');
          this.compacted = r;
          return { rev: this.rev };
        }
        case 'range':
          return this.range(cmd.req, new Map(this.cur()), this.rev);
        case 'put':
        case 'del':
          return this.write([cmd], false).responses[0] ?? null;
        case 'txn': {
          for (const branch of [cmd.success, cmd.failure]) this.checkDuplicates(branch);
          const state = this.cur();
          const succeeded = cmd.compares.every((c) => this.compare(c, state));
          const ops = succeeded ? cmd.success : cmd.failure;
          for (const op of ops) {
            if (op.t !== 'range') continue;
            const r = pickRevision(op.req.revPick, this.rev);
            if (r <= 0) continue;
            if (r > this.rev) throw new Fail('etcdserver: mvcc: required revision is a future revision');
            if (r < this.compacted) throw new Fail('etcdserver: mvcc: required revision has been compacted');
          }
          const { rev, responses } = this.write(ops, true);
          return { rev, succeeded, responses };
        }
      }
    } catch (err) {
      if (err instanceof Fail) return { error: err.message };
      throw err;
    }
  }

  private checkDuplicates(ops: Op[]): void {
    const puts = new Set<string>();
    for (const op of ops) {
      if (op.t !== 'put') continue;
      if (puts.has(op.key)) throw new Fail('etcdserver: duplicate key given in txn request');
      puts.add(op.key);
      for (const d of ops) if (d.t === 'del' && inInterval(op.key, d.key, d.end)) throw new Fail('etcdserver: duplicate key given in txn request');
    }
  }

  private compare(c: Cmp, state: State): boolean {
    const kvs = [...state.values()].filter((kv) => inInterval(kv.key, c.key, c.end));
    if (kvs.length === 0) {
      if (c.target === 3) return false;
      kvs.push({ key: '', value: '', create: 0, mod: 0, version: 0 });
    }
    return kvs.every((kv) => {
      let r: number;
      if (c.target === 3) r = kv.value < c.value ? -1 : kv.value > c.value ? 1 : 0;
      else r = Math.sign([kv.version, kv.create, kv.mod][c.target] as number - c.num);
      return [r === 0, r > 0, r < 0, r !== 0][c.result];
    });
  }

  /** Run ops as one revision; reads see earlier writes. */
  private write(ops: Op[], inTxn: boolean): { rev: number; responses: Out[] } {
    const begin = this.rev;
    const next = new Map(this.cur());
    let changed = false;
    const at = (): number => (changed ? begin + 1 : begin);
    const responses: Out[] = [];
    for (const op of ops) {
      if (op.t === 'put') {
        const prev = next.get(op.key);
        next.set(op.key, {
          key: op.key,
          value: op.value,
          create: prev ? prev.create : begin + 1,
          mod: begin + 1,
          version: prev ? prev.version + 1 : 1,
        });
        changed = true;
        this.events.push(['PUT', op.key, begin + 1]);
        responses.push(op.prevKv && prev ? { rev: at(), prev: kvStr(prev) } : { rev: at() });
      } else if (op.t === 'del') {
        const victims = [...next.values()].filter((kv) => inInterval(kv.key, op.key, op.end)).sort((a, b) => (a.key < b.key ? -1 : 1));
        for (const v of victims) {
          next.delete(v.key);
          this.events.push(['DEL', v.key, begin + 1]);
        }
        if (victims.length > 0) changed = true;
        responses.push({ rev: at(), deleted: victims.length, prevs: op.prevKv ? victims.map((v) => kvStr(v)) : [] });
      } else {
        if (!inTxn) throw new Error('model: range outside a txn goes through run()');
        responses.push(this.range(op.req, next, at(), begin));
      }
    }
    if (changed) {
      this.rev = begin + 1;
      this.states[this.rev] = next;
    }
    return { rev: this.rev, responses };
  }

  /**
   * A range against `working` (the state at `curRev`). `pickBase` is the
   * revision the pick was resolved against (a txn resolves picks at its start).
   */
  range(q: RangeSpec, working: State, curRev: number, pickBase: number = curRev): Out {
    let r = pickRevision(q.revPick, pickBase);
    if (r > curRev) throw new Fail('etcdserver: mvcc: required revision is a future revision');
    if (r <= 0) r = curRev;
    if (r < this.compacted) throw new Fail('etcdserver: mvcc: required revision has been compacted');
    const state = r === curRev ? working : (this.states[r] as State);
    let kvs = [...state.values()].filter((kv) => inInterval(kv.key, q.key, q.end)).sort((a, b) => (a.key < b.key ? -1 : 1));
    const count = kvs.length;
    if (q.countOnly) return { rev: curRev, kvs: [], more: false, count };
    kvs = kvs.filter(
      (kv) =>
        (q.maxMod === 0 || kv.mod <= q.maxMod) &&
        (q.minMod === 0 || kv.mod >= q.minMod) &&
        (q.maxCreate === 0 || kv.create <= q.maxCreate) &&
        (q.minCreate === 0 || kv.create >= q.minCreate),
    );
    let order = q.sortOrder;
    if (q.sortTarget !== 0 && order === 0) order = 1;
    if (order !== 0) {
      const field = (kv: MKv): number | string => [kv.key, kv.version, kv.create, kv.mod, kv.value][q.sortTarget] as number | string;
      kvs.sort((a, b) => {
        const fa = field(a);
        const fb = field(b);
        const c = fa < fb ? -1 : fa > fb ? 1 : 0;
        return c !== 0 ? c : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      });
      if (order === 2) kvs.reverse();
    }
    let more = false;
    if (q.limit > 0 && kvs.length > q.limit) {
      kvs = kvs.slice(0, q.limit);
      more = true;
    }
    return { rev: curRev, kvs: kvs.map((kv) => kvStr(kv, q.keysOnly)), more, count };
  }

  /** The whole keyspace at `rev`, sorted. */
  dump(rev: number): string[] {
    return [...(this.states[rev] as State).values()].sort((a, b) => (a.key < b.key ? -1 : 1)).map((kv) => kvStr(kv));
  }
}
