// UTF-8 sizes without an encoder, against the runtime's TextEncoder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CHECK_OUTPUT_BYTES, truncateCheckOutput } from '../../src/health/check.js';
import { utf8ByteLength, utf8Prefix } from '../../src/health/utf8.js';

const enc = new TextEncoder();

describe('utf8', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['\ud800', 3], // a lone surrogate is written as U+FFFD
  ])('byte length of %j is %i', (s, n) => {
    expect(utf8ByteLength(s)).toBe(n);
    expect(enc.encode(s).length).toBe(n);
  });

  it('agrees with TextEncoder; a prefix fits and never splits a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 0, max: 300 }), (s, max) => {
        expect(utf8ByteLength(s)).toBe(enc.encode(s).length);
        const p = utf8Prefix(s, max);
        expect(s.startsWith(p)).toBe(true);
        expect(utf8ByteLength(p)).toBeLessThanOrEqual(max);
        // The next character would not have fitted.
        if (p.length < s.length) {
          const next = String.fromCodePoint(s.codePointAt(p.length)!);
          expect(utf8ByteLength(p) + utf8ByteLength(next)).toBeGreaterThan(max);
        }
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('check output keeps its first MAX_CHECK_OUTPUT_BYTES bytes', () => {
    expect(truncateCheckOutput('ok')).toBe('ok');
    const long = 'é'.repeat(MAX_CHECK_OUTPUT_BYTES);
    const cut = truncateCheckOutput(long);
    expect(utf8ByteLength(cut)).toBe(MAX_CHECK_OUTPUT_BYTES);
    expect(truncateCheckOutput('x'.repeat(MAX_CHECK_OUTPUT_BYTES + 1))).toHaveLength(MAX_CHECK_OUTPUT_BYTES);
    expect(truncateCheckOutput('x'.repeat(MAX_CHECK_OUTPUT_BYTES))).toHaveLength(MAX_CHECK_OUTPUT_BYTES);
  });
});
