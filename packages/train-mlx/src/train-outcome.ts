import { installAdvice } from './missing-module.js';
import type { TrainRunOutcome } from './run-training.js';

/** How a caller should end: success, the work failed, unusable setup, or interrupted. */
export type OutcomeClass = 'ok' | 'problems' | 'usage' | 'interrupted';

/** One line for a terminal about how a run ended, and how to classify it. */
export function describeTrainOutcome(outcome: TrainRunOutcome): {
  readonly class: OutcomeClass;
  readonly message: string;
} {
  switch (outcome.kind) {
    case 'completed': {
      const m = outcome.lastMetrics;
      const losses = [
        m?.trainLoss === undefined ? undefined : `train loss ${m.trainLoss}`,
        m?.valLoss === undefined ? undefined : `val loss ${m.valLoss}`,
      ].filter((s) => s !== undefined);
      const tail = losses.length > 0 ? ` (${losses.join(', ')})` : '';
      return {
        class: 'ok',
        message: `training finished: adapters in ${outcome.adapterPath}${tail}`,
      };
    }
    case 'failed': {
      const why = outcome.lastError === undefined ? '' : `: ${outcome.lastError}`;
      return {
        class: 'problems',
        message: `training failed (exit ${outcome.exitCode ?? 'by signal'})${why}; see ${outcome.logPath}`,
      };
    }
    case 'missing-module':
      return { class: 'usage', message: `${installAdvice}; see ${outcome.logPath}` };
    case 'missing-python':
      return {
        class: 'usage',
        message: `cannot run "${outcome.python}": not found; pass --python with the interpreter that has mlx-lm (pip install mlx-lm, Apple Silicon only)`,
      };
    case 'interrupted':
      return {
        class: 'interrupted',
        message: `training interrupted; the log is kept at ${outcome.logPath}`,
      };
  }
}
