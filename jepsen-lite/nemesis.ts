import { SeededRng } from '../src/raft/rng.js';
import type { JepsenCluster } from './cluster.js';
import type { HistoryRecorder } from './recorder.js';

export type NemesisKind = 'kill' | 'pause' | 'partition';
export const NEMESIS_KINDS: readonly NemesisKind[] = ['kill', 'pause', 'partition'];

export interface NemesisOptions {
  kinds: readonly NemesisKind[];
  seed: number;
  /** Quiet time between faults, ms: [min, max). */
  gapMs?: [number, number];
  /** How long a fault lasts, ms: [min, max). */
  holdMs?: [number, number];
}

/** A fault window, for results.json and the report. */
export interface FaultWindow {
  f: string;
  value: Record<string, unknown>;
  start: number;
  end: number;
}

/** Sleeps `ms`, or less if `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/**
 * Injects one fault at a time on a seeded schedule: kill -9 (restart later),
 * SIGSTOP/SIGCONT, or a network partition (leader isolated, or a random
 * minority). Every start and stop is a `"process": "nemesis"` history event;
 * `run` heals everything before it returns.
 */
export class Nemesis {
  private readonly rng: SeededRng;
  readonly windows: FaultWindow[] = [];

  constructor(private readonly cluster: JepsenCluster, private readonly history: HistoryRecorder, private readonly opts: NemesisOptions) {
    this.rng = new SeededRng(opts.seed ^ 0x6e656d);
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[this.rng.nextInt(xs.length)]!;
  }

  private between([lo, hi]: [number, number]): number {
    return lo + this.rng.nextInt(Math.max(1, hi - lo));
  }

  /** The leader half the time (if one is known), a random node otherwise. */
  private async target(): Promise<string> {
    const preferLeader = this.rng.nextFloat() < 0.5;
    const random = this.pick(this.cluster.names);
    if (!preferLeader) return random;
    return (await this.cluster.leader()) ?? random;
  }

  /** Runs faults until `signal` aborts, then heals everything. */
  async run(signal: AbortSignal): Promise<void> {
    const gap = this.opts.gapMs ?? [1000, 3000];
    const hold = this.opts.holdMs ?? [2000, 5000];
    while (!signal.aborted) {
      await sleep(this.between(gap), signal);
      if (signal.aborted) break;
      const kind = this.pick(this.opts.kinds);
      const heal = await this.start(kind);
      await sleep(this.between(hold), signal);
      await heal();
    }
    // Belt and braces: nothing stays broken after the schedule.
    this.cluster.healAll();
  }

  private begin(f: string, value: Record<string, unknown>): FaultWindow {
    const e = this.history.record({ process: 'nemesis', type: 'info', f: `start-${f}`, value });
    const w: FaultWindow = { f, value, start: e.time, end: Infinity };
    this.windows.push(w);
    return w;
  }

  private finish(w: FaultWindow): void {
    w.end = this.history.record({ process: 'nemesis', type: 'info', f: `stop-${w.f}`, value: w.value }).time;
  }

  /** Starts a fault; returns the function that heals it. */
  private async start(kind: NemesisKind): Promise<() => Promise<void>> {
    switch (kind) {
      case 'kill': {
        const node = await this.target();
        const w = this.begin('kill', { node });
        await this.cluster.kill(node);
        return async () => {
          this.cluster.start(node);
          this.finish(w);
        };
      }
      case 'pause': {
        const node = await this.target();
        const w = this.begin('pause', { node });
        this.cluster.pause(node);
        return async () => {
          this.cluster.resume(node);
          this.finish(w);
        };
      }
      case 'partition': {
        const names = this.cluster.names;
        let isolated: string[];
        let mode: string;
        const leader = this.rng.nextFloat() < 0.5 ? await this.cluster.leader() : undefined;
        if (leader !== undefined) {
          mode = 'isolate-leader';
          isolated = [leader];
        } else {
          mode = 'majority-minority';
          const shuffled = [...names];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = this.rng.nextInt(i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
          }
          isolated = shuffled.slice(0, Math.floor((names.length - 1) / 2) || 1).sort();
        }
        const rest = names.filter((n) => !isolated.includes(n));
        const w = this.begin('partition', { mode, isolated, majority: rest });
        this.cluster.partition(isolated, rest);
        return async () => {
          this.cluster.healLinks();
          this.finish(w);
        };
      }
    }
  }
}
