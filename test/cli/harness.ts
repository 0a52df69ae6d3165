// regctl as a user runs it: `node dist/cli/regctl.js …` in a child process
// (the build must be current; `npm test` builds first), with its stdout,
// stderr and exit code. Golden files: expect(normalize(out)).toMatchFileSnapshot(golden('x'))
// (written on first run or with `vitest -u`, compared otherwise; CI fails on a missing one).
import { execFileSync, spawn } from 'node:child_process';
import { it } from 'vitest';
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

/** A regctl that keeps running (watch, lock, elect, keep-alive): its output so far, signals, and its end. */
export interface RunningRegctl {
  /** The process id. */
  readonly pid: number;
  /** Everything written to stdout / stderr so far. */
  stdout(): string;
  stderr(): string;
  /** The complete lines of stdout so far. */
  lines(): string[];
  /** Resolves with the first match of `re` in stdout (or stderr), rejects when regctl exits first or after `timeoutMs` (default 30 s). */
  waitForOutput(re: RegExp, options?: { stream?: 'stdout' | 'stderr'; timeoutMs?: number }): Promise<RegExpMatchArray>;
  /** Sends a signal (SIGINT: Ctrl-C). */
  signal(sig: NodeJS.Signals): void;
  /** Settles when the process has exited, with its exit code and whole output. */
  readonly exited: Promise<RegctlResult>;
}

/**
 * Starts regctl with `args` without waiting for its end (stdin open unless
 * `input` is given; killed with SIGKILL after `timeoutMs`, default 60 s).
 */
export function startRegctl(args: readonly string[], options: RegctlOptions = {}): RunningRegctl {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.REGD_ENDPOINTS;
  if (options.env?.REGD_ENDPOINTS !== undefined) env.REGD_ENDPOINTS = options.env.REGD_ENDPOINTS;
  if (options.env?.REGCTL_ENDPOINTS === undefined) delete env.REGCTL_ENDPOINTS;
  const child = spawn(process.execPath, [REGCTL, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  const listeners = new Set<() => void>();
  const changed = (): void => {
    for (const l of [...listeners]) l();
  };
  child.stdout.on('data', (b: Buffer) => {
    out.stdout += b.toString();
    changed();
  });
  child.stderr.on('data', (b: Buffer) => {
    out.stderr += b.toString();
    changed();
  });
  let ended = false;
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const exited = new Promise<RegctlResult>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      ended = true;
      changed();
      resolvePromise({ code, signal, stdout: out.stdout, stderr: out.stderr });
    });
  });
  if (options.input !== undefined) child.stdin.end(options.input);
  return {
    pid: child.pid ?? -1,
    stdout: () => out.stdout,
    stderr: () => out.stderr,
    lines: () => out.stdout.split('\n').slice(0, -1),
    signal: (sig) => {
      child.kill(sig);
    },
    exited,
    waitForOutput(re, { stream = 'stdout', timeoutMs = 30_000 } = {}) {
      return new Promise((resolvePromise, reject) => {
        const check = (): void => {
          const m = re.exec(out[stream]);
          if (m !== null) finish();
          else if (ended) finish(new Error(`regctl ${args.join(' ')} exited before printing ${re} on ${stream}: ${out.stderr}${out.stdout}`));
          function finish(err?: Error): void {
            listeners.delete(check);
            clearTimeout(t);
            if (err !== undefined) reject(err);
            else resolvePromise(m!);
          }
        };
        const t = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${re} on the ${stream} of regctl ${args.join(' ')}: ${out.stderr}${out.stdout}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
  };
}

/** etcdctl 3.4 (API v3) against `endpoints`, to its end; rejects unless it exits 0. The output regctl's is compared with. */
export function etcdctlOk(endpoints: readonly string[], args: readonly string[], input = ''): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('etcdctl', [`--endpoints=${endpoints.join(',')}`, ...args], { env: { ...process.env, ETCDCTL_API: '3' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(stdout) : reject(new Error(`etcdctl ${args.join(' ')} exited ${code}: ${stderr}`))));
    child.stdin.end(input);
  });
}

/** Whether `file args…` runs here (a tool a test needs: etcdctl, tmux). */
export function hasCommand(file: string, args: readonly string[]): boolean {
  try {
    execFileSync(file, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const HAVE_ETCDCTL = hasCommand('etcdctl', ['version']);
if (!HAVE_ETCDCTL && process.env.REGD_REQUIRE_ETCDCTL === '1') throw new Error('etcdctl is required (install Debian\'s etcd-client)');

/** `it` for a test that compares with etcdctl: skipped where etcdctl is missing (unless REGD_REQUIRE_ETCDCTL=1, as in CI). */
export const itWithEtcdctl = HAVE_ETCDCTL ? it : it.skip;

/** The ids, term and revisions of a JSON answer, which differ per cluster (for normalize). */
export const JSON_IDS: readonly (readonly [RegExp, string])[] = [
  [/"cluster_id":"[0-9a-f]+"/g, '"cluster_id":"<id>"'],
  [/"member_id":"[0-9a-f]+"/g, '"member_id":"<id>"'],
  [/"raft_term":"\d+"/g, '"raft_term":"<term>"'],
  [/"(revision|create_revision|mod_revision)":"\d+"/g, '"$1":"<rev>"'],
];
