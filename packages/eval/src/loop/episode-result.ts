import type { Message, Platform, Violation } from '@forge/spec';

/** Which episode of a run: its position, seed and repeat. */
export interface EpisodeSpec {
  /** Position in the run; results and files keep this order. */
  readonly index: number;
  readonly seed: number;
  /** 0..k-1: which of the k repeats of this seed. */
  readonly repeat: number;
  /** Sampling seed sent to the model; differs between repeats. */
  readonly sampleSeed: number;
  readonly family?: string;
  readonly platform?: Platform;
  readonly pack?: string;
}

/** The verdict on one call. */
export interface CallVerdict {
  readonly callId: string;
  readonly name: string;
  /** False when the schema gate refused the call, so it never reached the env. */
  readonly executed: boolean;
  readonly violations: readonly Violation[];
  /** For calls that touch one element (`touchesElement`): no grounding violation. */
  readonly grounded?: boolean;
}

/** How a turn compared with the reference policy's choice from the same history. */
export interface ReferenceVerdict {
  /** The reference's action type: a tool name or `final`. */
  readonly action: string;
  readonly agree: boolean;
  /** Distance between the model's tap and the reference's, when both tapped. */
  readonly tapDistance?: number;
  /** Whether the model's tap hit the element the reference would tap. */
  readonly hit?: boolean;
}

/** One model turn, as logged in the transcript. */
export interface TurnLog {
  readonly turn: number;
  readonly kind: 'calls' | 'final' | 'format-error' | 'error';
  readonly reason?: string;
  /** The model's raw text, for format errors and text formats. */
  readonly raw?: string;
  readonly verdicts?: readonly CallVerdict[];
  readonly reference?: ReferenceVerdict;
}

/** How an episode ended. */
export type EpisodeEnd =
  | 'final'
  | 'step-limit'
  | 'format-errors'
  | 'terminated'
  | 'truncated'
  | 'error';

/** The numbers of one episode; everything metrics need, without the transcript. */
export interface EpisodeSummary extends EpisodeSpec {
  readonly taskId: string;
  readonly family: string;
  readonly platform: Platform;
  readonly pack: string;
  /**
   * Failure kinds the env scheduled for this world at reset (`info.injections`),
   * whether or not the policy got far enough to meet them: a property of the
   * task, so runs of different policies group alike. Absent in older results.
   */
  readonly injections?: readonly string[];
  readonly success: boolean;
  readonly end: EpisodeEnd;
  readonly error?: { readonly code: string; readonly message: string };
  readonly turns: number;
  readonly calls: number;
  readonly schemaValidCalls: number;
  /**
   * Calls that touch one element (taps, gesture-custom taps and long
   * presses, inspect points, run-sequences that touch), judged by the
   * grounding gate. The name stayed `taps` so older results still read.
   */
  readonly taps: number;
  /** Those touches with no grounding violation. */
  readonly groundedTaps: number;
  /**
   * Violations from every gate other than schema and grounding (policy,
   * device-order, offered, …). A schema violation is counted as an invalid
   * call and a grounding violation as an ungrounded touch, never here too.
   */
  readonly policyViolations: number;
  readonly formatErrors: number;
  /** Model ids the endpoint reported on this episode's replies, in first-seen order. */
  readonly servedModels?: readonly string[];
  /** Present when a reference policy was supplied. */
  readonly reference?: {
    readonly calls: number;
    readonly success: boolean;
    readonly comparedTurns: number;
    readonly agreeTurns: number;
    readonly tapPairs: number;
    readonly tapDistanceSum: number;
    readonly clickTrials: number;
    readonly clickHits: number;
  };
  /** Wall-clock duration; the only non-deterministic field. */
  readonly durationMs: number;
}

/** An episode with its transcript and per-turn verdicts: one line of episodes.jsonl. */
export interface EpisodeResult extends EpisodeSummary {
  /** The names of the tools the policy was shown, in the order it saw them. */
  readonly offered: readonly string[];
  readonly messages: readonly Message[];
  readonly log: readonly TurnLog[];
}
