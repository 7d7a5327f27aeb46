import type { Message, ToolSpec } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { textFormats } from '../src/formats/index.js';
import { buildModelfile } from '../src/modelfile.js';
import { fixtureRecord, fixtureTools } from './fixtures/generated-dataset.js';
import { ollamaValues, renderGoTemplate } from './go-template.js';

const record = fixtureRecord('train', 3);
/** Conversations with different shapes: tools or none, system or none, empty content, two calls. */
const conversations: { name: string; messages: readonly Message[]; tools: readonly ToolSpec[] }[] =
  [
    { name: 'a full trajectory', messages: record.messages, tools: record.tools },
    { name: 'no tools offered', messages: record.messages.slice(0, 2), tools: [] },
    {
      name: 'no system prompt',
      messages: record.messages.slice(1, 6),
      tools: fixtureTools.slice(0, 1),
    },
    {
      name: 'two calls in one turn',
      tools: fixtureTools,
      messages: [
        { role: 'system', content: 'sys' },
        { role: 'user', content: 'go' },
        {
          role: 'assistant',
          content: '',
          toolCalls: [
            { id: 'a', name: 'list-devices', arguments: {} },
            { id: 'b', name: 'describe', arguments: { udid: 'u-1' } },
          ],
        },
        { role: 'tool', toolCallId: 'a', name: 'list-devices', content: 'one' },
        { role: 'tool', toolCallId: 'b', name: 'describe', content: 'tree' },
        { role: 'user', content: 'and now?' },
      ],
    },
  ];

/** Every prompt a served model sees: each prefix that ends just before an assistant turn. */
const prompts = (messages: readonly Message[]): (readonly Message[])[] => [
  ...messages.flatMap((m, i) => (m.role === 'assistant' ? [messages.slice(0, i)] : [])),
  messages,
];

describe.each(Object.values(textFormats))('the $name Modelfile TEMPLATE', (format) => {
  it.each(conversations)('renders $name exactly as the format does', ({ messages, tools }) => {
    for (const prompt of prompts(messages)) {
      const expected = format.render(prompt, tools, { generationPrompt: true });
      expect(renderGoTemplate(format.goTemplate, ollamaValues(prompt, tools))).toBe(expected);
    }
  });

  it('puts every call, result and the tool list in the text', () => {
    const text = format.render(record.messages, record.tools);
    expect(text).toContain('{"name": "gesture-tap", "arguments": {"udid":');
    expect(text).toContain('<tool_response>\nTapped (0.5, 0.24) & "Wi-Fi" <ok>\n</tool_response>');
    for (const tool of record.tools) expect(text).toContain(`"name":"${tool.name}"`);
    expect(format.stop.some((s) => text.includes(s))).toBe(true);
  });

  it('would catch a TEMPLATE that drifts from the format', () => {
    const drifted = format.goTemplate.replace('<tool_response>\n', '<tool_response>');
    expect(drifted).not.toBe(format.goTemplate);
    const values = ollamaValues(record.messages, record.tools);
    expect(renderGoTemplate(drifted, values)).not.toBe(
      format.render(record.messages, record.tools, { generationPrompt: true }),
    );
  });
});

describe('buildModelfile', () => {
  it('writes FROM, the TEMPLATE, one stop line per sequence and a large num_ctx', () => {
    const text = buildModelfile({ from: './fused', format: 'hermes', numCtx: 32768 });
    expect(text).toContain('FROM ./fused\n');
    expect(text).toContain(`TEMPLATE """${textFormats.hermes.goTemplate}"""\n`);
    expect(text.match(/^PARAMETER stop .*$/gm)).toEqual([
      'PARAMETER stop "<|im_end|>"',
      'PARAMETER stop "<tool_response>"',
    ]);
    expect(text).toContain('PARAMETER num_ctx 32768\n');
  });

  it('leaves the template to the model for the native format', () => {
    const text = buildModelfile({ from: '/m', format: 'native', numCtx: 8192 });
    expect(text).not.toMatch(/^TEMPLATE/m);
    expect(text).not.toContain('PARAMETER stop');
  });
});
