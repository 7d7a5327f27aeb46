import { readFileSync } from 'node:fs';
import { parseHermesReply, type TrajectoryRecord } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { createTemplateExporter, renderWithChatTemplate } from './chat-template.js';
import { sampleMessages, sampleRecord } from './internal/sample-record.test-helper.js';
import { parseLlamaJsonReply } from './llama-json-parse.js';
import { renderHermesText } from './text-exporters.js';

const fixture = (name: string) =>
  readFileSync(new URL(`./templates/${name}`, import.meta.url), 'utf8');
const qwen = fixture('qwen-tool.jinja');
const llama = fixture('llama31-tool.jinja');
const mistral = fixture('mistral-tool.jinja');

const callsOf = (record: TrajectoryRecord) =>
  record.messages.flatMap((m) =>
    m.role === 'assistant'
      ? (m.toolCalls ?? []).map(({ name, arguments: args }) => ({ name, arguments: args }))
      : [],
  );

/** The sample with its parallel turn split in two, for one-call-per-turn templates. */
const serial = sampleRecord({
  messages: sampleMessages.flatMap((m) => {
    if (m.role !== 'assistant' || (m.toolCalls?.length ?? 0) < 2) return [m];
    return (m.toolCalls ?? []).map((call) => ({ ...m, toolCalls: [call] }));
  }),
});

const bodies = (text: string, open: string, close: string) =>
  text
    .split(open)
    .slice(1)
    .map((part) => part.slice(0, part.indexOf(close)));

describe('renderWithChatTemplate', () => {
  it('renders the Qwen-style template exactly as the hermes exporter writes text', () => {
    const text = renderWithChatTemplate(sampleRecord(), qwen);
    expect(text).toEqual({ success: true, value: renderHermesText(sampleRecord()) });
  });

  it('round-trips calls through the Qwen-style template and the hermes parser', () => {
    const text = renderWithChatTemplate(sampleRecord(), qwen, { addGenerationPrompt: true });
    if (!text.success) throw text.error;
    expect(text.value.endsWith('<|im_start|>assistant\n')).toBe(true);
    const calls = bodies(text.value, '<|im_start|>assistant\n', '<|im_end|>').flatMap((body) => {
      const parsed = parseHermesReply(body);
      return parsed.success ? parsed.value.calls : [];
    });
    expect(calls).toEqual(callsOf(sampleRecord()));
  });

  it('round-trips calls through the Llama 3.1-style template and the Llama JSON parser', () => {
    const text = renderWithChatTemplate(serial, llama, { bosToken: '<|begin_of_text|>' });
    if (!text.success) throw text.error;
    expect(text.value.startsWith('<|begin_of_text|><|start_header_id|>system')).toBe(true);
    expect(text.value).toContain(
      '<|start_header_id|>ipython<|end_header_id|>\n\nError: device busy',
    );
    const calls = bodies(
      text.value,
      '<|start_header_id|>assistant<|end_header_id|>\n\n',
      '<|eot_id|>',
    ).flatMap((body) => {
      const parsed = parseLlamaJsonReply(body);
      return parsed.success ? parsed.value.calls : [];
    });
    expect(calls).toEqual(callsOf(serial));
  });

  it('gives calls the 9-character ids Mistral templates require, results keeping their call', () => {
    // Mistral's templates refuse any id that is not 9 letters or digits, so
    // the canonical call_1 made every record fail.
    const text = renderWithChatTemplate(sampleRecord(), mistral, {
      bosToken: '<s>',
      eosToken: '</s>',
    });
    if (!text.success) throw text.error;
    const callIds = [...text.value.matchAll(/"id": "([^"]*)"/g)].map((m) => m[1]);
    const resultIds = [...text.value.matchAll(/"call_id": "([^"]*)"/g)].map((m) => m[1]);
    expect(callIds.length).toBe(callsOf(sampleRecord()).length);
    for (const id of callIds) expect(id).toMatch(/^[A-Za-z0-9]{9}$/);
    expect(new Set(callIds).size).toBe(callIds.length);
    expect(resultIds).toEqual(callIds);
  });

  it("returns the template's refusal as an error value naming the record", () => {
    const text = renderWithChatTemplate(sampleRecord(), llama);
    expect(text.success).toBe(false);
    if (!text.success)
      expect(text.error.message).toMatch(/toggle-setting\/ios\/0000007.*one tool call/);
  });

  it('reads named templates and special tokens from a tokenizer_config.json', () => {
    const config = JSON.stringify({
      bos_token: { content: '<|begin_of_text|>' },
      eos_token: '<|eot_id|>',
      chat_template: [
        { name: 'default', template: 'plain' },
        { name: 'tool_use', template: llama },
      ],
    });
    const text = renderWithChatTemplate(serial, config);
    expect(text.success && text.value.startsWith('<|begin_of_text|>')).toBe(true);
    expect(renderWithChatTemplate(serial, config, { name: 'default' })).toEqual({
      success: true,
      value: 'plain',
    });
    const missing = renderWithChatTemplate(serial, config, { name: 'rag' });
    expect(missing.success ? '' : missing.error.code).toBe('FORGE_USAGE');
    const none = renderWithChatTemplate(serial, '{"eos_token": "x"}');
    expect(none.success).toBe(false);
    // A config cut short is refused, not rendered as a Jinja template of its own text.
    for (const cut of [config.slice(0, 60), '{\n  "chat_template": "x",', '{']) {
      const broken = renderWithChatTemplate(serial, cut);
      expect(broken.success ? '' : broken.error.message).toMatch(/not valid JSON/);
    }
    // Jinja that opens with a brace is still Jinja.
    expect(renderWithChatTemplate(serial, '{{ "x" }}{# c #}')).toEqual({
      success: true,
      value: 'x',
    });
  });
});

describe('createTemplateExporter', () => {
  it('writes {text} lines and reports a template that does not parse', () => {
    const exporter = createTemplateExporter(qwen);
    if (!exporter.success) throw exporter.error;
    const [line] = exporter.value.render(sampleRecord());
    expect(JSON.parse(line ?? '').text).toBe(renderHermesText(sampleRecord()));
    const broken = createTemplateExporter('{% if %}');
    expect(broken.success ? '' : broken.error.code).toBe('FORGE_USAGE');
  });

  it("leaves out the template's leading BOS, which the trainer's tokenizer adds when it encodes the text", () => {
    const config = JSON.stringify({ bos_token: '<|begin_of_text|>', chat_template: llama });
    const exporter = createTemplateExporter(config);
    if (!exporter.success) throw exporter.error;
    const text = JSON.parse(exporter.value.render(serial)[0] ?? '').text as string;
    const full = renderWithChatTemplate(serial, config);
    expect(full.success && full.value.startsWith('<|begin_of_text|><|start_header_id|>')).toBe(
      true,
    );
    expect(text).toBe(full.success ? full.value.slice('<|begin_of_text|>'.length) : '');
    expect(text.startsWith('<|start_header_id|>system')).toBe(true);
  });
});

describe('parseLlamaJsonReply', () => {
  it('reads a call with parameters, prose as prose, and bad JSON as an error', () => {
    expect(
      parseLlamaJsonReply('<|python_tag|>{"name": "a", "parameters": {"x": 1}}<|eot_id|>'),
    ).toEqual({
      success: true,
      value: { content: '', calls: [{ name: 'a', arguments: { x: 1 } }] },
    });
    expect(parseLlamaJsonReply('All done.')).toEqual({
      success: true,
      value: { content: 'All done.', calls: [] },
    });
    expect(parseLlamaJsonReply('{"name": "a", ').success).toBe(false);
  });
});
