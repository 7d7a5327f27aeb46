import { type Split, splits, type TrajectoryRecord, type Violation } from '@forge/spec';
import { DistinctCounter, defaultExactLimit } from '../compact/distinct-counter.js';
import { createHistogram } from './histogram.js';
import { createStatsFeatures, type StatsFeatures } from './stats-features.js';
import type { Counts, DatasetStats } from './stats-types.js';
import { tokenEstimator } from './token-estimate.js';

/** What the accumulator needs to know besides the records. */
export interface StatsOptions {
  /** The tools on offer, for coverage; a `Catalog` fits. */
  readonly catalog: { readonly names: readonly string[] };
  /** The trainer's context length in tokens. */
  readonly contextLimit: number;
  /**
   * Records expected, when known, to size the distinct-request and screen
   * sets up front (five screens a record, up to the exact limit) instead of
   * doubling them as the run goes.
   */
  readonly expected?: number;
  /** Distinct values each diversity figure counts exactly before it estimates (default 500,000). */
  readonly exactLimit?: number;
}

/** Folds records and rejects into `stats.json` in bounded memory. */
export interface StatsAccumulator {
  add(record: TrajectoryRecord): void;
  /** One record by its features (see stats-features), e.g. as a worker computed them. */
  addFeatures(features: StatsFeatures): void;
  /** One rejected episode, by its violations. */
  addReject(violations: readonly Violation[]): void;
  result(): DatasetStats;
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Sorted keys, so the same records give the same bytes in any arrival order. */
function sorted(counts: Map<string, number>): Counts {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const percent = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 10000) / 100;

/**
 * A streaming `stats.json` builder in memory that does not grow with the
 * run: distinct screens, taps, requests and apps are counted exactly (as
 * 48-bit fingerprints, 6 bytes a slot) up to 500,000 each and estimated
 * past that (see DistinctCounter; `diversity.estimated` names the figures
 * that are estimates), and call counts and token estimates are integer
 * histograms, never lists of records.
 */
export function createStatsAccumulator(options: StatsOptions): StatsAccumulator {
  const perSplit = new Map<Split, number>(splits.map((split) => [split, 0]));
  const rejectCodes = new Map<string, number>();
  const toolCalls = new Map<string, number>();
  const facets = {
    families: new Map<string, number>(),
    platforms: new Map<string, number>(),
    packs: new Map<string, number>(),
    personas: new Map<string, number>(),
    difficulties: new Map<string, number>(),
  };
  const expected = options.expected ?? 0;
  const exactLimit = options.exactLimit ?? defaultExactLimit;
  const counter = (expect = 0) => new DistinctCounter({ expected: expect, exactLimit });
  const distinct = {
    // Sized for 5 distinct screens an episode (a 1M run had 4.33), up to
    // the exact limit: a set that outgrows its size doubles, holding both
    // tables while it rehashes.
    screens: counter(5 * expected),
    taps: counter(),
    requests: counter(expected),
    apps: counter(),
  };
  const calls = createHistogram();
  const tokens = createHistogram();
  const features = createStatsFeatures();
  let total = 0;
  let rejected = 0;
  let successes = 0;
  let injected = 0;
  let recovered = 0;
  let overLimit = 0;

  function addFeatures(f: StatsFeatures): void {
    total++;
    perSplit.set(f.split, (perSplit.get(f.split) ?? 0) + 1);
    bump(facets.families, f.family);
    bump(facets.platforms, f.platform);
    bump(facets.packs, f.pack);
    bump(facets.personas, f.persona);
    bump(facets.difficulties, f.difficulty);
    if (f.success) successes++;
    if (f.injected) injected++;
    if (f.recovered) recovered++;
    calls.add(f.calls);
    for (const name of f.tools) bump(toolCalls, name);
    for (const hash of f.screens) distinct.screens.add(hash);
    for (const hash of f.taps) distinct.taps.add(hash);
    distinct.requests.add(f.request);
    distinct.apps.add(f.app);
    tokens.add(f.tokens);
    if (f.tokens > options.contextLimit) overLimit++;
  }

  return {
    add(record) {
      addFeatures(features(record));
    },
    addFeatures,
    addReject(violations) {
      rejected++;
      for (const code of new Set(violations.map((violation) => violation.code)))
        bump(rejectCodes, code);
    },
    result() {
      const names = options.catalog.names;
      const used = names.filter((name) => toolCalls.has(name));
      const callSummary = calls.summary();
      // Every record adds one request and one app, so neither can have more
      // distinct values than there are records; a HyperLogLog estimate can
      // read above that (1,004 of 1,000), and capping it only moves it
      // toward the truth.
      const requests = Math.min(distinct.requests.size, total);
      const apps = Math.min(distinct.apps.size, total);
      return {
        records: { total, ...(Object.fromEntries(perSplit) as Record<Split, number>) },
        rejected: { total: rejected, byCode: sorted(rejectCodes) },
        successPercent: percent(successes, total),
        tools: {
          catalog: names.length,
          used: used.length,
          percent: percent(used.length, names.length),
          neverUsed: names.filter((name) => !toolCalls.has(name)),
          calls: sorted(toolCalls),
        },
        families: sorted(facets.families),
        platforms: sorted(facets.platforms),
        packs: sorted(facets.packs),
        personas: sorted(facets.personas),
        difficulties: sorted(facets.difficulties),
        recovery: { withInjections: injected, recovered, percent: percent(recovered, total) },
        callsPerTrajectory: {
          mean: Math.round(callSummary.mean * 100) / 100,
          median: calls.quantile(0.5),
          min: callSummary.min,
          max: callSummary.max,
        },
        diversity: {
          distinctScreens: distinct.screens.size,
          distinctTapPoints: distinct.taps.size,
          distinctRequests: requests,
          distinctRequestsPercent: percent(requests, total),
          distinctApps: apps,
          estimated: [
            ...(distinct.screens.exact ? [] : ['distinctScreens']),
            ...(distinct.taps.exact ? [] : ['distinctTapPoints']),
            ...(distinct.requests.exact ? [] : ['distinctRequests', 'distinctRequestsPercent']),
            ...(distinct.apps.exact ? [] : ['distinctApps']),
          ],
        },
        tokens: {
          estimator: tokenEstimator,
          p50: tokens.quantile(0.5),
          p95: tokens.quantile(0.95),
          max: tokens.summary().max,
          contextLimit: options.contextLimit,
          overLimit,
        },
      };
    },
  };
}
