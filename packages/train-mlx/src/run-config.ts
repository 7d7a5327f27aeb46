import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ForgeError, fail, ok, type Result } from '@forge/spec';
import type { MlxDataFormat } from './data-format.js';
import { runLayout } from './lora-config.js';
import type { MlxTrainOptions, OptionSource } from './options.js';
import type { SplitReport } from './prepare-data.js';

/** The schema tag of `forge-train.json`. */
export const runConfigSchemaId = 'forge.train-mlx/1';

/** `forge-train.json`: what a run was prepared from, every option and its source. */
export interface RunConfig {
  readonly schema: typeof runConfigSchemaId;
  readonly backend: 'mlx-lm';
  readonly dataset: string;
  readonly model: string;
  readonly options: Readonly<
    Record<keyof MlxTrainOptions, { readonly value: unknown; readonly source: OptionSource }>
  >;
  readonly data: {
    readonly format: 'chat';
    /** What the chat messages carry; absent in runs prepared before it was recorded (`tools`). */
    readonly messages?: MlxDataFormat;
    readonly perTurn: boolean;
    readonly splits: readonly SplitReport[];
  };
}

/** Reads a run directory's `forge-train.json` (for fuse, serve and modelfile). */
export async function readRunConfig(runDir: string): Promise<Result<RunConfig, ForgeError>> {
  const path = join(runDir, runLayout.forgeConfig);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    return fail(
      new ForgeError('FORGE_USAGE', 'not a prepared run directory (run forge train mlx first)', {
        location: path,
        cause,
      }),
    );
  }
  try {
    const value = JSON.parse(text) as Partial<RunConfig>;
    if (value.schema !== runConfigSchemaId || typeof value.model !== 'string' || !value.options)
      return fail(
        new ForgeError('FORGE_USAGE', `not a ${runConfigSchemaId} file`, { location: path }),
      );
    return ok(value as RunConfig);
  } catch (cause) {
    return fail(
      new ForgeError('FORGE_USAGE', 'forge-train.json is not valid JSON', {
        location: path,
        cause,
      }),
    );
  }
}

/** The Python executable a run was prepared with. */
export function runPython(config: RunConfig): string {
  const python = config.options.python?.value;
  return typeof python === 'string' ? python : 'python3';
}
