import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ForgeError, fail, ok, type Result } from '@forge/spec';
import { sha256 } from '../results/files.js';

/** An inclusive seed range `[first, last]`. */
export type SeedRange = readonly [number, number];

/** What eval needs from a dataset's manifest.json: its hash and each split's seed range. */
export interface DatasetSeeds {
  readonly manifestHash: string;
  /**
   * How the dataset's prompts were built (`args` of its manifest), so eval
   * can show a model the same system prompt and the same size of tool list
   * it was trained on. Absent fields were not recorded.
   */
  readonly prompt: {
    readonly systemPrompt?: string;
    readonly offered?: number;
    readonly lean?: boolean;
  };
  readonly ranges: Readonly<Partial<Record<'train' | 'valid' | 'test' | 'eval', SeedRange>>>;
  /**
   * Whether generate reset its eval split on held-out packs (`args.heldOutPacks`);
   * eval then plays them too, each seed in the pack generate gave it.
   */
  readonly heldOutPacks: boolean;
  /** How generate scheduled failures (`args.injections`); absent when not recorded. */
  readonly injections?: 'seeded' | 'none';
}

/** The manifest's `{ from, to }` (to exclusive) as an inclusive range; null when empty. */
function readRange(v: unknown): SeedRange | null | undefined {
  const r = v as { from?: unknown; to?: unknown } | null;
  if (typeof r !== 'object' || r === null) return undefined;
  if (!Number.isSafeInteger(r.from) || !Number.isSafeInteger(r.to)) return undefined;
  const [from, to] = [r.from as number, r.to as number];
  if (to < from) return undefined;
  return to === from ? null : [from, to - 1];
}

/**
 * Reads `DIR/manifest.json` as @forge/export writes it: `seedRanges: {
 * train, valid, test, eval }`, each `{ from, to }` with `to` exclusive,
 * which is how the manifest proves split disjointness.
 */
export async function readDatasetSeeds(dir: string): Promise<Result<DatasetSeeds, ForgeError>> {
  const path = join(dir, 'manifest.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    return fail(
      new ForgeError('FORGE_IO', 'cannot read the dataset manifest', { location: path, cause }),
    );
  }
  let manifest: { seedRanges?: Record<string, unknown>; args?: Record<string, unknown> };
  try {
    manifest = JSON.parse(text) as typeof manifest;
  } catch (cause) {
    return fail(new ForgeError('FORGE_IO', 'manifest is not JSON', { location: path, cause }));
  }
  const ranges: Partial<Record<'train' | 'valid' | 'test' | 'eval', SeedRange>> = {};
  for (const split of ['train', 'valid', 'test', 'eval'] as const) {
    const range = manifest.seedRanges?.[split];
    if (range === undefined) continue;
    const read = readRange(range);
    if (read === undefined) {
      return fail(
        new ForgeError('FORGE_USAGE', `seedRanges.${split} must be { from, to } with from <= to`, {
          location: path,
        }),
      );
    }
    if (read) ranges[split] = read;
  }
  if (!ranges.eval) {
    return fail(
      new ForgeError('FORGE_USAGE', 'manifest has no seedRanges.eval to take held-out seeds from', {
        location: path,
      }),
    );
  }
  const args = manifest.args ?? {};
  const prompt = {
    ...(typeof args.systemPrompt === 'string' ? { systemPrompt: args.systemPrompt } : {}),
    ...(Number.isSafeInteger(args.offered) ? { offered: args.offered as number } : {}),
    ...(typeof args.lean === 'boolean' ? { lean: args.lean } : {}),
  };
  const injections =
    args.injections === 'seeded' || args.injections === 'none' ? args.injections : undefined;
  return ok({
    manifestHash: sha256(text),
    ranges,
    prompt,
    heldOutPacks: args.heldOutPacks === true,
    ...(injections ? { injections } : {}),
  });
}

/** The seeds that fall in any training split's range; empty means the eval seeds are held out. */
export function seedsOverlappingTraining(
  seeds: readonly number[],
  dataset: DatasetSeeds,
): number[] {
  const training = (['train', 'valid', 'test'] as const).flatMap((s) => {
    const range = dataset.ranges[s];
    return range ? [range] : [];
  });
  return seeds.filter((seed) => training.some(([a, b]) => seed >= a && seed <= b));
}

/** The default held-out seeds when no dataset is given: far above any generated split. */
export const heldOutSeedStart = 9_000_000;
