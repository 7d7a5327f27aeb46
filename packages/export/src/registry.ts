import { type Exporter, ForgeError, fail, ok, type Result } from '@forge/spec';
import { createMlxExporter, type MlxOptions } from './mlx.js';
import { openAiExporter } from './openai.js';
import { createShareGptExporter, type ShareGptOptions } from './sharegpt.js';
import { gemmaExporter, hermesExporter } from './text-exporters.js';
import { trlExporter } from './trl.js';

/** Every `--format` name, in documentation order. */
export const exportFormatNames = ['openai', 'sharegpt', 'mlx', 'trl', 'hermes', 'gemma'] as const;

/** A `--format` name. */
export type ExportFormatName = (typeof exportFormatNames)[number];

/** Options for the exporters that take any. */
export interface ExportersOptions {
  readonly mlx?: MlxOptions;
  readonly sharegpt?: ShareGptOptions;
}

function isFormatName(name: string): name is ExportFormatName {
  return (exportFormatNames as readonly string[]).includes(name);
}

function create(name: ExportFormatName, options: ExportersOptions): Exporter {
  switch (name) {
    case 'openai':
      return openAiExporter;
    case 'sharegpt':
      return createShareGptExporter(options.sharegpt);
    case 'mlx':
      return createMlxExporter(options.mlx);
    case 'trl':
      return trlExporter;
    case 'hermes':
      return hermesExporter;
    case 'gemma':
      return gemmaExporter;
  }
}

/**
 * The exporters for `--format` names, in the order given, each once.
 * Names are trimmed; an unknown one is a FORGE_USAGE error listing the
 * known names, before any exporter is made.
 */
export function exporters(
  names: readonly string[],
  options: ExportersOptions = {},
): Result<Exporter[], ForgeError> {
  const wanted = [...new Set(names.map((name) => name.trim()))];
  const unknown = wanted.filter((name) => !isFormatName(name));
  if (unknown.length > 0)
    return fail(
      new ForgeError(
        'FORGE_USAGE',
        `unknown format ${unknown.map((name) => JSON.stringify(name)).join(', ')}; choose from ${exportFormatNames.join(', ')}`,
        { location: '--format' },
      ),
    );
  return ok(wanted.filter(isFormatName).map((name) => create(name, options)));
}
