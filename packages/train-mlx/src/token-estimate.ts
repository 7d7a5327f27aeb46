import { toFunctionTool } from '@forge/export';
import type { Message, TextMessage, ToolSpec } from '@forge/spec';

/**
 * Characters per token, by kind of text. Without the model's tokenizer we
 * estimate: English prose runs near 4 characters per token in BPE
 * vocabularies, so 3.5 leaves headroom; JSON and tool observations (quotes,
 * braces, ids, coordinates) split into more pieces, so they get 3.0. The
 * estimate is meant to err long: refusing a borderline example is cheaper
 * than training on a silently truncated one.
 */
export const charsPerToken = { prose: 3.5, structured: 3.0 } as const;

/** Role markers and separators a chat template adds around each message. */
const perMessageOverhead = 6;
/** Markers around each tool call (`<tool_call>` … or the template's own). */
const perCallOverhead = 4;
/** The template's fixed tool preamble ("You may call one or more functions…"). */
const toolsPreamble = 120;

const prose = (text: string): number => text.length / charsPerToken.prose;
const structured = (text: string): number => text.length / charsPerToken.structured;

/** Estimated tokens of the tool list as the chat template prints it. */
export function estimateToolsTokens(tools: readonly ToolSpec[]): number {
  if (tools.length === 0) return 0;
  let total = toolsPreamble;
  for (const tool of tools) total += structured(JSON.stringify(toFunctionTool(tool))) + 1;
  return total;
}

/** Estimated tokens of one message, tool calls included. */
export function estimateMessageTokens(message: Message): number {
  let total = perMessageOverhead;
  if (message.role === 'tool') return total + structured(message.content);
  total += prose(message.content);
  if (message.role === 'assistant')
    for (const call of message.toolCalls ?? [])
      total +=
        perCallOverhead +
        structured(JSON.stringify({ name: call.name, arguments: call.arguments }));
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
    if (message.role === 'assistant') out.push(Math.ceil(running));
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
  return Math.ceil(total);
}

/**
 * Estimated token counts of each prefix of a text conversation (tools and
 * calls already written into the content, as in the Gemma format) that ends
 * in an assistant turn. The text mixes prose with JSON schemas and calls, so
 * it is counted at the structured rate to err long.
 */
export function estimateTextTurnTokens(messages: readonly TextMessage[]): number[] {
  let running = 0;
  const out: number[] = [];
  for (const message of messages) {
    running += perMessageOverhead + structured(message.content);
    if (message.role === 'assistant') out.push(Math.ceil(running));
  }
  if (messages.at(-1)?.role !== 'assistant') out.push(Math.ceil(running));
  return out;
}
