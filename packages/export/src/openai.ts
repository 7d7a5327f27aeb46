import type { Exporter, Message, Split, ToolSpec, TrajectoryRecord } from '@forge/spec';
import { createToolListJson } from './tool-list-json.js';

/** A message in OpenAI's chat fine-tuning format. */
export type OpenAiMessage =
  | { role: 'system' | 'user'; content: string }
  | {
      role: 'assistant';
      content: string | null;
      tool_calls?: {
        id: string;
        type: 'function';
        function: { name: string; arguments: string };
      }[];
    }
  | { role: 'tool'; tool_call_id: string; content: string };

/** A canonical message in OpenAI's chat fine-tuning shape (arguments as JSON strings). */
export function toOpenAiMessage(message: Message): OpenAiMessage {
  switch (message.role) {
    case 'system':
    case 'user':
      return { role: message.role, content: message.content };
    case 'assistant':
      if (!message.toolCalls || message.toolCalls.length === 0)
        return { role: 'assistant', content: message.content };
      return {
        role: 'assistant',
        content: message.content === '' ? null : message.content,
        // OpenAI wants arguments as a JSON string, not an object.
        tool_calls: message.toolCalls.map((call) => ({
          id: call.id,
          type: 'function',
          function: { name: call.name, arguments: JSON.stringify(call.arguments) },
        })),
      };
    case 'tool':
      return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
  }
}

/** A tool in OpenAI's `tools` shape. */
export function toOpenAiTool(tool: ToolSpec) {
  return {
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: tool.inputSchema },
  };
}

const openAiTools = createToolListJson(toOpenAiTool);

/**
 * True when some assistant turn makes more than one call. OpenAI's
 * `parallel_tool_calls` says whether the model may do that, so an example
 * that does it must not say false: such a line contradicts itself.
 */
export function hasParallelCalls(messages: readonly Message[]): boolean {
  return messages.some((m) => m.role === 'assistant' && (m.toolCalls?.length ?? 0) > 1);
}

/**
 * One OpenAI chat fine-tuning line for a canonical record: the bytes of
 * `JSON.stringify({messages, tools, parallel_tool_calls})`, with each tool
 * serialized once per run (see tool-list-json). `parallel_tool_calls` is
 * true exactly when the record has a turn with several calls.
 */
export function renderOpenAi(record: TrajectoryRecord): string {
  const messages = JSON.stringify(record.messages.map(toOpenAiMessage));
  return `{"messages":${messages},"tools":${openAiTools.array(record.tools)},"parallel_tool_calls":${hasParallelCalls(record.messages)}}`;
}

/** OpenAI chat fine-tuning JSONL with `tools`, `tool_calls` and `tool_call_id`. */
export const openAiExporter: Exporter = {
  format: 'openai',
  fileName: (split: Split) => `${split}.jsonl`,
  render: (record) => [renderOpenAi(record)],
};
