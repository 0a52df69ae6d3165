// The JSON shapes regctl prints for types several commands share. Every
// object here is built field by field: snake_case names, 64-bit ids and
// revisions as strings (JSON numbers lose precision past 2^53; ids in hex as
// etcdctl prints them, revisions and counts in decimal), keys and
// values as UTF-8 text, or as base64 in `key_base64` / `value_base64` when
// the bytes are not valid UTF-8.

import type { KeyValue, ResponseHeader } from '../src/client/index.js';
import type { JsonValue } from './output.js';

const strict = new TextDecoder('utf-8', { fatal: true });

/** `text` when `b` is valid UTF-8, else undefined. */
export function utf8(b: Uint8Array): string | undefined {
  try {
    return strict.decode(b);
  } catch {
    return undefined;
  }
}

/** `{ [name]: text }`, or `{ [name_base64]: … }` for bytes that are not UTF-8. */
export function bytesField(name: string, b: Uint8Array): Record<string, string> {
  const s = utf8(b);
  return s !== undefined ? { [name]: s } : { [`${name}_base64`]: Buffer.from(b).toString('base64') };
}

/** The bytes as a person reads them: UTF-8 text, or a quoted escape of the bytes that are not. */
export function bytesText(b: Uint8Array): string {
  return utf8(b) ?? JSON.stringify(Buffer.from(b).toString('latin1'));
}

/** A response header; the ids in hex like every id regctl prints (so they can be passed back as arguments). */
export function headerJson(h: ResponseHeader): JsonValue {
  return { cluster_id: hexId(h.clusterId), member_id: hexId(h.memberId), revision: h.revision, raft_term: h.raftTerm };
}

export function kvJson(kv: KeyValue, { keysOnly = false }: { keysOnly?: boolean } = {}): JsonValue {
  return {
    ...bytesField('key', kv.key),
    ...(keysOnly ? {} : bytesField('value', kv.value)),
    create_revision: kv.createRevision,
    mod_revision: kv.modRevision,
    version: kv.version,
    lease: kv.lease === 0n ? undefined : hexId(kv.lease),
  };
}

/** Ids as etcdctl prints them: lower-case hex without a prefix. */
export function hexId(id: bigint): string {
  return id.toString(16);
}
