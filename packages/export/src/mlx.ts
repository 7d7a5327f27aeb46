import type { Exporter, Message, Split, ToolSpec, TrajectoryRecord } from '@forge/spec';
import { createToolListJson } from './tool-list-json.js';

/** Options for the mlx-lm chat format. */
export interface MlxOptions {
  /**
   * One example per assistant turn (the conversation up to and including
   * that turn). mlx-lm's `--mask-prompt` trains only the final message of an
   * example, so without this only the final answer would be learned.
   */
  readonly perTurn?: boolean;
}

/** A message as Hugging Face chat templates read it (arguments as objects). */
type HfMessage =
  | { role: 'system' | 'user'; content: string }
  | {
      role: 'assistant';
      content: string;
      tool_calls?: {
        id: string;
        type: 'function';
        function: { name: string; arguments: object };
      }[];
    }
  | { role: 'tool'; tool_call_id: string; name: string; content: string };

/** Converts a canonical message to the shape chat templates expect. */
export function toHfMessage(message: Message): HfMessage {
  switch (message.role) {
    case 'system':
    case 'user':
      return { role: message.role, content: message.content };
    case 'assistant':
      if (!message.toolCalls || message.toolCalls.length === 0) {
        return { role: 'assistant', content: message.content };
      }
      return {
        role: 'assistant',
        content: message.content,
        tool_calls: message.toolCalls.map((call) => ({
          id: call.id,
          type: 'function',
          function: { name: call.name, arguments: call.arguments },
        })),
      };
    case 'tool':
      return {
        role: 'tool',
        tool_call_id: message.toolCallId,
        name: message.name,
        content: message.content,
      };
  }
}

/** A tool in the OpenAI/Hugging Face `tools` shape. */
export function toFunctionTool(tool: ToolSpec) {
  return {
    type: 'function' as const,
    function: { name: tool.name, description: tool.description, parameters: tool.inputSchema },
  };
}

/** `JSON.stringify(tools.map(toFunctionTool))`, each tool serialized once per run (see tool-list-json). */
export const functionToolsJson = createToolListJson(toFunctionTool);

/**
 * mlx-lm chat lines for a record: one, or one per assistant turn. Each line
 * has the bytes of `JSON.stringify({messages, tools})`; a per-turn line's
 * messages are a prefix, so each message is serialized once per record.
 */
export function renderMlx(record: TrajectoryRecord, options: MlxOptions = {}): string[] {
  const tools = functionToolsJson.array(record.tools);
  const messages = record.messages.map(toHfMessage);
  const texts = messages.map((message) => JSON.stringify(message));
  const line = (upTo: number) =>
    `{"messages":[${texts.slice(0, upTo).join(',')}],"tools":${tools}}`;
  if (!options.perTurn) return [line(texts.length)];
  const lines: string[] = [];
  messages.forEach((message, index) => {
    if (message.role === 'assistant') lines.push(line(index + 1));
  });
  return lines;
}

/** The mlx-lm chat format: `train.jsonl`, `valid.jsonl`, `test.jsonl` with `tools`. */
export function createMlxExporter(options: MlxOptions = {}): Exporter {
  return {
    format: 'mlx',
    fileName: (split: Split) => `${split}.jsonl`,
    render: (record) => renderMlx(record, options),
  };
}
