import { defaultStops, type Message, type ToolSpec } from '@forge/spec';
import { callJson, goCallJson, goToolLine, type TextFormat, toolLine } from './text-format.js';

const start = '<|im_start|>';
const end = '<|im_end|>';

/** The tool preamble of Qwen2.5's template, which Hermes-style models are trained on. */
const toolsHead =
  '\n\n# Tools\n\nYou may call one or more functions to assist with the user query.\n\nYou are provided with function signatures within <tools></tools> XML tags:\n<tools>';
const toolsTail =
  '\n</tools>\n\nFor each function call, return a json object with function name and arguments within <tool_call></tool_call> XML tags:\n<tool_call>\n{"name": <function-name>, "arguments": <args-json-object>}\n</tool_call>';

function systemTurn(system: string, tools: readonly ToolSpec[]): string {
  if (system === '' && tools.length === 0) return '';
  const listed =
    tools.length === 0
      ? ''
      : `${toolsHead}${tools.map((t) => `\n${toolLine(t)}`).join('')}${toolsTail}`;
  return `${start}system\n${system}${listed}${end}\n`;
}

function turn(message: Message): string {
  switch (message.role) {
    case 'system':
      return '';
    case 'user':
      return `${start}user\n${message.content}${end}\n`;
    case 'assistant': {
      const content = message.content === '' ? '' : `\n${message.content}`;
      const calls = (message.toolCalls ?? [])
        .map((c) => `\n<tool_call>\n${callJson(c.name, c.arguments)}\n</tool_call>`)
        .join('');
      return `${start}assistant${content}${calls}${end}\n`;
    }
    case 'tool':
      // One user turn per result; Ollama keeps tool messages apart, so merging
      // consecutive results (as Qwen's Jinja template does) could not match.
      return `${start}user\n<tool_response>\n${message.content}\n</tool_response>${end}\n`;
  }
}

/** Hermes / Qwen2.5 ChatML with `<tools>`, `<tool_call>` and `<tool_response>`. */
export const hermesFormat: TextFormat = {
  name: 'hermes',
  // The stops forge eval sends for this format, so serving and scoring agree.
  stop: defaultStops('hermes'),
  render(messages, tools, options = {}) {
    const system = messages
      .filter((m) => m.role === 'system')
      .map((m) => m.content)
      .join('\n\n');
    const body = messages.map(turn).join('');
    return `${systemTurn(system, tools)}${body}${options.generationPrompt ? `${start}assistant\n` : ''}`;
  },
  goTemplate: [
    `{{- if or .System .Tools }}${start}system\n{{ .System }}`,
    `{{- if .Tools }}${toolsHead}{{ range .Tools }}\n${goToolLine}{{ end }}${toolsTail}{{ end }}${end}\n`,
    '{{ end }}',
    '{{- range .Messages }}',
    `{{- if eq .Role "user" }}${start}user\n{{ .Content }}${end}\n`,
    `{{ else if eq .Role "assistant" }}${start}assistant{{ if .Content }}\n{{ .Content }}{{ end }}`,
    `{{- range .ToolCalls }}\n<tool_call>\n${goCallJson}\n</tool_call>{{ end }}${end}\n`,
    `{{ else if eq .Role "tool" }}${start}user\n<tool_response>\n{{ .Content }}\n</tool_response>${end}\n`,
    '{{ end }}',
    '{{- end }}',
    `${start}assistant\n`,
  ].join(''),
};
