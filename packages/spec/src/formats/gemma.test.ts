import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ToolSpec } from '../catalog/tool-spec.js';
import type { Message } from '../record/messages.js';
import { callArb, proseArb, replyNoiseArb } from './arbitraries.test-helper.js';
import { renderGemmaAssistant, renderGemmaMessages } from './gemma.js';
import { parseGemmaReply } from './gemma-parse.js';

const tools: ToolSpec[] = [
  { name: 'describe', description: 'Read the screen.', inputSchema: { type: 'object' } },
];

const messages: Message[] = [
  { role: 'system', content: 'Be careful.' },
  { role: 'user', content: 'What is on screen?' },
  {
    role: 'assistant',
    content: '',
    toolCalls: [{ id: 'c1', name: 'describe', arguments: { udid: 'u' } }],
  },
  { role: 'tool', toolCallId: 'c1', name: 'describe', content: 'ROOT' },
  { role: 'user', content: 'Hurry.' },
  { role: 'assistant', content: 'A root.' },
];

describe('renderGemmaMessages', () => {
  it('folds the system prompt and tools into the first user turn and alternates', () => {
    const rendered = renderGemmaMessages(messages, tools, 'You drive devices.');
    expect(rendered.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(rendered[0]?.content).toMatch(/^You drive devices\.\n\nBe careful\.\n\n# Tools\n/);
    expect(rendered[0]?.content).toContain(
      '{"name": "describe", "description": "Read the screen.", "parameters": {"type": "object"}}',
    );
    expect(rendered[0]?.content.endsWith('\n\nWhat is on screen?')).toBe(true);
    expect(rendered[1]?.content).toBe(
      '```tool_call\n{"name": "describe", "arguments": {"udid": "u"}}\n```',
    );
    expect(rendered[2]?.content).toBe('<tool_response>\nROOT\n</tool_response>\n\nHurry.');
  });
});

describe('parseGemmaReply', () => {
  it('round-trips random calls and prose', () => {
    fc.assert(
      fc.property(proseArb(['```', '<end_of_turn>']), fc.array(callArb), (content, calls) => {
        const parsed = parseGemmaReply(renderGemmaAssistant(content, calls));
        // JSON has no -0: compare with the calls as JSON itself would carry them.
        const expected = JSON.parse(JSON.stringify(calls));
        expect(parsed).toEqual({ success: true, value: { content, calls: expected } });
      }),
    );
  });

  it('tolerates spaces, blank lines, an unclosed last fence and a left-over end of turn', () => {
    const parsed = parseGemmaReply(
      'Tapping.\n ``` tool_call \n\n  {"name": "a", "arguments": {}}  \n{"name": "b"}<end_of_turn>',
    );
    expect(parsed).toEqual({
      success: true,
      value: {
        content: 'Tapping.',
        calls: [
          { name: 'a', arguments: {} },
          { name: 'b', arguments: {} },
        ],
      },
    });
  });

  it('round-trips an argument that holds <end_of_turn>, and still cuts the turn after the call', () => {
    const calls = [{ name: 'type-text', arguments: { text: 'say <end_of_turn> now' } }];
    const rendered = renderGemmaAssistant('Typing.', calls);
    expect(parseGemmaReply(rendered)).toEqual({
      success: true,
      value: { content: 'Typing.', calls },
    });
    expect(parseGemmaReply(`${rendered}<end_of_turn>\n<start_of_turn>user\nno`)).toEqual({
      success: true,
      value: { content: 'Typing.', calls },
    });
  });

  it.each([
    ['```tool_call\n{"name": "a", "arguments": {}\n```', 'malformed-json'],
    ['```tool_call\ntap(x=1)\n```', 'malformed-json'],
    ['```tool_call\n{"name": "a", "arguments": [1]}\n```', 'bad-call-shape'],
  ])('reports %j as %s', (text, code) => {
    const parsed = parseGemmaReply(text);
    expect(parsed.success ? 'parsed' : parsed.error.code).toBe(code);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), replyNoiseArb), (text) => {
        expect(typeof parseGemmaReply(text).success).toBe('boolean');
      }),
    );
  });
});
