import type { Split } from '@forge/spec';

/** Counts by a name (family, platform, violation code…), keys sorted. */
export type Counts = Readonly<Record<string, number>>;

/** The `stats.json` object. Percents are 0..100 with two decimals. */
export interface DatasetStats {
  readonly records: Readonly<Record<Split, number>> & { readonly total: number };
  readonly rejected: { readonly total: number; readonly byCode: Counts };
  readonly successPercent: number;
  readonly tools: {
    readonly catalog: number;
    readonly used: number;
    readonly percent: number;
    /** Catalog tools never called directly, in catalog order. */
    readonly neverUsed: readonly string[];
    /** Direct calls per tool. */
    readonly calls: Counts;
  };
  readonly families: Counts;
  readonly platforms: Counts;
  readonly packs: Counts;
  readonly personas: Counts;
  readonly difficulties: Counts;
  readonly recovery: {
    readonly withInjections: number;
    readonly recovered: number;
    /** Recovered trajectories among all accepted ones. */
    readonly percent: number;
  };
  readonly callsPerTrajectory: {
    readonly mean: number;
    readonly median: number;
    readonly min: number;
    readonly max: number;
  };
  readonly diversity: {
    readonly distinctScreens: number;
    readonly distinctTapPoints: number;
    readonly distinctRequests: number;
    readonly distinctRequestsPercent: number;
    readonly distinctApps: number;
    /**
     * The figures above that are estimates (HyperLogLog, 0.41% standard
     * error), not exact counts: a count goes over to an estimate past
     * 500,000 distinct values. Estimated requests and apps are capped at
     * the record count (one of each a record). Empty when every figure is
     * exact.
     */
    readonly estimated: readonly string[];
  };
  readonly tokens: {
    readonly estimator: string;
    readonly p50: number;
    readonly p95: number;
    readonly max: number;
    readonly contextLimit: number;
    readonly overLimit: number;
  };
}
