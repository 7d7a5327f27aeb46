import { ForgeError, fail, ok, type Result } from '@forge/spec';
import { type MlxDataFormat, mlxDataFormats } from './data-format.js';

/** Every knob of an mlx-lm LoRA run, after defaults are applied. */
export interface MlxTrainOptions {
  readonly iters: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly loraRank: number;
  readonly loraScale: number;
  readonly loraDropout: number;
  /** Transformer blocks (counted from the top) that get adapters; -1 = all. */
  readonly numLayers: number;
  /** Module names to adapt; empty lets mlx-lm choose for the architecture. */
  readonly loraKeys: readonly string[];
  readonly maxSeqLength: number;
  readonly maskPrompt: boolean;
  readonly gradCheckpoint: boolean;
  readonly saveEvery: number;
  readonly stepsPerEval: number;
  readonly stepsPerReport: number;
  /** Validation batches per evaluation; -1 = the whole valid split. */
  readonly valBatches: number;
  readonly seed: number;
  /** The Python executable that has mlx-lm installed. */
  readonly python: string;
  /** Train even when some examples exceed `maxSeqLength` (mlx-lm truncates them). */
  readonly allowTruncation: boolean;
  /** Leave examples longer than `maxSeqLength` out of the prepared data (counted in the plan). */
  readonly skipLong: boolean;
  /** What the chat data carries (`MlxDataFormat`); `auto` picks from the model name. */
  readonly dataFormat: MlxDataFormat | 'auto';
}

/** Where an option's value came from, recorded in `forge-train.json`. */
export type OptionSource = 'flag' | 'default';

/**
 * Defaults for a 2–4B model on a 16–32 GB Apple Silicon Mac; docs/training.md
 * explains each choice. Agent trajectories are long (a tool list plus many
 * observations), so memory goes to sequence length, not batch size.
 */
export const defaultMlxOptions: MlxTrainOptions = {
  iters: 1000,
  batchSize: 1,
  learningRate: 2e-5,
  loraRank: 16,
  loraScale: 10,
  loraDropout: 0.05,
  numLayers: 16,
  loraKeys: [],
  maxSeqLength: 8192,
  maskPrompt: true,
  gradCheckpoint: true,
  saveEvery: 100,
  stepsPerEval: 100,
  stepsPerReport: 10,
  valBatches: 25,
  seed: 0,
  python: 'python3',
  allowTruncation: false,
  skipLong: false,
  dataFormat: 'auto',
};

/** Resolved options and the source of each one. */
export interface ResolvedOptions {
  readonly options: MlxTrainOptions;
  readonly sources: Readonly<Record<keyof MlxTrainOptions, OptionSource>>;
}

type Raw = Readonly<Record<string, string | number | boolean>>;
type Kind =
  | 'int'
  | 'positive-int'
  | 'layers'
  | 'positive'
  | 'fraction'
  | 'bool'
  | 'string'
  | 'list'
  | 'data-format';

const kinds: Readonly<Record<keyof MlxTrainOptions, Kind>> = {
  iters: 'positive-int',
  batchSize: 'positive-int',
  learningRate: 'positive',
  loraRank: 'positive-int',
  loraScale: 'positive',
  loraDropout: 'fraction',
  numLayers: 'layers',
  loraKeys: 'list',
  maxSeqLength: 'positive-int',
  maskPrompt: 'bool',
  gradCheckpoint: 'bool',
  saveEvery: 'positive-int',
  stepsPerEval: 'positive-int',
  stepsPerReport: 'positive-int',
  valBatches: 'layers',
  seed: 'int',
  python: 'string',
  allowTruncation: 'bool',
  skipLong: 'bool',
  dataFormat: 'data-format',
};

const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function convert(key: string, kind: Kind, raw: string | number | boolean): unknown {
  const bad = (what: string) => new ForgeError('FORGE_USAGE', `--${kebab(key)} ${what}`);
  if (kind === 'bool') {
    if (typeof raw === 'boolean') return raw;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    return bad('must be true or false');
  }
  if (kind === 'string') return String(raw);
  if (kind === 'data-format')
    return (mlxDataFormats as readonly unknown[]).includes(raw)
      ? raw
      : bad(`must be one of ${mlxDataFormats.join(', ')}`);
  if (kind === 'list') {
    const items = String(raw)
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    return items.length > 0 ? items : bad('needs at least one module name');
  }
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (typeof raw === 'boolean' || String(raw).trim() === '' || !Number.isFinite(value))
    return bad(`must be a number, got "${String(raw)}"`);
  switch (kind) {
    case 'int':
      return Number.isInteger(value) && value >= 0 ? value : bad('must be a whole number >= 0');
    case 'positive-int':
      return Number.isInteger(value) && value > 0 ? value : bad('must be a whole number > 0');
    case 'layers':
      return Number.isInteger(value) && (value > 0 || value === -1)
        ? value
        : bad('must be a whole number > 0, or -1 for all');
    case 'positive':
      return value > 0 ? value : bad('must be > 0');
    case 'fraction':
      return value >= 0 && value < 1 ? value : bad('must be in [0, 1)');
  }
}

/**
 * Applies defaults to the options a caller gave (strings from a command line
 * or typed values) and checks each one. Unknown keys are refused so a typo
 * never silently trains with a default.
 */
export function resolveMlxOptions(raw: Raw): Result<ResolvedOptions, ForgeError> {
  const options: Record<string, unknown> = { ...defaultMlxOptions };
  const sources: Record<string, OptionSource> = {};
  for (const key of Object.keys(defaultMlxOptions)) sources[key] = 'default';
  for (const [key, value] of Object.entries(raw)) {
    const kind = kinds[key as keyof MlxTrainOptions];
    if (kind === undefined)
      return fail(new ForgeError('FORGE_USAGE', `unknown training option "${key}"`));
    const converted = convert(key, kind, value);
    if (ForgeError.is(converted)) return fail(converted);
    options[key] = converted;
    sources[key] = 'flag';
  }
  return ok({
    options: options as unknown as MlxTrainOptions,
    sources: sources as Record<keyof MlxTrainOptions, OptionSource>,
  });
}
