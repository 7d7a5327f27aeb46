import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHistogram } from './histogram.js';

describe('createHistogram', () => {
  it('gives the same nearest-rank quantiles and summary as sorting every value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          const histogram = createHistogram();
          for (const value of values) histogram.add(value);
          const sorted = [...values].sort((a, b) => a - b);
          const rank = Math.max(1, Math.ceil(p * values.length));
          expect(histogram.quantile(p)).toBe(sorted[rank - 1]);
          const summary = histogram.summary();
          expect(summary.min).toBe(sorted[0]);
          expect(summary.max).toBe(sorted.at(-1));
          expect(summary.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length);
        },
      ),
    );
  });

  it('summarises nothing as zeros', () => {
    expect(createHistogram().summary()).toEqual({ count: 0, mean: 0, min: 0, max: 0 });
    expect(createHistogram().quantile(0.5)).toBe(0);
  });
});
