/** A proportion with its 95% confidence interval. */
export interface Proportion {
  readonly successes: number;
  readonly trials: number;
  readonly rate: number;
  readonly low: number;
  readonly high: number;
}

const z95 = 1.959963984540054;

/**
 * The Wilson score interval at 95%. Unlike the normal approximation it stays
 * inside [0, 1] and behaves at 0% and 100%, which is where agent metrics sit.
 */
export function wilsonInterval(successes: number, trials: number): Proportion {
  if (
    !Number.isInteger(successes) ||
    !Number.isInteger(trials) ||
    successes < 0 ||
    trials < 0 ||
    successes > trials
  ) {
    throw new RangeError(
      `wilsonInterval needs 0 <= successes <= trials, got ${successes}/${trials}`,
    );
  }
  if (trials === 0) return { successes, trials, rate: 0, low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z95 * z95;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const margin =
    (z95 * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return {
    successes,
    trials,
    rate: p,
    low: Math.max(0, centre - margin),
    high: Math.min(1, centre + margin),
  };
}
