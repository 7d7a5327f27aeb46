import type { ForgeError } from '../errors.js';
import type { Result } from '../result.js';

/** What to train: a generated dataset, a base model and the knobs. */
export interface TrainRequest {
  readonly dataDir: string;
  readonly model: string;
  readonly outDir: string;
  readonly options: Readonly<Record<string, string | number | boolean>>;
}

/** A prepared run: its directory, the files written, and the exact commands. */
export interface TrainPlan {
  readonly runDir: string;
  readonly files: readonly string[];
  /** Each command as an argument array (no shell). */
  readonly commands: readonly (readonly string[])[];
  readonly warnings: readonly string[];
}

/** One progress report from a training run. */
export interface TrainMetrics {
  readonly iteration: number;
  readonly trainLoss?: number;
  readonly valLoss?: number;
  readonly learningRate?: number;
  readonly tokensPerSec?: number;
  readonly peakMemoryGb?: number;
}

/** How a finished run ended. */
export interface TrainOutcome {
  readonly runDir: string;
  readonly adapterPath: string;
  readonly lastMetrics?: TrainMetrics;
}

/** A training backend: prepares a run directory, then trains from it. */
export interface TrainBackend {
  readonly name: string;
  prepare(request: TrainRequest): Promise<Result<TrainPlan, ForgeError>>;
  train(
    plan: TrainPlan,
    hooks: { readonly onMetrics?: (m: TrainMetrics) => void; readonly signal?: AbortSignal },
  ): Promise<Result<TrainOutcome, ForgeError>>;
}
