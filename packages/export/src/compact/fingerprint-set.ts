/**
 * A set of 48-bit fingerprints of `hash53` values, in a Uint32Array and a
 * Uint16Array with linear probing: 6 bytes a slot at most 80% full. It
 * counts distinct screens, taps and requests over millions of records, where
 * the 8-byte slots of a Float64Array table (and its doubling at the end of a
 * long run) were the largest thing in memory. Two values that agree in their
 * low 48 bits count once; for n distinct values that happens about
 * n² / 2^49 times (0.02 times for the 3 million screens of a 1M run).
 */
export class FingerprintSet {
  #low: Uint32Array;
  #high: Uint16Array;
  #size = 0;
  // Fingerprint 0 marks an empty slot, so it is kept apart.
  #hasZero = false;

  constructor(initialCapacity = 1024) {
    const capacity = slotCount(initialCapacity);
    this.#low = new Uint32Array(capacity);
    this.#high = new Uint16Array(capacity);
  }

  get size(): number {
    return this.#size;
  }

  /** Slots allocated; it doubles when the set passes 80% full. */
  get capacity(): number {
    return this.#low.length;
  }

  /** Adds a value; true when its fingerprint was not there before. */
  add(value: number): boolean {
    checkKey(value);
    const low = value >>> 0;
    const high = Math.floor(value / 2 ** 32) & 0xffff;
    if (low === 0 && high === 0) {
      if (this.#hasZero) return false;
      this.#hasZero = true;
      this.#size += 1;
      return true;
    }
    const i = this.#find(low, high);
    if (this.#low[i] !== 0 || this.#high[i] !== 0) return false;
    this.#low[i] = low;
    this.#high[i] = high;
    this.#size += 1;
    if (this.#size * 10 > this.#low.length * 8) this.#grow();
    return true;
  }

  has(value: number): boolean {
    checkKey(value);
    const low = value >>> 0;
    const high = Math.floor(value / 2 ** 32) & 0xffff;
    if (low === 0 && high === 0) return this.#hasZero;
    const i = this.#find(low, high);
    return this.#low[i] !== 0 || this.#high[i] !== 0;
  }

  /** Every fingerprint in the set (values as `add` keeps them: their low 48 bits), in slot order. */
  *fingerprints(): Generator<number> {
    if (this.#hasZero) yield 0;
    for (let i = 0; i < this.#low.length; i += 1) {
      const low = this.#low[i] as number;
      const high = this.#high[i] as number;
      if (low !== 0 || high !== 0) yield high * 2 ** 32 + low;
    }
  }

  /** The slot holding the fingerprint, or the empty slot where it would go. */
  #find(low: number, high: number): number {
    let i = homeSlot(low, this.#low.length);
    for (;;) {
      const l = this.#low[i] as number;
      const h = this.#high[i] as number;
      if ((l === low && h === high) || (l === 0 && h === 0)) return i;
      i = i + 1 === this.#low.length ? 0 : i + 1;
    }
  }

  #grow(): void {
    const [low, high] = [this.#low, this.#high];
    this.#low = new Uint32Array(low.length * 2);
    this.#high = new Uint16Array(low.length * 2);
    for (let j = 0; j < low.length; j += 1) {
      const l = low[j] as number;
      const h = high[j] as number;
      if (l === 0 && h === 0) continue;
      const i = this.#find(l, h);
      this.#low[i] = l;
      this.#high[i] = h;
    }
  }
}

/** Slots for a table that will hold `entries` without growing (at most 80% full). */
export function tableCapacity(entries: number): number {
  return Math.max(1024, Math.ceil((entries * 10) / 8) + 1);
}

/**
 * The slots a table asked for `initialCapacity` allocates: exactly that (at
 * least 16), not the next power of two, which spent up to twice the memory
 * (a million records' dedup table: 32 MB, not 20 MB). homeSlot finds slots
 * in a table of any size.
 */
export function slotCount(initialCapacity: number): number {
  return Math.max(16, Math.ceil(initialCapacity));
}

/** Keys must be what `hash53` gives: integers in [0, 2^53). */
export function checkKey(value: number): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`expected an integer in [0, 2^53), got ${value}`);
}

/**
 * The first slot to probe for a key's low 32 bits in a table of `capacity`
 * slots. The bits are mixed first (a multiply by an odd constant, a
 * bijection on 32 bits), so keys that differ only in their low bits, as
 * small counters do, still spread; then scaled to the table (Lemire's
 * multiply-shift range reduction), so any capacity works, not only powers
 * of two. The product is at most capacity × 2^32 − capacity and rounds by
 * less than capacity / 2^20, so the result is always below `capacity`.
 */
export function homeSlot(low32: number, capacity: number): number {
  return Math.floor(((Math.imul(low32, 0x9e3779b1) >>> 0) * capacity) / 4294967296);
}
