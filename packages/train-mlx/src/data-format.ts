import { renderMlx } from '@forge/export';
import { renderGemmaMessages, type TrajectoryRecord } from '@forge/spec';
import {
  estimateConversationTokens,
  estimateTextTurnTokens,
  estimateTurnTokens,
} from './token-estimate.js';

/**
 * What the messages of the mlx-lm chat data carry. mlx-lm renders chat data
 * with the base model's own chat template, so the data must be something
 * that template can render:
 * - `tools`: canonical messages with structured `tool_calls`, `tool` results
 *   and a `tools` list. For templates with tool support (Qwen, Llama 3.1,
 *   Mistral…), which print the tools and calls in their own markers.
 * - `gemma`: Gemma 3's template has no tool support and accepts only
 *   alternating user/assistant turns, so the messages are the Gemma text
 *   conversation from @forge/spec (tools and the system prompt folded into
 *   the first user turn, calls as fenced `tool_call` blocks, results as
 *   `<tool_response>` user turns). `forge eval --format gemma` sends exactly
 *   these messages, so training and scoring see the same text.
 */
export type MlxDataFormat = 'tools' | 'gemma';

/** The formats `--data-format` accepts; `auto` picks from the model name. */
export const mlxDataFormats: readonly (MlxDataFormat | 'auto')[] = ['auto', 'tools', 'gemma'];

/** The data format for a base model: Gemma models get `gemma`, the rest `tools`. */
export function dataFormatForModel(model: string): MlxDataFormat {
  return /gemma/i.test(model) ? 'gemma' : 'tools';
}

/** One mlx-lm example and its estimated length in tokens. */
export interface MlxExample {
  readonly line: string;
  readonly tokens: number;
}

function gemmaExamples(record: TrajectoryRecord, perTurn: boolean): MlxExample[] {
  const messages = renderGemmaMessages(record.messages, record.tools, '');
  const lengths = estimateTextTurnTokens(messages);
  if (!perTurn) return [{ line: JSON.stringify({ messages }), tokens: lengths.at(-1) ?? 0 }];
  const out: MlxExample[] = [];
  let turn = 0;
  messages.forEach((message, index) => {
    if (message.role !== 'assistant') return;
    out.push({
      line: JSON.stringify({ messages: messages.slice(0, index + 1) }),
      tokens: lengths[turn] ?? 0,
    });
    turn += 1;
  });
  return out;
}

/**
 * The mlx-lm chat lines for one record in a data format, with a length
 * estimate each: one line per record, or with `perTurn` one per assistant
 * turn (the conversation up to and including it), because mlx-lm's
 * `--mask-prompt` trains only an example's final message.
 */
export function mlxExamples(
  record: TrajectoryRecord,
  format: MlxDataFormat,
  perTurn: boolean,
): MlxExample[] {
  if (format === 'gemma') return gemmaExamples(record, perTurn);
  const lines = renderMlx(record, { perTurn });
  const lengths = perTurn
    ? estimateTurnTokens(record.messages, record.tools)
    : [estimateConversationTokens(record.messages, record.tools)];
  return lines.map((line, i) => ({ line, tokens: lengths[i] ?? 0 }));
}
