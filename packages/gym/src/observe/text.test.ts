import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixed3 } from './text.js';

/** What fixed3 prints, without its table. */
const formula = (value: number): string => (Math.round(value * 1000) / 1000).toFixed(3);

describe('fixed3', () => {
  it('prints what the formula prints, from the table or past its ends, read once or many times', () => {
    const value = fc.oneof(
      fc.double({ noNaN: false }),
      fc.double({ min: -1, max: 5 }),
      fc.integer({ min: -5000, max: 5000 }).map((n) => n / 1000),
      fc.integer({ min: -5000, max: 5000 }).map((n) => n / 1000 + 0.0005),
      fc.constantFrom(0, -0, -0.0004, 4.0955, 4.0954, 4.096, Number.NaN, Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(fixed3(v)).toBe(formula(v));
        expect(fixed3(v)).toBe(formula(v));
      }),
      { numRuns: 20_000 },
    );
  });
});
