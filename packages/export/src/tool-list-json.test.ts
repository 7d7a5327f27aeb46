import type { ToolSpec, TrajectoryRecord } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordArb } from './internal/record-arb.test-helper.js';
import { renderMlx, toFunctionTool, toHfMessage } from './mlx.js';
import { hasParallelCalls, renderOpenAi, toOpenAiMessage, toOpenAiTool } from './openai.js';
import { renderShareGpt, systemOf, toShareGptConversations } from './sharegpt.js';
import { createToolListJson } from './tool-list-json.js';
import { renderTrl, toTrlMessage } from './trl.js';

// Tools with awkward text: quotes, backslashes, control characters, non-BMP
// and lone surrogates, which JSON.stringify escapes.
const toolArb: fc.Arbitrary<ToolSpec> = fc.record({
  name: fc.string({ unit: 'binary', maxLength: 12 }),
  description: fc.string({ unit: 'binary', maxLength: 40 }),
  inputSchema: fc.record({
    type: fc.constant('object' as const),
    properties: fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue(), { maxKeys: 3 }),
  }),
}) as fc.Arbitrary<ToolSpec>;

// A pool of tool objects shared by several records, as a generate run shares
// the catalog's, so later renders hit the cache.
const runArb = fc
  .tuple(
    fc.array(toolArb, { minLength: 1, maxLength: 6 }),
    fc.array(recordArb, { minLength: 1, maxLength: 3 }),
  )
  .chain(([pool, records]) =>
    fc.tuple(
      fc.constant(pool),
      fc.tuple(
        ...records.map((record) =>
          fc.subarray(pool).map((tools): TrajectoryRecord => ({ ...record, tools })),
        ),
      ),
    ),
  );

describe('cached tool JSON', () => {
  it('renders every format byte for byte as JSON.stringify of the whole line', () => {
    fc.assert(
      fc.property(runArb, ([, records]) => {
        for (const record of [...records, ...records]) {
          expect(renderOpenAi(record)).toBe(
            JSON.stringify({
              messages: record.messages.map(toOpenAiMessage),
              tools: record.tools.map(toOpenAiTool),
              parallel_tool_calls: hasParallelCalls(record.messages),
            }),
          );
          expect(renderTrl(record)).toBe(
            JSON.stringify({
              messages: record.messages.map(toTrlMessage),
              tools: record.tools.map(toFunctionTool),
            }),
          );
          expect(renderShareGpt(record)).toBe(
            JSON.stringify({
              conversations: toShareGptConversations(record.messages),
              system: systemOf(record.messages),
              tools: JSON.stringify(
                record.tools.map((t) => ({
                  name: t.name,
                  description: t.description,
                  parameters: t.inputSchema,
                })),
              ),
            }),
          );
          const messages = record.messages.map(toHfMessage);
          const tools = record.tools.map(toFunctionTool);
          expect(renderMlx(record)).toEqual([JSON.stringify({ messages, tools })]);
          const perTurn = messages.flatMap((m, i) =>
            m.role === 'assistant'
              ? [JSON.stringify({ messages: messages.slice(0, i + 1), tools })]
              : [],
          );
          expect(renderMlx(record, { perTurn: true })).toEqual(perTurn);
        }
      }),
    );
  });

  it('keeps each tool object to its own JSON', () => {
    const list = createToolListJson((tool) => ({ n: tool.name }));
    const a: ToolSpec = { name: 'a', description: '', inputSchema: { type: 'object' } };
    const b: ToolSpec = { name: 'a"\\', description: '', inputSchema: { type: 'object' } };
    expect(list.array([a, b, a])).toBe('[{"n":"a"},{"n":"a\\"\\\\"},{"n":"a"}]');
    expect(list.quoted([b])).toBe(JSON.stringify(JSON.stringify([{ n: 'a"\\' }])));
    expect(list.array([])).toBe('[]');
    expect(list.quoted([])).toBe('"[]"');
  });

  it('serializes entries that are not objects as JSON.stringify does (a malformed list)', () => {
    const list = createToolListJson((tool) => tool);
    const a: ToolSpec = { name: 'a', description: '', inputSchema: { type: 'object' } };
    const entries = [a, null, 3, 'x"y', undefined, true] as unknown as ToolSpec[];
    for (let round = 0; round < 2; round += 1) {
      expect(list.array(entries)).toBe(JSON.stringify(entries));
      expect(list.quoted(entries)).toBe(JSON.stringify(JSON.stringify(entries)));
    }
  });
});
