// A schedule is what happens to the cluster in one simulated run: a list of
// actions (faults, heals, crashes, restarts, membership changes, client
// writes and reads, leadership transfers) spaced out in virtual
// time, then a heal-all and the liveness check. fast-check generates it from
// the seed, so `scheduleForSeed(seed)` is the same schedule on every run.
//
// Actions name their targets abstractly ("the leader", "a follower", `pick`
// among the candidates); the cluster resolves them against its state at the
// moment the action runs, so every generated schedule is meaningful.

import fc from 'fast-check';
import { nodeCountForSeed } from './seeds.js';

/** Virtual time units per tick. Message latencies and disk writes are fractions of a tick. */
export const TICK = 100;
export const ELECTION_TICKS = 10;
export const HEARTBEAT_TICKS = 1;
/** After the heal, a leader must be elected and a proposal commit within this many election timeouts. */
export const LIVENESS_ELECTION_TIMEOUTS = 10;
/**
 * The same bound without pre-vote. A removed member keeps running (see
 * --stop-removed) and, without pre-vote, its vote requests raise everyone's
 * term and reset their election timers: elections still succeed, but only when
 * the randomized timeouts fall right, so the bound is looser (seeds 7098,
 * 10730 and 17438 missed 10 timeouts).
 */
export const LIVENESS_ELECTION_TIMEOUTS_NO_PREVOTE = 30;
/** How many members may be added over the initial ones (ids are never reused). */
export const MAX_EXTRA_NODES = 3;

export type PartitionShape =
  | 'symmetric' // two sides that cannot reach each other
  | 'oneWay' // one side's messages to the other are lost, the replies get through
  | 'leaderIsolated' // the leader alone on one side
  | 'leaderOneWay' // the leader can talk but not hear, or hear but not talk
  | 'bridge' // two sides that only one node (the bridge) reaches both of
  | 'confSplit' // after a replace: the leader with the incoming voters, apart from the outgoing ones
  | 'confHalves'; // after a replace: a majority of the old voters on one side, of the new voters on the other

/**
 * Where a client request goes: the leader of the highest term, any node that
 * believes it leads (a stale leader too), the leader cut off by the last
 * leaderIsolated partition, or any live node (pick).
 */
export type Target = 'leader' | 'anyLeader' | 'isolated' | 'node';

export type ConfChangeKind =
  | 'addLearner' // a new node joins as a learner
  | 'promote' // a learner becomes a voter
  | 'addVoter' // a new node joins directly as a voter
  | 'removeFollower'
  | 'removeLearner'
  | 'removeLeader' // the leader removes itself
  | 'replace'; // one joint change: add a voter and remove another (old and new majorities differ)

export type Action =
  | { kind: 'partition'; shape: PartitionShape; pick: number }
  | { kind: 'heal' }
  | { kind: 'network'; dropPermille: number; duplicatePermille: number; jitter: number }
  | { kind: 'crash'; target: 'leader' | 'follower' | 'any'; pick: number }
  /**
   * Arms a trap for the next elections: the n-th node to become leader from
   * now on is cut off from everyone (or crashes) `delays[n]` after it does.
   * A partition also cuts the messages in flight, so a zero delay keeps even a
   * new leader's first append from getting out.
   */
  | { kind: 'trapNextLeaders'; fault: 'isolate' | 'crash'; delays: number[] }
  | { kind: 'restart'; pick: number }
  | { kind: 'restartAll' }
  | { kind: 'confChange'; change: ConfChangeKind; pick: number }
  | { kind: 'write'; count: number; pick: number; via: Target }
  | { kind: 'read'; count: number; pick: number; via: Target }
  | { kind: 'transfer'; pick: number }
  | { kind: 'campaign'; pick: number }
  | { kind: 'load'; writePermille: number; readPermille: number };

export interface TimedAction {
  /** Virtual time since the previous action. */
  after: number;
  action: Action;
}

export interface Schedule {
  seed: number;
  nodes: 3 | 5;
  /** Raft flow-control settings; tiny values send one entry per message, which exposes commit-rule bugs. */
  maxSizePerMsg: number;
  maxInflightMsgs: number;
  /**
   * The leader's cap on uncommitted entry bytes (an entry counts its data + 16;
   * a client put is about 20 bytes of data).
   * Kept small so a leader pushes back (TOO_MANY_UNCOMMITTED) instead of letting
   * clients pile up a backlog a slow configuration (one entry per message, a
   * small window, slow disks) cannot drain within the liveness deadline.
   */
  maxUncommittedBytes: number;
  /** Core options, varied so neither hides the other's bugs: a pre-vote round before raising the term; leaders step down without a quorum. */
  preVote: boolean;
  checkQuorum: boolean;
  /** Each node snapshots after this many applied entries and compacts its log, keeping snapshotCatchUpEntries behind. */
  snapshotEvery: number;
  snapshotCatchUpEntries: number;
  /** Disk write latency per node id (index id - 1), in virtual time units; 0 writes within the step. */
  diskLatency: number[];
  /** Background client load: chance per tick, in 1/1000, of one write and of one read. */
  writePermille: number;
  readPermille: number;
  actions: TimedAction[];
}

const pick = fc.nat({ max: 10_000 });

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('partition' as const), shape: fc.constantFrom<PartitionShape>('symmetric', 'oneWay', 'leaderIsolated', 'leaderOneWay', 'bridge', 'confSplit', 'confHalves'), pick }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'heal' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('network' as const),
      dropPermille: fc.constantFrom(0, 20, 100, 300),
      duplicatePermille: fc.constantFrom(0, 20, 100),
      jitter: fc.constantFrom(20, 100, 300, 800),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('crash' as const), target: fc.constantFrom('leader' as const, 'follower' as const, 'any' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('restart' as const), pick }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restartAll' as const }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('confChange' as const),
      change: fc.constantFrom<ConfChangeKind>('addLearner', 'promote', 'addVoter', 'removeFollower', 'removeLearner', 'removeLeader', 'replace', 'replace'),
      pick,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('write' as const), count: fc.integer({ min: 1, max: 5 }), pick, via: fc.constantFrom<Target>('leader', 'anyLeader', 'node') }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('read' as const), count: fc.integer({ min: 1, max: 3 }), pick, via: fc.constantFrom<Target>('leader', 'anyLeader', 'isolated', 'node') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('transfer' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('campaign' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('load' as const), writePermille: fc.constantFrom(0, 100, 300, 700), readPermille: fc.constantFrom(0, 100, 300) }) },
);

const timedActionArb: fc.Arbitrary<TimedAction> = fc.record({
  // Mostly a few ticks apart (so faults overlap), sometimes long enough for elections to play out.
  after: fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 5 * TICK }) },
    { weight: 2, arbitrary: fc.integer({ min: 5 * TICK, max: 25 * TICK }) },
  ),
  action: actionArb,
});

// Scenarios: short sequences of actions that set up the situations where
// subtle bugs show, which independent random actions reach only rarely.

/**
 * A joint change (add one voter, remove another), then a partition along the
 * change: the leader with the incoming voters apart from the outgoing ones, or
 * a majority of the old voters apart from a majority of the new ones. A core
 * that counts only the new majority while joint commits, or elects, on one side.
 */
const jointSplitArb: fc.Arbitrary<TimedAction[]> = fc
  .tuple(pick, fc.constantFrom<PartitionShape>('confSplit', 'confHalves'), fc.integer({ min: 0, max: 10 * TICK }), fc.integer({ min: 0, max: 3 * TICK }), fc.integer({ min: 10 * TICK, max: 30 * TICK }))
  .map(([p, shape, before, gap, heal]) => [
    { after: before, action: { kind: 'confChange', change: 'replace', pick: p } },
    { after: gap, action: { kind: 'partition', shape, pick: p } },
    { after: 2 * TICK, action: { kind: 'write', count: 3, pick: p, via: 'anyLeader' } },
    { after: 3 * TICK, action: { kind: 'write', count: 3, pick: p + 1, via: 'anyLeader' } },
    { after: heal, action: { kind: 'heal' } },
  ]);

/** The leader is cut off while clients keep reading from it and writing through the new leader. */
const staleLeaderArb: fc.Arbitrary<TimedAction[]> = fc
  .tuple(pick, fc.array(fc.integer({ min: 30, max: 4 * TICK }), { minLength: 4, maxLength: 14 }))
  .map(([p, gaps]) => [
    { after: 0, action: { kind: 'partition', shape: 'leaderIsolated', pick: p } },
    ...gaps.map((gap, i): TimedAction => ({
      after: gap,
      action: i % 3 === 2 ? { kind: 'write', count: 2, pick: p + i, via: 'leader' } : { kind: 'read', count: 1, pick: p + i, via: 'isolated' },
    })),
    { after: 0, action: { kind: 'heal' } },
  ]);

/**
 * Raft's Figure 8: an isolated leader takes writes nobody else gets; the
 * majority's new leader crashes before replicating its first entry; the old
 * leader comes back, wins, replicates its old-term entry to a majority and
 * crashes before its own-term entry gets there; then the crashed new leader
 * returns with a later-term entry at that index. A core that committed the
 * old-term entry by counting replicas now loses it.
 */
const figure8Arb: fc.Arbitrary<TimedAction[]> = fc
  .tuple(
    pick,
    fc.constantFrom<'isolate' | 'crash'>('isolate', 'isolate', 'crash'),
    fc.integer({ min: 0, max: 30 }),
    fc.integer({ min: 10, max: 3 * TICK }),
    fc.integer({ min: 40 * TICK, max: 80 * TICK }),
  )
  .map(([p, fault, first, second, duration]) => [
    { after: 0, action: { kind: 'partition', shape: 'leaderIsolated', pick: p } },
    { after: 20, action: { kind: 'write', count: 2, pick: p, via: 'isolated' } },
    { after: 0, action: { kind: 'trapNextLeaders', fault, delays: [first, second] } },
    { after: duration, action: { kind: 'restartAll' } },
    { after: 0, action: { kind: 'heal' } },
  ]);

/** Leaders crash soon after taking writes, before they replicate them everywhere (Raft's Figure 8). */
const leaderChurnArb: fc.Arbitrary<TimedAction[]> = fc
  .array(fc.tuple(pick, fc.integer({ min: 0, max: 2 * TICK }), fc.integer({ min: TICK, max: 8 * TICK }), fc.integer({ min: 0, max: 12 * TICK })), { minLength: 2, maxLength: 5 })
  .map((rounds) => rounds.flatMap(([p, crashAfter, restartAfter, pause]): TimedAction[] => [
    { after: pause, action: { kind: 'write', count: 2, pick: p, via: 'leader' } },
    { after: crashAfter, action: { kind: 'crash', target: 'leader', pick: p } },
    { after: restartAfter, action: { kind: 'restart', pick: p } },
  ]));

const actionsArb: fc.Arbitrary<TimedAction[]> = fc
  .array(fc.oneof(
    { weight: 12, arbitrary: timedActionArb.map((a) => [a]) },
    { weight: 1, arbitrary: jointSplitArb },
    { weight: 1, arbitrary: staleLeaderArb },
    { weight: 1, arbitrary: leaderChurnArb },
    { weight: 1, arbitrary: figure8Arb },
  ), { minLength: 2, maxLength: 12 })
  .map((groups) => groups.flat());

export function scheduleArb(seed: number): fc.Arbitrary<Schedule> {
  const nodes = nodeCountForSeed(seed);
  return fc.record({
    seed: fc.constant(seed),
    nodes: fc.constant(nodes),
    maxSizePerMsg: fc.constantFrom(1, 1, 64, 1 << 20),
    maxInflightMsgs: fc.constantFrom(1, 4, 256),
    maxUncommittedBytes: fc.constantFrom(600, 1200),
    preVote: fc.boolean(),
    checkQuorum: fc.boolean(),
    snapshotEvery: fc.constantFrom(4, 10, 30, 100),
    snapshotCatchUpEntries: fc.constantFrom(0, 0, 2, 5),
    diskLatency: fc.oneof(
      fc.constant(new Array<number>(nodes + MAX_EXTRA_NODES).fill(0)),
      fc.array(fc.constantFrom(0, 10, 30, 80), { minLength: nodes + MAX_EXTRA_NODES, maxLength: nodes + MAX_EXTRA_NODES }),
    ),
    writePermille: fc.constantFrom(0, 200, 500, 900),
    readPermille: fc.constantFrom(0, 100, 300, 600),
    actions: actionsArb,
  });
}

/** The schedule a seed stands for: fast-check's first sample from that seed. */
export function scheduleForSeed(seed: number): Schedule {
  const [schedule] = fc.sample(scheduleArb(seed), { seed, numRuns: 1 });
  if (!schedule) throw new Error(`fast-check produced no schedule for seed ${seed}`);
  return schedule;
}

export function describeAction(a: Action): string {
  switch (a.kind) {
    case 'partition': return `partition ${a.shape} (pick ${a.pick})`;
    case 'heal': return 'heal the network';
    case 'network': return `network drop=${a.dropPermille}‰ duplicate=${a.duplicatePermille}‰ jitter=${a.jitter}`;
    case 'crash': return `crash ${a.target} (pick ${a.pick})`;
    case 'trapNextLeaders': return `${a.fault} each of the next ${a.delays.length} new leaders, ${a.delays.map((d) => (d / 100).toFixed(2)).join(', ')} ticks after its election`;
    case 'restart': return `restart a crashed node (pick ${a.pick})`;
    case 'restartAll': return 'restart all crashed nodes';
    case 'confChange': return `conf change ${a.change} (pick ${a.pick})`;
    case 'write': return `${a.count} write(s) via ${describeTarget(a.via, a.pick)}`;
    case 'read': return `${a.count} read(s) via ${describeTarget(a.via, a.pick)}`;
    case 'transfer': return `transfer leadership (pick ${a.pick})`;
    case 'campaign': return `campaign (pick ${a.pick})`;
    case 'load': return `client load writes=${a.writePermille}‰ reads=${a.readPermille}‰ per tick`;
  }
}

function describeTarget(t: Target, pick: number): string {
  switch (t) {
    case 'leader': return 'the leader';
    case 'anyLeader': return `a node that believes it leads (pick ${pick})`;
    case 'isolated': return 'the isolated leader';
    case 'node': return `a node (pick ${pick})`;
  }
}
