import type { TrajectoryRecord } from '@forge/spec';
import { estimateTokens } from './token-estimate.js';

/**
 * What a chat template adds around the content, in estimated tokens: its
 * tool-use instructions around the tool list (Qwen's "# Tools … <tools>"
 * block is about 100), role headers and separators per message, and the
 * wrapper of one call (`<tool_call>`, the name key…). Shared with
 * @forge/train-mlx, whose length check must agree with stats.json.
 */
export const templateOverhead = { toolPreamble: 100, perMessage: 10, perCall: 10 } as const;
const { toolPreamble, perMessage, perCall } = templateOverhead;

/**
 * The tool section's own tokens besides each tool's JSON: the preamble, and
 * the list's "[", "]" and commas (symbols, 3/4 each). An empty list is "[]"
 * with no preamble.
 */
export function toolListOverhead(count: number): number {
  return (count > 0 ? toolPreamble : 0) + Math.ceil(((2 + Math.max(0, count - 1)) * 3) / 4);
}

/** Distinct tools remembered before the cache starts over. */
const cacheLimit = 4096;

/** Distinct system prompts remembered before that cache starts over (a run has one or two). */
const systemLimit = 16;

/**
 * Counts one record's approximate tokens as one training example: tools
 * section, every message and every call's JSON, plus the template's
 * overhead. The tools section is `JSON.stringify(record.tools)` counted as
 * its brackets and commas plus each tool's own estimate: the sum of the
 * parts rounds up at most once per part more than the whole array would
 * (each tool's JSON starts and ends with a symbol, so no word or number run
 * spans two parts). Tools repeat across records while their sets (used
 * tools plus seeded distractors) rarely do, so the estimate is cached per
 * tool name (bounded). The system prompt is the same text in every record
 * of a run and about a third of a record's characters, so its estimate is
 * cached by its text (bounded): the estimate is a pure function of the text.
 */
export function createExampleTokenCounter(): (record: TrajectoryRecord) => number {
  const toolTokens = new Map<string, number>();
  const systemTokens = new Map<string, number>();
  const contentTokens = (role: string, content: string): number => {
    if (role !== 'system') return estimateTokens(content);
    let tokens = systemTokens.get(content);
    if (tokens === undefined) {
      tokens = estimateTokens(content);
      if (systemTokens.size >= systemLimit) systemTokens.clear();
      systemTokens.set(content, tokens);
    }
    return tokens;
  };
  return (record) => {
    let total = toolListOverhead(record.tools.length);
    for (const tool of record.tools) {
      let tokens = toolTokens.get(tool.name);
      if (tokens === undefined) {
        tokens = estimateTokens(JSON.stringify(tool));
        if (toolTokens.size >= cacheLimit) toolTokens.clear();
        toolTokens.set(tool.name, tokens);
      }
      total += tokens;
    }
    for (const message of record.messages) {
      total += perMessage + contentTokens(message.role, message.content);
      if (message.role !== 'assistant') continue;
      for (const call of message.toolCalls ?? [])
        total +=
          perCall + estimateTokens(call.name) + estimateTokens(JSON.stringify(call.arguments));
    }
    return total;
  };
}
