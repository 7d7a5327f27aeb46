import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/** A seeded random source. The only randomness the gym uses. */
export interface Rng {
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [0, 1) with 2^-24 resolution (enough for layouts, and exact in JSON). */
  float(): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
  /** An independent stream for a named purpose; drawing from it leaves this one untouched. */
  fork(label: string | number): Rng;
  /** The generator's state, to copy an Rng into a snapshot. */
  state(): readonly number[];
}

/** FNV-1a over the parts, then a murmur3 finaliser: a stable 32-bit seed. */
export function deriveSeed(...parts: readonly (string | number)[]): number {
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
 * The full 128-bit xoroshiro state from a seed. pure-rand's own seeding puts
 * the 32-bit seed into the state almost as is, so nearby seeds start with
 * correlated draws; hashing each state word apart decorrelates them.
 */
function seedState(seed: number): number[] {
  const words: number[] = [0, 1, 2, 3].map((lane) => deriveSeed('xoroshiro', seed, lane) | 0);
  // An all-zero state would make the generator emit zeros forever.
  if (!words.some((w) => w !== 0)) words[0] = 1;
  return words;
}

/** A seeded generator (xoroshiro128+ from pure-rand). */
export function createRng(seed: number, state?: readonly number[]): Rng {
  const generator = xoroshiro128plus.fromState(state ?? seedState(seed));
  const int = (min: number, max: number): number =>
    unsafeUniformIntDistribution(min, max, generator);
  const rng: Rng = {
    int,
    float: () => int(0, 0xffffff) / 0x1000000,
    chance: (p) => p > 0 && int(0, 0xffffff) / 0x1000000 < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Rng.pick needs a non-empty array');
      return items[int(0, items.length - 1)] as T;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
    fork: (label) => createRng(deriveSeed(seed, label, int(0, 0x7fffffff))),
    state: () => generator.getState(),
  };
  return rng;
}
