// The simulated world: a virtual clock, an agenda of events, the nodes (each
// the production RaftNode and KV state machine, see sim-node.ts), the network
// between them and the clients. One step is one event: a timer of a node's
// clock (its tick, a request timeout, a slow disk write finishing), a message
// arriving, a scheduled action, a client request. After each step the async
// work it started (the in-memory LevelDB's callbacks, the driver's promises)
// is drained before the next one, so the interleaving is a function of the
// seed alone. Nothing here reads the wall clock or Math.random: every choice
// comes from streams derived from the schedule seed, so a run is the same,
// event for event, every time.

import { NONE, SeededRng, type ConfChangeSingle, type ConfState, type Entry, type Message, type NodeId } from '../../src/raft/index.js';
import { VirtualClock } from '../../src/server/virtual-clock.js';
import { entryDigest } from './applied-prefix.js';
import { ClientHistory } from './client-history.js';
import { EventQueue } from './event-queue.js';
import { InvariantViolation, SafetyChecker } from './invariants.js';
import { encodePut, linearizabilityViolation, readValue } from './kv-client.js';
import { bridgePartition, Network, oneWayPartition, symmetricPartition, type Partition } from './network.js';
import type { RaftImpl } from './raft-impl.js';
import {
  describeAction, ELECTION_TICKS, LIVENESS_ELECTION_TIMEOUTS, LIVENESS_ELECTION_TIMEOUTS_NO_PREVOTE, MAX_EXTRA_NODES, TICK,
  type Action, type ConfChangeKind, type PartitionShape, type Schedule, type Target,
} from './schedule.js';
import { deriveSeed, Stream } from './seeds.js';
import { SimNode, type NodeEnv, type NodeParams } from './sim-node.js';
import { Trace } from './trace.js';

type SimEvent =
  | { kind: 'start'; node: NodeId }
  | { kind: 'deliver'; m: Message; senderIncarnation: number; sentStep: number }
  | { kind: 'report'; node: NodeId; incarnation: number; peer: NodeId; what: 'unreachable' | 'snapshotOk' | 'snapshotFailed' }
  | { kind: 'action'; action: Action; n: number }
  | { kind: 'trap'; fault: 'isolate' | 'crash'; node: NodeId; incarnation: number }
  | { kind: 'clients' }
  | { kind: 'heal' }
  | { kind: 'probe' };

export interface ClusterOptions {
  impl: RaftImpl;
  /** How many recent trace events to keep for a report (Infinity: all). */
  traceKeep: number;
  /** Also check the protocol rules (commit rule, commit/election/read quorums); false: end-to-end properties only. */
  protocolChecks: boolean;
  /** A node that applies its own removal shuts down for good (etcd's behaviour); default: it keeps running. */
  stopRemoved: boolean;
}

export interface RunOutcome {
  steps: number;
  /** Virtual time at the end of the run. */
  endTime: number;
  /** Virtual time from the heal-all until the liveness probe committed. */
  livenessTime?: number;
  violation?: InvariantViolation;
  writesAcked: number;
  readsCompleted: number;
}

/** Small delay before the transport tells a sender about a failed link or a sent snapshot. */
const REPORT_DELAY = 10;
/** Quiet time after the last action before the heal-all. */
const SETTLE_BEFORE_HEAL = 5 * TICK;
/** A liveness probe not committed after this long is retried with a fresh proposal. */
const PROBE_RETRY = 2 * ELECTION_TICKS * TICK;
/** The keys clients write and read: few, so operations on one key overlap. */
const KEYS = ['a', 'b', 'c'];
/** How long a client request may wait on a node before it fails with "request timed out". */
const REQUEST_TIMEOUT = 5 * ELECTION_TICKS * TICK;

/** Lets every promise and microtask started so far run (nothing in a run uses real timers or I/O). */
function drain(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class Cluster implements NodeEnv {
  readonly clock = new VirtualClock();
  readonly checker = new SafetyChecker();
  readonly trace: Trace;
  readonly history = new ClientHistory();
  private readonly queue = new EventQueue<SimEvent>();
  private readonly nodes = new Map<NodeId, SimNode>();
  private readonly network: Network;
  private readonly clientRng: SeededRng;
  private readonly nodeParams: NodeParams;
  /** A violation found where the driver may catch exceptions: the run stops after the step. */
  private recorded: InvariantViolation | undefined;
  private steps = 0;
  private writePermille: number;
  private readPermille: number;
  private nextFreshId: number;
  private readonly maxNodeId: number;
  private healedAt = -1;
  private livenessDeadline = Infinity;
  private livenessTime: number | undefined;
  /** Liveness probes proposed, by the digest of their entry. */
  private readonly probes = new Map<string, string>();
  private lastProbeAt = -Infinity;
  private probeCount = 0;
  /** Armed by trapNextLeaders: what happens to each next new leader, and how long after its election. */
  private leaderTraps: { fault: 'isolate' | 'crash'; delay: number }[] = [];
  /** The node the last leaderIsolated partition cut off. */
  private isolated: NodeId | undefined;
  /** The last accepted replace: the voters before, and the voters it leads to. */
  private lastReplace: { leader: NodeId; before: NodeId[]; after: NodeId[] } | undefined;

  constructor(private readonly schedule: Schedule, private readonly options: ClusterOptions) {
    this.trace = new Trace(options.traceKeep);
    this.network = new Network(new SeededRng(deriveSeed(schedule.seed, Stream.network)));
    this.clientRng = new SeededRng(deriveSeed(schedule.seed, Stream.clients));
    this.nodeParams = {
      impl: options.impl,
      seed: schedule.seed,
      tickMs: TICK,
      electionTicks: ELECTION_TICKS,
      requestTimeoutMs: REQUEST_TIMEOUT,
      preVote: schedule.preVote,
      checkQuorum: schedule.checkQuorum,
      maxSizePerMsg: schedule.maxSizePerMsg,
      maxInflightMsgs: schedule.maxInflightMsgs,
      maxUncommittedBytes: schedule.maxUncommittedBytes,
      snapshotEvery: schedule.snapshotEvery,
      snapshotCatchUpEntries: schedule.snapshotCatchUpEntries,
    };
    this.writePermille = schedule.writePermille;
    this.readPermille = schedule.readPermille;
    this.nextFreshId = schedule.nodes + 1;
    this.maxNodeId = schedule.nodes + MAX_EXTRA_NODES;
  }

  /** Runs the whole schedule, then the heal-all and the liveness check. Never throws for a violation: it is returned. */
  async run(): Promise<RunOutcome> {
    try {
      await this.setUp();
      while (this.livenessTime === undefined) {
        const timerAt = this.clock.nextDue();
        const eventAt = this.queue.peekTime();
        const at = Math.min(timerAt, eventAt);
        if (at === Infinity) throw new Error('the agenda ran dry');
        if (at > this.livenessDeadline) {
          this.clock.advanceTo(this.livenessDeadline);
          throw new InvariantViolation('liveness', `no proposal committed within ${this.livenessTimeouts} election timeouts after the heal; ${this.describeNodes()}`);
        }
        this.steps++;
        this.trace.step = this.steps;
        // Timers of the nodes' clocks first at equal times: a tick is due before an event scheduled for then.
        if (timerAt <= eventAt) {
          this.clock.fireNext();
        } else {
          const next = this.queue.pop()!;
          this.clock.advanceTo(next.time);
          this.handle(next.event);
        }
        await drain();
        this.afterStep();
      }
      this.checkHistory();
      return this.outcome();
    } catch (e) {
      const v = e instanceof InvariantViolation ? e : this.recorded;
      if (!v) throw e;
      this.trace.note(this.now, 0, `VIOLATION ${v.invariant}: ${v.detail}`);
      return { ...this.outcome(), violation: v };
    }
  }

  private get livenessTimeouts(): number {
    return this.schedule.preVote ? LIVENESS_ELECTION_TIMEOUTS : LIVENESS_ELECTION_TIMEOUTS_NO_PREVOTE;
  }

  /** The checks that need the whole step done. */
  private afterStep(): void {
    if (this.recorded) throw this.recorded;
    for (const n of this.nodes.values()) n.checkLeaderLease();
  }

  /** The clients' puts and gets, checked for linearizability (per key, Wing & Gong). */
  private checkHistory(): void {
    const problem = linearizabilityViolation(this.history);
    if (problem) throw new InvariantViolation('linearizable-kv', problem);
  }

  // ---- NodeEnv -------------------------------------------------------------

  get now(): number { return this.clock.now(); }

  record(v: InvariantViolation): void {
    this.recorded ??= v;
  }

  get step(): number { return this.steps; }

  get protocolChecks(): boolean { return this.options.protocolChecks; }

  get stopRemoved(): boolean { return this.options.stopRemoved; }

  holdsOnDisk(id: NodeId, index: number, term: number): boolean {
    const disk = this.nodes.get(id)?.log.durable;
    if (!disk) return false;
    const t = disk.termAt(index);
    return t === undefined ? index < (disk.snapshot?.index ?? 0) : t === term;
  }

  send(from: SimNode, m: Message): void {
    if (m.to === from.id || m.to === NONE) return;
    const target = this.nodes.get(m.to);
    if (!target) {
      this.trace.message(this.now, 'lost', m);
      return;
    }
    if (this.network.isBlocked(m.from, m.to) || !target.alive) {
      this.trace.message(this.now, target.alive ? 'block' : 'lost', m);
      this.report(from, m.to, m.type === 'snap' ? 'snapshotFailed' : 'unreachable');
      return;
    }
    const latencies = this.network.latencies();
    if (latencies.length === 0) {
      this.trace.message(this.now, 'drop', m);
      if (m.type === 'snap') this.report(from, m.to, 'snapshotFailed');
      return;
    }
    if (latencies.length > 1) this.trace.message(this.now, 'duplicate', m);
    for (const latency of latencies) {
      this.queue.push(this.now + latency, { kind: 'deliver', m: copyMessage(m), senderIncarnation: from.incarnation, sentStep: this.steps });
    }
  }

  onApplied(node: SimNode, e: Entry): void {
    if (e.conf || e.data.length === 0 || this.probes.size === 0) return;
    const probe = this.probes.get(entryDigest(e));
    if (probe === undefined || this.livenessTime !== undefined) return;
    this.trace.note(this.now, node.id, `liveness probe ${probe} applied at ${e.index}`);
    this.livenessTime = this.now - this.healedAt;
  }

  onBecameLeader(node: SimNode): void {
    const trap = this.leaderTraps.shift();
    if (!trap) return;
    const ev: SimEvent = { kind: 'trap', fault: trap.fault, node: node.id, incarnation: node.incarnation };
    // A zero delay acts within this step, before the new leader's messages can land.
    if (trap.delay === 0) this.handle(ev);
    else this.queue.push(this.now + trap.delay, ev);
  }

  onCrashed(_node: SimNode): void {
    // Its clients' requests never settle: a write stays of unknown outcome, a read never happened.
  }

  // ---- the world ------------------------------------------------------------

  private async setUp(): Promise<void> {
    const s = this.schedule;
    this.trace.note(0, 0, `core: preVote=${s.preVote} checkQuorum=${s.checkQuorum}; snapshot every ${s.snapshotEvery} entries, keep ${s.snapshotCatchUpEntries}`);
    const initialVoters = Array.from({ length: s.nodes }, (_, i) => i + 1);
    for (const id of initialVoters) {
      const node = await this.spawn(id, { voters: initialVoters, outgoing: [], learners: [] });
      // Nodes start (and so tick) out of phase with each other, as real timers do.
      const phase = deriveSeed(s.seed, Stream.nodeSetup, id) % TICK;
      this.queue.push(phase + 1, { kind: 'start', node: node.id });
    }
    this.queue.push(TICK / 2, { kind: 'clients' });
    let at = 0;
    s.actions.forEach((a, n) => {
      at += a.after;
      this.queue.push(at, { kind: 'action', action: a.action, n });
    });
    this.queue.push(at + SETTLE_BEFORE_HEAL, { kind: 'heal' });
  }

  /** A new node with its disk bootstrapped; not started. */
  private async spawn(id: NodeId, conf: ConfState): Promise<SimNode> {
    const latency = this.schedule.diskLatency[id - 1] ?? 0;
    const node = new SimNode(id, this, this.nodeParams, latency);
    await node.bootstrap(this.options.impl.bootstrap(conf));
    this.nodes.set(id, node);
    return node;
  }

  private handle(ev: SimEvent): void {
    switch (ev.kind) {
      case 'start':
        this.nodes.get(ev.node)?.start();
        return;
      case 'deliver': {
        const m = ev.m;
        const target = this.nodes.get(m.to);
        if (!target || !target.alive) {
          this.trace.message(this.now, 'lost', m);
          return;
        }
        if (this.network.isBlocked(m.from, m.to)) {
          this.trace.message(this.now, 'block', m);
          return;
        }
        this.trace.message(this.now, 'deliver', m);
        target.receive(m, ev.sentStep);
        if (m.type === 'snap') {
          const sender = this.nodes.get(m.from);
          if (sender && sender.incarnation === ev.senderIncarnation) this.report(sender, m.to, 'snapshotOk');
        }
        return;
      }
      case 'report': {
        const node = this.nodes.get(ev.node);
        if (!node || node.liveIncarnation !== ev.incarnation) return;
        if (ev.what === 'unreachable') node.request((r) => r.reportUnreachable(ev.peer));
        else node.request((r) => r.reportSnapshot(ev.peer, ev.what === 'snapshotOk'));
        return;
      }
      case 'action':
        this.trace.note(this.now, 0, `action ${ev.n}: ${describeAction(ev.action)}`);
        this.perform(ev.action);
        return;
      case 'trap': {
        const node = this.nodes.get(ev.node);
        // Faults end at the heal-all, including traps sprung just before it.
        if (!node || node.incarnation !== ev.incarnation || !node.alive || this.healedAt >= 0) return;
        this.trace.note(this.now, ev.node, `trapped as a new leader: ${ev.fault}`);
        if (ev.fault === 'crash') {
          node.crash();
          return;
        }
        this.isolate(ev.node);
        return;
      }
      case 'clients':
        this.clientLoad();
        return;
      case 'heal':
        this.healAll();
        return;
      case 'probe':
        this.probe();
        return;
    }
  }

  private report(sender: SimNode, peer: NodeId, what: 'unreachable' | 'snapshotOk' | 'snapshotFailed'): void {
    this.queue.push(this.now + REPORT_DELAY, { kind: 'report', node: sender.id, incarnation: sender.incarnation, peer, what });
  }

  /** Nodes that have not shut down for good, by id. */
  private present(): SimNode[] {
    return [...this.nodes.values()].filter((n) => !n.decommissioned);
  }

  private alive(): SimNode[] {
    return [...this.nodes.values()].filter((n) => n.alive);
  }

  /** The live node that believes it leads the highest term. */
  private leader(): SimNode | undefined {
    let best: SimNode | undefined;
    for (const n of this.nodes.values()) {
      if (n.alive && n.role === 'leader' && (!best || n.term > best.term)) best = n;
    }
    return best;
  }

  private leaderConf(): { leader: SimNode; conf: ConfState } | undefined {
    const leader = this.leader();
    const conf = leader?.status()?.conf;
    return leader && conf ? { leader, conf } : undefined;
  }

  // ---- actions --------------------------------------------------------------

  private perform(a: Action): void {
    switch (a.kind) {
      case 'partition':
        this.partition(a.shape, a.pick);
        return;
      case 'heal':
        this.network.partition = null;
        this.network.conditions = { ...this.network.conditions, dropPermille: 0, duplicatePermille: 0 };
        return;
      case 'network':
        this.network.conditions = { dropPermille: a.dropPermille, duplicatePermille: a.duplicatePermille, minLatency: 5, jitter: a.jitter };
        return;
      case 'crash': {
        const leader = this.leader();
        const candidates = a.target === 'leader' ? (leader ? [leader] : [])
          : a.target === 'follower' ? this.alive().filter((n) => n !== leader) : this.alive();
        pickOf(candidates, a.pick)?.crash();
        return;
      }
      case 'trapNextLeaders':
        this.leaderTraps = a.delays.map((delay) => ({ fault: a.fault, delay }));
        return;
      case 'restart':
        pickOf(this.present().filter((n) => !n.alive), a.pick)?.start();
        return;
      case 'restartAll':
        for (const n of this.present()) if (!n.alive) n.start();
        return;
      case 'confChange':
        this.confChange(a.change, a.pick);
        return;
      case 'write':
        for (let i = 0; i < a.count; i++) this.write(this.target(a.via, a.pick + i));
        return;
      case 'read':
        for (let i = 0; i < a.count; i++) this.read(this.target(a.via, a.pick + i));
        return;
      case 'transfer': {
        const lc = this.leaderConf();
        if (!lc) return;
        const target = pickOf(lc.conf.voters.filter((id) => id !== lc.leader.id), a.pick);
        if (target === undefined) return;
        const refusal = lc.leader.request((r) => r.transferLeader(target));
        this.trace.note(this.now, lc.leader.id, `transfer leadership to n${target}${refusal ? ` refused: ${refusal}` : ''}`);
        return;
      }
      case 'campaign': {
        const node = pickOf(this.alive(), a.pick);
        const refusal = node?.request((r) => r.campaign());
        if (node) this.trace.note(this.now, node.id, `campaign${refusal ? ` refused: ${refusal}` : ''}`);
        return;
      }
      case 'load':
        this.writePermille = a.writePermille;
        this.readPermille = a.readPermille;
        return;
    }
  }

  private target(via: Target, pick: number): SimNode | undefined {
    switch (via) {
      case 'leader': return this.leader();
      case 'anyLeader': return pickOf(this.alive().filter((n) => n.role === 'leader'), pick);
      case 'isolated': return this.isolated === undefined ? undefined : this.nodes.get(this.isolated);
      case 'node': return pickOf(this.alive(), pick);
    }
  }

  private partition(shape: PartitionShape, pick: number): void {
    const ids = shuffled(this.present().map((n) => n.id), pick);
    if (ids.length < 2) return;
    const leaderId = this.leader()?.id ?? ids[0] as NodeId;
    const others = ids.filter((id) => id !== leaderId);
    let p: Partition;
    switch (shape) {
      case 'symmetric':
      case 'oneWay': {
        const k = 1 + (pick % Math.floor(ids.length / 2));
        const a = ids.slice(0, k);
        const b = ids.slice(k);
        p = shape === 'symmetric' ? symmetricPartition(a, b) : pick % 2 === 0 ? oneWayPartition(a, b) : oneWayPartition(b, a);
        break;
      }
      case 'leaderIsolated':
        this.isolate(leaderId);
        return;
      case 'confSplit': {
        // The leader and enough incoming voters for their majority on one side,
        // the outgoing-only voters and the rest on the other: a leader that
        // counted only the incoming majority while joint would commit alone.
        const r = this.lastReplace;
        if (!r) return;
        const side = new Set([r.leader, ...r.after.filter((id) => !r.before.includes(id))]);
        for (const id of r.after) {
          if (r.after.filter((x) => side.has(x)).length > r.after.length / 2) break;
          side.add(id);
        }
        const rest = ids.filter((id) => !side.has(id));
        if (rest.length === 0) return;
        p = symmetricPartition([...side].sort((x, y) => x - y), rest.sort((x, y) => x - y));
        break;
      }
      case 'confHalves': {
        // The outgoing-only voters plus enough shared ones for a majority of the
        // old voters on one side; everyone else (a majority of the new voters) on the other.
        const r = this.lastReplace;
        if (!r) return;
        const side = new Set(r.before.filter((id) => !r.after.includes(id)));
        for (const id of shuffled(r.before.filter((x) => r.after.includes(x)), pick)) {
          if (r.before.filter((x) => side.has(x)).length > r.before.length / 2) break;
          side.add(id);
        }
        const rest = ids.filter((id) => !side.has(id));
        if (rest.length === 0) return;
        p = symmetricPartition([...side].sort((x, y) => x - y), rest.sort((x, y) => x - y));
        break;
      }
      case 'leaderOneWay':
        // The leader can still talk but not hear (or hear but not talk).
        p = pick % 2 === 0 ? oneWayPartition(others, [leaderId]) : oneWayPartition([leaderId], others);
        break;
      case 'bridge': {
        if (ids.length < 3) return;
        const [bridge, ...rest] = ids as [NodeId, ...NodeId[]];
        const half = Math.ceil(rest.length / 2);
        p = bridgePartition(rest.slice(0, half), bridge, rest.slice(half));
        break;
      }
    }
    this.network.partition = p;
    this.trace.note(this.now, 0, `partition: ${p.describe}`);
  }

  /** Cuts `id` off from every other node (replacing any partition). */
  private isolate(id: NodeId): void {
    const p = symmetricPartition([id], this.present().map((n) => n.id).filter((x) => x !== id));
    this.network.partition = p;
    this.isolated = id;
    this.trace.note(this.now, 0, `partition: ${p.describe}`);
  }

  private confChange(kind: ConfChangeKind, pick: number): void {
    const lc = this.leaderConf();
    if (!lc) return;
    const { leader, conf } = lc;
    const followers = conf.voters.filter((id) => id !== leader.id);
    let changes: ConfChangeSingle[] | undefined;
    let newNode: NodeId | undefined;
    switch (kind) {
      case 'addLearner':
        newNode = this.newMemberId();
        if (newNode !== undefined) changes = [{ type: 'addLearner', node: newNode }];
        break;
      case 'addVoter':
        newNode = this.newMemberId();
        if (newNode !== undefined) changes = [{ type: 'addVoter', node: newNode }];
        break;
      case 'promote': {
        const learner = pickOf(conf.learners, pick);
        if (learner !== undefined) changes = [{ type: 'addVoter', node: learner }];
        break;
      }
      case 'removeFollower': {
        const f = pickOf(followers, pick);
        if (f !== undefined) changes = [{ type: 'removeNode', node: f }];
        break;
      }
      case 'removeLearner': {
        const l = pickOf(conf.learners, pick);
        if (l !== undefined) changes = [{ type: 'removeNode', node: l }];
        break;
      }
      case 'removeLeader':
        changes = [{ type: 'removeNode', node: leader.id }];
        break;
      case 'replace': {
        const incoming = pickOf(conf.learners, pick) ?? (newNode = this.newMemberId());
        const outgoing = pick % 4 === 0 ? leader.id : pickOf(followers, pick);
        if (incoming !== undefined && outgoing !== undefined) changes = [{ type: 'addVoter', node: incoming }, { type: 'removeNode', node: outgoing }];
        break;
      }
    }
    if (!changes) return;
    const refusal = leader.proposeConfChange(changes);
    const what = changes.map((c) => `${c.type} n${c.node}`).join(', ');
    this.trace.note(this.now, leader.id, `propose conf change [${what}]${refusal ? ` refused: ${refusal}` : ''}`);
    if (!refusal && kind === 'replace') {
      const after = new Set(conf.voters);
      for (const c of changes) {
        if (c.type === 'addVoter') after.add(c.node);
        else after.delete(c.node);
      }
      this.lastReplace = { leader: leader.id, before: [...conf.voters], after: [...after].sort((x, y) => x - y) };
    }
    if (refusal || newNode === undefined) return;
    this.nextFreshId = newNode + 1;
    const id = newNode;
    void this.spawn(id, { voters: [], outgoing: [], learners: [] }).then((n) => n.start());
  }

  /**
   * A fresh id for a joining node. Ids are never reused: a removed node (or one
   * whose addition was proposed and maybe lost) may still apply old entries.
   */
  private newMemberId(): NodeId | undefined {
    return this.nextFreshId <= this.maxNodeId ? this.nextFreshId : undefined;
  }

  // ---- clients ----------------------------------------------------------------

  private clientLoad(): void {
    if (this.healedAt >= 0) return;
    const rng = this.clientRng;
    if (this.writePermille > 0 && rng.nextInt(1000) < this.writePermille) this.write(this.clientTarget());
    if (this.readPermille > 0 && rng.nextInt(1000) < this.readPermille) this.read(this.clientTarget());
    this.queue.push(this.now + TICK, { kind: 'clients' });
  }

  /**
   * Clients mostly go to a node that believes it leads (a stale leader too:
   * clients cannot tell), sometimes to whichever node they are connected to.
   */
  private clientTarget(): SimNode | undefined {
    const rng = this.clientRng;
    const alive = this.alive();
    if (rng.nextInt(2) === 0) {
      const leaders = alive.filter((n) => n.role === 'leader');
      if (leaders.length > 0) return leaders[rng.nextInt(leaders.length)];
    }
    return alive.length > 0 ? alive[rng.nextInt(alive.length)] : undefined;
  }

  /** A put through the node's driver: proposed, committed, applied by the real KV state machine. */
  private write(node: SimNode | undefined): void {
    const raft = node?.raft;
    if (!node || !raft) return;
    const key = KEYS[this.clientRng.nextInt(KEYS.length)]!;
    const w = this.history.writeInvoked(node.id, key, this.now, this.steps);
    const requestId = raft.newRequestId();
    const incarnation = node.incarnation;
    this.trace.note(this.now, node.id, `write ${w.id} ${key}=${w.value} proposed`);
    let done: Promise<unknown>;
    try {
      done = raft.submit(requestId, encodePut(requestId, key, w.value));
    } catch (e) {
      this.history.writeRefused(w.id);
      this.trace.note(this.now, node.id, `write ${w.id} refused: ${(e as Error).message}`);
      return;
    }
    done.then(() => {
      if (node.liveIncarnation !== incarnation) return;
      const index = node.appliedRequests.get(requestId) ?? 0;
      this.history.writeAcked(w.id, this.now, this.steps, index);
      this.trace.note(this.now, node.id, `write ${w.id} acknowledged at index ${index}`);
    }, (e: unknown) => {
      // Timed out or stopped: it may still commit, so its outcome stays unknown.
      if (node.liveIncarnation === incarnation) this.trace.note(this.now, node.id, `write ${w.id} failed: ${(e as Error).message}`);
    });
  }

  /** A linearizable get: the driver's read barrier, then the node's state DB. */
  private read(node: SimNode | undefined): void {
    const raft = node?.raft;
    if (!node || !raft) return;
    const key = KEYS[this.clientRng.nextInt(KEYS.length)]!;
    const r = this.history.readInvoked(node.id, key, this.now, this.steps, this.checker.appliedIndex);
    const incarnation = node.incarnation;
    this.trace.note(this.now, node.id, `read ${r.id} of ${key} invoked (acknowledged writes up to ${r.ackedWriteBefore}, applied up to ${r.appliedBefore})`);
    raft.readBarrier().then(async () => {
      const kv = node.kv;
      if (node.liveIncarnation !== incarnation || !kv) return;
      const applied = kv.appliedIndex;
      this.checker.checkReadIndex(r, applied);
      const value = await readValue(kv, key);
      if (node.liveIncarnation !== incarnation) return;
      this.history.readCompleted(r.id, this.now, this.steps, value);
      this.trace.note(this.now, node.id, `read ${r.id} of ${key} = ${value ?? 'none'} at applied index ${applied}`);
    }).catch((e: unknown) => {
      if (e instanceof InvariantViolation) this.record(e);
      else if (node.liveIncarnation === incarnation) this.trace.note(this.now, node.id, `read ${r.id} failed: ${(e as Error).message}`);
    });
  }

  // ---- heal and liveness -------------------------------------------------------

  private healAll(): void {
    this.network.heal();
    this.leaderTraps = [];
    for (const n of this.present()) if (!n.alive) n.start();
    this.healedAt = this.now;
    this.livenessDeadline = this.now + this.livenessTimeouts * ELECTION_TICKS * TICK;
    this.trace.note(this.now, 0, 'heal all: network clean, every member restarted; liveness check starts');
    this.queue.push(this.now + TICK, { kind: 'probe' });
  }

  /** Proposes a fresh entry through the leader, if there is one, until one commits. */
  private probe(): void {
    const leader = this.leader();
    const raft = leader?.raft;
    if (leader && raft && this.now - this.lastProbeAt >= PROBE_RETRY) {
      const id = `p${++this.probeCount}`;
      const requestId = raft.newRequestId();
      const data = encodePut(requestId, 'probe', id);
      this.probes.set(entryDigest({ index: 0, term: 0, data }), id);
      this.trace.note(this.now, leader.id, `liveness probe ${id} proposed`);
      try {
        raft.submit(requestId, data).catch(() => {});
        this.lastProbeAt = this.now;
      } catch (e) {
        this.trace.note(this.now, leader.id, `liveness probe ${id} refused: ${(e as Error).message}`);
      }
    }
    this.queue.push(this.now + TICK, { kind: 'probe' });
  }

  private outcome(): RunOutcome {
    const o: RunOutcome = {
      steps: this.steps,
      endTime: this.now,
      writesAcked: this.history.acknowledgedWrites,
      readsCompleted: this.history.completedReads,
    };
    if (this.livenessTime !== undefined) o.livenessTime = this.livenessTime;
    return o;
  }

  describeNodes(): string {
    return [...this.nodes.values()].map((n) => {
      if (n.decommissioned) return `n${n.id} removed`;
      const st = n.status();
      if (!st) return `n${n.id} down`;
      const conf = `v=${st.conf.voters.join(',')}${st.conf.outgoing.length ? ` o=${st.conf.outgoing.join(',')}` : ''}${st.conf.learners.length ? ` l=${st.conf.learners.join(',')}` : ''}`;
      return `n${n.id} ${st.role} term=${st.term} leader=${st.leader} commit=${st.commit} applied=${st.applied} last=${st.lastIndex} conf[${conf}]`;
    }).join('; ');
  }
}

function pickOf<T>(items: readonly T[], pick: number): T | undefined {
  return items.length === 0 ? undefined : items[pick % items.length];
}

/** A deterministic shuffle driven by the action's pick. */
function shuffled<T>(items: readonly T[], pick: number): T[] {
  const out = [...items];
  const rng = new SeededRng(pick);
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    const t = out[i] as T;
    out[i] = out[j] as T;
    out[j] = t;
  }
  return out;
}

/** What crosses the wire is a copy: neither side can change the other's objects. */
function copyMessage(m: Message): Message {
  return { ...m, entries: m.entries.map(copyEntry) };
}

function copyEntry(e: Entry): Entry {
  const c: Entry = { term: e.term, index: e.index, data: e.data };
  if (e.conf) c.conf = { voters: [...e.conf.voters], outgoing: [...e.conf.outgoing], learners: [...e.conf.learners] };
  return c;
}
