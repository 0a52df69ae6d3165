// regctl service run: any program as a self-registering service.
//
//   regctl service run web --port 8080 -- python3 -m http.server 8080
//
// The order of events:
//   1. Register NAME/ID with a TTL check that starts critical ("starting"): the
//      instance is visible, but discovery (passing only) hands it to no caller.
//      A cluster that cannot be reached ends here (exit 2): CMD never starts.
//   2. Start CMD (stdio inherited, REGD_SERVICE* in its environment). CMD that
//      cannot be started: deregister, one error line, exit 127 (not found) or
//      126 (not executable), as a shell does.
//   3. --ready listening (default): the check turns passing once ADDRESS:PORT
//      accepts a TCP connection; --ready started: as soon as CMD started.
//      From then on the handle reports passing every TTL / 3 while CMD runs.
//   4. CMD exits: deregister, exit with CMD's status (128 + n for signal n).
//      SIGINT, SIGTERM or SIGHUP to regctl: the check turns critical at once
//      (callers stop picking the instance while CMD winds down), the signal
//      is passed on to CMD (but for Ctrl-C in a terminal, which the terminal
//      already gave CMD), SIGKILL after --kill-after; then as in 4.
// regctl handles these signals itself (the client's deregisterOnExit is off),
// so they never end regctl before CMD has ended and the instance is gone.

import { spawn, type ChildProcess } from 'node:child_process';
import { connect as tcpConnect } from 'node:net';
import { hostname } from 'node:os';
import { exitStatus, passOn } from '../child.js';
import type { Command } from 'commander';
import { action, examples } from '../command.js';
import type { Context } from '../context.js';
import { CliError, failureOf, UsageError } from '../exit.js';
import { collect, durationText, MAX_REGISTRY_NAME_BYTES, parseAddress, parseChoice, parseDurationMs, parsePairs, parsePort, parseRegistryName } from '../parse.js';
import type { RegdError, ServiceRegistration } from '../../src/client/index.js';

/** How long CMD may take to exit after a forwarded signal before regctl sends SIGKILL (--kill-after's default). */
export const SERVICE_RUN_KILL_AFTER_MS = 10_000;
/** --ttl's default. */
export const SERVICE_RUN_DEFAULT_TTL_MS = 10_000;
/** The registry's shortest TTL (src/registry/limits.ts MIN_CHECK_TTL_MS). */
const MIN_TTL_MS = 1_000;
/** --ready listening: the time between two connection attempts to ADDRESS:PORT. */
export const SERVICE_RUN_READY_PROBE_INTERVAL_MS = 200;
/** --ready listening: how long one connection attempt may take. */
export const SERVICE_RUN_READY_PROBE_TIMEOUT_MS = 1_000;
/** The longest regctl waits for the deregistration after CMD exited before it exits anyway. */
export const SERVICE_RUN_DEREGISTER_TIMEOUT_MS = 5_000;
/** A failing health report is noted on stderr at most once in this long (the handle keeps retrying). */
export const SERVICE_RUN_ERROR_NOTE_INTERVAL_MS = 10_000;

/** The environment CMD gets, besides regctl's own. */
export const SERVICE_RUN_ENV = {
  service: 'REGD_SERVICE',
  id: 'REGD_SERVICE_ID',
  address: 'REGD_SERVICE_ADDRESS',
  port: 'REGD_SERVICE_PORT',
} as const;

/** A shell's statuses for a command it could not run. */
const EXIT_NOT_FOUND = 127;
const EXIT_NOT_EXECUTABLE = 126;

const READY_WHEN = ['listening', 'started'] as const;
type ReadyWhen = (typeof READY_WHEN)[number];

/** The signals regctl passes on to CMD. */
const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

interface RunFlags {
  port?: string;
  address: string;
  id?: string;
  ttl: string;
  tag?: string[];
  meta?: string[];
  ready: string;
  killAfter: string;
  deregisterCriticalAfter?: string;
}

interface RunOptions {
  service: string;
  id: string;
  address: string;
  port: number;
  tags: string[];
  meta: Record<string, string>;
  ttlMs: number;
  ready: ReadyWhen;
  killAfterMs: number;
  deregisterCriticalAfterMs: number | undefined;
  command: string;
  args: string[];
}

/** The default instance id: `<name>-<host>-<port>`, the same on every run, so a restart replaces what a kill -9 left behind. */
function defaultId(service: string, port: number): string {
  const suffix = `-${port}`;
  const head = `${service}-${hostname()}`.replace(/[^A-Za-z0-9._-]/g, '-');
  return head.slice(0, MAX_REGISTRY_NAME_BYTES - suffix.length) + suffix;
}

/** The arguments after the first `--` of the command line (undefined without one). */
function afterSeparator(cmd: Command): string[] | undefined {
  let root = cmd;
  while (root.parent !== null) root = root.parent;
  // commander keeps the whole command line on the root command (not in its typings).
  const raw: unknown = (root as unknown as { rawArgs?: unknown }).rawArgs;
  if (!Array.isArray(raw)) return undefined;
  const i = raw.indexOf('--');
  return i < 0 ? undefined : raw.slice(i + 1).map(String);
}

function runOptions(name: string, argv: string[], f: RunFlags, cmd: Command): RunOptions {
  parseRegistryName('NAME', name);
  if (f.port === undefined) throw new UsageError('--port: required (the port CMD listens on)');
  const port = parsePort('--port', f.port);
  if (argv.length === 0) throw new UsageError('missing "-- CMD [ARGS...]": the program to run');
  const after = afterSeparator(cmd);
  if (after === undefined || after.length < argv.length || after.slice(after.length - argv.length).some((a, i) => a !== argv[i])) {
    throw new UsageError(`put "--" before CMD: regctl service run ${name} --port ${port} -- ${argv.join(' ')}`);
  }
  const id = f.id ?? defaultId(name, port);
  parseRegistryName('--id', id);
  parseAddress(f.address);
  const ttlMs = parseDurationMs('--ttl', f.ttl);
  if (ttlMs < MIN_TTL_MS) throw new UsageError(`--ttl "${f.ttl}": want at least 1s`);
  const deregisterCriticalAfterMs = f.deregisterCriticalAfter === undefined ? undefined : parseDurationMs('--deregister-critical-after', f.deregisterCriticalAfter);
  if (deregisterCriticalAfterMs !== undefined && deregisterCriticalAfterMs < MIN_TTL_MS) {
    throw new UsageError(`--deregister-critical-after "${f.deregisterCriticalAfter}": want at least 1s`);
  }
  return {
    service: name,
    id,
    address: f.address,
    port,
    tags: f.tag ?? [],
    meta: parsePairs('--meta', f.meta ?? []),
    ttlMs,
    ready: parseChoice('--ready', f.ready, READY_WHEN),
    killAfterMs: parseDurationMs('--kill-after', f.killAfter),
    deregisterCriticalAfterMs,
    command: argv[0]!,
    args: argv.slice(1),
  };
}

/** Whether `host:port` accepts a TCP connection within `timeoutMs`. */
function accepts(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host, port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}


/** How CMD ended, for the last line. */
function endText(command: string, code: number | null, signal: NodeJS.Signals | null): string {
  const status = exitStatus(code, signal);
  return code === null && signal !== null ? `${command} was killed by ${signal} (status ${status})` : `${command} exited with status ${status}`;
}

class ServiceRun {
  private child: ChildProcess | undefined;
  private handle: ServiceRegistration | undefined;
  /** The first signal regctl got (undefined: none yet). */
  private stopSignal: NodeJS.Signals | undefined;
  private killTimer: NodeJS.Timeout | undefined;
  private exited = false;
  private lastErrorNoteMs = 0;
  private readonly onSignal = (sig: NodeJS.Signals): void => this.signal(sig);

  constructor(private readonly ctx: Context, private readonly o: RunOptions) {}

  private note(s: string): void {
    this.ctx.out.note(`regctl: ${s}`);
  }

  private get name(): string {
    return `${this.o.service}/${this.o.id}`;
  }

  async run(): Promise<number> {
    for (const s of FORWARDED_SIGNALS) process.on(s, this.onSignal);
    try {
      return await this.registerAndRun();
    } finally {
      for (const s of FORWARDED_SIGNALS) process.off(s, this.onSignal);
      clearTimeout(this.killTimer);
    }
  }

  private async registerAndRun(): Promise<number> {
    const o = this.o;
    const client = await this.ctx.client();
    const handle = await client.registry.register({
      service: o.service, id: o.id, address: o.address, port: o.port, tags: o.tags, meta: o.meta,
      ttlMs: o.ttlMs, initialStatus: 'critical', deregisterOnExit: false,
      ...(o.deregisterCriticalAfterMs !== undefined ? { deregisterCriticalAfterMs: o.deregisterCriticalAfterMs } : {}),
    });
    this.handle = handle;
    handle.on('error', (err: RegdError) => this.reportFailed(err));
    handle.on('reregistered', () => this.note(`${o.id} registered again (the cluster had lost it)`));
    const until = o.ready === 'listening' ? `${o.address}:${o.port} accepts connections` : `${o.command} has started`;
    this.note(`registered ${this.name} at ${o.address}:${o.port} (ttl ${durationText(o.ttlMs)}), critical until ${until}`);
    // The check is critical already; this adds why. A report that failed (e.g. a leader just elected) is not
    // fatal: the handle's next periodic report carries the same status and output.
    await handle.fail(`starting: critical until ${until}`).catch((err: unknown) => this.reportFailed(err));
    if (this.stopSignal !== undefined) {
      await this.deregister();
      this.note(`${this.stopSignal} before ${o.command} started: ${o.id} deregistered`);
      return exitStatus(null, this.stopSignal);
    }

    const child = spawn(o.command, o.args, {
      stdio: 'inherit',
      env: {
        ...process.env,
        [SERVICE_RUN_ENV.service]: o.service,
        [SERVICE_RUN_ENV.id]: o.id,
        [SERVICE_RUN_ENV.address]: o.address,
        [SERVICE_RUN_ENV.port]: String(o.port),
      },
    });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const started = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      child.once('spawn', () => resolve(undefined));
      child.once('error', (err) => resolve(err));
    });
    if (started !== undefined) {
      await this.deregister();
      const notFound = started.code === 'ENOENT';
      throw new CliError(`${o.command}: ${notFound ? 'command not found' : started.message} (${started.code ?? 'error'}); ${o.id} deregistered`, notFound ? EXIT_NOT_FOUND : EXIT_NOT_EXECUTABLE);
    }
    child.on('error', (err) => this.note(`${o.command}: ${err.message}`)); // e.g. a signal that could not be sent
    this.child = child;
    this.note(`started ${o.command} (pid ${child.pid})`);
    if (this.stopSignal !== undefined) this.forward(this.stopSignal);

    const readiness = o.ready === 'listening' ? this.waitListening() : this.markPassing(`${o.command} started (pid ${child.pid})`);
    const { code, signal } = await ended;
    this.exited = true;
    await readiness;
    const ok = await this.deregister();
    this.note(`${ok ? `${o.id} deregistered` : `${o.id} NOT deregistered: it turns critical within ${durationText(o.ttlMs)}`}; ${endText(o.command, code, signal)}`);
    return exitStatus(code, signal);
  }

  /** --ready listening: passing once ADDRESS:PORT accepts a connection (or never, if CMD exits or is stopped first). */
  private async waitListening(): Promise<void> {
    const o = this.o;
    while (!this.exited && this.stopSignal === undefined) {
      if (await accepts(o.address, o.port, SERVICE_RUN_READY_PROBE_TIMEOUT_MS)) {
        if (this.exited || this.stopSignal !== undefined) return;
        await this.markPassing(`${o.address}:${o.port} accepts connections`);
        return;
      }
      await new Promise((r) => setTimeout(r, SERVICE_RUN_READY_PROBE_INTERVAL_MS));
    }
  }

  private async markPassing(why: string): Promise<void> {
    if (this.exited || this.stopSignal !== undefined) return;
    try {
      await this.handle?.pass(`${this.o.command} is running (pid ${this.child?.pid}): ${why}`);
    } catch (err) {
      // The handle keeps reporting; a passing report that failed goes out with the next one.
      if (!this.exited) this.reportFailed(err);
    }
    if (this.exited) return;
    if (this.stopSignal !== undefined) this.markStopping(this.stopSignal); // a signal came while passing was on its way
    else this.note(`${this.o.id} is passing: ${why}`);
  }

  /** Callers stop picking the instance now, not once CMD is gone. */
  private markStopping(sig: NodeJS.Signals): void {
    this.handle?.fail(`stopping: ${sig}`).catch((err: unknown) => this.reportFailed(err));
  }

  /** SIGINT / SIGTERM / SIGHUP to regctl. */
  private signal(sig: NodeJS.Signals): void {
    const first = this.stopSignal === undefined;
    this.stopSignal ??= sig;
    if (this.child === undefined || this.exited) return; // before CMD started: handled once registered; after: ending anyway
    this.forward(sig);
    if (first) this.markStopping(sig);
  }

  private forward(sig: NodeJS.Signals): void {
    const child = this.child;
    if (child === undefined) return;
    const o = this.o;
    const sent = passOn(child, sig);
    if (this.killTimer !== undefined) return;
    const how = sent ? `passed on to ${o.command} (pid ${child.pid})` : `${o.command} (pid ${child.pid}) got it from the terminal`;
    this.note(`${sig}: ${how}; SIGKILL in ${durationText(o.killAfterMs)} if it has not exited`);
    this.killTimer = setTimeout(() => {
      if (this.exited) return;
      this.note(`${o.command} did not exit within ${durationText(o.killAfterMs)}: SIGKILL`);
      child.kill('SIGKILL');
    }, o.killAfterMs);
  }

  private reportFailed(err: unknown): void {
    const now = Date.now();
    if (now - this.lastErrorNoteMs < SERVICE_RUN_ERROR_NOTE_INTERVAL_MS) return;
    this.lastErrorNoteMs = now;
    this.note(`reporting ${this.o.id}'s health failed: ${failureOf(err).message.replace(/^Error: /, '')} (retrying)`);
  }

  /** Deregisters (bounded by SERVICE_RUN_DEREGISTER_TIMEOUT_MS); false when that failed or took too long. */
  private async deregister(): Promise<boolean> {
    const h = this.handle;
    if (h === undefined) return true;
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        h.deregister().then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), SERVICE_RUN_DEREGISTER_TIMEOUT_MS))),
      ]);
    } catch (err) {
      this.note(`deregistering ${this.o.id} failed: ${failureOf(err).message.replace(/^Error: /, '')}`);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** --help's description: one line per paragraph (commander wraps them to the terminal). */
const RUN_DESCRIPTION = [
  'runs CMD as an instance of service NAME: registered while CMD runs, deregistered when it ends.',
  `Registers NAME/ID with a TTL check that regctl reports while CMD runs, then starts CMD (stdin, stdout and stderr `
    + `are regctl's; ${Object.values(SERVICE_RUN_ENV).join(', ')} in its environment). The instance is critical, so no `
    + 'caller discovers it, until ADDRESS:PORT accepts a TCP connection (--ready listening) or CMD has started '
    + '(--ready started); then passing. A cluster that cannot be reached: CMD is not started.',
  `When CMD exits, regctl deregisters the instance and exits with CMD's status (128 + n when signal n killed it). `
    + 'SIGINT (Ctrl-C), SIGTERM and SIGHUP to regctl turn the instance critical at once and are passed on to CMD '
    + '(Ctrl-C in a terminal reaches CMD from the terminal itself, once); '
    + 'CMD gets SIGKILL if it has not exited after --kill-after. CMD that cannot be started: exit 127 (not found) or '
    + '126, as a shell, with nothing left registered.',
  'If regctl itself is killed (kill -9), CMD keeps running unregistered: the instance turns critical after --ttl '
    + '(and is removed after --deregister-critical-after, if given). Progress lines go to stderr, prefixed "regctl:"; '
    + "stdout is CMD's alone.",
].join('\n\n');

async function run(ctx: Context, name: string, argv: string[], f: RunFlags): Promise<number> {
  return new ServiceRun(ctx, runOptions(name, argv, f, ctx.command)).run();
}

export function addServiceRunCommand(service: Command): void {
  examples(service.command('run').argument('<name>', 'the service name').argument('[cmd...]', 'after "--": the program to run and its arguments')
    .usage('[options] NAME -- CMD [ARGS...]')
    .summary('runs CMD as an instance of NAME: registered while it runs, deregistered when it ends')
    .description(RUN_DESCRIPTION)
    .option('--port <port>', 'the port CMD listens on (required)')
    .option('--address <address>', 'the address callers reach CMD at', '127.0.0.1')
    .option('--id <id>', 'the instance id (default: NAME-HOST-PORT, so a restart replaces the previous run)')
    .option('--ttl <duration>', 'the TTL check: critical when regctl has not reported for this long (reports every ttl/3)', durationText(SERVICE_RUN_DEFAULT_TTL_MS))
    .option('--tag <tag>', 'a tag (repeatable)', collect)
    .option('--meta <key=value>', 'a meta pair (repeatable)', collect)
    .option('--ready <when>', `when the instance turns passing: ${READY_WHEN.join(' or ')}`, 'listening')
    .option('--kill-after <duration>', 'after passing on a signal, SIGKILL CMD if it has not exited within this long', durationText(SERVICE_RUN_KILL_AFTER_MS))
    .option('--deregister-critical-after <duration>', 'the registry removes the instance once it has been critical this long (default: never)')
    .action(action(run)), [
    'regctl service run web --port 8080 -- python3 -m http.server 8080',
    'regctl service run api --port 3000 --tag v2 --meta zone=eu-1 -- node server.js',
    'regctl service run worker --port 9100 --ready started --ttl 30s -- ./worker --metrics-port 9100',
  ]);
}
