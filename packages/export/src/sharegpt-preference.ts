import type { PreferencePair } from './preference.js';
import {
  type ShareGptTurn,
  shareGptTools,
  systemOf,
  toShareGptAnswer,
  toShareGptConversations,
} from './sharegpt.js';

/** A LLaMA-Factory ranking example. */
export interface ShareGptPreference {
  readonly conversations: ShareGptTurn[];
  readonly chosen: ShareGptTurn;
  readonly rejected: ShareGptTurn;
  readonly system: string;
  readonly tools: string;
}

/**
 * A LLaMA-Factory ranking example: the prompt's turns (ending on a human or
 * observation turn), and single-turn `chosen` and `rejected` answers.
 */
export function renderShareGptPreference(pair: PreferencePair): ShareGptPreference {
  return {
    conversations: toShareGptConversations(pair.prompt),
    chosen: toShareGptAnswer(pair.chosen),
    rejected: toShareGptAnswer(pair.rejected),
    system: systemOf(pair.prompt),
    tools: shareGptTools(pair),
  };
}
