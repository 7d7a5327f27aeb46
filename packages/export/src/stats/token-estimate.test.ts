import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTokens } from './token-estimate.js';

/** The rule as tokenEstimator states it, by regular expressions: slow and plain. */
function reference(text: string): number {
  let tokens = 0;
  let symbols = 0;
  for (const [run] of text.matchAll(/[A-Za-z]+|[0-9]+|[ \t\n\r]+|[\u0080-\uffff]+|[\s\S]/g)) {
    if (/^[A-Za-z]/.test(run))
      tokens +=
        run.length <= 24
          ? 1 + Math.floor(run.length / 8)
          : 3 + 1 + Math.ceil((run.length - 24) / 2);
    else if (/^[0-9]/.test(run)) tokens += 2 * Math.ceil(run.length / 3);
    else if (/^[\u0080-\uffff]/.test(run)) tokens += run.length;
    else if (!/^[ \t\n\r]/.test(run)) symbols += 1;
  }
  return tokens + Math.ceil((symbols * 3) / 4);
}

// Text made of every class, ASCII symbols and non-ASCII units included, in
// runs long enough to cross the 3-, 8- and 24-character boundaries.
const classText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'a',
        'Z',
        'q',
        'abcdefghijklm',
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

  it('never goes up when text is joined', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(estimateTokens(a + b)).toBeLessThanOrEqual(estimateTokens(a) + estimateTokens(b));
      }),
    );
  });

  it('counts a word a token, a long word two, a number group two, a symbol 3/4', () => {
    expect(estimateTokens('Open the settings app')).toBe(1 + 1 + 2 + 1);
    expect(estimateTokens('internationalization')).toBe(3);
    expect(estimateTokens('q'.repeat(30))).toBe(4 + 3);
    // x is a word, 0 and 5 are number groups, and { " " : . } six symbols: 4.5, rounded up.
    expect(estimateTokens('{"x":0.5}')).toBe(1 + 2 + 2 + 5);
    expect(estimateTokens('é日本')).toBe(3);
  });
});
