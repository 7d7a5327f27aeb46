import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FingerprintSet, homeSlot, tableCapacity } from './fingerprint-set.js';
import { KeyPairMap } from './key-pair-map.js';

const key = fc.oneof(
  fc.maxSafeNat(),
  fc.nat({ max: 64 }),
  // Values sharing their low 32 bits collide on the first probe.
  fc.nat({ max: 1000 }).map((k) => k * 2 ** 32 + 7),
  // Values sharing their low 48 bits share a fingerprint.
  fc.nat({ max: 31 }).map((k) => k * 2 ** 48 + 5),
);

/** What FingerprintSet keeps of a value: its low 48 bits. */
const fingerprint = (value: number): number => value % 2 ** 48;
/** What KeyPairMap keys on: the low 32 bits of each half. */
const pairKey = (a: number, b: number): string => `${a % 2 ** 32}/${b % 2 ** 32}`;

describe('FingerprintSet', () => {
  it('agrees with a Set of 48-bit fingerprints through growth', () => {
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 3000 }),
        fc.array(key, { maxLength: 50 }),
        // Any table size, not only powers of two.
        fc.integer({ min: 1, max: 5000 }),
        (adds, probes, initial) => {
          const model = new Set<number>();
          const set = new FingerprintSet(initial);
          for (const value of adds) {
            const fresh = !model.has(fingerprint(value));
            model.add(fingerprint(value));
            expect(set.add(value)).toBe(fresh);
          }
          expect(set.size).toBe(model.size);
          for (const value of [...adds, ...probes])
            expect(set.has(value)).toBe(model.has(fingerprint(value)));
          expect(new Set(set.fingerprints())).toEqual(model);
          expect([...set.fingerprints()]).toHaveLength(model.size);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses values that are not 53-bit naturals', () => {
    const set = new FingerprintSet();
    for (const bad of [-1, 0.5, 2 ** 53, Number.NaN])
      expect(() => set.add(bad)).toThrow(RangeError);
  });
});

describe('KeyPairMap', () => {
  it('agrees with a Map keyed by both halves through growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.nat({ max: 3 }), fc.nat()), { maxLength: 3000 }),
        fc.integer({ min: 1, max: 5000 }),
        (entries, initial) => {
          const model = new Map<string, number>();
          const map = new KeyPairMap(initial);
          for (const [a, b, value] of entries) {
            expect(map.get(a, b)).toBe(model.get(pairKey(a, b)));
            map.set(a, b, value);
            model.set(pairKey(a, b), value);
          }
          expect(map.size).toBe(model.size);
          for (const [a, b] of entries) expect(map.get(a, b)).toBe(model.get(pairKey(a, b)));
          // A pair that shares one half with a stored pair is still absent.
          for (const [a, b] of entries)
            if (!model.has(pairKey(a, b + 4))) expect(map.get(a, b + 4)).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses NaN, which marks an empty slot', () => {
    expect(() => new KeyPairMap().set(1, 2, Number.NaN)).toThrow(RangeError);
  });
});

describe('homeSlot', () => {
  it('maps every 32-bit key into the table, for any size', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 2 ** 40 }),
        (key, capacity) => {
          const slot = homeSlot(key, capacity);
          expect(Number.isInteger(slot)).toBe(true);
          expect(slot).toBeGreaterThanOrEqual(0);
          expect(slot).toBeLessThan(capacity);
        },
      ),
    );
    // The key whose mix is 2^32 - 1 lands in the last slot.
    const top = Math.imul(2 ** 32 - 1, 0x0e8b2f51) >>> 0; // 0x0e8b2f51 inverts 0x9e3779b1
    expect(homeSlot(top, 2 ** 40)).toBe(2 ** 40 - 2 ** 8);
    expect(homeSlot(top, 3_750_001)).toBe(3_750_000);
  });

  it('spreads consecutive keys over the table', () => {
    const capacity = 1000;
    const used = new Set(Array.from({ length: 800 }, (_, k) => homeSlot(k, capacity)));
    expect(used.size).toBeGreaterThan(500);
  });
});

describe('tableCapacity', () => {
  it('sizes tables that hold that many entries without doubling', () => {
    fc.assert(
      fc.property(fc.nat({ max: 20000 }), (entries) => {
        const set = new FingerprintSet(tableCapacity(entries));
        const map = new KeyPairMap(tableCapacity(entries));
        const [setStart, mapStart] = [set.capacity, map.capacity];
        for (let i = 0; i < entries; i += 1) {
          set.add(i * 7919 + 1);
          map.set(i, i * 31, i);
        }
        expect([set.size, map.size]).toEqual([entries, entries]);
        expect([set.capacity, map.capacity]).toEqual([setStart, mapStart]);
        // One more than it was sized for may grow it, never shrink it.
        expect(set.capacity).toBeGreaterThanOrEqual((entries * 10) / 8);
        // Sized to the need, not rounded up to a power of two.
        expect(map.capacity).toBe(tableCapacity(entries));
      }),
      { numRuns: 25 },
    );
  });
});
