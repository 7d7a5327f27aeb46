import type { EpisodeSummary } from '../loop/episode-result.js';
import { type MeanEstimate, meanInterval } from '../mean-interval.js';
import { type Proportion, wilsonInterval } from '../wilson.js';

/** The metrics of a set of episodes. Proportions carry 95% Wilson intervals. */
export interface Metrics {
  readonly episodes: number;
  /** Episodes cut short by a failing endpoint; they count as failures. */
  readonly errorEpisodes: number;
  readonly success: Proportion;
  /** Over seeds: every one of the k runs of the seed succeeded. */
  readonly passK: { readonly k: number; readonly rate: Proportion };
  readonly schemaValidCalls: Proportion;
  /** Over calls that touch one element (`touchesElement`), not only gesture-tap. */
  readonly groundedTaps: Proportion;
  readonly formatErrors: { readonly total: number; readonly turns: Proportion };
  /** Violations of gates other than schema and grounding (see `EpisodeSummary`). */
  readonly policyViolationsPerEpisode: number;
  readonly callsPerEpisode: number;
  /** The two per-episode means above with their 95% t intervals. */
  readonly perEpisode: { readonly policyViolations: MeanEstimate; readonly calls: MeanEstimate };
  /** Present with a reference policy. */
  readonly reference?: {
    readonly callsPerEpisode: number;
    /** Reference calls / model calls over episodes both solved; 1 = as lean as the reference. */
    readonly efficiency: number | null;
    readonly actionAgreement: Proportion;
    readonly meanTapDistance: number | null;
    readonly clickHits: Proportion;
  };
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const mean = (total: number, n: number): number => (n === 0 ? 0 : total / n);

/** Computes every metric over a set of episode summaries (order does not matter). */
export function computeMetrics(episodes: readonly EpisodeSummary[], k: number): Metrics {
  const bySeed = new Map<number, boolean[]>();
  for (const e of episodes) {
    const runs = bySeed.get(e.seed) ?? [];
    runs.push(e.success);
    bySeed.set(e.seed, runs);
  }
  const allPass = [...bySeed.values()].filter((runs) => runs.length >= k && runs.every(Boolean));
  const turns = sum(episodes.map((e) => e.turns));
  const formatErrors = sum(episodes.map((e) => e.formatErrors));
  const calls = sum(episodes.map((e) => e.calls));
  const withRef = episodes.flatMap((e) => (e.reference ? [{ e, r: e.reference }] : []));
  const bothSolved = withRef.filter(({ e, r }) => e.success && r.success);
  const modelCallsSolved = sum(bothSolved.map(({ e }) => e.calls));
  const tapPairs = sum(withRef.map(({ r }) => r.tapPairs));
  return {
    episodes: episodes.length,
    errorEpisodes: episodes.filter((e) => e.end === 'error').length,
    success: wilsonInterval(episodes.filter((e) => e.success).length, episodes.length),
    passK: { k, rate: wilsonInterval(allPass.length, bySeed.size) },
    schemaValidCalls: wilsonInterval(sum(episodes.map((e) => e.schemaValidCalls)), calls),
    groundedTaps: wilsonInterval(
      sum(episodes.map((e) => e.groundedTaps)),
      sum(episodes.map((e) => e.taps)),
    ),
    formatErrors: { total: formatErrors, turns: wilsonInterval(formatErrors, turns) },
    policyViolationsPerEpisode: mean(sum(episodes.map((e) => e.policyViolations)), episodes.length),
    callsPerEpisode: mean(calls, episodes.length),
    perEpisode: {
      policyViolations: meanInterval(episodes.map((e) => e.policyViolations)),
      calls: meanInterval(episodes.map((e) => e.calls)),
    },
    ...(withRef.length > 0
      ? {
          reference: {
            callsPerEpisode: mean(sum(withRef.map(({ r }) => r.calls)), withRef.length),
            efficiency:
              modelCallsSolved === 0
                ? null
                : sum(bothSolved.map(({ r }) => r.calls)) / modelCallsSolved,
            actionAgreement: wilsonInterval(
              sum(withRef.map(({ r }) => r.agreeTurns)),
              sum(withRef.map(({ r }) => r.comparedTurns)),
            ),
            meanTapDistance:
              tapPairs === 0 ? null : sum(withRef.map(({ r }) => r.tapDistanceSum)) / tapPairs,
            clickHits: wilsonInterval(
              sum(withRef.map(({ r }) => r.clickHits)),
              sum(withRef.map(({ r }) => r.clickTrials)),
            ),
          },
        }
      : {}),
  };
}

/** Metrics overall and broken down by family, platform, pack and injection kind. */
export interface MetricsReport {
  readonly overall: Metrics;
  readonly byFamily: Readonly<Record<string, Metrics>>;
  readonly byPlatform: Readonly<Record<string, Metrics>>;
  readonly byPack: Readonly<Record<string, Metrics>>;
  /**
   * By each failure kind scheduled in the episode (`none` for a clean one);
   * an episode with two kinds counts in both. Absent in older results.
   */
  readonly byInjection?: Readonly<Record<string, Metrics>>;
}

/** The injection groups of an episode: each scheduled kind once, or `none`. */
export const injectionGroups = (e: EpisodeSummary): readonly string[] => {
  const kinds = [...new Set(e.injections ?? [])];
  return kinds.length > 0 ? kinds : ['none'];
};

function groupBy(
  episodes: readonly EpisodeSummary[],
  keys: (e: EpisodeSummary) => readonly string[],
  k: number,
): Record<string, Metrics> {
  const groups = new Map<string, EpisodeSummary[]>();
  for (const e of episodes) {
    for (const key of keys(e)) {
      const list = groups.get(key) ?? [];
      list.push(e);
      groups.set(key, list);
    }
  }
  return Object.fromEntries(
    [...groups.keys()].sort().map((name) => [name, computeMetrics(groups.get(name) ?? [], k)]),
  );
}

/** The full breakdown results.json carries. */
export function computeMetricsReport(
  episodes: readonly EpisodeSummary[],
  k: number,
): MetricsReport {
  return {
    overall: computeMetrics(episodes, k),
    byFamily: groupBy(episodes, (e) => [e.family], k),
    byPlatform: groupBy(episodes, (e) => [e.platform], k),
    byPack: groupBy(episodes, (e) => [e.pack], k),
    byInjection: groupBy(episodes, injectionGroups, k),
  };
}
