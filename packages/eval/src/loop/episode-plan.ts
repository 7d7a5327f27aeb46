import { deriveSeed } from '@forge/gym';
import type { Platform } from '@forge/spec';
import type { EpisodeSpec } from './episode-result.js';

/** What to play: seeds, repeats and an optional task selection. */
export interface PlanOptions {
  readonly seeds: readonly number[];
  /** Runs per seed with different sampling seeds, for pass^k. */
  readonly k: number;
  /** Drives the sampling seeds; the same run seed gives the same samples. */
  readonly runSeed: number;
  readonly family?: string;
  readonly platform?: Platform;
  /** Packs to cycle through, seed by seed (held-out packs). */
  readonly packs?: readonly string[];
}

/** The run's episodes in order: each seed's k repeats side by side. */
export function planEpisodes(options: PlanOptions): EpisodeSpec[] {
  const specs: EpisodeSpec[] = [];
  options.seeds.forEach((seed, s) => {
    const pack =
      options.packs && options.packs.length > 0
        ? options.packs[s % options.packs.length]
        : undefined;
    for (let repeat = 0; repeat < options.k; repeat += 1) {
      specs.push({
        index: specs.length,
        seed,
        repeat,
        sampleSeed: deriveSeed(options.runSeed, 'sample', seed, repeat) % 2 ** 31,
        ...(options.family === undefined ? {} : { family: options.family }),
        ...(options.platform === undefined ? {} : { platform: options.platform }),
        ...(pack === undefined ? {} : { pack }),
      });
    }
  });
  return specs;
}
