import type { ToolSpec } from '../catalog/tool-spec.js';
import type { Platform } from '../platform.js';
import type { Message } from './messages.js';

/** The schema tag every canonical record carries. */
export const trajectorySchemaId = 'forge.trajectory/1';

/** Where a record belongs: training splits, or the held-out eval set. */
export type Split = 'train' | 'valid' | 'test' | 'eval';

/** Every split, in file order. */
export const splits: readonly Split[] = ['train', 'valid', 'test', 'eval'];

/** How hard an episode is; set by the gym from the world it generated. */
export type Difficulty = 'easy' | 'medium' | 'hard';

/** Facts about an episode, for stats and filtering; never shown to a model. */
export interface TrajectoryMeta {
  readonly family: string;
  readonly platform: Platform;
  readonly pack: string;
  readonly app: string;
  readonly persona: string;
  readonly difficulty: Difficulty;
  /** The failures the gym injected, by kind, in order. */
  readonly injections: readonly string[];
  /** True when at least one injected failure was met and recovered from. */
  readonly recovered: boolean;
  /** The task's state check at the end of the episode. */
  readonly success: boolean;
  /** Distinct tools called, in first-use order. */
  readonly toolsUsed: readonly string[];
  /** Number of tool calls, run-sequence counted once. */
  readonly calls: number;
}

/** One episode in the canonical `forge.trajectory/1` format. */
export interface TrajectoryRecord {
  readonly schema: typeof trajectorySchemaId;
  readonly id: string;
  readonly seed: number;
  readonly split: Split;
  readonly meta: TrajectoryMeta;
  /** The tools offered to the model in this episode. */
  readonly tools: readonly ToolSpec[];
  readonly messages: readonly Message[];
}
