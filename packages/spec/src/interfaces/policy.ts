import type { ToolSpec } from '../catalog/tool-spec.js';
import type { JsonValue } from '../json.js';
import type { ToolCall } from '../record/messages.js';
import type { Task, ToolResult } from './env.js';

/** Why a policy took a step, in data a narrator can phrase. */
export interface Intent {
  /** A kind such as `list-devices`, `discover`, `tap-target`, `recover-miss`. */
  readonly kind: string;
  readonly detail?: Readonly<Record<string, string | number | boolean>>;
}

/** One step already taken: the calls and the results they got. */
export interface HistoryStep {
  readonly calls: readonly ToolCall[];
  readonly results: readonly ToolResult[];
}

/** Everything a policy may look at to choose its next step. */
export interface PolicyContext {
  readonly task: Task;
  readonly tools: readonly ToolSpec[];
  readonly seed: number;
  /** The observation `reset` returned. */
  readonly initialObservation: string;
  readonly history: readonly HistoryStep[];
}

/** A policy's choice: more calls, or the final answer. */
export type PolicyAction =
  | {
      readonly type: 'call';
      readonly calls: readonly ToolCall[];
      readonly intent?: Intent;
      readonly text?: string;
    }
  | {
      readonly type: 'final';
      /** What the policy saw that answers the task (values read from observations). */
      readonly facts?: Readonly<Record<string, JsonValue>>;
      readonly text?: string;
    };

/**
 * Chooses the next action from the task and the history so far. A policy is
 * a function of its context: given the same context it returns the same
 * action, so it can be asked "what would you do here" from any state.
 */
export interface Policy {
  readonly name: string;
  next(context: PolicyContext): PolicyAction;
}
