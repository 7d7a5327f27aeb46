import type { Message, ToolSpec } from '@forge/spec';

/** The text formats a Modelfile can speak. */
export type TextFormatName = 'hermes' | 'gemma';

/**
 * A text format for tool-calling conversations: how a conversation is
 * rendered as the model sees it, the same rendering as an Ollama Go
 * template, and the stop sequences that end an assistant turn.
 */
export interface TextFormat {
  readonly name: TextFormatName;
  /** Sequences a server must stop at; send them with every request. */
  readonly stop: readonly string[];
  /** The conversation as text; `generationPrompt` appends the next assistant turn's opener. */
  readonly render: (
    messages: readonly Message[],
    tools: readonly ToolSpec[],
    options?: { readonly generationPrompt?: boolean },
  ) => string;
  /** An Ollama TEMPLATE (Go template over .System, .Messages, .Tools) with the same output. */
  readonly goTemplate: string;
}

/** One tool as it is listed in a prompt: the OpenAI function shape, compact JSON. */
export function toolLine(tool: ToolSpec): string {
  return JSON.stringify({
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: tool.inputSchema },
  });
}

/** One call as the model writes it; arguments stay in the record's key order. */
export function callJson(name: string, args: unknown): string {
  return `{"name": "${name}", "arguments": ${JSON.stringify(args)}}`;
}

/** The Go template fragment that prints the same call inside `range .ToolCalls`. */
export const goCallJson =
  '{"name": "{{ .Function.Name }}", "arguments": {{ json .Function.Arguments }}}';

/** The Go template fragment that lists tools one JSON line each inside `range .Tools`. */
export const goToolLine = '{{ json . }}';
