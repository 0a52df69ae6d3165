// Parsers for flag values. Each throws UsageError naming the flag and what it wants.

import { UsageError } from './exit.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go-style durations as etcdctl and consul take them: `500ms`, `10s`, `1m30s`, `2h`. */
export function parseDurationMs(flag: string, text: string): number {
  const s = text.trim();
  if (s === '0') return 0;
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    total += Number(m[1]) * UNIT_MS[m[2]!]!;
    matched = re.lastIndex;
  }
  if (s === '' || matched !== s.length) {
    throw new UsageError(`${flag} "${text}": want a duration such as 500ms, 10s, 1m or 1m30s`);
  }
  return Math.round(total);
}

/** A whole number in [min, max]. */
export function parseInteger(flag: string, text: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^-?\d+$/.test(text.trim())) throw new UsageError(`${flag} "${text}": want a whole number`);
  const n = Number(text);
  if (n < min || n > max) throw new UsageError(`${flag} ${text}: want a number from ${min} to ${max}`);
  return n;
}

/** A TCP port, 1..65535. */
export function parsePort(flag: string, text: string): number {
  return parseInteger(flag, text, 1, 65_535);
}

/** A 64-bit id in decimal or hex (etcdctl prints member ids in hex, lease ids in hex). */
export function parseId(what: string, text: string, { hex = true }: { hex?: boolean } = {}): bigint {
  const s = text.trim();
  try {
    if (/^0x[0-9a-f]+$/i.test(s)) return checkU64(what, BigInt(s));
    if (hex && /^[0-9a-f]+$/i.test(s)) return checkU64(what, BigInt(`0x${s}`));
    if (/^\d+$/.test(s)) return checkU64(what, BigInt(s));
  } catch (e) {
    if (e instanceof UsageError) throw e;
  }
  throw new UsageError(`${what} "${text}": want an id in ${hex ? 'hex' : 'decimal'}`);
}

function checkU64(what: string, v: bigint): bigint {
  if (v < 0n || v >= 1n << 64n) throw new UsageError(`${what} ${v}: out of range for a 64-bit id`);
  return v;
}

/** `K=V` pairs (repeatable flags); a key may not repeat. */
export function parsePairs(flag: string, items: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new UsageError(`${flag} "${item}": want KEY=VALUE`);
    const k = item.slice(0, eq);
    if (Object.prototype.hasOwnProperty.call(out, k)) throw new UsageError(`${flag}: key "${k}" given twice`);
    out[k] = item.slice(eq + 1);
  }
  return out;
}

/** `host:port` (an IPv6 host in brackets). */
export function parseHostPort(flag: string, text: string): { host: string; port: number } {
  const m = /^(\[[^\]]+\]|[^:/\s]+):(\d{1,5})$/.exec(text.trim());
  if (m === null) throw new UsageError(`${flag} "${text}": want HOST:PORT`);
  return { host: m[1]!, port: parsePort(flag, m[2]!) };
}

/** Collects a repeatable flag's values (commander's argParser). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** One of a fixed set of words. */
export function parseChoice<T extends string>(what: string, text: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(text)) return text as T;
  const want = choices.length === 1 ? choices[0] : `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
  throw new UsageError(`${what} "${text}": want ${want}`);
}

/** Service names, instance ids and check ids as the registry takes them (consul's service names). */
const REGISTRY_NAME_PATTERN = /^[A-Za-z0-9._-]+$/;
export const MAX_REGISTRY_NAME_BYTES = 128;
/** A host name or an IP literal (IPv6 with an optional zone), as the registry takes it. */
const ADDRESS_PATTERN = /^[A-Za-z0-9._:%[\]-]+$/;

/** A service name, instance id or check id. */
export function parseRegistryName(what: string, text: string): string {
  if (text === '' || Buffer.byteLength(text) > MAX_REGISTRY_NAME_BYTES || !REGISTRY_NAME_PATTERN.test(text)) {
    throw new UsageError(`${what} "${text}": want letters, digits, '.', '_' and '-' (at most ${MAX_REGISTRY_NAME_BYTES} bytes)`);
  }
  return text;
}

/** An instance's address: a host name or an IP address. */
export function parseAddress(text: string): string {
  if (text === '' || !ADDRESS_PATTERN.test(text)) throw new UsageError(`--address "${text}": want a host name or an IP address`);
  return text;
}

/** `10s`, `1m30s`, `500ms`: a duration as the flags take it. */
export function durationText(ms: number): string {
  if (ms % 1000 !== 0) return `${ms}ms`;
  const s = ms / 1000;
  if (s < 60) return `${s}s`;
  return s % 60 === 0 ? `${s / 60}m` : `${Math.floor(s / 60)}m${s % 60}s`;
}
