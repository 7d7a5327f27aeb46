import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashSet53 } from './hash-set-53.js';
import { KeyPairMap } from './key-pair-map.js';

const key = fc.oneof(
  fc.maxSafeNat(),
  fc.nat({ max: 64 }),
  // Values sharing their low 32 bits collide on the first probe.
  fc.nat({ max: 1000 }).map((k) => k * 2 ** 32 + 7),
);

describe('HashSet53', () => {
  it('agrees with a Set<number> through growth', () => {
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 3000 }),
        fc.array(key, { maxLength: 50 }),
        (adds, probes) => {
          const model = new Set<number>();
          const set = new HashSet53(16);
          for (const value of adds)
            expect(set.add(value)).toBe(!model.has(value) && !!model.add(value));
          expect(set.size).toBe(model.size);
          for (const value of [...adds, ...probes]) expect(set.has(value)).toBe(model.has(value));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses values that are not 53-bit naturals', () => {
    const set = new HashSet53();
    for (const bad of [-1, 0.5, 2 ** 53, Number.NaN])
      expect(() => set.add(bad)).toThrow(RangeError);
  });
});

describe('KeyPairMap', () => {
  it('agrees with a Map keyed by both halves through growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.nat({ max: 3 }), fc.nat()), { maxLength: 3000 }),
        (entries) => {
          const model = new Map<string, number>();
          const map = new KeyPairMap(16);
          for (const [a, b, value] of entries) {
            expect(map.get(a, b)).toBe(model.get(`${a}/${b}`));
            map.set(a, b, value);
            model.set(`${a}/${b}`, value);
          }
          expect(map.size).toBe(model.size);
          for (const [a, b] of entries) expect(map.get(a, b)).toBe(model.get(`${a}/${b}`));
          // A pair that shares one half with a stored pair is still absent.
          for (const [a, b] of entries)
            if (!model.has(`${a}/${b + 4}`)) expect(map.get(a, b + 4)).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
  });
});
