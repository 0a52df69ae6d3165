// UTF-8 sizes of strings, computed without an encoder so the pure health and
// registry modules need nothing from the runtime. Their limits are in bytes.

/** The UTF-8 length of `s`. A lone surrogate counts as U+FFFD (3 bytes), as an encoder writes it. */
export function utf8ByteLength(s: string): number {
  let bytes = 0;
  for (const ch of s) bytes += codePointBytes(ch.codePointAt(0)!);
  return bytes;
}

/** The longest prefix of `s` that fits in `maxBytes` of UTF-8, never splitting a character. */
export function utf8Prefix(s: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of s) {
    const n = codePointBytes(ch.codePointAt(0)!);
    if (bytes + n > maxBytes) break;
    bytes += n;
    end += ch.length;
  }
  return s.slice(0, end);
}

function codePointBytes(cp: number): number {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3; // includes lone surrogates, written as U+FFFD
  return 4;
}
