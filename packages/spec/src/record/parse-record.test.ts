import { describe, expect, it } from 'vitest';
import { checkRecordShape, parseRecordLine } from './parse-record.js';

const record = {
  schema: 'forge.trajectory/1',
  id: 'navigate-tap/ios/0000001',
  seed: 1,
  split: 'train',
  meta: {
    family: 'navigate-tap',
    platform: 'ios',
    pack: 'core',
    app: 'Settings',
    persona: 'seeker',
    difficulty: 'easy',
    injections: [],
    recovered: false,
    success: true,
    toolsUsed: ['list-devices'],
    calls: 1,
  },
  tools: [{ name: 'list-devices', description: 'List devices.', inputSchema: { type: 'object' } }],
  messages: [
    { role: 'system', content: 'You drive devices.' },
    { role: 'user', content: 'What devices are there?' },
    {
      role: 'assistant',
      content: 'Listing.',
      toolCalls: [{ id: 'call_1', name: 'list-devices', arguments: {} }],
    },
    { role: 'tool', toolCallId: 'call_1', name: 'list-devices', content: '[]' },
    { role: 'assistant', content: 'None are running.' },
  ],
};

describe('record shape', () => {
  it('accepts a well-formed record', () => {
    expect(checkRecordShape(record).success).toBe(true);
    expect(parseRecordLine(JSON.stringify(record)).success).toBe(true);
  });

  it('rejects missing meta fields, unknown roles and stray keys', () => {
    const { calls: _c, ...meta } = record.meta;
    for (const bad of [
      { ...record, meta },
      { ...record, messages: [...record.messages, { role: 'robot', content: 'x' }] },
      { ...record, messages: [{ role: 'user', content: 'x', toolCalls: [] }, ...record.messages] },
      { ...record, extra: true },
      { ...record, schema: 'forge.trajectory/2' },
    ]) {
      const result = checkRecordShape(bad, 'f.jsonl:3');
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.code).toBe('FORGE_RECORD_SHAPE');
        expect(result.error.location).toBe('f.jsonl:3');
      }
    }
  });

  it('reports a line that is not JSON', () => {
    const result = parseRecordLine('{"schema":', 'f.jsonl:9');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('FORGE_RECORD_JSON');
  });
});
