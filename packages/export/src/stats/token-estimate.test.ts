import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTokens } from './token-estimate.js';

/** The rule as tokenEstimator states it, by regular expressions: slow and plain. */
function reference(text: string): number {
  let tokens = 0;
  for (const [run] of text.matchAll(/[A-Za-z]+|[0-9]+|[ \t]+|[\n\r]+|[^A-Za-z0-9 \t\n\r]/g)) {
    if (/^[A-Za-z]/.test(run)) tokens += Math.ceil(run.length / 4);
    else if (/^[0-9]/.test(run)) tokens += Math.ceil(run.length / 3);
    else if (/^[\n\r]/.test(run)) tokens += 1;
    else if (!/^[ \t]/.test(run)) tokens += 1;
  }
  return tokens;
}

// Text made of every class, ASCII symbols and non-ASCII units included, in
// runs long enough to cross the 3- and 4-character boundaries.
const classText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'a',
        'Z',
        'q',
        '0',
        '7',
        ' ',
        '\t',
        '\n',
        '\r',
        '{',
        '"',
        '~',
        '\u007f',
        'é',
        '😀',
        '\ud800',
      ),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('estimateTokens', () => {
  it('counts exactly as the stated rule', () => {
    fc.assert(
      fc.property(classText, (text) => {
        expect(estimateTokens(text)).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('never exceeds the character count and never goes up when text is joined', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(estimateTokens(a)).toBeLessThanOrEqual(a.length);
        expect(estimateTokens(a + b)).toBeLessThanOrEqual(estimateTokens(a) + estimateTokens(b));
      }),
    );
  });

  it('counts English near 4 letters a token and JSON punctuation one by one', () => {
    expect(estimateTokens('Open the settings app')).toBe(5);
    expect(estimateTokens('{"x":0.5}')).toBe(9);
  });
});
