import { parseGemmaReply, parseHermesReply } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { sampleRecord } from './internal/sample-record.test-helper.js';
import {
  gemmaExporter,
  hermesExporter,
  renderGemmaText,
  renderHermesText,
} from './text-exporters.js';

const recordCalls = sampleRecord().messages.flatMap((m) =>
  m.role === 'assistant'
    ? (m.toolCalls ?? []).map(({ name, arguments: args }) => ({ name, arguments: args }))
    : [],
);

/** The bodies of every turn that opens with `open` and ends with `close`. */
function turns(text: string, open: string, close: string): string[] {
  return text
    .split(open)
    .slice(1)
    .map((part) => part.slice(0, part.indexOf(close)));
}

describe('hermesExporter', () => {
  it('writes one ChatML text per record whose calls parse back', () => {
    const [line] = hermesExporter.render(sampleRecord());
    const { text } = JSON.parse(line ?? '');
    expect(text).toBe(renderHermesText(sampleRecord()));
    expect(text.startsWith('<|im_start|>system\nYou drive devices.\n\n# Tools')).toBe(true);
    const calls = turns(text, '<|im_start|>assistant\n', '<|im_end|>').flatMap((body) => {
      const parsed = parseHermesReply(body);
      return parsed.success ? parsed.value.calls : [];
    });
    expect(calls).toEqual(recordCalls);
  });
});

describe('gemmaExporter', () => {
  it('writes Gemma turns without <bos>, calls that parse back, and model as the assistant role', () => {
    const [line] = gemmaExporter.render(sampleRecord());
    const { text } = JSON.parse(line ?? '');
    expect(text).toBe(renderGemmaText(sampleRecord()));
    expect(text.startsWith('<start_of_turn>user\nYou drive devices.')).toBe(true);
    expect(text).not.toContain('<bos>');
    const calls = turns(text, '<start_of_turn>model\n', '<end_of_turn>').flatMap((body) => {
      const parsed = parseGemmaReply(body);
      return parsed.success ? parsed.value.calls : [];
    });
    expect(calls).toEqual(recordCalls);
  });
});
