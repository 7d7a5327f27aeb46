import type { Catalog, ToolSpec } from '../catalog/tool-spec.js';
import type { Platform } from '../platform.js';
import type { ToolCall } from '../record/messages.js';
import type { Difficulty } from '../record/trajectory.js';

/** Values a task exposes to the user-facing text (app name, target label, …). */
export type TaskParams = Readonly<Record<string, string | number | boolean>>;

/** What an episode asks for. */
export interface Task {
  /** Stable id of this episode's task, e.g. `navigate-tap/ios/123`. */
  readonly id: string;
  readonly family: string;
  readonly platform: Platform;
  readonly pack: string;
  readonly app: string;
  readonly difficulty: Difficulty;
  /** One plain sentence a person would accept as the goal. */
  readonly goal: string;
  /** The entities the user's request must mention. */
  readonly params: TaskParams;
  /**
   * Goal data for a teacher policy (target ids, expected values). A policy
   * may use it to know what to do, never where to tap: coordinates come only
   * from observations.
   */
  readonly privileged: Readonly<Record<string, unknown>>;
}

/**
 * Steps an episode may take before it is cut off, unless a caller says
 * otherwise. One number for the gym, the expert and generate, so the expert
 * plans its release against the same budget the env truncates at; the
 * longest families (profiling with a crash and a long scroll) need about 45.
 */
export const defaultMaxSteps = 60;

/** Which failures the environment may inject into an episode. */
export type InjectionMode = 'none' | 'seeded' | readonly string[];

/** Options for starting an episode. */
export interface ResetOptions {
  readonly seed: number;
  readonly family?: string;
  readonly platform?: Platform;
  readonly app?: string;
  readonly pack?: string;
  /** Default `seeded`: each episode draws its own failures from its seed. */
  readonly injections?: InjectionMode;
}

/** Facts about the episode that the environment recorded. */
export interface EpisodeInfo {
  readonly seed: number;
  /** Kinds of failure scheduled for this episode, in the order they fire. */
  readonly injections: readonly string[];
  /** Simulated clock, in milliseconds since the episode began. */
  readonly clockMs: number;
}

/** The start of an episode. */
export interface ResetResult {
  readonly task: Task;
  /** What a user would see before any call (a short status line). */
  readonly observation: string;
  readonly info: EpisodeInfo;
}

/** A tool's exact output text, and whether the tool reported an error. */
export interface ToolResult {
  readonly text: string;
  readonly isError: boolean;
}

/** Facts about one transition. */
export interface StepInfo {
  readonly clockMs: number;
  /** The task's state check after this step. */
  readonly success: boolean;
  /** The failure injected into this step, if one fired. */
  readonly injected?: string;
}

/** The outcome of one tool call. */
export interface StepResult {
  readonly result: ToolResult;
  /** 1 on the step that first reaches the task's success state, else 0. */
  readonly reward: number;
  /** The episode reached a terminal state (success, or a state it cannot leave). */
  readonly terminated: boolean;
  /** The step budget ran out. */
  readonly truncated: boolean;
  readonly info: StepInfo;
}

/** An opaque copy of an environment's state, for `restore`. */
export interface EnvSnapshot {
  readonly __forgeEnvSnapshot: true;
}

/**
 * A simulated world an agent acts in through tool calls, one transition per
 * call. Same seed and same calls give byte-identical results.
 */
export interface Env {
  /** The catalog every call is checked against. */
  readonly catalog: Catalog;
  /** The tools on offer in the current episode. */
  readonly tools: readonly ToolSpec[];
  /** Starts an episode from a seed. */
  reset(options: ResetOptions): ResetResult;
  /** Applies one tool call and returns the tool's output. */
  step(call: ToolCall): StepResult;
  /** The task's success check, decided from the world state. */
  isSuccess(): boolean;
  /** Copies the whole state, episode included. */
  snapshot(): EnvSnapshot;
  /** Returns to a state taken by `snapshot` on this environment. */
  restore(snapshot: EnvSnapshot): void;
}
