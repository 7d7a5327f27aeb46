import type { TrajectoryMeta, TrajectoryRecord } from '@forge/spec';
import { createExampleTokenCounter } from './example-tokens.js';
import { hash53 } from './hash.js';
import { calledTools, firstRequest, screenHashes, tapPointHashes } from './record-features.js';

/**
 * All `stats.json` needs of one record, as plain numbers and short strings.
 * A generate worker computes it next to the record and sends it instead of
 * the record, so the writing thread never rebuilds a record (with its
 * offered tools' schemas) from the message only to count it.
 */
export interface StatsFeatures
  extends Pick<TrajectoryRecord, 'split'>,
    Pick<
      TrajectoryMeta,
      'family' | 'platform' | 'pack' | 'persona' | 'difficulty' | 'success' | 'recovered' | 'calls'
    > {
  /** At least one failure was injected. */
  readonly injected: boolean;
  /** Tool names in call order (run-sequence counted as itself). */
  readonly tools: readonly string[];
  /** 53-bit hashes of the discovery observations' texts. */
  readonly screens: readonly number[];
  /** 53-bit hashes of every tap point. */
  readonly taps: readonly number[];
  /** 53-bit hashes of the user's request and of the app id. */
  readonly request: number;
  readonly app: number;
  /** Approximate tokens of the record as one training example. */
  readonly tokens: number;
}

/** Makes the function that reads a record's stats features (it caches each tool's token count). */
export function createStatsFeatures(): (record: TrajectoryRecord) => StatsFeatures {
  const countTokens = createExampleTokenCounter();
  return (record) => {
    const { meta } = record;
    return {
      split: record.split,
      family: meta.family,
      platform: meta.platform,
      pack: meta.pack,
      persona: meta.persona,
      difficulty: meta.difficulty,
      success: meta.success,
      injected: meta.injections.length > 0,
      recovered: meta.recovered,
      calls: meta.calls,
      tools: calledTools(record),
      screens: screenHashes(record),
      taps: tapPointHashes(record),
      request: hash53(firstRequest(record)),
      app: hash53(meta.app),
      tokens: countTokens(record),
    };
  };
}
