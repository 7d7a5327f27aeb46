import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countNamed, countWhole } from './claims.js';

/** countNamed as it was: one pattern per number, with the number inside it. */
function countNamedBefore(text: string, needle: string): number {
  const whole = countWhole(text, needle);
  if (!/^\d+(?:\.\d+)?$/.test(needle)) return whole;
  const escaped = needle.replace('.', '\\.');
  const withUnit = new RegExp(
    `(?<![\\p{L}\\p{N}_.])${escaped}(?:h|hr|hrs|min|mins|m|s|sec|secs|ms|d|px|pt|x|k|kb|mb|gb)(?![\\p{L}\\p{N}_])`,
    'giu',
  );
  return whole + (text.match(withUnit)?.length ?? 0);
}

/** Text dense in what the count looks at: numbers, units in any case, word edges, astral letters. */
const text = fc
  .array(
    fc.constantFrom(
      '48',
      '4',
      '8',
      '0.5',
      '.',
      '_',
      ' ',
      'h',
      'H',
      'hrs',
      'min',
      'K',
      '\u212a',
      'ſ',
      'ms',
      'kb',
      'x',
      'a',
      'é',
      '𝐀',
      '١',
      '(',
      '-',
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

const needle = fc.constantFrom('48', '4', '8', '0.5', '5', '0', 'h', 'min', '4.8');

describe('countNamed', () => {
  it('counts what the pattern with the number inside it counted', () => {
    fc.assert(
      fc.property(text, needle, (t, n) => {
        expect(countNamed(t, n)).toBe(countNamedBefore(t, n));
      }),
      { numRuns: 20_000 },
    );
  });
});
