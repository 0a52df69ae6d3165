// cli/output.ts: tables fitted to a width, truncation that keeps colour codes
// balanced, colour only on a TTY and never with NO_COLOR or TERM=dumb, JSON
// with 64-bit ids as strings.
import { describe, expect, it } from 'vitest';
import { fitWidths, Output, renderTable, toJsonText, truncate, visibleWidth, type Stream } from '../../cli/output.js';
import { parseDurationMs, parseId, parsePairs } from '../../cli/parse.js';
import { EXIT_INVALID_INPUT, EXIT_REQUEST_FAILED, EXIT_UNREACHABLE, failureOf, UsageError } from '../../cli/exit.js';
import { NotFoundError, StatusCode, UnavailableError, UnknownOutcomeError } from '../../src/client/index.js';

function sink(isTTY: boolean, columns?: number): Stream & { text: string } {
  const s = { text: '', isTTY, columns, write(t: string) { s.text += t; return true; } };
  return s;
}

describe('tables', () => {
  it('keep their natural widths when they fit or no width is known', () => {
    expect(fitWidths([3, 10, 4], undefined)).toEqual([3, 10, 4]);
    expect(fitWidths([3, 10, 4], 80)).toEqual([3, 10, 4]);
  });

  it('take space from the widest column first, never below the minimum', () => {
    // frame = 3 * 3 + 1 = 10; 3 + 40 + 20 + 10 = 73 > 50: 23 columns come off, the widest first
    // (40 down to 20, then the two 20s in turn).
    expect(fitWidths([3, 40, 20], 50)).toEqual([3, 18, 19]);
    expect(fitWidths([30, 30], 10)).toEqual([6, 6]);
  });

  it('render every line within the width, cutting with an ellipsis', () => {
    const t = renderTable(['id', 'output'], [['web-1', 'x'.repeat(100)]], 40);
    for (const l of t.trimEnd().split('\n')) expect(visibleWidth(l)).toBe(40);
    expect(t).toContain('x…');
    expect(t.split('\n')[1]).toBe(`| ID    | ${'OUTPUT'.padEnd(40 - 7 - 5)} |`);
  });

  it('cut coloured text without leaving the colour on', () => {
    const red = '\u001b[31mcritical\u001b[0m';
    expect(visibleWidth(red)).toBe(8);
    expect(truncate(red, 5)).toBe('\u001b[31mcrit…\u001b[0m');
  });
});

describe('colour', () => {
  it('only on a TTY, never with NO_COLOR or TERM=dumb', () => {
    expect(new Output('simple', sink(true), sink(false), {}).status('passing')).toBe('\u001b[32mpassing\u001b[0m');
    expect(new Output('simple', sink(false), sink(false), {}).status('passing')).toBe('passing');
    expect(new Output('simple', sink(true), sink(false), { NO_COLOR: '1' }).status('critical')).toBe('critical');
    expect(new Output('simple', sink(true), sink(false), { TERM: 'dumb' }).status('warning')).toBe('warning');
  });

  it('tables fit the terminal on a TTY', () => {
    const out = sink(true, 30);
    new Output('table', out, sink(false), {}).table(['key', 'value'], [['k', 'v'.repeat(60)]]);
    for (const l of out.text.trimEnd().split('\n')) expect(visibleWidth(l)).toBeLessThanOrEqual(30);
  });
});

describe('json and flag values', () => {
  it('prints 64-bit ids as strings, exactly', () => {
    expect(toJsonText({ id: 18446744073709551615n, n: 1, gone: undefined })).toBe('{"id":"18446744073709551615","n":1}');
  });

  it('parses durations as etcdctl and consul write them', () => {
    expect(parseDurationMs('--ttl', '10s')).toBe(10_000);
    expect(parseDurationMs('--ttl', '1m30s')).toBe(90_000);
    expect(parseDurationMs('--ttl', '250ms')).toBe(250);
    expect(parseDurationMs('--ttl', '1.5s')).toBe(1500);
    for (const bad of ['10', '', 's', '10 s', '-1s', '1d']) expect(() => parseDurationMs('--ttl', bad), bad).toThrow(UsageError);
    expect(() => parseDurationMs('--ttl', 'soon')).toThrow('--ttl "soon": want a duration such as 500ms, 10s, 1m or 1m30s');
  });

  it('parses ids in hex (as etcdctl prints them) and K=V pairs', () => {
    expect(parseId('member', '8e9e05c52164694d')).toBe(0x8e9e05c52164694dn);
    expect(parseId('member', '0x10')).toBe(16n);
    expect(() => parseId('member', '1ffffffffffffffff')).toThrow(UsageError);
    expect(() => parseId('member', 'xyz')).toThrow(UsageError);
    expect(parsePairs('--meta', ['a=1', 'b=x=y', 'c='])).toEqual({ a: '1', b: 'x=y', c: '' });
    expect(() => parsePairs('--meta', ['a=1', 'a=2'])).toThrow('key "a" given twice');
    expect(() => parsePairs('--meta', ['=1'])).toThrow(UsageError);
  });
});

describe('exit codes', () => {
  it('2 only when no member could be talked to; 1 when a member answered', () => {
    const unavailable = (details: string) => failureOf(new UnavailableError(StatusCode.UNAVAILABLE, details)).exitCode;
    expect(unavailable('no endpoint reachable within 2000 ms (127.0.0.1:1: Failed to connect before the deadline)')).toBe(EXIT_UNREACHABLE);
    expect(unavailable('No connection established. Last error: connect ECONNREFUSED 127.0.0.1:2379')).toBe(EXIT_UNREACHABLE);
    expect(unavailable('etcdserver: no leader')).toBe(EXIT_REQUEST_FAILED);
    expect(unavailable('registry: the leader has not published its client address yet')).toBe(EXIT_REQUEST_FAILED);
  });

  it('names the server message and the gRPC code in one line', () => {
    expect(failureOf(new NotFoundError(StatusCode.NOT_FOUND, 'registry: instance web/x not found'))).toEqual({
      exitCode: EXIT_REQUEST_FAILED, message: 'Error: registry: instance web/x not found (NOT_FOUND)',
    });
    const unknown = failureOf(new UnknownOutcomeError(new UnavailableError(StatusCode.UNAVAILABLE, 'etcdserver: request timed out')));
    expect(unknown.message).toBe('Error: etcdserver: request timed out (UNAVAILABLE) (the outcome is unknown: it may have been applied)');
    expect(failureOf(new UsageError('--port 0: want a number from 1 to 65535')).exitCode).toBe(EXIT_INVALID_INPUT);
  });
});
