import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/** A seeded random source for wording choices; the narrator's only randomness. */
export interface NarrateRng {
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p` (resolution 1/1024). */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** One key chosen with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
}

/** FNV-1a over the parts, then a murmur3 finaliser: a stable 32-bit seed. */
export function hashSeed(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const text = `${typeof part}:${part}|`;
    for (let i = 0; i < text.length; i += 1) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A generator seeded from the parts (draft seed, family, purpose). Each
 * purpose gets its own stream so that rewording the answer never shifts the
 * request's choices.
 */
export function createNarrateRng(...parts: readonly (string | number)[]): NarrateRng {
  const generator = xoroshiro128plus(hashSeed(...parts) | 0);
  const int = (min: number, max: number): number =>
    unsafeUniformIntDistribution(min, max, generator);
  return {
    int,
    chance: (p) => p > 0 && int(0, 1023) < p * 1024,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('NarrateRng.pick needs a non-empty array');
      return items[int(0, items.length - 1)] as T;
    },
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      const entries = (Object.entries(weights) as [K, number][]).filter(([, w]) => w > 0);
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      if (entries.length === 0) throw new RangeError('NarrateRng.weighted needs a positive weight');
      // Integer weights scaled to 1/1000 keep the draw exact and platform-independent.
      let roll = int(0, Math.round(total * 1000) - 1);
      for (const [key, w] of entries) {
        roll -= Math.round(w * 1000);
        if (roll < 0) return key;
      }
      return (entries[entries.length - 1] as [K, number])[0];
    },
  };
}
