import type { TrajectoryRecord } from '@forge/spec';
import { estimateTokens } from './token-estimate.js';

/** Role headers and separators a chat template adds around each message. */
const perMessage = 4;
/** The wrapper a text format puts around one call (`<tool_call>`, name key…). */
const perCall = 8;
/** Distinct tool sets remembered before the cache starts over. */
const cacheLimit = 4096;

/**
 * Counts one record's approximate tokens as one training example: tools
 * section, every message and every call's JSON. Tool sets repeat across
 * records, so their estimate is cached by the tools' names (bounded).
 */
export function createExampleTokenCounter(): (record: TrajectoryRecord) => number {
  const toolTokens = new Map<string, number>();
  return (record) => {
    const key = record.tools.map((tool) => tool.name).join(',');
    let tools = toolTokens.get(key);
    if (tools === undefined) {
      tools = estimateTokens(JSON.stringify(record.tools));
      if (toolTokens.size >= cacheLimit) toolTokens.clear();
      toolTokens.set(key, tools);
    }
    let total = tools;
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
