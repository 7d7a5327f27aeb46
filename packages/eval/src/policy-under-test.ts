import type { Message, Policy, PolicyAction, PolicyContext } from '@forge/spec';

/** What a policy under test sees: the policy context plus the transcript so far. */
export interface TurnContext extends PolicyContext {
  /** The canonical transcript: system, user, then every assistant, tool and feedback message. */
  readonly messages: readonly Message[];
  /** The sampling seed of this run (differs between the k repeats of a seed). */
  readonly sampleSeed: number;
  /** Zero-based index of this model turn in the episode. */
  readonly turn: number;
  readonly signal?: AbortSignal;
}

/** The raw reply a model turn came from, kept for the transcript. */
export interface RawReply {
  readonly content: string;
  readonly finishReason: string;
  /** The model id the endpoint reported for this reply, when it reported one. */
  readonly model?: string;
}

/** One turn of a policy under test. */
export type Turn =
  | { readonly kind: 'action'; readonly action: PolicyAction; readonly raw?: RawReply }
  /** The reply could not be read as tool calls or an answer. */
  | { readonly kind: 'format-error'; readonly reason: string; readonly raw: RawReply }
  /** The policy could not answer at all (endpoint down after retries). */
  | { readonly kind: 'error'; readonly code: string; readonly message: string };

/** A policy under evaluation: asynchronous, and allowed to fail as a value. */
export interface PolicyUnderTest {
  readonly name: string;
  next(context: TurnContext): Promise<Turn>;
}

/** Lifts a synchronous spec `Policy` (expert, scripted) into a policy under test. */
export function fromPolicy(policy: Policy): PolicyUnderTest {
  return {
    name: policy.name,
    async next(context) {
      return { kind: 'action', action: policy.next(context) };
    },
  };
}
