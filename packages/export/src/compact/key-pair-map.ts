import { checkKey } from './hash-set-53.js';

/**
 * A map from a pair of 53-bit hashes to a number (for the dedup pass: a
 * content key's two hashes to the seed that first had it), in three
 * Float64Arrays with linear probing: 24 bytes per slot instead of the ~240
 * bytes a `Map<string, string>` spends on a hex key and an id. Both halves
 * must match, so two keys that share one hash stay distinct.
 */
export class KeyPairMap {
  #first: Float64Array;
  #second: Float64Array;
  #values: Float64Array;
  #mask: number;
  #size = 0;

  constructor(initialCapacity = 1024) {
    const capacity = 2 ** Math.max(4, Math.ceil(Math.log2(initialCapacity)));
    this.#first = new Float64Array(capacity);
    this.#second = new Float64Array(capacity);
    this.#values = new Float64Array(capacity);
    this.#mask = capacity - 1;
  }

  get size(): number {
    return this.#size;
  }

  /** The value stored for the pair, if any. */
  get(a: number, b: number): number | undefined {
    const i = this.#find(a, b);
    return this.#first[i] === 0 ? undefined : this.#values[i];
  }

  /** Stores a value for the pair, replacing any earlier one. */
  set(a: number, b: number, value: number): void {
    const i = this.#find(a, b);
    if (this.#first[i] === 0) {
      this.#first[i] = a + 1;
      this.#second[i] = b;
      this.#size += 1;
    }
    this.#values[i] = value;
    if (this.#size * 10 > this.#first.length * 7) this.#grow();
  }

  /** The slot holding the pair, or the empty slot where it would go. */
  #find(a: number, b: number): number {
    checkKey(a);
    checkKey(b);
    const stored = a + 1;
    let i = (a >>> 0) & this.#mask;
    for (;;) {
      const here = this.#first[i] as number;
      if (here === 0 || (here === stored && this.#second[i] === b)) return i;
      i = (i + 1) & this.#mask;
    }
  }

  #grow(): void {
    const [first, second, values] = [this.#first, this.#second, this.#values];
    const capacity = first.length * 2;
    this.#first = new Float64Array(capacity);
    this.#second = new Float64Array(capacity);
    this.#values = new Float64Array(capacity);
    this.#mask = capacity - 1;
    for (let j = 0; j < first.length; j += 1) {
      const stored = first[j] as number;
      if (stored === 0) continue;
      let i = ((stored - 1) >>> 0) & this.#mask;
      while (this.#first[i] !== 0) i = (i + 1) & this.#mask;
      this.#first[i] = stored;
      this.#second[i] = second[j] as number;
      this.#values[i] = values[j] as number;
    }
  }
}
