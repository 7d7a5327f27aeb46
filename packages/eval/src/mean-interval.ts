/** A mean with its 95% confidence interval. */
export interface MeanEstimate {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
  /** How many values the mean is over. */
  readonly n: number;
}

// Two-sided 97.5% quantiles of Student's t for 1..30 degrees of freedom;
// beyond 30 the normal quantile is within 2% of t.
const t975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

/**
 * The mean of per-episode values with a 95% t interval (mean ± t·s/√n),
 * so counts per episode (violations, calls) carry their uncertainty the way
 * rates carry Wilson intervals. One value or none gives a zero-width
 * interval at the mean (nothing to estimate the spread from).
 */
export function meanInterval(values: readonly number[]): MeanEstimate {
  const n = values.length;
  if (n === 0) return { mean: 0, low: 0, high: 0, n };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n === 1) return { mean, low: mean, high: mean, n };
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  const t = t975[n - 2] ?? 1.959963984540054;
  const half = (t * Math.sqrt(variance)) / Math.sqrt(n);
  return { mean, low: mean - half, high: mean + half, n };
}
