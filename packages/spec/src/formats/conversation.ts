import type { ToolSpec } from '../catalog/tool-spec.js';
import type { JsonValue } from '../json.js';
import type { Message, ToolMessage } from '../record/messages.js';

/** A tool in the `{"type": "function", "function": {…}}` shape chat templates list. */
export function functionToolJson(tool: ToolSpec): JsonValue {
  return {
    type: 'function',
    function: {
      name: tool.name,
      description: tool.description,
      parameters: tool.inputSchema as JsonValue,
    },
  };
}

/** The system text of a conversation: the given prompt, then any system messages. */
export function systemText(systemPrompt: string, messages: readonly Message[]): string {
  const parts = [systemPrompt];
  for (const message of messages) if (message.role === 'system') parts.push(message.content);
  return parts.filter((part) => part !== '').join('\n\n');
}

/** A step of a conversation once consecutive tool results are grouped. */
export type ConversationTurn =
  | { readonly kind: 'user'; readonly content: string }
  | { readonly kind: 'assistant'; readonly message: Extract<Message, { role: 'assistant' }> }
  | { readonly kind: 'results'; readonly results: readonly ToolMessage[] };

/**
 * The non-system messages as turns, consecutive tool messages grouped into
 * one `results` turn: text formats answer a batch of calls in one user turn.
 */
export function conversationTurns(messages: readonly Message[]): ConversationTurn[] {
  const turns: ConversationTurn[] = [];
  for (const message of messages) {
    if (message.role === 'system') continue;
    if (message.role === 'user') turns.push({ kind: 'user', content: message.content });
    else if (message.role === 'assistant') turns.push({ kind: 'assistant', message });
    else {
      const last = turns.at(-1);
      if (last?.kind === 'results')
        turns[turns.length - 1] = { kind: 'results', results: [...last.results, message] };
      else turns.push({ kind: 'results', results: [message] });
    }
  }
  return turns;
}

/** Tool results wrapped in `<tool_response>` blocks, one per result, in call order. */
export function renderToolResponses(results: readonly ToolMessage[]): string {
  return results.map((result) => `<tool_response>\n${result.content}\n</tool_response>`).join('\n');
}
