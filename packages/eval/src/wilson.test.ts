import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson.js';

describe('wilsonInterval', () => {
  it('matches a known value', () => {
    const p = wilsonInterval(8, 10);
    expect(p.rate).toBe(0.8);
    expect(p.low).toBeCloseTo(0.4902, 3);
    expect(p.high).toBeCloseTo(0.9433, 3);
  });

  it('always brackets the observed rate inside [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 10_000 }).chain((n) => fc.tuple(fc.nat({ max: n }), fc.constant(n))),
        ([k, n]) => {
          const p = wilsonInterval(k, n);
          expect(p.low).toBeGreaterThanOrEqual(0);
          expect(p.high).toBeLessThanOrEqual(1);
          if (n > 0) {
            expect(p.low).toBeLessThanOrEqual(p.rate + 1e-12);
            expect(p.high).toBeGreaterThanOrEqual(p.rate - 1e-12);
          }
        },
      ),
    );
  });

  it('refuses impossible counts', () => {
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
  });
});
