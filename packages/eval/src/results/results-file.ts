import type { JsonObject } from '@forge/spec';
import type { MetricsReport } from '../metrics/compute-metrics.js';

/** The schema tag of results.json. */
export const resultsSchemaId = 'forge.eval/1';

/** results.json: what was run, on what, and how it scored. */
export interface ResultsFile {
  readonly schema: typeof resultsSchemaId;
  readonly status: 'running' | 'interrupted' | 'complete';
  readonly policy: string;
  readonly model?: {
    /** The id requested. */
    readonly id: string;
    readonly endpoint: string;
    readonly format: string;
    /** Ids the endpoint reported in its replies (sorted); absent when it reported none. */
    readonly served?: readonly string[];
  };
  /** Everything that decides the episodes' outcomes; resume refuses a different one. */
  readonly config: JsonObject;
  readonly configHash: string;
  readonly taskSet: {
    /** SHA-256 over `seed:taskId` lines in seed order. */
    readonly hash: string;
    readonly seeds: readonly number[];
    readonly k: number;
    readonly episodes: number;
  };
  readonly dataset?: { readonly dir: string; readonly manifestHash: string };
  readonly progress: { readonly done: number; readonly total: number };
  readonly metrics: MetricsReport;
  readonly timings: {
    readonly startedAt: string;
    readonly updatedAt: string;
    readonly wallMs: number;
    readonly episodesPerSecond: number;
    readonly meanEpisodeMs: number;
  };
}
