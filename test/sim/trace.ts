// The trace of one simulated run: a running hash over every event (two runs of
// the same seed must hash the same, byte for byte) and the most recent events
// kept for the report when an invariant fails. Formatting is lazy: in a bulk
// run almost no event is ever printed.

import type { Message, MessageType } from '../../src/raft/index.js';

const MESSAGE_TYPE_CODE: Record<MessageType, number> = {
  prop: 1, app: 2, appResp: 3, vote: 4, voteResp: 5, preVote: 6, preVoteResp: 7,
  heartbeat: 8, heartbeatResp: 9, snap: 10, timeoutNow: 11, readIndex: 12, readIndexResp: 13,
};

/** What the network did with a message. */
export type MessageVerb = 'send' | 'deliver' | 'drop' | 'block' | 'duplicate' | 'lost';
const VERB_CODE: Record<MessageVerb, number> = { send: 1, deliver: 2, drop: 3, block: 4, duplicate: 5, lost: 6 };

interface MessageEvent { step: number; time: number; verb: MessageVerb; m: Message }
interface NoteEvent { step: number; time: number; node: number; text: string }
type TraceEvent = MessageEvent | NoteEvent;

export class Trace {
  private hash = 0x811c9dc5;
  private count = 0;
  private readonly ring: TraceEvent[] = [];
  private next = 0;
  /** The step the events being recorded belong to (the cluster keeps it current). */
  step = 0;

  /** @param keep how many recent events to keep; Infinity keeps the whole run. */
  constructor(private readonly keep: number) {}

  get events(): number { return this.count; }

  /** The hash of everything recorded so far, as 8 hex digits. */
  digest(): string { return (this.hash >>> 0).toString(16).padStart(8, '0'); }

  message(time: number, verb: MessageVerb, m: Message): void {
    this.mix(VERB_CODE[verb]);
    this.mix(time);
    this.mix(MESSAGE_TYPE_CODE[m.type]);
    this.mix(m.from);
    this.mix(m.to);
    this.mix(m.term);
    this.mix(m.logTerm);
    this.mix(m.index);
    this.mix(m.commit);
    this.mix(m.entries.length);
    this.mix(m.reject ? 1 : 0);
    this.mix(m.rejectHint);
    this.mixString(m.context);
    this.push({ step: this.step, time, verb, m });
  }

  /** A free-form event on one node (node 0: the world: actions, network, clients). */
  note(time: number, node: number, text: string): void {
    this.mix(time);
    this.mix(node);
    this.mixString(text);
    this.push({ step: this.step, time, node, text });
  }

  /** The kept events, oldest first, one per line. */
  tail(max = Infinity): string[] {
    const ordered = this.ring.length < this.keep ? this.ring : [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
    return ordered.slice(Math.max(0, ordered.length - max)).map(formatEvent);
  }

  private push(e: TraceEvent): void {
    this.count++;
    if (this.keep === 0) return;
    if (this.ring.length < this.keep) {
      this.ring.push(e);
      return;
    }
    this.ring[this.next] = e;
    this.next = (this.next + 1) % this.keep;
  }

  private mix(n: number): void {
    // FNV-1a over the low and high 32-bit halves of an integer.
    let h = this.hash;
    const lo = n >>> 0;
    const hi = Math.floor(n / 0x1_0000_0000) >>> 0;
    h = Math.imul(h ^ lo, 0x01000193);
    h = Math.imul(h ^ hi, 0x01000193);
    this.hash = h;
  }

  private mixString(s: string): void {
    let h = this.hash;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    this.hash = Math.imul(h ^ s.length, 0x01000193);
  }
}

function formatEvent(e: TraceEvent): string {
  const head = `#${e.step} t=${formatTime(e.time)}`;
  if ('text' in e) return `${head} ${e.node === 0 ? 'world' : `n${e.node}`}: ${e.text}`;
  return `${head} ${e.verb} ${formatMessage(e.m)}`;
}

/** Virtual time is in units of 1/100 tick; print it as ticks. */
export function formatTime(time: number): string {
  return (time / 100).toFixed(2);
}

export function formatMessage(m: Message): string {
  const parts = [`${m.type} ${m.from}->${m.to} term=${m.term}`];
  switch (m.type) {
    case 'app':
      parts.push(`prev=${m.index}/${m.logTerm} commit=${m.commit}`);
      if (m.entries.length > 0) parts.push(`entries=${formatEntryRange(m)}`);
      break;
    case 'appResp':
      parts.push(m.reject ? `reject index=${m.index} hint=${m.rejectHint} logTerm=${m.logTerm}` : `index=${m.index}`);
      break;
    case 'vote':
    case 'preVote':
      parts.push(`last=${m.index}/${m.logTerm}`);
      break;
    case 'voteResp':
    case 'preVoteResp':
      parts.push(m.reject ? 'reject' : 'grant');
      break;
    case 'heartbeat':
      parts.push(`commit=${m.commit}`);
      break;
    case 'snap':
      if (m.snapshot) parts.push(`snapshot=${m.snapshot.meta.index}/${m.snapshot.meta.term}`);
      break;
    case 'readIndexResp':
      parts.push(m.reject ? 'reject' : `index=${m.index}`);
      break;
    case 'prop':
      parts.push(`entries=${m.entries.length}`);
      break;
    default:
      break;
  }
  if (m.context !== '') parts.push(`ctx=${m.context}`);
  return parts.join(' ');
}

function formatEntryRange(m: Message): string {
  const first = m.entries[0];
  const last = m.entries[m.entries.length - 1];
  if (!first || !last) return '[]';
  return first === last ? `[${first.index}/${first.term}]` : `[${first.index}/${first.term}..${last.index}/${last.term}]`;
}
