import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ToolSpec } from '../catalog/tool-spec.js';
import type { Message } from '../record/messages.js';
import { callArb, proseArb, replyNoiseArb } from './arbitraries.test-helper.js';
import { renderHermesAssistant, renderHermesMessages } from './hermes.js';
import { parseHermesReply } from './hermes-parse.js';

const tools: ToolSpec[] = [
  { name: 'list-devices', description: 'List devices.', inputSchema: { type: 'object' } },
  {
    name: 'gesture-tap',
    description: 'Tap.',
    inputSchema: { type: 'object', properties: { x: { type: 'number' } } },
  },
];

const messages: Message[] = [
  { role: 'system', content: 'Be careful.' },
  { role: 'user', content: 'Open settings.' },
  {
    role: 'assistant',
    content: 'Checking devices.',
    toolCalls: [
      { id: 'c1', name: 'list-devices', arguments: {} },
      { id: 'c2', name: 'gesture-tap', arguments: { x: 0.5 } },
    ],
  },
  { role: 'tool', toolCallId: 'c1', name: 'list-devices', content: 'ios-1' },
  { role: 'tool', toolCallId: 'c2', name: 'gesture-tap', content: 'error', isError: true },
  { role: 'assistant', content: 'Done.' },
];

describe('renderHermesMessages', () => {
  it('puts the prompt, the system messages and one tool per line in the system turn', () => {
    const [system] = renderHermesMessages(messages, tools, 'You drive devices.');
    expect(system?.role).toBe('system');
    expect(system?.content).toMatch(/^You drive devices\.\n\nBe careful\.\n\n# Tools\n/);
    expect(system?.content).toContain(
      '<tools>\n{"type": "function", "function": {"name": "list-devices", "description": "List devices.", "parameters": {"type": "object"}}}\n{"type": "function"',
    );
    expect(system?.content).toContain('</tools>');
  });

  it('writes calls after the prose and merges consecutive results into one user turn', () => {
    const rendered = renderHermesMessages(messages, tools, '');
    expect(rendered.map((m) => m.role)).toEqual([
      'system',
      'user',
      'assistant',
      'user',
      'assistant',
    ]);
    expect(rendered[2]?.content).toBe(
      'Checking devices.\n<tool_call>\n{"name": "list-devices", "arguments": {}}\n</tool_call>\n<tool_call>\n{"name": "gesture-tap", "arguments": {"x": 0.5}}\n</tool_call>',
    );
    expect(rendered[3]?.content).toBe(
      '<tool_response>\nios-1\n</tool_response>\n<tool_response>\nerror\n</tool_response>',
    );
  });

  it('omits the system turn when there is no prompt and no tools', () => {
    const rendered = renderHermesMessages([{ role: 'user', content: 'hi' }], [], '');
    expect(rendered).toEqual([{ role: 'user', content: 'hi' }]);
  });
});

describe('parseHermesReply', () => {
  it('round-trips random calls and prose', () => {
    fc.assert(
      fc.property(
        proseArb(['<tool_call>', '</tool_call>']),
        fc.array(callArb),
        (content, calls) => {
          const parsed = parseHermesReply(renderHermesAssistant(content, calls));
          // JSON has no -0: compare with the calls as JSON itself would carry them.
          const expected = JSON.parse(JSON.stringify(calls));
          expect(parsed).toEqual({ success: true, value: { content, calls: expected } });
        },
      ),
    );
  });

  it('tolerates whitespace around and inside blocks', () => {
    const parsed = parseHermesReply(
      '  ok \n<tool_call>  {"name":"a","arguments":{"k":[1]}}\n\n </tool_call>  ',
    );
    expect(parsed).toEqual({
      success: true,
      value: { content: 'ok', calls: [{ name: 'a', arguments: { k: [1] } }] },
    });
  });

  it('keeps a last block cut off right after its JSON', () => {
    const parsed = parseHermesReply('<tool_call>\n{"name": "a", "arguments": {}}\n');
    expect(parsed.success && parsed.value.calls).toEqual([{ name: 'a', arguments: {} }]);
  });

  it.each([
    ['<tool_call>\n{"name": "a", "arguments": {}\n</tool_call>', 'unclosed-block'],
    ['<tool_call>\n{"name": "a", "arguments": {},}\n</tool_call>', 'malformed-json'],
    ['<tool_call>\nname=a\n</tool_call>', 'malformed-json'],
    ['<tool_call>\n{"name": "a", "arguments": "{}"}\n</tool_call>', 'bad-call-shape'],
    ['<tool_call>\n{"arguments": {}}\n</tool_call>', 'bad-call-shape'],
    ['<tool_call>\n{"name": "a"} trailing\n</tool_call>', 'unclosed-block'],
    ['text </tool_call>', 'unbalanced-tags'],
  ])('reports %j as %s', (text, code) => {
    const parsed = parseHermesReply(text);
    expect(parsed.success ? 'parsed' : parsed.error.code).toBe(code);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), replyNoiseArb), (text) => {
        const parsed = parseHermesReply(text);
        expect(typeof parsed.success).toBe('boolean');
      }),
    );
  });
});
