/** A sub-goal that is one host-tool call, done once the call succeeded. */
import type { JsonObject } from '@forge/spec';
import { callAction } from '../core/actions.js';
import type { ExpertView } from '../core/view.js';
import type { SubGoal } from './strategy.js';

/** Call `tool` with `args` until a successful output is recorded under `key` (the tool name by default). */
export function hostGoal(
  tool: string,
  args: (view: ExpertView) => JsonObject,
  intent: string,
  key: (view: ExpertView) => string = () => tool,
): SubGoal {
  return {
    name: tool,
    done: (view) => view.state.outputs[key(view)] !== undefined,
    next: (view) => callAction(view, tool, args(view), intent),
  };
}
