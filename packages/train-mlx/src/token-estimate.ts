import { estimateTokens, templateOverhead, toFunctionTool, toolListOverhead } from '@forge/export';
import type { Message, TextMessage, ToolSpec } from '@forge/spec';

/**
 * Token estimates for the length check, without the model's tokenizer. The
 * text is counted by @forge/export's `estimateTokens` with the same template
 * overheads as stats.json, so `forge train mlx` and the dataset's stats agree
 * on what is too long. On generated records rendered as Qwen/Hermes and Gemma
 * text it lands 1.0–1.17 times the real count of the o200k_base and
 * cl100k_base vocabularies (the calibration test in @forge/cli keeps it
 * there): a borderline example is refused rather than silently cut.
 */
const { perMessage, perCall } = templateOverhead;

/** Estimated tokens of the tool list as the chat template prints it (function tools). */
export function estimateToolsTokens(tools: readonly ToolSpec[]): number {
  if (tools.length === 0) return 0;
  let total = toolListOverhead(tools.length);
  for (const tool of tools) total += estimateTokens(JSON.stringify(toFunctionTool(tool)));
  return total;
}

/** Estimated tokens of one message, tool calls included. */
export function estimateMessageTokens(message: Message): number {
  let total = perMessage + estimateTokens(message.content);
  if (message.role === 'assistant')
    for (const call of message.toolCalls ?? [])
      total +=
        perCall + estimateTokens(JSON.stringify({ name: call.name, arguments: call.arguments }));
  return total;
}

/**
 * Estimated token counts of each prefix of a conversation that ends in an
 * assistant turn, i.e. of each per-turn example, in order. The last one is
 * the whole conversation when it ends with the final answer.
 */
export function estimateTurnTokens(
  messages: readonly Message[],
  tools: readonly ToolSpec[],
): number[] {
  let running = estimateToolsTokens(tools);
  const out: number[] = [];
  for (const message of messages) {
    running += estimateMessageTokens(message);
    if (message.role === 'assistant') out.push(running);
  }
  return out;
}

/** Estimated tokens of a whole conversation with its tools. */
export function estimateConversationTokens(
  messages: readonly Message[],
  tools: readonly ToolSpec[],
): number {
  let total = estimateToolsTokens(tools);
  for (const message of messages) total += estimateMessageTokens(message);
  return total;
}

/**
 * Estimated token counts of each prefix of a text conversation (tools and
 * calls already written into the content, as in the Gemma format) that ends
 * in an assistant turn, and of the whole conversation when it ends otherwise.
 * The tool list is in the first message's text, so only the preamble's
 * template words are not: the content is counted as it is.
 */
export function estimateTextTurnTokens(messages: readonly TextMessage[]): number[] {
  let running = 0;
  const out: number[] = [];
  for (const message of messages) {
    running += perMessage + estimateTokens(message.content);
    if (message.role === 'assistant') out.push(running);
  }
  if (messages.at(-1)?.role !== 'assistant') out.push(running);
  return out;
}
