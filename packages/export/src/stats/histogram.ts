/** Summary numbers of a histogram. */
export interface Summary {
  readonly count: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

/** Counts of integer values: memory grows with the range of values, not their number. */
export interface Histogram {
  add(value: number): void;
  /** Nearest-rank quantile: the smallest value with at least `p` of the values at or below it. */
  quantile(p: number): number;
  summary(): Summary;
}

/** A histogram of integers (non-integers are rounded). Empty summaries are all zeros. */
export function createHistogram(): Histogram {
  const counts = new Map<number, number>();
  let count = 0;
  let sum = 0;
  return {
    add(value) {
      const key = Math.round(value);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      count++;
      sum += key;
    },
    quantile(p) {
      if (count === 0) return 0;
      const rank = Math.max(1, Math.ceil(p * count));
      let seen = 0;
      const keys = [...counts.keys()].sort((a, b) => a - b);
      for (const key of keys) {
        seen += counts.get(key) ?? 0;
        if (seen >= rank) return key;
      }
      return keys.at(-1) ?? 0;
    },
    summary() {
      if (count === 0) return { count: 0, mean: 0, min: 0, max: 0 };
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (const key of counts.keys()) {
        min = Math.min(min, key);
        max = Math.max(max, key);
      }
      return { count, mean: sum / count, min, max };
    },
  };
}
