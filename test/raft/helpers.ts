// Small builders for single-core table tests: craft a persisted state, start a
// core from it, feed it messages and collect what it hands out.
import { expect } from 'vitest';
import {
  Raft, RaftError, SeededRng,
  type ConfState, type Entry, type HardState, type Message, type MessageType, type NodeId,
  type PersistedState, type RaftConfig, type RaftErrorCode, type ReadState, type Ready,
} from '../../src/raft/index.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const enc = (s: string): Uint8Array => encoder.encode(s);
export const dec = (b: Uint8Array): string => decoder.decode(b);

export const ELECTION = 10;
export const HEARTBEAT = 1;

export function conf(voters: NodeId[], outgoing: NodeId[] = [], learners: NodeId[] = []): ConfState {
  return { voters: [...voters], outgoing: [...outgoing], learners: [...learners] };
}

/** Sorted copy of a configuration, for order-insensitive comparison. */
export function sortedConf(c: ConfState): ConfState {
  const s = (a: NodeId[]): NodeId[] => [...a].sort((x, y) => x - y);
  return { voters: s(c.voters), outgoing: s(c.outgoing), learners: s(c.learners) };
}

/** Entries with the given terms, indexes from `start` on; data is "<index>@<term>". */
export function entries(terms: number[], start = 1): Entry[] {
  return terms.map((term, i) => ({ term, index: start + i, data: enc(`${start + i}@${term}`) }));
}

export interface StateSpec {
  conf?: ConfState;
  term?: number;
  vote?: NodeId;
  commit?: number;
  /** Terms of the log entries after the snapshot. */
  log?: number[];
  snapshot?: { index: number; term: number };
}

/** A persisted state as a driver would hand it to a restarting core. */
export function state(spec: StateSpec = {}): PersistedState {
  const snap = spec.snapshot ?? { index: 0, term: 0 };
  return {
    hardState: { term: spec.term ?? 0, vote: spec.vote ?? 0, commit: spec.commit ?? snap.index },
    snapshot: { meta: { index: snap.index, term: snap.term, conf: spec.conf ?? conf([1, 2, 3]) }, data: new Uint8Array() },
    entries: entries(spec.log ?? [], snap.index + 1),
  };
}

export type CoreOptions = Partial<Omit<RaftConfig, 'id' | 'rng'>> & { seed?: number };

/**
 * A core for table tests. Unlike the network, pre-vote and check-quorum are OFF
 * unless asked for, so each rule can be looked at on its own (etcd's newTestRaft).
 */
export function newRaft(id: NodeId, persisted: PersistedState, opts: CoreOptions = {}): Raft {
  const { seed, ...rest } = opts;
  return new Raft({
    id,
    electionTicks: ELECTION,
    heartbeatTicks: HEARTBEAT,
    preVote: false,
    checkQuorum: false,
    ...rest,
    rng: new SeededRng(seed ?? id),
  }, persisted);
}

/** A message with every field defaulted. */
export function msg(type: MessageType, from: NodeId, to: NodeId, term: number, extra: Partial<Message> = {}): Message {
  return {
    type, from, to, term,
    logTerm: 0, index: 0, entries: [], commit: 0, reject: false, rejectHint: 0, context: '',
    ...extra,
  };
}

export interface Drained {
  readies: Ready[];
  messages: Message[];
  entries: Entry[];
  committed: Entry[];
  readStates: ReadState[];
  /** The last hard state handed out, if any. */
  hardState?: HardState;
}

/** Handle every pending Ready (as a driver with a perfect disk would) and collect the output. */
export function drain(r: Raft): Drained {
  const out: Drained = { readies: [], messages: [], entries: [], committed: [], readStates: [] };
  for (let guard = 0; r.hasReady(); guard++) {
    if (guard > 1000) throw new Error('drain: the core never runs out of Readies');
    const rd = r.ready();
    out.readies.push(rd);
    out.messages.push(...rd.messages);
    out.entries.push(...rd.entries);
    out.committed.push(...rd.committedEntries);
    out.readStates.push(...rd.readStates);
    if (rd.hardState) out.hardState = rd.hardState;
    r.advance();
  }
  return out;
}

export function ofType(msgs: Message[], type: MessageType, to?: NodeId): Message[] {
  return msgs.filter((m) => m.type === type && (to === undefined || m.to === to));
}

/**
 * A granted voteResp may only leave once the vote is durable (bug 3): either
 * the Ready carrying it records the vote in its hardState, or the vote was
 * already persisted (`durable` is the hard state the core started from).
 */
export function expectVotesRecorded(readies: Ready[], durable: HardState): void {
  let disk = durable;
  for (const rd of readies) {
    if (rd.hardState) disk = rd.hardState;
    for (const m of rd.messages) {
      if (m.type !== 'voteResp' || m.reject) continue;
      expect(disk, `granted vote to ${m.to} in term ${m.term} is not durable`).toMatchObject({ term: m.term, vote: m.to });
    }
  }
}

/**
 * Make `r` (a fresh follower) the leader: campaign, then grant it the votes of
 * `grants` one by one (stopping once it leads), and drain.
 */
export function elect(r: Raft, grants: NodeId[]): Drained {
  r.campaign();
  const term = r.status().term;
  const id = r.status().id;
  for (const from of grants) {
    if (r.status().role === 'leader') break;
    r.step(msg('voteResp', from, id, term));
  }
  expect(r.status().role).toBe('leader');
  return drain(r);
}

/** Acknowledge `index` from `from` on leader `r` (an accepting appResp). */
export function ack(r: Raft, from: NodeId, index: number): void {
  r.step(msg('appResp', from, r.status().id, r.status().term, { index }));
}

/** Answer every heartbeat in `msgs` addressed to `from`, echoing its context. */
export function answerHeartbeats(r: Raft, from: NodeId, msgs: Message[]): number {
  let n = 0;
  for (const m of ofType(msgs, 'heartbeat', from)) {
    r.step(msg('heartbeatResp', from, m.from, m.term, { context: m.context }));
    n++;
  }
  return n;
}

/** Run `fn` and return the RaftError it throws synchronously, checking its code. */
export function expectRaftError(fn: () => unknown, code: RaftErrorCode): RaftError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected RaftError ${code}`).toBeInstanceOf(RaftError);
  const err = caught as RaftError;
  expect(err.code).toBe(code);
  return err;
}
