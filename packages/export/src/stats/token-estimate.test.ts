import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTokens } from './token-estimate.js';

describe('estimateTokens', () => {
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
