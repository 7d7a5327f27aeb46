import {
  type Exporter,
  renderGemmaMessages,
  renderHermesMessages,
  type TextMessage,
  type TrajectoryRecord,
} from '@forge/spec';

/**
 * A whole conversation as Qwen ChatML text with Hermes tool calls, the way
 * Qwen2.5's chat template lays it out (`<|im_start|>role\n…<|im_end|>\n`).
 * The system prompt is the record's own system message.
 */
export function renderHermesText(record: TrajectoryRecord): string {
  return renderHermesMessages(record.messages, record.tools, '')
    .map((message) => `<|im_start|>${message.role}\n${message.content}<|im_end|>\n`)
    .join('');
}

const gemmaRole = (role: TextMessage['role']): string => (role === 'assistant' ? 'model' : role);

/**
 * A whole conversation as Gemma turn text. No `<bos>`: tokenizers add it
 * when they encode a `text` example, and two would hurt. Contents are
 * trimmed as Gemma's own template trims them.
 */
export function renderGemmaText(record: TrajectoryRecord): string {
  return renderGemmaMessages(record.messages, record.tools, '')
    .map(
      (message) =>
        `<start_of_turn>${gemmaRole(message.role)}\n${message.content.trim()}<end_of_turn>\n`,
    )
    .join('');
}

function textExporter(format: string, render: (record: TrajectoryRecord) => string): Exporter {
  return {
    format,
    fileName: (split) => `${split}.jsonl`,
    render: (record) => [JSON.stringify({ text: render(record) })],
  };
}

/** `{"text": …}` lines in Qwen ChatML with Hermes `<tool_call>` blocks, one per record. */
export const hermesExporter: Exporter = textExporter('hermes', renderHermesText);

/** `{"text": …}` lines in Gemma turns with fenced `tool_call` blocks, one per record. */
export const gemmaExporter: Exporter = textExporter('gemma', renderGemmaText);
