// Prometheus' own linter for the /metrics text: `promtool check metrics`
// (Debian's prometheus package, installed by .ci/run). It refuses, among
// others, a gauge named like a counter (`_total`) and a counter without it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const PROMTOOL = '/usr/bin/promtool';
export const havePromtool = existsSync(PROMTOOL);
if (!havePromtool && process.env['REGD_REQUIRE_PROMTOOL'] === '1') {
  throw new Error(`${PROMTOOL} is required (install Debian's prometheus)`);
}

/** What `promtool check metrics` says about `text`: its exit code and everything it printed (nothing when all is well). */
export function checkMetrics(text: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(PROMTOOL, ['check', 'metrics'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, output }));
    p.stdin.end(text);
  });
}
