import type { ToolSpec } from '../catalog/tool-spec.js';
import type { JsonValue } from '../json.js';
import type { Message } from '../record/messages.js';
import { conversationTurns, renderToolResponses, systemText } from './conversation.js';
import { templateJson } from './template-json.js';
import type { ParsedCall, TextMessage } from './types.js';

/** The fence that opens a Gemma call block; it closes with a bare ```. */
export const gemmaCallFence = '```tool_call';

/**
 * The tools section folded into Gemma's first user turn. Gemma 3 has no
 * tool tokens, so this text is the whole contract: one JSON schema per
 * line, calls as one JSON object per line inside a fenced `tool_call` block.
 */
export function renderGemmaTools(tools: readonly ToolSpec[]): string {
  const lines = tools.map((tool) =>
    templateJson({
      name: tool.name,
      description: tool.description,
      parameters: tool.inputSchema as JsonValue,
    }),
  );
  return [
    '# Tools',
    '',
    'You can call these functions; each line is one function and the JSON schema of its arguments:',
    ...lines,
    '',
    'To call functions, end your answer with one fenced block tagged tool_call that holds one JSON object per line:',
    gemmaCallFence,
    '{"name": <function-name>, "arguments": <args-json-object>}',
    '```',
    'The results come back in the next user turn, each inside <tool_response></tool_response> tags, in call order.',
  ].join('\n');
}

/** An assistant turn in Gemma text: its prose, then one fenced block with a call per line. */
export function renderGemmaAssistant(content: string, calls: readonly ParsedCall[]): string {
  if (calls.length === 0) return content;
  const lines = calls.map((call) => templateJson({ name: call.name, arguments: call.arguments }));
  const block = [gemmaCallFence, ...lines, '```'].join('\n');
  return content === '' ? block : `${content}\n${block}`;
}

/**
 * A conversation as role/content messages for Gemma: Gemma's template has
 * no system role and wants strict user/assistant alternation, so the system
 * prompt and the tools section are folded into the first user turn, tool
 * results become a user turn of `<tool_response>` blocks, and any two
 * consecutive turns of one role are merged with a blank line.
 */
export function renderGemmaMessages(
  messages: readonly Message[],
  tools: readonly ToolSpec[],
  systemPrompt: string,
): TextMessage[] {
  const preamble = [
    systemText(systemPrompt, messages),
    tools.length > 0 ? renderGemmaTools(tools) : '',
  ]
    .filter((part) => part !== '')
    .join('\n\n');
  const out: TextMessage[] = [];
  const push = (role: TextMessage['role'], content: string): void => {
    const last = out.at(-1);
    if (last?.role === role)
      out[out.length - 1] = { role, content: `${last.content}\n\n${content}` };
    else out.push({ role, content });
  };
  if (preamble !== '') push('user', preamble);
  for (const turn of conversationTurns(messages)) {
    if (turn.kind === 'user') push('user', turn.content);
    else if (turn.kind === 'results') push('user', renderToolResponses(turn.results));
    else
      push('assistant', renderGemmaAssistant(turn.message.content, turn.message.toolCalls ?? []));
  }
  return out;
}
