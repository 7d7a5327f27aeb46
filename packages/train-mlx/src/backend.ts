import {
  ForgeError,
  fail,
  ok,
  type Result,
  type TrainBackend,
  type TrainOutcome,
  type TrainPlan,
} from '@forge/spec';
import { prepareMlxRun } from './prepare.js';
import { readRunConfig, runPython } from './run-config.js';
import { runMlxTraining } from './run-training.js';
import { describeTrainOutcome } from './train-outcome.js';

/**
 * The mlx-lm training backend behind the generic `TrainBackend` interface.
 * `train` reads the Python executable from the run's `forge-train.json`, so
 * any plan this backend prepared can be trained later.
 */
export function createMlxBackend(): TrainBackend {
  return {
    name: 'mlx',
    prepare: prepareMlxRun,
    async train(plan: TrainPlan, hooks): Promise<Result<TrainOutcome, ForgeError>> {
      const config = await readRunConfig(plan.runDir);
      if (!config.success) return config;
      const outcome = await runMlxTraining(
        { runDir: plan.runDir, python: runPython(config.value) },
        {
          ...(hooks.onMetrics === undefined ? {} : { onMetrics: hooks.onMetrics }),
          ...(hooks.signal === undefined ? {} : { signal: hooks.signal }),
        },
      );
      const described = describeTrainOutcome(outcome);
      if (described.class === 'ok') {
        const done = { runDir: plan.runDir, adapterPath: outcome.adapterPath };
        return ok(
          outcome.lastMetrics === undefined ? done : { ...done, lastMetrics: outcome.lastMetrics },
        );
      }
      const code = described.class === 'usage' ? 'FORGE_USAGE' : 'FORGE_INTERNAL';
      return fail(new ForgeError(code, described.message, { location: outcome.logPath }));
    },
  };
}
