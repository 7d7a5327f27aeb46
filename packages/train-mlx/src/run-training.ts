import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { TrainMetrics } from '@forge/spec';
import { trainCommand } from './commands.js';
import { runLayout } from './lora-config.js';
import { parseProgressLine } from './progress-line.js';
import { type ProcessOutcome, runLoggedProcess } from './run-process.js';

/** A training run's ending, with where its evidence is. */
export type TrainRunOutcome = ProcessOutcome & {
  readonly logPath: string;
  readonly metricsPath: string;
  readonly adapterPath: string;
  readonly lastMetrics?: TrainMetrics;
};

/** Callbacks and controls for a training run. */
export interface TrainRunHooks {
  readonly onMetrics?: (metrics: TrainMetrics) => void;
  /** Abort to interrupt: SIGINT goes to mlx-lm, the log is kept. */
  readonly signal?: AbortSignal;
  /** Extra environment for the child. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs `python -m mlx_lm lora -c lora.yaml` in a prepared run directory,
 * keeping its output in `train.log` and every progress report as one JSON
 * line in `metrics.jsonl`.
 */
export async function runMlxTraining(
  run: { readonly runDir: string; readonly python: string },
  hooks: TrainRunHooks = {},
): Promise<TrainRunOutcome> {
  const logPath = join(run.runDir, runLayout.log);
  const metricsPath = join(run.runDir, runLayout.metrics);
  const metrics = createWriteStream(metricsPath, { encoding: 'utf8' });
  let lastMetrics: TrainMetrics | undefined;
  const outcome = await runLoggedProcess({
    command: trainCommand(run.python),
    cwd: run.runDir,
    logPath,
    ...(hooks.env === undefined ? {} : { env: hooks.env }),
    ...(hooks.signal === undefined ? {} : { signal: hooks.signal }),
    onLine: (line) => {
      const parsed = parseProgressLine(line);
      if (parsed === undefined) return;
      lastMetrics = { ...lastMetrics, ...parsed };
      metrics.write(`${JSON.stringify(parsed)}\n`);
      hooks.onMetrics?.(parsed);
    },
  });
  await new Promise<void>((resolve) => metrics.end(() => resolve()));
  const where = { logPath, metricsPath, adapterPath: join(run.runDir, runLayout.adapters) };
  return lastMetrics === undefined
    ? { ...outcome, ...where }
    : { ...outcome, ...where, lastMetrics };
}
