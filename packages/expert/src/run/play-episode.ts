/**
 * Playing one episode: reset, then ask the policy and step the env until it
 * answers or the budget runs out. The result is the draft narrate takes.
 */
import {
  type DraftStep,
  defaultMaxSteps,
  type Env,
  type EpisodeDraft,
  type InjectionMode,
  type JsonValue,
  type Platform,
  type Policy,
  type PolicyContext,
  type ToolResult,
} from '@forge/spec';

/** What to play. */
export interface PlayOptions {
  readonly seed: number;
  readonly family?: string;
  readonly platform?: Platform;
  readonly pack?: string;
  readonly app?: string;
  readonly injections?: InjectionMode;
  /** Steps (policy actions) before giving up (default `defaultMaxSteps`, the env's default budget). */
  readonly maxSteps?: number;
}

/** Facts about a played episode. */
export interface PlayInfo {
  /** Failures the env scheduled. */
  readonly injections: readonly string[];
  readonly clockMs: number;
  readonly calls: number;
  /** The policy gave a final answer (rather than running out of steps). */
  readonly answered: boolean;
}

/** A played episode: narrate's draft (also spread at the top level) plus what the env recorded. */
export interface PlayedEpisode extends EpisodeDraft {
  /** The same episode as the draft object narrate takes. */
  readonly draft: EpisodeDraft;
  /** Injected failures that actually fired, in order (a scheduled one may never fire). */
  readonly firedInjections: readonly string[];
  readonly info: PlayInfo;
}

/** Plays one episode of `policy` in `env`. */
export function playEpisode(env: Env, policy: Policy, options: PlayOptions): PlayedEpisode {
  const { seed } = options;
  const reset = env.reset({
    seed,
    ...(options.family === undefined ? {} : { family: options.family }),
    ...(options.platform === undefined ? {} : { platform: options.platform }),
    ...(options.pack === undefined ? {} : { pack: options.pack }),
    ...(options.app === undefined ? {} : { app: options.app }),
    ...(options.injections === undefined ? {} : { injections: options.injections }),
  });
  const task = reset.task;
  const maxSteps = options.maxSteps ?? defaultMaxSteps;
  // One array serves as the policy's history and the draft's steps: a DraftStep is a HistoryStep.
  const steps: DraftStep[] = [];
  const context: PolicyContext = {
    task,
    tools: env.tools,
    seed,
    initialObservation: reset.observation,
    history: steps,
  };
  let facts: Readonly<Record<string, JsonValue>> = {};
  let answered = false;
  let calls = 0;
  let clockMs = 0;
  const fired: string[] = [];
  while (steps.length <= maxSteps) {
    const action = policy.next(context);
    if (action.type === 'final') {
      facts = action.facts ?? {};
      answered = true;
      break;
    }
    if (steps.length === maxSteps) break;
    const results: ToolResult[] = [];
    let truncated = false;
    for (const call of action.calls) {
      const out = env.step(call);
      results.push(out.result);
      clockMs = out.info.clockMs;
      if (out.info.injected !== undefined) fired.push(out.info.injected);
      truncated ||= out.truncated;
    }
    calls += action.calls.length;
    steps.push(
      action.intent === undefined
        ? { calls: action.calls, results }
        : { calls: action.calls, results, intent: action.intent },
    );
    if (truncated) {
      // The env's budget is spent: the policy may still answer, but no call can run.
      const last = policy.next(context);
      if (last.type === 'final') {
        facts = last.facts ?? {};
        answered = true;
      }
      break;
    }
  }
  const draft: EpisodeDraft = { seed, task, steps, facts, success: env.isSuccess() };
  return {
    ...draft,
    draft,
    firedInjections: fired,
    info: { injections: reset.info.injections, clockMs, calls, answered },
  };
}
