import type { TrajectoryRecord } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { createMlxExporter, renderMlx } from './mlx.js';

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
    toolsUsed: ['list-devices', 'describe'],
    calls: 2,
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
      content: 'Listing.',
      toolCalls: [{ id: 'call_1', name: 'list-devices', arguments: {} }],
    },
    { role: 'tool', toolCallId: 'call_1', name: 'list-devices', content: 'one' },
    {
      role: 'assistant',
      content: 'Looking.',
      toolCalls: [{ id: 'call_2', name: 'describe', arguments: { udid: 'u' } }],
    },
    { role: 'tool', toolCallId: 'call_2', name: 'describe', content: 'tree' },
    { role: 'assistant', content: 'Done.' },
  ],
};

describe('renderMlx', () => {
  it('writes one chat example with tools and object arguments', () => {
    const lines = renderMlx(record);
    expect(lines).toHaveLength(1);
    const example = JSON.parse(lines[0] ?? '');
    expect(example.tools[0]).toEqual({
      type: 'function',
      function: {
        name: 'list-devices',
        description: 'List devices.',
        parameters: { type: 'object', properties: {} },
      },
    });
    expect(example.messages[4].tool_calls[0].function.arguments).toEqual({ udid: 'u' });
    expect(example.messages[5]).toEqual({
      role: 'tool',
      tool_call_id: 'call_2',
      name: 'describe',
      content: 'tree',
    });
  });

  it('emits one example per assistant turn, each ending on that turn', () => {
    const lines = createMlxExporter({ perTurn: true })
      .render(record)
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.messages.length)).toEqual([3, 5, 7]);
    for (const l of lines) expect(l.messages.at(-1).role).toBe('assistant');
  });
});
