import {
  type Env,
  type HistoryStep,
  type Policy,
  type ResetOptions,
  type ToolResult,
  toolsRun,
} from '@forge/spec';

/** What the reference did alone on a seed. */
export interface ReferenceRun {
  readonly calls: number;
  readonly success: boolean;
  /** The tools it ran (run-sequence steps and flow commands included), for offering a tool list the way generate does. */
  readonly used: ReadonlySet<string>;
}

/**
 * Plays the reference policy alone on the episode's seed, for the
 * efficiency baseline: how many calls it needs and whether it succeeds.
 * Undefined when the reference throws.
 *
 * `calls` stop where an episode under test stops (the env terminating),
 * but the reference plays on to its final answer for `used`, as generate's
 * expert does: the tools it calls after the task is done (releasing the
 * devices) are in every record's offered list, so they must be in eval's.
 */
export function referenceRollout(
  env: Env,
  reference: Policy,
  reset: ResetOptions,
  maxTurns: number,
): ReferenceRun | undefined {
  try {
    const start = env.reset(reset);
    const history: HistoryStep[] = [];
    let calls = 0;
    let success: boolean | undefined;
    const used = new Set<string>();
    for (let turn = 0; turn < maxTurns; turn += 1) {
      const action = reference.next({
        task: start.task,
        tools: env.tools,
        seed: reset.seed,
        initialObservation: start.observation,
        history,
      });
      if (action.type === 'final') break;
      const results: ToolResult[] = [];
      let truncated = false;
      for (const call of action.calls) {
        const step = env.step(call);
        results.push(step.result);
        // As generate offers them: the tools a call runs inside it too.
        for (const name of toolsRun(call)) used.add(name);
        if (success === undefined) {
          calls += 1;
          if (step.terminated || step.truncated) success = env.isSuccess();
        }
        truncated ||= step.truncated;
      }
      history.push({ calls: action.calls, results });
      if (truncated) break;
    }
    return { calls, success: success ?? env.isSuccess(), used };
  } catch {
    return undefined;
  }
}
