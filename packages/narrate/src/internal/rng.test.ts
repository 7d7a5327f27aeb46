import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNarrateRng, hashSeed } from './rng.js';

describe('createNarrateRng', () => {
  it('is a pure function of its seed parts', () => {
    fc.assert(
      fc.property(fc.integer(), fc.string(), (seed, label) => {
        const a = createNarrateRng(seed, label);
        const b = createNarrateRng(seed, label);
        for (let i = 0; i < 5; i += 1) expect(a.int(0, 1000)).toBe(b.int(0, 1000));
      }),
    );
  });

  it('separates purposes: another label gives another stream', () => {
    expect(hashSeed(1, 'request')).not.toBe(hashSeed(1, 'answer'));
  });

  it('draws weighted keys in proportion and never a zero weight', () => {
    const rng = createNarrateRng(7);
    const tally = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 4000; i += 1) tally[rng.weighted({ a: 3, b: 1, c: 0 })] += 1;
    expect(tally.c).toBe(0);
    expect(tally.a / tally.b).toBeGreaterThan(2.4);
    expect(tally.a / tally.b).toBeLessThan(3.7);
  });

  it('keeps ints in range and refuses an empty pick', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (min, span) => {
          const value = createNarrateRng(min, span).int(min, min + span);
          expect(value).toBeGreaterThanOrEqual(min);
          expect(value).toBeLessThanOrEqual(min + span);
        },
      ),
    );
    expect(() => createNarrateRng(1).pick([])).toThrow(RangeError);
  });
});
