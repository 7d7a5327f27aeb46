import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng.js';
import { depthIndex, pickByDepth } from './helpers.js';

describe('pickByDepth', () => {
  it('returns one of the options, for any depths', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 40 }),
        fc.integer(),
        (depths, seed) => {
          const options = depths.map((depth, i) => ({ depth, i }));
          return options.includes(pickByDepth(createRng(seed), options));
        },
      ),
    );
  });

  it('favours deeper screens, (depth + 1)² to one, whatever the number of options per depth', () => {
    // Ten options at depth 1, one at depth 3: the depth is drawn first.
    const options = [
      ...Array.from({ length: 10 }, (_, i) => ({ depth: 1, i })),
      { depth: 3, i: 10 },
    ];
    const rng = createRng(5);
    let deep = 0;
    const n = 20_000;
    for (let k = 0; k < n; k += 1) if (pickByDepth(rng, options).depth === 3) deep += 1;
    expect(deep / n).toBeCloseTo(16 / 20, 1);
  });

  it('draws each depth index with a share growing with the depth', () => {
    const depths = [1, 2, 3];
    const rng = createRng(9);
    const counts = [0, 0, 0];
    for (let k = 0; k < 28_000; k += 1) {
      const i = depthIndex(rng, depths);
      counts[i] = (counts[i] ?? 0) + 1;
    }
    const [a = 0, b = 0, c = 0] = counts;
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);
  });
});
