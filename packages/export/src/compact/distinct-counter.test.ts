import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash53 } from '../stats/hash.js';
import { DistinctCounter } from './distinct-counter.js';

/** `count` distinct hashes, as the stats see screens. */
function hashes(count: number, salt: string): number[] {
  return Array.from({ length: count }, (_, i) => hash53(`${salt}/${i}`));
}

describe('DistinctCounter', () => {
  it('counts exactly, like a Set of 48-bit fingerprints, up to its limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.maxSafeNat(), fc.nat({ max: 40 })), { maxLength: 400 }),
        fc.integer({ min: 1, max: 500 }),
        (values, exactLimit) => {
          const counter = new DistinctCounter({ exactLimit });
          for (const value of values) counter.add(value);
          const model = new Set(values.map((value) => value % 2 ** 48));
          expect(counter.exact).toBe(model.size <= exactLimit);
          if (counter.exact) expect(counter.size).toBe(model.size);
        },
      ),
    );
  });

  it('estimates within 2% past its limit, counting each value once however often it comes', () => {
    for (const [count, salt] of [
      [20_000, 'screens'],
      [150_000, 'taps'],
      [600_000, 'requests'],
    ] as const) {
      const values = hashes(count, salt);
      const counter = new DistinctCounter({ exactLimit: 10_000 });
      for (const value of values) counter.add(value);
      expect(counter.exact).toBe(false);
      const once = counter.size;
      expect(Math.abs(once - count) / count).toBeLessThan(0.02);
      // Values seen before (on either side of the switch) change nothing.
      for (const value of values.slice(0, 50_000)) counter.add(value);
      expect(counter.size).toBe(once);
    }
  });

  it('gives the same estimate whether values came before or after the switch', () => {
    const values = hashes(40_000, 'order');
    const early = new DistinctCounter({ exactLimit: 1_000 });
    const late = new DistinctCounter({ exactLimit: 30_000 });
    for (const value of values) early.add(value);
    for (const value of values) late.add(value);
    expect([early.exact, late.exact]).toEqual([false, false]);
    expect(early.size).toBe(late.size);
  });

  it('refuses values that are not 53-bit naturals, before and after the switch', () => {
    const counter = new DistinctCounter({ exactLimit: 2 });
    expect(() => counter.add(-1)).toThrow(RangeError);
    for (const value of [1, 2, 3]) counter.add(value);
    expect(counter.exact).toBe(false);
    expect(() => counter.add(2 ** 53)).toThrow(RangeError);
  });
});
