import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanInterval } from './mean-interval.js';

describe('meanInterval', () => {
  it('gives the textbook t interval', () => {
    // mean 5, s = sqrt(2.5), n = 5, t(4) = 2.776 -> half-width 1.963
    const m = meanInterval([3, 4, 5, 6, 7]);
    expect(m.mean).toBe(5);
    expect(m.high - m.mean).toBeCloseTo(1.963, 3);
    expect(m.mean - m.low).toBeCloseTo(1.963, 3);
  });

  it('brackets the mean, and narrows with more of the same data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 2, maxLength: 60 }),
        (xs) => {
          const m = meanInterval(xs);
          expect(m.low).toBeLessThanOrEqual(m.mean);
          expect(m.high).toBeGreaterThanOrEqual(m.mean);
          const more = meanInterval([...xs, ...xs, ...xs, ...xs]);
          expect(more.mean).toBeCloseTo(m.mean, 9);
          expect(more.high - more.low).toBeLessThanOrEqual(m.high - m.low + 1e-9);
        },
      ),
    );
  });

  it('is zero-width for constant data, one value or none', () => {
    expect(meanInterval([2, 2, 2])).toEqual({ mean: 2, low: 2, high: 2, n: 3 });
    expect(meanInterval([4])).toEqual({ mean: 4, low: 4, high: 4, n: 1 });
    expect(meanInterval([])).toEqual({ mean: 0, low: 0, high: 0, n: 0 });
  });
});
