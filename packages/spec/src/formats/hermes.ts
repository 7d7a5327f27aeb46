import type { ToolSpec } from '../catalog/tool-spec.js';
import type { Message } from '../record/messages.js';
import {
  conversationTurns,
  functionToolJson,
  renderToolResponses,
  systemText,
} from './conversation.js';
import { templateJson } from './template-json.js';
import type { ParsedCall, TextMessage } from './types.js';

/**
 * The tools section of a Hermes/Qwen system prompt, worded as Qwen2.5's
 * chat template words it, so a model trained on it meets familiar text.
 */
export function renderHermesTools(tools: readonly ToolSpec[]): string {
  const lines = tools.map((tool) => templateJson(functionToolJson(tool)));
  return [
    '# Tools',
    '',
    'You may call one or more functions to assist with the user query.',
    '',
    'You are provided with function signatures within <tools></tools> XML tags:',
    '<tools>',
    ...lines,
    '</tools>',
    '',
    'For each function call, return a json object with function name and arguments within <tool_call></tool_call> XML tags:',
    '<tool_call>',
    '{"name": <function-name>, "arguments": <args-json-object>}',
    '</tool_call>',
  ].join('\n');
}

/** One call as a Hermes block: `<tool_call>\n{"name": …, "arguments": {…}}\n</tool_call>`. */
export function renderHermesCall(call: ParsedCall): string {
  return `<tool_call>\n${templateJson({ name: call.name, arguments: call.arguments })}\n</tool_call>`;
}

/** An assistant turn in Hermes text: its prose, then one block per call, newline-separated. */
export function renderHermesAssistant(content: string, calls: readonly ParsedCall[]): string {
  return [content, ...calls.map(renderHermesCall)].filter((part) => part !== '').join('\n');
}

/**
 * A conversation as the role/content messages an OpenAI-compatible server
 * receives when tools travel in the Hermes text format: the system prompt
 * (the given one, then any system messages) with the tools section appended,
 * assistant calls as `<tool_call>` blocks, and each run of tool results as
 * one user turn of `<tool_response>` blocks.
 */
export function renderHermesMessages(
  messages: readonly Message[],
  tools: readonly ToolSpec[],
  systemPrompt: string,
): TextMessage[] {
  const system = [
    systemText(systemPrompt, messages),
    tools.length > 0 ? renderHermesTools(tools) : '',
  ]
    .filter((part) => part !== '')
    .join('\n\n');
  const out: TextMessage[] = system === '' ? [] : [{ role: 'system', content: system }];
  for (const turn of conversationTurns(messages)) {
    if (turn.kind === 'user') out.push({ role: 'user', content: turn.content });
    else if (turn.kind === 'results')
      out.push({ role: 'user', content: renderToolResponses(turn.results) });
    else
      out.push({
        role: 'assistant',
        content: renderHermesAssistant(turn.message.content, turn.message.toolCalls ?? []),
      });
  }
  return out;
}
