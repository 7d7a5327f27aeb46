import { ForgeError, type Split } from '@forge/spec';

/** A half-open range of episode seeds `[start, end)`. */
export interface SeedRange {
  readonly start: number;
  readonly end: number;
}

/** Which seeds each split takes. Ranges never overlap. */
export type SeedPlan = Readonly<Record<Split, SeedRange>>;

/** Fractions of `--n` for train, valid and test; they must sum to 1. */
export interface SplitRatios {
  readonly train: number;
  readonly valid: number;
  readonly test: number;
}

/** Seeds a global seed owns: `seed * stride` up to the next global seed's block. */
const stride = 10_000_000_000;
/** The held-out eval range starts here inside a global seed's block. */
const evalOffset = 5_000_000_000;

/**
 * Splits the episode seeds of one run. Train, valid and test share one
 * contiguous block of `n` seeds cut by the ratios; eval takes `m` seeds from
 * a separate block, so an eval episode can never reuse a training seed. The
 * block is chosen by the global seed, so two runs with different `--seed`
 * never share an episode.
 */
export function planSeeds(options: {
  n: number;
  evalCount: number;
  seed: number;
  ratios: SplitRatios;
}): SeedPlan {
  const { n, evalCount, seed, ratios } = options;
  if (!Number.isSafeInteger(n) || n < 0 || n >= evalOffset)
    throw new ForgeError('FORGE_USAGE', `--n must be an integer in [0, ${evalOffset})`);
  if (!Number.isSafeInteger(evalCount) || evalCount < 0 || evalCount >= stride - evalOffset) {
    throw new ForgeError('FORGE_USAGE', `--eval must be an integer in [0, ${stride - evalOffset})`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 900_000)
    throw new ForgeError('FORGE_USAGE', '--seed must be an integer in [0, 900000]');
  const total = ratios.train + ratios.valid + ratios.test;
  if (
    [ratios.train, ratios.valid, ratios.test].some((r) => !(r >= 0)) ||
    Math.abs(total - 1) > 1e-9
  ) {
    throw new ForgeError(
      'FORGE_USAGE',
      '--split ratios must be non-negative and sum to 1 (e.g. 90/5/5)',
    );
  }
  const base = seed * stride;
  const validCount = Math.round(n * ratios.valid);
  const testCount = Math.round(n * ratios.test);
  const trainCount = Math.max(0, n - validCount - testCount);
  const trainEnd = base + trainCount;
  const validEnd = trainEnd + validCount;
  return {
    train: { start: base, end: trainEnd },
    valid: { start: trainEnd, end: validEnd },
    test: { start: validEnd, end: base + n },
    eval: { start: base + evalOffset, end: base + evalOffset + evalCount },
  };
}

/** Parses `90/5/5` or `0.9,0.05,0.05` (adding up to 100 or 1) into ratios. */
export function parseRatios(text: string): SplitRatios {
  const pieces = text.split(/[/,:]/).map((p) => p.trim());
  // Plain decimals only: Number() reads "" as 0, so `90/10/` was 90/10/0.
  const parts = pieces.map((p) => (/^(\d+\.?\d*|\.\d+)$/.test(p) ? Number(p) : Number.NaN));
  if (parts.length !== 3 || parts.some((p) => !Number.isFinite(p))) {
    throw new ForgeError('FORGE_USAGE', `--split must be three numbers like 90/5/5, got "${text}"`);
  }
  const [train = 0, valid = 0, test = 0] = parts;
  const sum = train + valid + test;
  if (sum <= 0) throw new ForgeError('FORGE_USAGE', '--split must not be all zero');
  // Percentages or fractions, nothing else: 50/50/50 (or 80/10/5) is a typo
  // far more often than a wish for thirds, and scaling it quietly would
  // train on a split nobody asked for.
  if (Math.abs(sum - 100) > 1e-6 && Math.abs(sum - 1) > 1e-9)
    throw new ForgeError(
      'FORGE_USAGE',
      `--split must add up to 100 (percent) or 1 (fractions), got "${text}" (sum ${sum})`,
    );
  return { train: train / sum, valid: valid / sum, test: test / sum };
}

/** True when no two ranges of the plan overlap. */
export function rangesDisjoint(plan: SeedPlan): boolean {
  const ranges = Object.values(plan)
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  return ranges.every((r, i) => i === 0 || (ranges[i - 1]?.end ?? 0) <= r.start);
}
