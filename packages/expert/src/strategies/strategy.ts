/**
 * A family's strategy: a plan of ordered sub-goals, each with a "done?"
 * read from the history and the move that works towards it. Adding a family
 * means writing one of these and registering it.
 */
import type { JsonValue, PolicyAction } from '@forge/spec';
import type { ExpertView } from '../core/view.js';

/** One step of a plan. */
export interface SubGoal {
  readonly name: string;
  /** True once the history shows the goal reached (usually from a current discovery). */
  done(view: ExpertView): boolean;
  /** The next move towards it; runs after the guards (device, app, fresh discovery, dialog). */
  next(view: ExpertView): PolicyAction;
}

/** How the expert plays one task family. */
export interface Strategy {
  readonly family: string;
  /**
   * False when the generic launch must be skipped: the plan opens the app
   * itself (a deep link) or needs no app (host tools).
   */
  readonly usesApp?: boolean;
  /** The plan drives a device (boot it when needed); host-only plans say false. */
  readonly needsDevice?: boolean;
  /** Whether to end by releasing every device (default true; a plan that released one device itself says false). */
  releasesAll?(view: ExpertView): boolean;
  /** The plan reads values or flags (field text, switch state) only describe prints. */
  readonly needsDescribe?: boolean;
  /**
   * A move that must directly follow the previous one, before any re-reading
   * of the screen (typing right after tapping a field).
   */
  followUp?(view: ExpertView): PolicyAction | undefined;
  readonly goals: readonly SubGoal[];
  /** What the final answer reports, read from observations. */
  facts(view: ExpertView): Readonly<Record<string, JsonValue>>;
}

/** The first sub-goal not yet done, or undefined when the plan is complete. */
export function pendingGoal(strategy: Strategy, view: ExpertView): SubGoal | undefined {
  for (const goal of strategy.goals) if (!goal.done(view)) return goal;
  return undefined;
}
