import { hasParallelCalls, type OpenAiMessage, toOpenAiMessage, toOpenAiTool } from './openai.js';
import type { PreferencePair } from './preference.js';

/** An OpenAI preference fine-tuning example. */
export interface OpenAiPreference {
  readonly input: {
    readonly messages: OpenAiMessage[];
    readonly tools: ReturnType<typeof toOpenAiTool>[];
    readonly parallel_tool_calls: boolean;
  };
  readonly preferred_output: OpenAiMessage[];
  readonly non_preferred_output: OpenAiMessage[];
}

/** An OpenAI preference fine-tuning example: `input`, `preferred_output`, `non_preferred_output`. */
export function renderOpenAiPreference(pair: PreferencePair): OpenAiPreference {
  return {
    input: {
      messages: pair.prompt.map(toOpenAiMessage),
      tools: pair.tools.map(toOpenAiTool),
      parallel_tool_calls: hasParallelCalls([...pair.prompt, pair.chosen, pair.rejected]),
    },
    preferred_output: [toOpenAiMessage(pair.chosen)],
    non_preferred_output: [toOpenAiMessage(pair.rejected)],
  };
}
