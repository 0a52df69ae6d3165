// `regctl service watch` (and the commands that run a program) in a real terminal: tmux runs it in a 120x30 pane
// while instances come, change status and go; the test reads the screen as a
// person would (tmux capture-pane) and ends the watch with Ctrl-C, which must
// exit 0. Skipped only when tmux is not installed (unless REGD_REQUIRE_TMUX=1, as in CI).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from '../integration/harness/local-cluster.js';
import { waitFor } from '../integration/harness/wait-for.js';
import { hasCommand, REGCTL, regctlOk } from './harness.js';

const run = promisify(execFile);

/** Whether the tests run: tmux is installed, or CI demands them (REGD_REQUIRE_TMUX=1: a missing tmux then fails them). */
function runTmuxTests(): boolean {
  return process.env.REGD_REQUIRE_TMUX === '1' || hasCommand('tmux', ['-V']);
}

/** How long the screen may take to show a change (a loaded two-core machine). */
const SCREEN_TIMEOUT_MS = 30_000;
const SOCKET = `regctl-watch-${process.pid}-${Date.now()}`;

async function tmux(...args: string[]): Promise<string> {
  return (await run('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args])).stdout;
}

async function screen(session: string): Promise<string> {
  return tmux('capture-pane', '-p', '-t', session);
}

/** Waits until the screen of `session` matches `re`; fails with the screen as it was. */
async function waitForScreen(what: string, re: RegExp, session = 'watch'): Promise<string> {
  let last = '';
  try {
    return await waitFor(what, async () => {
      last = await screen(session);
      return re.test(last) ? last : undefined;
    }, { timeoutMs: SCREEN_TIMEOUT_MS, intervalMs: 100 });
  } catch (err) {
    throw new Error(`${(err as Error).message}\nthe screen:\n${last}`);
  }
}

/**
 * Runs `regctl args…` in a new 120x30 pane named `session`. bash runs it and then prints its exit
 * status on the screen: tmux 3.3 does not always collect the status of a pane's process for
 * #{pane_dead_status}. bash, like a login shell, gets the Ctrl-C too and goes on when regctl
 * exits by itself. remain-on-exit keeps the screen after that.
 */
async function startInTerminal(session: string, args: readonly string[]): Promise<void> {
  await tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '30');
  await tmux('set-option', '-t', session, 'remain-on-exit', 'on');
  await tmux('respawn-pane', '-k', '-t', session, 'bash', '-c', 'env -u NO_COLOR "$@"; echo "regctl exited with status $?"', 'bash', process.execPath, REGCTL, ...args);
}

/** Ctrl-C, then regctl's exit status once it ended. */
async function interrupt(session: string): Promise<number> {
  await tmux('send-keys', '-t', session, 'C-c');
  const shown = await waitForScreen('regctl to exit', /regctl exited with status \d+$/m, session);
  return Number(/regctl exited with status (\d+)$/m.exec(shown)![1]);
}

describe.skipIf(!runTmuxTests())('regctl service watch in a terminal (tmux)', () => {
  let cluster: LocalCluster;
  let ep: string[];

  beforeAll(async () => {
    cluster = await LocalCluster.start(3);
    await cluster.waitForHealthy();
    ep = cluster.endpoints();
  }, 60_000);

  afterAll(async () => {
    await tmux('kill-server').catch(() => undefined);
    await cluster?.stop();
  });

  it('shows instances coming, changing status and going, and exits 0 on Ctrl-C', async () => {
    await regctlOk(ep, ['service', 'register', 'web', '--id', 'web-0', '--address', '127.0.0.1', '--port', '8079', '--tag', 'v1']);

    await startInTerminal('watch', ['--endpoints', ep.join(','), 'service', 'watch', 'web']);

    // The current instances first, as `service show` prints them.
    await waitForScreen('the watch to start', /^watching web from revision \d+… \(Ctrl-C to stop\)\nweb-0 127\.0\.0\.1:8079 passing tags=v1$/m);

    await regctlOk(ep, ['service', 'register', 'web', '--id', 'web-1', '--address', '127.0.0.1', '--port', '8080', '--ttl', '1m']);
    await waitForScreen('web-1 coming (critical until its first report)', /^\d\d:\d\d:\d\d put web-1 127\.0\.0\.1:8080 critical$/m);

    await regctlOk(ep, ['check', 'pass', 'web', 'web-1', '--output', 'all good']);
    await waitForScreen('web-1 passing', /^\d\d:\d\d:\d\d put web-1 127\.0\.0\.1:8080 passing "all good"$/m);

    await regctlOk(ep, ['check', 'warn', 'web', 'web-1', '--output', 'disk 91% full']);
    await waitForScreen('web-1 warning', /^\d\d:\d\d:\d\d put web-1 127\.0\.0\.1:8080 warning "disk 91% full"$/m);

    await regctlOk(ep, ['service', 'maint', 'web', 'web-0', 'on', '--reason', 'upgrade']);
    await waitForScreen('web-0 in maintenance', /^\d\d:\d\d:\d\d put web-0 127\.0\.0\.1:8079 critical maintenance="upgrade"$/m);

    await regctlOk(ep, ['service', 'deregister', 'web', 'web-1']);
    const final = await waitForScreen('web-1 going', /^\d\d:\d\d:\d\d delete web-1 127\.0\.0\.1:8080$/m);
    // One line per change, in order, nothing else.
    const lines = final.split('\n').filter((l) => l.trim() !== '');
    expect(lines.map((l) => l.replace(/^\d\d:\d\d:\d\d /, 'T '))).toEqual([
      expect.stringMatching(/^watching web from revision \d+… \(Ctrl-C to stop\)$/),
      'web-0 127.0.0.1:8079 passing tags=v1',
      'T put web-1 127.0.0.1:8080 critical',
      'T put web-1 127.0.0.1:8080 passing "all good"',
      'T put web-1 127.0.0.1:8080 warning "disk 91% full"',
      'T put web-0 127.0.0.1:8079 critical maintenance="upgrade"',
      'T delete web-1 127.0.0.1:8080',
    ]);
    // On a terminal the statuses are in colour.
    expect(await tmux('capture-pane', '-p', '-e', '-t', 'watch')).toContain('\u001b[32mpassing');

    expect(await interrupt('watch')).toBe(0);
  });

  it('notes a broken stream once, and after reconnecting prints what changed meanwhile', async () => {
    const [first, ...others] = cluster.names;
    await regctlOk(ep, ['service', 'register', 'rc', '--id', 'rc-0', '--address', '127.0.0.1', '--port', '9000']);
    // Only the first member: the watch must wait for it to come back.
    await startInTerminal('reconnect', ['--endpoints', cluster.endpoint(first!), 'service', 'watch', 'rc']);
    await waitForScreen('the watch to start', /^watching rc from revision \d+….*\nrc-0 127\.0\.0\.1:9000 passing$/m, 'reconnect');

    await cluster.kill(first!);
    await waitForScreen('the break', /^watch stream broken \(.+\); reconnecting…$/m, 'reconnect');
    const rest = cluster.endpoints(others);
    await regctlOk(rest, ['service', 'register', 'rc', '--id', 'rc-1', '--address', '127.0.0.1', '--port', '9001']);
    await regctlOk(rest, ['service', 'deregister', 'rc', 'rc-0']);
    cluster.startNode(first!);
    const final = await waitForScreen('the changes after reconnecting',
      /^watch stream reconnected\n(\d\d:\d\d:\d\d (delete rc-0 127\.0\.0\.1:9000|put rc-1 127\.0\.0\.1:9001 passing)\n){2}/m, 'reconnect');
    expect(final.match(/watch stream broken/g)).toHaveLength(1);
    expect(await interrupt('reconnect')).toBe(0);
  });

  it('service run: Ctrl-C in the terminal reaches CMD once (the terminal gives it; regctl does not repeat it)', async () => {
    const fixture = resolve(import.meta.dirname, 'fixtures', 'service.ts');
    await startInTerminal('run', ['--endpoints', ep.join(','), 'service', 'run', 'tty-run', '--port', '9', '--id', 'tty-1', '--ready', 'started',
      '--kill-after', '2s', '--', process.execPath, '--import', 'tsx', fixture, '--ignore-signals']);
    await waitForScreen('the fixture started', /^fixture pid=\d+/m, 'run');
    await waitForScreen('tty-1 passing', /tty-1 is passing/, 'run');
    const status = await interrupt('run');
    const final = await screen('run');
    expect(final.match(/fixture got SIGINT$/gm), final).toHaveLength(1); // the line may follow the echoed ^C
    expect(final).toMatch(/SIGINT: .* got it from the terminal; SIGKILL in 2s/);
    expect(status, final).toBe(137); // it ignored SIGINT: SIGKILL after --kill-after
    expect(await regctlOk(ep, ['service', 'show', 'tty-run'])).toBe('');
  });

  it('lock -- CMD: Ctrl-C in the terminal ends CMD, its status is regctl\'s and the lock is released', async () => {
    const fixture = resolve(import.meta.dirname, 'fixtures', 'service.ts');
    await startInTerminal('lock', ['--endpoints', ep.join(','), 'lock', 'tty-lock', '--', process.execPath, '--import', 'tsx', fixture, '--signal-exit', '42']);
    await waitForScreen('the fixture started under the lock', /^fixture pid=\d+/m, 'lock');
    const status = await interrupt('lock');
    const final = await screen('lock');
    expect(final).toMatch(/fixture got SIGINT$/m);
    expect(status, final).toBe(42);
    expect(await regctlOk(ep, ['kv', 'get', 'tty-lock/', '--prefix', '--keys-only'])).toBe(''); // released
  });
});
