import type { Exporter, Message, TrajectoryRecord } from '@forge/spec';
import { functionToolsJson, toFunctionTool } from './mlx.js';
import type { PreferencePair } from './preference.js';

/** A message as TRL's conversational datasets hold it (arguments as objects). */
export type TrlMessage =
  | { role: 'system' | 'user'; content: string }
  | {
      role: 'assistant';
      content: string;
      tool_calls?: { type: 'function'; function: { name: string; arguments: object } }[];
    }
  | { role: 'tool'; name: string; content: string };

/** A canonical message in TRL's shape: tool messages carry the tool's name, not a call id. */
export function toTrlMessage(message: Message): TrlMessage {
  switch (message.role) {
    case 'system':
    case 'user':
      return { role: message.role, content: message.content };
    case 'assistant':
      if (!message.toolCalls || message.toolCalls.length === 0)
        return { role: 'assistant', content: message.content };
      return {
        role: 'assistant',
        content: message.content,
        tool_calls: message.toolCalls.map((call) => ({
          type: 'function',
          function: { name: call.name, arguments: call.arguments },
        })),
      };
    case 'tool':
      return { role: 'tool', name: message.name, content: message.content };
  }
}

/** One TRL SFT line: the bytes of `JSON.stringify({messages, tools})`, tools serialized once per run. */
export function renderTrl(record: TrajectoryRecord): string {
  const messages = JSON.stringify(record.messages.map(toTrlMessage));
  return `{"messages":${messages},"tools":${functionToolsJson.array(record.tools)}}`;
}

/** A TRL DPO example. */
export interface TrlPreference {
  readonly prompt: TrlMessage[];
  readonly chosen: TrlMessage[];
  readonly rejected: TrlMessage[];
  readonly tools: ReturnType<typeof toFunctionTool>[];
}

/** A TRL DPO example: explicit prompt, one-message chosen and rejected completions. */
export function renderTrlPreference(pair: PreferencePair): TrlPreference {
  return {
    prompt: pair.prompt.map(toTrlMessage),
    chosen: [toTrlMessage(pair.chosen)],
    rejected: [toTrlMessage(pair.rejected)],
    tools: pair.tools.map(toFunctionTool),
  };
}

/** TRL conversational SFT JSONL with a `tools` column. */
export const trlExporter: Exporter = {
  format: 'trl',
  fileName: (split) => `${split}.jsonl`,
  render: (record) => [renderTrl(record)],
};
