// How regctl prints: `simple` (lines, as etcdctl), `table` (boxed, fitted to
// the terminal) or `json` (one object per answer; snake_case names, 64-bit
// ids and revisions as strings). Colour only on a TTY, never with NO_COLOR.

export type OutputFormat = 'simple' | 'table' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['simple', 'table', 'json'];

/** A JSON value as regctl prints it: bigints become strings. */
export type JsonValue = string | number | boolean | null | bigint | JsonValue[] | { [k: string]: JsonValue | undefined };

/** Where output goes; process streams in regctl, anything with `write` in tests. */
export interface Stream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export type Colour = 'green' | 'yellow' | 'red' | 'bold' | 'dim' | 'cyan';
const SGR: Record<Colour, string> = { green: '32', yellow: '33', red: '31', bold: '1', dim: '2', cyan: '36' };

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const ANSI_AT_START = new RegExp(`^${ANSI.source}`);

/** The width of `s` on screen (without colour codes; one column per code point). */
export function visibleWidth(s: string): number {
  let n = 0;
  for (const _ of s.replace(ANSI, '')) n++;
  return n;
}

/** `s` cut to `width` columns with an ellipsis, colour codes kept intact. */
export function truncate(s: string, width: number): string {
  if (visibleWidth(s) <= width) return s;
  if (width <= 1) return '…'.slice(0, width);
  const plain = [...s.replace(ANSI, '')];
  const cut = `${plain.slice(0, width - 1).join('')}…`;
  const m = ANSI_AT_START.exec(s);
  return m !== null ? `${m[0]}${cut}\u001b[0m` : cut;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - visibleWidth(s)));
}

/**
 * Column widths that fit `maxWidth` (the whole boxed line): the widest
 * columns give up space first, none below MIN_COLUMN_WIDTH.
 */
export const MIN_COLUMN_WIDTH = 6;
export function fitWidths(natural: readonly number[], maxWidth: number | undefined): number[] {
  const widths = [...natural];
  if (maxWidth === undefined) return widths;
  const frame = 3 * widths.length + 1; // "| " + " | " ... + " |"
  let excess = widths.reduce((a, b) => a + b, 0) + frame - maxWidth;
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) if (widths[i]! > MIN_COLUMN_WIDTH && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) break;
    widths[widest]!--;
    excess--;
  }
  return widths;
}

/** A boxed table as etcdctl draws one; `maxWidth` undefined: no fitting. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], maxWidth?: number): string {
  const natural = headers.map((h, i) => Math.max(visibleWidth(h), ...rows.map((r) => visibleWidth(r[i] ?? ''))));
  const widths = fitWidths(natural, maxWidth);
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const line = (cells: readonly string[]): string => `| ${widths.map((w, i) => pad(truncate(cells[i] ?? '', w), w)).join(' | ')} |`;
  return [rule, line(headers.map((h) => h.toUpperCase())), rule, ...rows.map(line), rule].join('\n') + '\n';
}

/** JSON text with bigints as strings and undefined fields left out. */
export function toJsonText(value: JsonValue): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

export class Output {
  readonly colour: boolean;

  constructor(readonly format: OutputFormat, readonly stdout: Stream, readonly stderr: Stream, env: NodeJS.ProcessEnv = process.env) {
    this.colour = stdout.isTTY === true && (env.NO_COLOR ?? '') === '' && env.TERM !== 'dumb';
  }

  get json(): boolean {
    return this.format === 'json';
  }

  /** One line on stdout. */
  line(s = ''): void {
    this.stdout.write(`${s}\n`);
  }

  /** One JSON document on stdout. */
  printJson(value: JsonValue): void {
    this.line(toJsonText(value));
  }

  /** A table fitted to the terminal when stdout is one (else to COLUMNS when set). */
  table(headers: readonly string[], rows: readonly (readonly string[])[]): void {
    this.stdout.write(renderTable(headers, rows, this.width()));
  }

  /** Progress and notes for a person: stderr, so stdout stays parseable. */
  note(s: string): void {
    this.stderr.write(`${s}\n`);
  }

  paint(c: Colour, s: string): string {
    return this.colour ? `\u001b[${SGR[c]}m${s}\u001b[0m` : s;
  }

  /** A health status in its colour. */
  status(s: string): string {
    return this.paint(s === 'passing' ? 'green' : s === 'warning' ? 'yellow' : 'red', s);
  }

  private width(): number | undefined {
    if (this.stdout.isTTY === true && typeof this.stdout.columns === 'number' && this.stdout.columns > 0) return this.stdout.columns;
    const env = Number(process.env.COLUMNS);
    return Number.isInteger(env) && env > 0 ? env : undefined;
  }
}
