import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordArb } from './internal/record-arb.test-helper.js';
import { sampleRecord } from './internal/sample-record.test-helper.js';
import {
  createShareGptExporter,
  isPromptSide,
  renderShareGpt,
  type ShareGptTurn,
} from './sharegpt.js';

const parse = (line: string) =>
  JSON.parse(line) as { conversations: ShareGptTurn[]; system: string; tools: string };

describe('renderShareGpt', () => {
  it('writes calls as function_call JSON and keeps the system prompt and tools apart', () => {
    const line = parse(renderShareGpt(sampleRecord()));
    expect(line.system).toBe('You drive devices.');
    expect(JSON.parse(line.tools)[0]).toEqual({
      name: 'list-devices',
      description: 'List devices.',
      parameters: { type: 'object' },
    });
    expect(line.conversations.slice(0, 3)).toEqual([
      { from: 'human', value: 'Turn on "dark mode" in Settings, please.' },
      { from: 'function_call', value: '{"name":"list-devices","arguments":{}}' },
      { from: 'observation', value: 'iPhone 16 5A1B2C3D-0000-4000-8000-000000000001 Booted' },
    ]);
    expect(line.conversations.at(-1)).toEqual({ from: 'gpt', value: 'Dark mode is on.' });
  });

  it('puts parallel calls in one list and their results in one observation', () => {
    const turns = parse(renderShareGpt(sampleRecord())).conversations;
    const index = turns.findIndex((turn) => turn.value.startsWith('[{"name":"describe"'));
    expect(JSON.parse(turns[index]?.value ?? '')).toHaveLength(2);
    expect(JSON.parse(turns[index + 1]?.value ?? '')).toEqual([
      expect.stringContaining('ROOT'),
      '{"path":"/tmp/s.png"}',
    ]);
  });

  it('drops narration before a call but keeps the tool error as an observation', () => {
    const turns = parse(renderShareGpt(sampleRecord())).conversations;
    expect(turns.some((turn) => turn.value.includes('Finding the device.'))).toBe(false);
    expect(turns).toContainEqual({ from: 'observation', value: 'Error: device busy, try again' });
  });

  it('alternates human/observation at odd positions and answers at even ones', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const turns = parse(renderShareGpt(record)).conversations;
        expect(turns.map((turn) => isPromptSide(turn.from))).toEqual(
          turns.map((_, i) => i % 2 === 0),
        );
        expect(turns.length % 2).toBe(0);
        const calls = record.messages.flatMap((m) =>
          m.role === 'assistant' ? (m.toolCalls ?? []) : [],
        );
        const written = turns
          .filter((t) => t.from === 'function_call')
          .flatMap((t) => [JSON.parse(t.value)].flat());
        expect(written.map((c) => c.name)).toEqual(calls.map((c) => c.name));
      }),
    );
  });
});

describe('dataset_info.json', () => {
  it('registers each split file and the preference files with their columns', () => {
    const exporter = createShareGptExporter({ preferenceFiles: { train: 'train.dpo.jsonl' } });
    const files = new Map([
      ['train', 'train.jsonl'],
      ['valid', 'valid.jsonl'],
      ['test', 'test.jsonl'],
    ] as const);
    const info = JSON.parse(exporter.extraFiles?.(files)['dataset_info.json'] ?? '');
    expect(Object.keys(info)).toEqual([
      'forge_train',
      'forge_valid',
      'forge_test',
      'forge_train_preference',
    ]);
    expect(info.forge_valid).toEqual({
      file_name: 'valid.jsonl',
      formatting: 'sharegpt',
      columns: { messages: 'conversations', system: 'system', tools: 'tools' },
    });
    expect(info.forge_train_preference.ranking).toBe(true);
    expect(info.forge_train_preference.columns.chosen).toBe('chosen');
  });
});
