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
  /**
   * Held-out packs to play, in the gym's pack order. Each seed gets the one
   * `forge generate --held-out-packs` reset its eval-split record with, so
   * a dataset's eval seeds are played in the very worlds it held out.
   */
  readonly packs?: readonly string[];
}

/**
 * The pack of a seed among held-out packs: the same hash generate uses
 * (`episodeResetPack` in the CLI), not a seed-by-seed cycle, which would
 * give most seeds a different world than the one reserved for them.
 */
export function heldOutPack(seed: number, packs: readonly string[]): string | undefined {
  return packs.length === 0 ? undefined : packs[deriveSeed('held-out-pack', seed) % packs.length];
}

/** The run's episodes in order: each seed's k repeats side by side. */
export function planEpisodes(options: PlanOptions): EpisodeSpec[] {
  const specs: EpisodeSpec[] = [];
  for (const seed of options.seeds) {
    const pack = options.packs ? heldOutPack(seed, options.packs) : undefined;
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
  }
  return specs;
}
