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

const fnvOffset = 0x811c9dc5;

/** FNV-1a of one part as `${typeof part}:${part}|`, continuing from `h`, without building the string. */
function mixPart(h: number, part: string | number): number {
  let x = h;
  const type = typeof part === 'string' ? 'string:' : 'number:';
  for (let i = 0; i < type.length; i += 1) x = Math.imul(x ^ type.charCodeAt(i), 0x01000193);
  const text = typeof part === 'string' ? part : String(part);
  for (let i = 0; i < text.length; i += 1) x = Math.imul(x ^ text.charCodeAt(i), 0x01000193);
  return Math.imul(x ^ 124 /* '|' */, 0x01000193);
}

/** The murmur3 finaliser: spreads FNV's weak low bits over the whole word. */
function finish(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over the parts, then a murmur3 finaliser: a stable 32-bit seed. */
export function deriveSeed(...parts: readonly (string | number)[]): number {
  let h = fnvOffset;
  for (const part of parts) h = mixPart(h, part);
  return finish(h);
}

/**
 * The full 128-bit xoroshiro state from a seed. pure-rand's own seeding puts
 * the 32-bit seed into the state almost as is, so nearby seeds start with
 * correlated draws; hashing each state word apart decorrelates them. Each
 * word is `deriveSeed('xoroshiro', seed, lane)`, sharing the hash of the
 * common prefix (every fork seeds a new generator, so this is hot).
 */
function seedState(seed: number): number[] {
  const prefix = mixPart(mixPart(fnvOffset, 'xoroshiro'), seed);
  const words = [0, 1, 2, 3].map((lane) => finish(mixPart(prefix, lane)) | 0);
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
