import { stringify } from 'yaml';
import type { MlxTrainOptions } from './options.js';

/** Paths in `lora.yaml`, relative to the run directory (mlx-lm runs there). */
export const runLayout = {
  config: 'lora.yaml',
  data: 'data',
  adapters: 'adapters',
  fused: 'fused',
  log: 'train.log',
  metrics: 'metrics.jsonl',
  forgeConfig: 'forge-train.json',
  manifest: 'manifest.json',
  commands: 'commands.txt',
} as const;

/** mlx-lm's learning-rate schedule block (`lr_schedule` in its YAML). */
export interface LrSchedule {
  readonly name: 'cosine_decay';
  readonly warmup: number;
  readonly warmup_init: number;
  /** `cosine_decay(init, decay_steps, end)`; the first argument is the peak rate. */
  readonly arguments: readonly [number, number, number];
}

/**
 * The schedule: a short linear warmup (a tenth of the run, at most 50 steps)
 * so the fresh adapters do not take full-rate steps on their first batches,
 * then cosine decay to a tenth of the peak.
 */
export function lrScheduleFor(options: MlxTrainOptions): LrSchedule {
  const warmup = Math.min(50, Math.floor(options.iters / 10));
  return {
    name: 'cosine_decay',
    warmup,
    warmup_init: 0,
    arguments: [
      options.learningRate,
      Math.max(1, options.iters - warmup),
      options.learningRate / 10,
    ],
  };
}

/**
 * The object written as `lora.yaml`. Keys are mlx-lm's flag names with
 * underscores, in a fixed order so the file is byte-stable.
 */
export function buildLoraConfig(model: string, options: MlxTrainOptions): Record<string, unknown> {
  const lora: Record<string, unknown> = {};
  // Without keys mlx-lm picks the right projections for the architecture.
  if (options.loraKeys.length > 0) lora.keys = [...options.loraKeys];
  lora.rank = options.loraRank;
  lora.scale = options.loraScale;
  lora.dropout = options.loraDropout;
  return {
    model,
    train: true,
    data: runLayout.data,
    fine_tune_type: 'lora',
    seed: options.seed,
    num_layers: options.numLayers,
    batch_size: options.batchSize,
    iters: options.iters,
    val_batches: options.valBatches,
    learning_rate: options.learningRate,
    steps_per_report: options.stepsPerReport,
    steps_per_eval: options.stepsPerEval,
    save_every: options.saveEvery,
    adapter_path: runLayout.adapters,
    max_seq_length: options.maxSeqLength,
    grad_checkpoint: options.gradCheckpoint,
    mask_prompt: options.maskPrompt,
    lora_parameters: lora,
    lr_schedule: lrScheduleFor(options),
  };
}

/** `lora.yaml` text for a run. */
export function renderLoraYaml(model: string, options: MlxTrainOptions): string {
  return `# Written by forge train mlx; read by: python -m mlx_lm lora -c lora.yaml\n${stringify(buildLoraConfig(model, options))}`;
}
