// regctl as a user runs it: `node dist/cli/regctl.js …` in a child process
// (the build must be current; `npm test` builds first), with its stdout,
// stderr and exit code. Golden files: expect(normalize(out)).toMatchFileSnapshot(golden('x'))
// (written on first run or with `vitest -u`, compared otherwise; CI fails on a missing one).
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REGCTL = resolve(ROOT, 'dist', 'cli', 'regctl.js');

export interface RegctlResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RegctlOptions {
  /** Extra environment (REGCTL_ENDPOINTS, NO_COLOR, COLUMNS, ...). */
  env?: Record<string, string>;
  /** Written to stdin, which is then closed (default: stdin closed at once). */
  input?: string;
  /** Kill the process after this long (default 30 s). */
  timeoutMs?: number;
}

/** Runs regctl with `args` to its end. */
export function regctl(args: readonly string[], options: RegctlOptions = {}): Promise<RegctlResult> {
  return new Promise((resolvePromise, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
    delete env.REGD_ENDPOINTS;
    if (options.env?.REGD_ENDPOINTS !== undefined) env.REGD_ENDPOINTS = options.env.REGD_ENDPOINTS;
    if (options.env?.REGCTL_ENDPOINTS === undefined) delete env.REGCTL_ENDPOINTS;
    const child = spawn(process.execPath, [REGCTL, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** regctl against `endpoints`; rejects unless it exits 0 (with its stderr in the message). */
export async function regctlOk(endpoints: readonly string[], args: readonly string[], options: RegctlOptions = {}): Promise<string> {
  const r = await regctl(['--endpoints', endpoints.join(','), ...args], options);
  if (r.code !== 0) throw new Error(`regctl ${args.join(' ')} exited ${r.code}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** The path of a golden file under test/cli/golden/. */
export function golden(name: string): string {
  return resolve(ROOT, 'test', 'cli', 'golden', `${name}.txt`);
}

/**
 * Output with the values that differ from run to run replaced: each
 * [pattern, placeholder] in order (use a capture-free pattern with the g flag).
 */
export function normalize(text: string, replacements: readonly (readonly [RegExp, string | ((m: string) => string)])[]): string {
  return replacements.reduce((s, [re, to]) => (typeof to === 'string' ? s.replace(re, to) : s.replace(re, to)), text);
}

/** Replaces every digit of a match with `#`: numbers that vary, with the column widths of a table kept. */
export function hashDigits(m: string): string {
  return m.replace(/\d/g, '#');
}
