// The HTTP check, as Consul runs it: GET the target; a 2xx answer is passing,
// 429 Too Many Requests is warning, any other answer, a connection error or
// the timeout is critical.
//
// The output is `HTTP GET <url>: <code> <reason>`, then ` Output: ` and the
// start of the body when there is one (Consul's form), cut to
// MAX_CHECK_OUTPUT_BYTES. Only that many bytes of the body are read; the
// response is then destroyed, so a huge body costs one buffer.
//
// Redirects are followed as Consul follows them (Go's http.Client: 301, 302,
// 303, 307, 308 with a Location, at most MAX_HTTP_REDIRECTS hops, each a GET,
// http or https only); the status reported is the last answer's and
// `timeoutMs` covers the whole chain, body included. Every request uses a
// fresh connection (no keep-alive, as Consul), so a check never fails on a
// connection the server dropped while idle.

import http from 'node:http';
import https from 'node:https';
import { MAX_CHECK_OUTPUT_BYTES, truncateCheckOutput } from './check.js';
import type { CheckResult } from './check-state.js';
import type { ActiveCheckSpec } from './active-checks.js';

/** Redirects followed at most in one run (Go's http.Client default, which Consul uses). */
export const MAX_HTTP_REDIRECTS = 10;

export const HTTP_CHECK_USER_AGENT = 'regd (health check)';
const HTTP_CHECK_ACCEPT = 'text/plain, text/*, */*';

const REDIRECT_CODES = new Set([301, 302, 303, 307, 308]);

/** One answer: its status line and the first MAX_CHECK_OUTPUT_BYTES bytes of its body. */
interface Answer {
  code: number;
  reason: string;
  body: string;
  location: string | undefined;
}

/** Runs an HTTP check once. Never throws. */
export async function probeHttp(spec: ActiveCheckSpec, signal: AbortSignal): Promise<CheckResult> {
  const head = `HTTP GET ${spec.target}`;
  const run = new AbortController();
  const onAbort = (): void => run.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  if (signal.aborted) run.abort();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    run.abort();
  }, spec.timeoutMs);
  try {
    let url = spec.target;
    for (let hops = 0; ; hops++) {
      const answer = await get(url, run.signal);
      if (answer.location === undefined || !REDIRECT_CODES.has(answer.code)) return resultOf(head, answer);
      if (hops === MAX_HTTP_REDIRECTS) return critical(`${head}: stopped after ${MAX_HTTP_REDIRECTS} redirects`);
      url = new URL(answer.location, url).href;
    }
  } catch (err) {
    if (timedOut) return critical(`${head}: timed out after ${spec.timeoutMs} ms`);
    if (signal.aborted) return critical(`${head}: aborted`);
    return critical(`${head}: ${errorText(err)}`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

function resultOf(head: string, a: Answer): CheckResult {
  const line = `${head}: ${a.code} ${a.reason}`.trimEnd();
  const output = truncateCheckOutput(a.body === '' ? line : `${line} Output: ${a.body}`);
  if (a.code >= 200 && a.code <= 299) return { status: 'passing', output };
  if (a.code === 429) return { status: 'warning', output };
  return { status: 'critical', output };
}

function critical(output: string): CheckResult {
  return { status: 'critical', output: truncateCheckOutput(output) };
}

function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as NodeJS.ErrnoException).code;
  return code !== undefined && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
}

/** One GET: resolves once the headers and at most MAX_CHECK_OUTPUT_BYTES of body are in. */
function get(url: string, signal: AbortSignal): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      reject(new Error(`invalid URL ${JSON.stringify(url)}`));
      return;
    }
    const lib = target.protocol === 'http:' ? http : target.protocol === 'https:' ? https : undefined;
    if (lib === undefined) {
      reject(new Error(`unsupported protocol ${target.protocol} in ${url}`));
      return;
    }
    const req = lib.request(target, {
      method: 'GET',
      agent: false,
      signal,
      headers: { 'User-Agent': HTTP_CHECK_USER_AGENT, Accept: HTTP_CHECK_ACCEPT, Connection: 'close' },
    });
    req.on('error', reject);
    req.once('response', (res) => {
      const code = res.statusCode ?? 0;
      const reason = res.statusMessage ?? '';
      const location = res.headers.location;
      if (location !== undefined && REDIRECT_CODES.has(code)) {
        res.destroy();
        resolve({ code, reason, body: '', location });
        return;
      }
      const decoder = new TextDecoder('utf-8');
      let body = '';
      let bytes = 0;
      const finish = (): void => {
        res.removeAllListeners('data');
        resolve({ code, reason, body, location: undefined });
      };
      res.on('data', (chunk: Buffer) => {
        const take = Math.min(chunk.length, MAX_CHECK_OUTPUT_BYTES - bytes);
        // stream: an incomplete character at the end of the slice is left out, never mangled.
        body += decoder.decode(chunk.subarray(0, take), { stream: true });
        bytes += take;
        if (bytes >= MAX_CHECK_OUTPUT_BYTES) {
          res.destroy();
          finish();
        }
      });
      res.once('end', finish);
      // The status decides, as in Consul: a body cut short (timeout, reset) keeps what was read.
      res.on('error', finish);
      res.once('close', finish);
    });
    req.end();
  });
}
