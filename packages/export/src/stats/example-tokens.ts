import type { TrajectoryRecord } from '@forge/spec';
import { estimateTokens } from './token-estimate.js';

/** Role headers and separators a chat template adds around each message. */
const perMessage = 4;
/** The wrapper a text format puts around one call (`<tool_call>`, name key…). */
const perCall = 8;
/** Distinct tools remembered before the cache starts over. */
const cacheLimit = 4096;

/**
 * Counts one record's approximate tokens as one training example: tools
 * section, every message and every call's JSON. The tools section is
 * `JSON.stringify(record.tools)`; each tool's JSON starts with `{` and ends
 * with `}`, symbols that end a run, so the array's estimate is exactly its
 * brackets and commas plus each tool's own estimate. Tools repeat across
 * records while their sets (used tools plus seeded distractors) rarely do,
 * so the estimate is cached per tool name (bounded).
 */
export function createExampleTokenCounter(): (record: TrajectoryRecord) => number {
  const toolTokens = new Map<string, number>();
  return (record) => {
    // "[" and "]", and a comma between tools.
    let total = 2 + Math.max(0, record.tools.length - 1);
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
      total += perMessage + estimateTokens(message.content);
      if (message.role !== 'assistant') continue;
      for (const call of message.toolCalls ?? [])
        total +=
          perCall + estimateTokens(call.name) + estimateTokens(JSON.stringify(call.arguments));
    }
    return total;
  };
}
