import { checkKey, homeSlot, slotCount } from './fingerprint-set.js';

/**
 * A map from a pair of 53-bit hashes to a number (for the dedup pass: a
 * content key's two hashes to the seed that first had it), keyed by the low
 * 32 bits of each hash: two Uint32Arrays and a Float64Array with linear
 * probing, 16 bytes a slot instead of the ~240 bytes a `Map<string, string>`
 * spends on a hex key and an id. Both halves must match, so the key is 64
 * bits: for a million records two distinct keys meet with odds near 3·10⁻⁸.
 */
export class KeyPairMap {
  #first: Uint32Array;
  #second: Uint32Array;
  // NaN marks an empty slot, which is why NaN cannot be stored.
  #values: Float64Array;
  #size = 0;

  constructor(initialCapacity = 1024) {
    const capacity = slotCount(initialCapacity);
    this.#first = new Uint32Array(capacity);
    this.#second = new Uint32Array(capacity);
    this.#values = new Float64Array(capacity).fill(Number.NaN);
  }

  get size(): number {
    return this.#size;
  }

  /** Slots allocated; it doubles when the map passes 80% full. */
  get capacity(): number {
    return this.#values.length;
  }

  /** The value stored for the pair, if any. */
  get(a: number, b: number): number | undefined {
    const value = this.#values[this.#find(a, b)] as number;
    return Number.isNaN(value) ? undefined : value;
  }

  /** Stores a value for the pair, replacing any earlier one. */
  set(a: number, b: number, value: number): void {
    if (Number.isNaN(value)) throw new RangeError('KeyPairMap cannot store NaN');
    const i = this.#find(a, b);
    const fresh = Number.isNaN(this.#values[i] as number);
    this.#first[i] = a >>> 0;
    this.#second[i] = b >>> 0;
    this.#values[i] = value;
    if (!fresh) return;
    this.#size += 1;
    if (this.#size * 10 > this.#values.length * 8) this.#grow();
  }

  /** The slot holding the pair, or the empty slot where it would go. */
  #find(a: number, b: number): number {
    checkKey(a);
    checkKey(b);
    return this.#slot(a >>> 0, b >>> 0);
  }

  #slot(first: number, second: number): number {
    let i = homeSlot(first, this.#values.length);
    for (;;) {
      if (Number.isNaN(this.#values[i] as number)) return i;
      if (this.#first[i] === first && this.#second[i] === second) return i;
      i = i + 1 === this.#values.length ? 0 : i + 1;
    }
  }

  #grow(): void {
    const [first, second, values] = [this.#first, this.#second, this.#values];
    const capacity = values.length * 2;
    this.#first = new Uint32Array(capacity);
    this.#second = new Uint32Array(capacity);
    this.#values = new Float64Array(capacity).fill(Number.NaN);
    for (let j = 0; j < values.length; j += 1) {
      const value = values[j] as number;
      if (Number.isNaN(value)) continue;
      const i = this.#slot(first[j] as number, second[j] as number);
      this.#first[i] = first[j] as number;
      this.#second[i] = second[j] as number;
      this.#values[i] = value;
    }
  }
}
