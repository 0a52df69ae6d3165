import { createWriteStream, type WriteStream } from 'node:fs';
import type { HistoryEvent } from './checker/history.js';

/**
 * The run's history: events in the order they happen, stamped with one
 * monotonic nanosecond clock, kept in memory and streamed to history.jsonl.
 */
export class HistoryRecorder {
  readonly events: HistoryEvent[] = [];
  private readonly t0 = process.hrtime.bigint();
  private readonly out: WriteStream | undefined;

  constructor(file?: string) {
    this.out = file === undefined ? undefined : createWriteStream(file);
  }

  /** Nanoseconds since the recorder started. */
  now(): number {
    return Number(process.hrtime.bigint() - this.t0);
  }

  record(e: Omit<HistoryEvent, 'time'>): HistoryEvent {
    const event: HistoryEvent = { ...e, time: this.now() };
    this.events.push(event);
    this.out?.write(`${JSON.stringify(event)}\n`);
    return event;
  }

  async close(): Promise<void> {
    const out = this.out;
    if (out === undefined) return;
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}
