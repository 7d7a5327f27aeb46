/**
 * A set of 53-bit non-negative integers (the `hash53` values) in one
 * Float64Array with linear probing. A `Set<number>` spends about 37 bytes
 * per entry on a heap number and a hash-table entry; this spends 8 bytes per
 * slot at most 70% full, so distinct counts over a million records stay a
 * few megabytes.
 */
export class HashSet53 {
  #slots: Float64Array;
  #mask: number;
  #size = 0;

  constructor(initialCapacity = 1024) {
    const capacity = 2 ** Math.max(4, Math.ceil(Math.log2(initialCapacity)));
    this.#slots = new Float64Array(capacity);
    this.#mask = capacity - 1;
  }

  get size(): number {
    return this.#size;
  }

  /** Adds a value; true when it was not there before. */
  add(value: number): boolean {
    checkKey(value);
    // Stored as value + 1 so that 0 can mean "empty" (2^53 - 1 + 1 is still exact).
    const stored = value + 1;
    let i = (value >>> 0) & this.#mask;
    for (;;) {
      const here = this.#slots[i] as number;
      if (here === 0) break;
      if (here === stored) return false;
      i = (i + 1) & this.#mask;
    }
    this.#slots[i] = stored;
    this.#size += 1;
    if (this.#size * 10 > this.#slots.length * 7) this.#grow();
    return true;
  }

  has(value: number): boolean {
    checkKey(value);
    const stored = value + 1;
    let i = (value >>> 0) & this.#mask;
    for (;;) {
      const here = this.#slots[i] as number;
      if (here === 0) return false;
      if (here === stored) return true;
      i = (i + 1) & this.#mask;
    }
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Float64Array(old.length * 2);
    this.#mask = this.#slots.length - 1;
    for (const stored of old) {
      if (stored === 0) continue;
      let i = ((stored - 1) >>> 0) & this.#mask;
      while (this.#slots[i] !== 0) i = (i + 1) & this.#mask;
      this.#slots[i] = stored;
    }
  }
}

/** Keys must be what `hash53` gives: integers in [0, 2^53). */
export function checkKey(value: number): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`expected an integer in [0, 2^53), got ${value}`);
}
