import { defaultStops, type Message, type ToolSpec } from '@forge/spec';
import { callJson, goCallJson, goToolLine, type TextFormat, toolLine } from './text-format.js';

const start = '<start_of_turn>';
const end = '<end_of_turn>';

/** Gemma 3 has no tool tokens, so the prompt defines the protocol. */
const toolsHead =
  'You can call these tools, each described by a JSON schema on its own line:\n<tools>';
const toolsTail =
  '\n</tools>\nTo call a tool, answer with one block per call:\n<tool_call>\n{"name": <tool-name>, "arguments": <arguments-object>}\n</tool_call>';

/** Gemma has no system role: the system prompt and tools open the first user turn. */
function preamble(system: string, tools: readonly ToolSpec[]): string {
  const parts: string[] = [];
  if (system !== '') parts.push(`${system}\n\n`);
  if (tools.length > 0)
    parts.push(`${toolsHead}${tools.map((t) => `\n${toolLine(t)}`).join('')}${toolsTail}\n\n`);
  return parts.join('');
}

function turn(message: Message, before: string): string {
  switch (message.role) {
    case 'system':
      return '';
    case 'user':
      return `${start}user\n${before}${message.content}${end}\n`;
    case 'assistant': {
      const content = message.content === '' ? '' : `\n${message.content}`;
      const calls = (message.toolCalls ?? [])
        .map((c) => `\n<tool_call>\n${callJson(c.name, c.arguments)}\n</tool_call>`)
        .join('');
      return `${start}model${content}${calls}${end}\n`;
    }
    case 'tool':
      return `${start}user\n<tool_response>\n${message.content}\n</tool_response>${end}\n`;
  }
}

/** Gemma 3 turns with a prompt-defined `<tool_call>` / `<tool_response>` protocol. */
export const gemmaFormat: TextFormat = {
  name: 'gemma',
  // The stops forge eval sends for this format, so serving and scoring agree.
  stop: defaultStops('gemma'),
  render(messages, tools, options = {}) {
    const system = messages
      .filter((m) => m.role === 'system')
      .map((m) => m.content)
      .join('\n\n');
    let pending = preamble(system, tools);
    const body = messages.map((message) => {
      const text = turn(message, pending);
      if (message.role === 'user') pending = '';
      return text;
    });
    return `${body.join('')}${options.generationPrompt ? `${start}model\n` : ''}`;
  },
  goTemplate: [
    '{{- $first := true }}',
    '{{- range .Messages }}',
    `{{- if eq .Role "user" }}${start}user\n`,
    // No `{{-` right after the newline above: it would trim that newline.
    '{{ if $first }}{{ if $.System }}{{ $.System }}\n\n{{ end }}',
    `{{- if $.Tools }}${toolsHead}{{ range $.Tools }}\n${goToolLine}{{ end }}${toolsTail}\n\n{{ end }}`,
    '{{- $first = false }}{{ end }}',
    `{{- .Content }}${end}\n`,
    `{{ else if eq .Role "assistant" }}${start}model{{ if .Content }}\n{{ .Content }}{{ end }}`,
    `{{- range .ToolCalls }}\n<tool_call>\n${goCallJson}\n</tool_call>{{ end }}${end}\n`,
    `{{ else if eq .Role "tool" }}${start}user\n<tool_response>\n{{ .Content }}\n</tool_response>${end}\n`,
    '{{ end }}',
    '{{- end }}',
    `${start}model\n`,
  ].join(''),
};
