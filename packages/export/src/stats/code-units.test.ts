import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeUnits } from './code-units.js';
import { hash53 } from './hash.js';

/** cyrb53 read with charCodeAt, as hash53 was written. */
function hashBefore(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Strings of every representation V8 makes (built by concatenation, sliced,
 * flat, two-byte, with lone surrogates), short and past the native-copy
 * length, and now and then longer than the shared buffer.
 */
const text = fc
  .tuple(
    fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 12 }),
    fc.nat({ max: 5 }),
    fc.constantFrom(0, 0, 0, 20_000),
  )
  .map(([parts, cut, pad]) => {
    let joined = 'x'.repeat(pad);
    for (const part of parts) joined += part;
    return joined.slice(Math.min(cut, joined.length));
  });

describe('codeUnits', () => {
  it('holds the UTF-16 code units charCodeAt reads, for any string', () => {
    fc.assert(
      fc.property(text, (t) => {
        const units = codeUnits(t);
        const read = Array.from(units.subarray(0, t.length));
        expect(read).toEqual(Array.from({ length: t.length }, (_, i) => t.charCodeAt(i)));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves hash53 as it was with charCodeAt', () => {
    fc.assert(
      fc.property(text, fc.nat({ max: 3 }), (t, seed) => {
        expect(hash53(t, seed)).toBe(hashBefore(t, seed));
      }),
      { numRuns: 2000 },
    );
  });
});
