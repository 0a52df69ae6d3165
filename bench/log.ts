// Progress and errors go to stderr (stdout carries only the JSON result lines).

const MAX_PRINTED_ERRORS = 5;

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Prints the first few errors of a phase, then a single "more suppressed" note. */
export class ErrorReporter {
  private printed = 0;
  constructor(private readonly what: string) {}

  report(err: unknown): void {
    if (this.printed > MAX_PRINTED_ERRORS) return;
    this.printed++;
    if (this.printed > MAX_PRINTED_ERRORS) {
      log(`[${this.what}] further errors are counted but not printed`);
      return;
    }
    const e = err as { code?: number; details?: string; message?: string };
    log(`[${this.what}] error${e.code !== undefined ? ` (grpc code ${e.code})` : ''}: ${e.details ?? e.message ?? String(err)}`);
  }
}
