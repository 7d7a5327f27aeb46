/**
 * The expert's state for a history, memoized per history step: the state
 * after a step is cached on the step object, so asking again about the same
 * history (or a longer one sharing its steps) folds only the new steps.
 */
import type { HistoryStep, Task } from '@forge/spec';
import { foldStep } from './fold.js';
import { type ExpertState, initialState } from './state.js';

interface Cached {
  readonly task: Task;
  readonly index: number;
  readonly state: ExpertState;
}

const cache = new WeakMap<HistoryStep, Cached>();

/** The state after every step of `history`, for `task`. */
export function readHistory(task: Task, history: readonly HistoryStep[]): ExpertState {
  // Walk back to the newest step already read for this task at this position.
  let start = history.length;
  let state = initialState;
  while (start > 0) {
    const hit = cache.get(history[start - 1] as HistoryStep);
    if (hit && hit.task === task && hit.index === start - 1) {
      state = hit.state;
      break;
    }
    start -= 1;
  }
  for (let i = start; i < history.length; i += 1) {
    const step = history[i] as HistoryStep;
    state = foldStep(state, step, i);
    cache.set(step, { task, index: i, state });
  }
  return state;
}
