// A tiny synchronous cluster for interaction scripts (not for random faults:
// that is test/sim/). Every core's Ready is handled in order, the way a real
// driver does it: persist into the node's durable store, then hand the messages
// to the network, then apply, then advance. Messages are delivered one at a
// time, first in first out, and the receiver's Ready is handled right after.
//
// The network also checks, on every Ready, the safety rules a driver can see:
// a granted vote is durable before it is sent, a node never changes its vote in
// a term, committed entries are never overwritten, and no two nodes apply
// different entries at the same index. A breach throws at once.
import {
  Raft, SeededRng,
  type ConfChangeSingle, type ConfState, type Entry, type Message, type NodeId, type PersistedState,
  type RaftConfig, type ReadState, type Ready, type Role, type Status,
} from '../../src/raft/index.js';
import { dec, enc } from './helpers.js';

export interface NetworkOptions {
  electionTicks?: number;
  heartbeatTicks?: number;
  /** Default true, as in production. */
  preVote?: boolean;
  /** Default true, as in production. */
  checkQuorum?: boolean;
  maxSizePerMsg?: number;
  maxInflightMsgs?: number;
  maxUncommittedBytes?: number;
  seed?: number;
  /** Start these nodes from a crafted state instead of the bootstrap state. */
  persisted?: Record<NodeId, PersistedState>;
}

interface Node {
  id: NodeId;
  raft: Raft | undefined; // undefined while crashed
  durable: PersistedState;
  /** The state machine: the data of every applied normal entry, in order. */
  applied: string[];
  appliedIndex: number;
  readStates: ReadState[];
  restarts: number;
}

export class SafetyViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SafetyViolation';
  }
}

type DropRule = (m: Message) => boolean;

export class Network {
  /** Every message a core handed out, delivered or not, in order. */
  readonly sent: Message[] = [];
  /** Every message actually stepped into a core, in order. */
  readonly delivered: Message[] = [];
  private readonly nodes = new Map<NodeId, Node>();
  private readonly queue: Message[] = [];
  private rules: DropRule[] = [];
  private readonly isolated = new Set<NodeId>();
  /** index -> (term, data) of the first entry any node applied there. */
  private readonly appliedAt = new Map<number, { term: number; data: string; by: NodeId }>();

  constructor(ids: NodeId[], private readonly opts: NetworkOptions = {}) {
    for (const id of ids) {
      this.addNode(id, opts.persisted?.[id] ?? Raft.bootstrap({ voters: [...ids], outgoing: [], learners: [] }));
    }
  }

  // ---------------------------------------------------------------- nodes

  /** Start a node that is not (yet) in the configuration: it learns it from the leader. */
  join(id: NodeId): void {
    this.addNode(id, Raft.bootstrap({ voters: [], outgoing: [], learners: [] }));
  }

  /** Stop a node: it loses everything it had not persisted (here: nothing but its memory). */
  crash(id: NodeId): void {
    this.node(id).raft = undefined;
  }

  /** Start a crashed (or running) node again from its durable store only. */
  restart(id: NodeId): void {
    const n = this.node(id);
    n.restarts++;
    n.raft = new Raft(this.config(id, n.restarts), structuredClone(n.durable));
    this.resetStateMachine(n);
    this.process();
  }

  // ------------------------------------------------------------- topology

  /** Drop every message to or from `id`. */
  isolate(id: NodeId): void {
    this.isolated.add(id);
  }

  /** Drop every message between `a` and `b`, both ways. */
  cut(a: NodeId, b: NodeId): void {
    this.dropIf((m) => (m.from === a && m.to === b) || (m.from === b && m.to === a));
  }

  /** Drop every message for which `rule` returns true. */
  dropIf(rule: DropRule): void {
    this.rules.push(rule);
  }

  /** Undo every isolate, cut and drop rule. */
  heal(): void {
    this.rules = [];
    this.isolated.clear();
  }

  // ----------------------------------------------------------------- time

  tick(id: NodeId, times = 1): void {
    for (let i = 0; i < times; i++) {
      this.core(id).tick();
      this.process();
    }
  }

  /** One tick on every running node, then deliver everything. */
  tickAll(times = 1): void {
    for (let i = 0; i < times; i++) {
      for (const n of this.running()) n.raft?.tick();
      this.process();
    }
  }

  /** Tick every node until `done()` holds; returns the ticks taken. */
  tickUntil(done: () => boolean, maxTicks = 1000): number {
    for (let t = 0; t <= maxTicks; t++) {
      if (done()) return t;
      this.tickAll();
    }
    throw new Error(`condition not reached within ${maxTicks} ticks`);
  }

  /** Tick until every node of `ids` has applied `data`. */
  tickUntilCommitted(ids: NodeId[], data: string, maxTicks = 200): void {
    this.tickUntil(() => ids.every((id) => this.committed(id).includes(data)), maxTicks);
  }

  /**
   * Tick until one node of `among` (default: the running, non-isolated nodes)
   * leads and every node of `among` follows it. Returns the leader.
   */
  tickUntilLeader(among?: NodeId[], maxTicks = 1000): NodeId {
    const group = among ?? this.running().filter((n) => !this.isolated.has(n.id)).map((n) => n.id);
    let leader = 0;
    this.tickUntil(() => {
      leader = group.find((id) => this.role(id) === 'leader') ?? 0;
      return leader !== 0 && group.every((id) => this.status(id).leader === leader);
    }, maxTicks);
    return leader;
  }

  // --------------------------------------------------------------- inputs

  /** Make `id` campaign now and run the election to its end. */
  campaign(id: NodeId): void {
    this.core(id).campaign();
    this.process();
  }

  /** Propose `data` on `id` (throws the core's RaftError) and run replication to quiescence. */
  propose(id: NodeId, data: string): void {
    this.core(id).propose(enc(data));
    this.process();
  }

  proposeConfChange(id: NodeId, changes: ConfChangeSingle[]): void {
    this.core(id).proposeConfChange(changes);
    this.process();
  }

  /** Ask `id` for a read index under `context`; the answer lands in readStates(id). */
  read(id: NodeId, context: string): void {
    this.core(id).readIndex(context);
    this.process();
  }

  transfer(leader: NodeId, target: NodeId): void {
    this.core(leader).transferLeader(target);
    this.process();
  }

  /** Snapshot `id`'s state machine at its applied index and compact its log, as a driver would. */
  snapshot(id: NodeId, compactTo?: number): number {
    const n = this.node(id);
    const data = enc(JSON.stringify(n.applied));
    const meta = this.core(id).createSnapshot(data, compactTo);
    if (meta.index !== n.appliedIndex) {
      throw new Error(`createSnapshot: snapshot index ${meta.index}, applied ${n.appliedIndex}`);
    }
    n.durable.snapshot = { meta, data };
    n.durable.entries = n.durable.entries.filter((e) => e.index > meta.index);
    this.process();
    return meta.index;
  }

  /** Step `m` into its target directly, bypassing every drop rule (for forged or replayed messages). */
  inject(m: Message): void {
    this.core(m.to).step(m);
    this.process();
  }

  // ---------------------------------------------------------- observation

  raft(id: NodeId): Raft {
    return this.core(id);
  }

  status(id: NodeId): Status {
    return this.core(id).status();
  }

  role(id: NodeId): Role {
    return this.status(id).role;
  }

  /** The running node that leads in the highest term, or 0. */
  leader(): NodeId {
    let best: Status | undefined;
    for (const n of this.running()) {
      const s = n.raft?.status();
      if (s?.role === 'leader' && (best === undefined || s.term > best.term)) best = s;
    }
    return best?.id ?? 0;
  }

  /** The data of every normal entry `id` has applied, in order (snapshot contents first). */
  committed(id: NodeId): string[] {
    return [...this.node(id).applied];
  }

  readStates(id: NodeId): ReadState[] {
    return [...this.node(id).readStates];
  }

  /** The node's durable log (entries after its snapshot). */
  log(id: NodeId): Entry[] {
    return this.node(id).durable.entries;
  }

  /** `index@term` of every durable entry, for comparing logs. */
  logTerms(id: NodeId): string[] {
    return this.log(id).map((e) => `${e.index}@${e.term}`);
  }

  durable(id: NodeId): PersistedState {
    return this.node(id).durable;
  }

  ids(): NodeId[] {
    return [...this.nodes.keys()];
  }

  /** Every node but `id`. */
  others(id: NodeId): NodeId[] {
    return this.ids().filter((x) => x !== id);
  }

  /** Messages handed out so far that match. */
  sentWhere(pred: (m: Message) => boolean): Message[] {
    return this.sent.filter(pred);
  }

  // ------------------------------------------------------------- delivery

  /** Handle every Ready and deliver every message until nothing moves. */
  process(): void {
    this.handleReadies();
    for (let guard = 0; this.queue.length > 0; guard++) {
      if (guard > 100_000) throw new Error('network: messages never stop flowing');
      const m = this.queue.shift() as Message;
      this.deliver(m);
      this.handleReadies();
    }
  }

  private deliver(m: Message): void {
    const target = this.nodes.get(m.to)?.raft;
    const dropped = target === undefined
      || this.isolated.has(m.from) || this.isolated.has(m.to)
      || this.rules.some((rule) => rule(m));
    if (!dropped) {
      this.delivered.push(m);
      target.step(m);
    }
    // A driver reports the outcome of a snapshot transfer to its core.
    if (m.type === 'snap') this.nodes.get(m.from)?.raft?.reportSnapshot(m.to, !dropped);
  }

  private handleReadies(): void {
    for (let busy = true, guard = 0; busy; guard++) {
      if (guard > 10_000) throw new Error('network: Readies never stop coming');
      busy = false;
      for (const n of this.running()) {
        if (n.raft?.hasReady()) {
          this.handleReady(n, n.raft.ready());
          busy = true;
        }
      }
    }
  }

  private handleReady(n: Node, rd: Ready): void {
    const d = n.durable;
    // 1. persist: snapshot, entries, hard state, in one write.
    if (rd.snapshot) {
      d.snapshot = structuredClone(rd.snapshot);
      d.entries = [];
    }
    if (rd.entries.length > 0) this.persistEntries(n, rd.entries);
    if (rd.hardState) {
      const before = d.hardState;
      const after = rd.hardState;
      if (after.term < before.term) this.violation(`${n.id}: term went back from ${before.term} to ${after.term}`);
      if (after.term === before.term && before.vote !== 0 && after.vote !== before.vote) {
        this.violation(`${n.id}: changed its vote in term ${after.term} from ${before.vote} to ${after.vote}`);
      }
      if (after.commit < before.commit) this.violation(`${n.id}: commit went back from ${before.commit} to ${after.commit}`);
      d.hardState = { ...after };
    }
    // 2. send, only now.
    for (const m of rd.messages) {
      if (m.type === 'voteResp' && !m.reject && (d.hardState.term !== m.term || d.hardState.vote !== m.to)) {
        this.violation(`${n.id}: granted its vote to ${m.to} in term ${m.term} but the durable hard state is `
          + `${JSON.stringify(d.hardState)}`);
      }
      this.sent.push(m);
      this.queue.push(m);
    }
    // 3. apply.
    if (rd.snapshot) {
      n.applied = JSON.parse(rd.snapshot.data.length > 0 ? dec(rd.snapshot.data) : '[]') as string[];
      n.appliedIndex = rd.snapshot.meta.index;
    }
    for (const e of rd.committedEntries) this.apply(n, e);
    // 4. reads.
    n.readStates.push(...rd.readStates);
    n.raft?.advance();
  }

  private persistEntries(n: Node, incoming: Entry[]): void {
    const d = n.durable;
    const first = incoming[0] as Entry;
    const lastIndex = d.entries.length > 0 ? (d.entries[d.entries.length - 1] as Entry).index : d.snapshot.meta.index;
    if (first.index > lastIndex + 1) this.violation(`${n.id}: entries from ${first.index} leave a gap after ${lastIndex}`);
    if (first.index <= d.snapshot.meta.index) this.violation(`${n.id}: entries from ${first.index} overwrite its snapshot`);
    for (const e of incoming) {
      const old = d.entries.find((x) => x.index === e.index);
      if (old && old.term !== e.term && e.index <= d.hardState.commit) {
        this.violation(`${n.id}: committed entry ${e.index}@${old.term} overwritten by ${e.index}@${e.term}`);
      }
    }
    d.entries = [...d.entries.filter((e) => e.index < first.index), ...structuredClone(incoming)];
  }

  private apply(n: Node, e: Entry): void {
    if (e.index !== n.appliedIndex + 1) this.violation(`${n.id}: applied ${e.index} after ${n.appliedIndex}`);
    const data = dec(e.data);
    const seen = this.appliedAt.get(e.index);
    if (seen && (seen.term !== e.term || seen.data !== data)) {
      this.violation(`index ${e.index}: node ${seen.by} applied ${seen.term}:${seen.data}, node ${n.id} applied ${e.term}:${data}`);
    }
    if (!seen) this.appliedAt.set(e.index, { term: e.term, data, by: n.id });
    if (!e.conf && e.data.length > 0) n.applied.push(data);
    n.appliedIndex = e.index;
  }

  private violation(what: string): never {
    throw new SafetyViolation(what);
  }

  // -------------------------------------------------------------- plumbing

  private addNode(id: NodeId, persisted: PersistedState): void {
    const n: Node = {
      id, raft: undefined, durable: structuredClone(persisted), applied: [], appliedIndex: 0, readStates: [], restarts: 0,
    };
    this.nodes.set(id, n);
    n.raft = new Raft(this.config(id, 0), structuredClone(persisted));
    this.resetStateMachine(n);
  }

  private resetStateMachine(n: Node): void {
    const snap = n.durable.snapshot;
    n.applied = snap.data.length > 0 ? JSON.parse(dec(snap.data)) as string[] : [];
    n.appliedIndex = snap.meta.index;
    n.readStates = [];
  }

  private config(id: NodeId, restarts: number): RaftConfig {
    const o = this.opts;
    const cfg: RaftConfig = {
      id,
      electionTicks: o.electionTicks ?? 10,
      heartbeatTicks: o.heartbeatTicks ?? 1,
      rng: new SeededRng((o.seed ?? 1) * 1000 + id * 10 + restarts),
      preVote: o.preVote ?? true,
      checkQuorum: o.checkQuorum ?? true,
    };
    if (o.maxSizePerMsg !== undefined) cfg.maxSizePerMsg = o.maxSizePerMsg;
    if (o.maxInflightMsgs !== undefined) cfg.maxInflightMsgs = o.maxInflightMsgs;
    if (o.maxUncommittedBytes !== undefined) cfg.maxUncommittedBytes = o.maxUncommittedBytes;
    return cfg;
  }

  private node(id: NodeId): Node {
    const n = this.nodes.get(id);
    if (!n) throw new Error(`no node ${id}`);
    return n;
  }

  private core(id: NodeId): Raft {
    const r = this.node(id).raft;
    if (!r) throw new Error(`node ${id} is crashed`);
    return r;
  }

  private running(): Node[] {
    return [...this.nodes.values()].filter((n) => n.raft !== undefined);
  }
}

/** Sorted copy of a configuration. */
export function confOf(net: Network, id: NodeId): ConfState {
  const c = net.status(id).conf;
  const s = (a: NodeId[]): NodeId[] => [...a].sort((x, y) => x - y);
  return { voters: s(c.voters), outgoing: s(c.outgoing), learners: s(c.learners) };
}
