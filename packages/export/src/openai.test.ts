import type { TrajectoryRecord } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { openAiExporter } from './openai.js';

const record: TrajectoryRecord = {
  schema: 'forge.trajectory/1',
  id: 'x/1',
  seed: 1,
  split: 'train',
  meta: {
    family: 'navigate-tap',
    platform: 'ios',
    pack: 'core',
    app: 'A',
    persona: 'terse',
    difficulty: 'easy',
    injections: [],
    recovered: false,
    success: true,
    toolsUsed: ['list-devices'],
    calls: 1,
  },
  tools: [
    {
      name: 'list-devices',
      description: 'List devices.',
      inputSchema: { type: 'object', properties: {} },
    },
  ],
  messages: [
    { role: 'system', content: 'sys' },
    { role: 'user', content: 'go' },
    {
      role: 'assistant',
      content: '',
      toolCalls: [{ id: 'call_1', name: 'list-devices', arguments: { a: 1 } }],
    },
    { role: 'tool', toolCallId: 'call_1', name: 'list-devices', content: 'none' },
    { role: 'assistant', content: 'No devices.' },
  ],
};

describe('openAiExporter', () => {
  it('writes tool_calls with JSON-string arguments and tool_call_id answers', () => {
    const [line] = openAiExporter.render(record);
    const parsed = JSON.parse(line ?? '');
    expect(parsed.messages[2]).toEqual({
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'call_1',
          type: 'function',
          function: { name: 'list-devices', arguments: '{"a":1}' },
        },
      ],
    });
    expect(parsed.messages[3]).toEqual({ role: 'tool', tool_call_id: 'call_1', content: 'none' });
    expect(parsed.tools[0].function.name).toBe('list-devices');
    expect(openAiExporter.fileName('valid')).toBe('valid.jsonl');
    expect(parsed.parallel_tool_calls).toBe(false);
  });

  it('says parallel_tool_calls true exactly when a turn makes several calls', () => {
    const twice: TrajectoryRecord = {
      ...record,
      messages: record.messages.map((m) =>
        m.role === 'assistant' && m.toolCalls
          ? {
              ...m,
              toolCalls: [...m.toolCalls, { id: 'call_2', name: 'list-devices', arguments: {} }],
            }
          : m,
      ),
    };
    const [line] = openAiExporter.render(twice);
    expect(JSON.parse(line ?? '').parallel_tool_calls).toBe(true);
  });
});
