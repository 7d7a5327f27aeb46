import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ForgeError, fail, ok, type Result, type TrainPlan, type TrainRequest } from '@forge/spec';
import { formatCommand, fuseCommand, serveCommand, trainCommand } from './commands.js';
import { dataFormatForModel, type MlxDataFormat } from './data-format.js';
import { writeFileAtomic } from './internal/atomic-file.js';
import { checkReadiness } from './length-check.js';
import { renderLoraYaml, runLayout } from './lora-config.js';
import { defaultMlxOptions, type MlxTrainOptions, resolveMlxOptions } from './options.js';
import { convertToMlxData, type SplitReport } from './prepare-data.js';
import { quantizationOf } from './quantization.js';
import { type RunConfig, runConfigSchemaId } from './run-config.js';

/** Where `forge train mlx serve` listens unless told otherwise (mlx-lm's own default port). */
export const defaultServeAddress = { host: '127.0.0.1', port: 8080 } as const;

/** A prepared run: the generic plan plus what the mlx backend knows about it. */
export interface MlxTrainPlan extends TrainPlan {
  readonly model: string;
  readonly options: MlxTrainOptions;
  /** The data format written (`auto` resolved against the model name). */
  readonly dataFormat: MlxDataFormat;
  readonly splits: readonly SplitReport[];
}

function runConfig(
  request: TrainRequest,
  plan: Omit<MlxTrainPlan, 'files' | 'commands' | 'warnings' | 'runDir'>,
  sources: Record<string, string>,
): RunConfig {
  const options: Record<string, { value: unknown; source: string }> = {};
  for (const key of Object.keys(defaultMlxOptions) as (keyof MlxTrainOptions)[])
    options[key] = { value: plan.options[key], source: sources[key] ?? 'default' };
  return {
    schema: runConfigSchemaId,
    backend: 'mlx-lm',
    dataset: resolve(request.dataDir),
    model: plan.model,
    options: options as RunConfig['options'],
    data: {
      format: 'chat',
      messages: plan.dataFormat,
      perTurn: plan.options.maskPrompt,
      splits: plan.splits,
    },
  };
}

function commandsText(model: string, options: MlxTrainOptions): string {
  const python = options.python;
  return [
    '# forge train mlx: the commands of this run; run them from the run directory.',
    '# Train (forge train mlx runs this):',
    formatCommand(trainCommand(python)),
    '# Fuse the adapters into the base model (forge train mlx fuse --run RUN_DIR):',
    // As `forge train mlx fuse` does: a quantized base is fused back to plain
    // weights, which Ollama and GGUF conversion can read.
    formatCommand(fuseCommand(python, model, { dequantize: quantizationOf(model) !== undefined })),
    '# Or serve the base model with the adapters (forge train mlx serve --run RUN_DIR):',
    formatCommand(serveCommand(python, model, defaultServeAddress)),
    '',
  ].join('\n');
}

/**
 * Prepares a run directory from a `forge generate` output: mlx-lm chat data
 * (one example per assistant turn when the prompt is masked, since mlx-lm
 * then trains only each example's last message), `lora.yaml`,
 * `forge-train.json`, a copy of the dataset manifest and `commands.txt`.
 * Refuses, writing no data, when examples would be truncated (unless
 * allowed) or a split has fewer examples than the batch size.
 */
export async function prepareMlxRun(
  request: TrainRequest,
): Promise<Result<MlxTrainPlan, ForgeError>> {
  const resolved = resolveMlxOptions(request.options);
  if (!resolved.success) return resolved;
  const { options, sources } = resolved.value;
  const runDir = resolve(request.outDir);
  const dataDir = join(runDir, runLayout.data);
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (cause) {
    return fail(
      new ForgeError('FORGE_IO', 'cannot create the run directory', { location: runDir, cause }),
    );
  }
  const dataFormat =
    options.dataFormat === 'auto' ? dataFormatForModel(request.model) : options.dataFormat;
  const pending = await convertToMlxData({
    datasetDir: resolve(request.dataDir),
    outDir: dataDir,
    perTurn: options.maskPrompt,
    format: dataFormat,
    maxSeqLength: options.maxSeqLength,
    skipLong: options.skipLong,
  });
  if (!pending.success) return pending;
  const { problems, warnings } = checkReadiness(pending.value.splits, options);
  if (problems.length > 0) {
    await pending.value.abort();
    return fail(new ForgeError('FORGE_USAGE', problems.map((p) => p.message).join('; ')));
  }
  const plan = { model: request.model, options, dataFormat, splits: pending.value.splits };
  const files = [...pending.value.files];
  const write = async (name: string, text: string) => {
    await writeFileAtomic(join(runDir, name), text);
    files.push(join(runDir, name));
  };
  const allWarnings = [...warnings];
  try {
    await pending.value.commit();
    await write(runLayout.config, renderLoraYaml(request.model, options));
    await write(
      runLayout.forgeConfig,
      `${JSON.stringify(runConfig(request, plan, sources), null, 2)}\n`,
    );
    await write(runLayout.commands, commandsText(request.model, options));
    const manifest = join(resolve(request.dataDir), runLayout.manifest);
    const copied = await copyFile(manifest, join(runDir, runLayout.manifest)).then(
      () => true,
      () => false,
    );
    if (copied) files.push(join(runDir, runLayout.manifest));
    else
      allWarnings.push(
        `no ${runLayout.manifest} in the dataset directory; the run cannot say which data it used`,
      );
  } catch (cause) {
    return fail(
      new ForgeError('FORGE_IO', 'cannot write the run directory', { location: runDir, cause }),
    );
  }
  return ok({
    ...plan,
    runDir,
    files,
    commands: [trainCommand(options.python)],
    warnings: allWarnings,
  });
}
