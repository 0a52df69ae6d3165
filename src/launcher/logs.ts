// Where a launched process's output goes: name-prefixed lines on a terminal,
// kept in memory for tests, or appended to one file per process.
import { appendFileSync, closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Lines of output kept per process for `output()` (and failure messages). */
export const TAIL_LINES = 200;

export type LogTarget =
  /** Every line on `stream` (default stdout), prefixed with the process's name. */
  | { kind: 'terminal'; stream?: NodeJS.WritableStream }
  /** Only kept in memory: the last TAIL_LINES lines, for `output()`. */
  | { kind: 'capture' }
  /** Appended to `<dir>/<name>.log` (kept across restarts). */
  | { kind: 'files'; dir: string };

/** `n1  | line`: the prefix of terminal lines, and of the launcher's own messages about a process. */
export function prefixed(name: string, line: string): string {
  return `${name.padEnd(3)} | ${line}\n`;
}

/** The path of a process's log file under a `files` target. */
export function logFile(dir: string, name: string): string {
  return join(dir, `${name}.log`);
}

/**
 * One process's output: what `spawn` gets as stdout/stderr, and how the lines
 * are kept. The tail survives restarts of the same process name.
 */
export class OutputSink {
  private readonly tail: string[] = [];

  constructor(readonly name: string, readonly target: LogTarget) {}

  /** The stdio for spawn: pipes, or the log file's descriptor (call `spawned` after spawn). */
  stdio(): { stdio: ['ignore', 'pipe' | number, 'pipe' | number]; fd?: number } {
    if (this.target.kind === 'files') {
      const fd = openSync(logFile(this.target.dir, this.name), 'a');
      return { stdio: ['ignore', fd, fd], fd };
    }
    return { stdio: ['ignore', 'pipe', 'pipe'] };
  }

  /** Wires the spawned child's pipes (if any) and closes our copy of the file descriptor. */
  spawned(streams: Array<Readable | null>, fd: number | undefined): void {
    if (fd !== undefined) closeSync(fd);
    for (const stream of streams) {
      if (stream === null) continue;
      createInterface({ input: stream }).on('line', (line) => this.line(line));
    }
  }

  /** A line about the process from the launcher itself (exits, restarts). */
  note(line: string): void {
    this.line(`[launcher] ${line}`);
  }

  private line(line: string): void {
    if (this.target.kind === 'files') {
      appendFileSync(logFile(this.target.dir, this.name), `${line}\n`);
      return;
    }
    this.tail.push(line);
    if (this.tail.length > TAIL_LINES) this.tail.shift();
    if (this.target.kind === 'terminal') (this.target.stream ?? process.stdout).write(prefixed(this.name, line));
  }

  /** The last `lines` lines the process printed (from its log file under a `files` target). */
  output(lines = TAIL_LINES): string {
    if (this.target.kind === 'files') {
      let text = '';
      try {
        text = readFileSync(logFile(this.target.dir, this.name), 'utf8');
      } catch {
        // not started yet
      }
      return text.split('\n').filter((l) => l.length > 0).slice(-lines).join('\n');
    }
    return this.tail.slice(-lines).join('\n');
  }
}
