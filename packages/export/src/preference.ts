import type { AssistantMessage, Message, ToolSpec } from '@forge/spec';

/**
 * One preference example: a conversation prefix and two candidate next
 * assistant turns. The corrupted `rejected` turn is composed elsewhere; the
 * renderers only give it each trainer's shape.
 */
export interface PreferencePair {
  /** The conversation up to the decision, system prompt included. */
  readonly prompt: readonly Message[];
  readonly chosen: AssistantMessage;
  readonly rejected: AssistantMessage;
  readonly tools: readonly ToolSpec[];
}
