import type { JsonValue } from '../json.js';
import type { ToolCall } from '../record/messages.js';
import type { Task, ToolResult } from './env.js';
import type { Intent } from './policy.js';

/** One step of a played episode, before any words are added. */
export interface DraftStep {
  readonly calls: readonly ToolCall[];
  readonly results: readonly ToolResult[];
  readonly intent?: Intent;
}

/** A played episode: the task, the steps and what the policy concluded. */
export interface EpisodeDraft {
  readonly seed: number;
  readonly task: Task;
  readonly steps: readonly DraftStep[];
  readonly facts: Readonly<Record<string, JsonValue>>;
  readonly success: boolean;
}

/** The words of an episode: one text per step, plus request and answer. */
export interface Narration {
  readonly persona: string;
  readonly request: string;
  /** The assistant's short text before each step's calls, one per step. */
  readonly stepTexts: readonly string[];
  readonly answer: string;
}

/** Writes the natural language around an episode; never changes a call or an observation. */
export interface Narrator {
  narrate(draft: EpisodeDraft): Narration;
}
