import type { DraftStep, EpisodeDraft, Message, ToolCall } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { narrateMessages } from '../src/messages.js';
import { createNarrator } from '../src/narrator.js';
import { familyIds, makeDraft } from './draft-factory.js';

const narrator = createNarrator();

const anyStep: fc.Arbitrary<Omit<DraftStep, 'calls'> & { calls: Omit<ToolCall, 'id'>[] }> = fc
  .array(
    fc.record({
      name: fc.constantFrom('describe', 'gesture-tap', 'keyboard', 'run-sequence', 'unknown-tool'),
      arguments: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), {
        maxKeys: 4,
      }),
      text: fc.string({ maxLength: 60 }),
      isError: fc.boolean(),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .chain((calls) =>
    fc
      .option(fc.record({ kind: fc.constantFrom('discover', 'tap-target', 'type', 'nope') }), {
        nil: undefined,
      })
      .map((intent) => ({
        calls: calls.map(({ name, arguments: args }) => ({
          name,
          arguments: args as ToolCall['arguments'],
        })),
        results: calls.map(({ text, isError }) => ({ text, isError })),
        ...(intent ? { intent } : {}),
      })),
  );

const anyDraft: fc.Arbitrary<EpisodeDraft> = fc
  .tuple(
    fc.integer({ min: 0, max: 1e6 }),
    fc.constantFrom(...familyIds),
    fc.array(anyStep, { maxLength: 6 }),
  )
  .map(([seed, family, steps]) => {
    let n = 0;
    const base = makeDraft(seed, family);
    return {
      ...base,
      steps: steps.map((step) => ({
        ...step,
        calls: step.calls.map((call) => ({ id: `call_${++n}`, ...call })),
      })),
    };
  });

/** Everything but the words: calls with ids, names and arguments; tool outputs with their call ids. */
type Stripped =
  | { readonly call: ToolCall }
  | { readonly result: { id: string | undefined; text: string; isError: boolean } };

function strip(messages: readonly Message[]): Stripped[] {
  return messages.flatMap((m): Stripped[] => {
    if (m.role === 'assistant') return (m.toolCalls ?? []).map((c) => ({ call: c }));
    if (m.role === 'tool')
      return [{ result: { id: m.toolCallId, text: m.content, isError: m.isError === true } }];
    return [];
  });
}

function expected(draft: EpisodeDraft): Stripped[] {
  return draft.steps.flatMap((step): Stripped[] => [
    ...step.calls.map((call) => ({ call })),
    ...step.results.map((r, i) => ({
      result: { id: step.calls[i]?.id, text: r.text, isError: r.isError },
    })),
  ]);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

describe('narrateMessages', () => {
  it('leaves exactly the draft calls and observations, in order, once the words are stripped', () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        // Compared with a copy taken before narrating, on a frozen draft: narrating
        // may not rewrite a call, an argument or a result, even in place.
        const before = structuredClone(draft);
        const frozen = deepFreeze(draft);
        const messages = narrateMessages(frozen, narrator.narrate(frozen), 'system prompt');
        expect(strip(messages)).toEqual(expected(before));
        expect(draft).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('frames the episode: system, request, one assistant turn per step, final answer', () => {
    const draft = makeDraft(11, 'login');
    const narration = narrator.narrate(draft);
    const messages = narrateMessages(draft, narration, 'SYS');
    expect(messages[0]).toEqual({ role: 'system', content: 'SYS' });
    expect(messages[1]).toEqual({ role: 'user', content: narration.request });
    expect(messages.at(-1)).toEqual({ role: 'assistant', content: narration.answer });
    const turns = messages.filter((m) => m.role === 'assistant' && m.toolCalls);
    expect(turns.map((m) => m.content)).toEqual(narration.stepTexts);
  });

  it('marks error results and only them', () => {
    const draft = makeDraft(0, 'navigate-tap');
    const withError: EpisodeDraft = {
      ...draft,
      steps: [
        {
          calls: [{ id: 'c1', name: 'describe', arguments: {} }],
          results: [{ text: 'boom', isError: true }],
        },
      ],
    };
    const messages = narrateMessages(withError, narrator.narrate(withError), 's');
    expect(messages.find((m) => m.role === 'tool')).toEqual({
      role: 'tool',
      toolCallId: 'c1',
      name: 'describe',
      content: 'boom',
      isError: true,
    });
    const plain = narrateMessages(draft, narrator.narrate(draft), 's').filter(
      (m) => m.role === 'tool',
    );
    expect(plain.some((m) => 'isError' in m)).toBe(false);
  });

  it('refuses a narration that does not match the draft', () => {
    const draft = makeDraft(0, 'navigate-tap');
    const narration = { ...narrator.narrate(draft), stepTexts: [] };
    expect(() => narrateMessages(draft, narration, 's')).toThrow(/step texts/);
  });
});
