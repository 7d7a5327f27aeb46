import { defaultCatalog, type EpisodeDraft, type JsonObject } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numbersIn, quotedStrings } from '../src/internal/claims.js';
import { createNarrateRng } from '../src/internal/rng.js';
import { createNarrator } from '../src/narrator.js';
import { writeStepText } from '../src/steps/step-text.js';
import { toolTexts } from '../src/steps/tool-texts.js';
import { familyIds, makeDraft } from './draft-factory.js';

function dummy(schema: Record<string, unknown>): unknown {
  if (schema.enum) return (schema.enum as unknown[])[0];
  switch (schema.type) {
    case 'number':
    case 'integer':
      return 0.5;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return {};
    default:
      return 'x';
  }
}

/** Arguments holding only what the tool's schema requires. */
function requiredArgs(name: string): JsonObject {
  const schema = defaultCatalog().get(name)?.inputSchema as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  const args: JsonObject = {};
  for (const key of schema.required ?? [])
    args[key] = dummy(schema.properties?.[key] ?? {}) as JsonObject[string];
  return args;
}

function oneStep(name: string, args: JsonObject): EpisodeDraft {
  const base = makeDraft(1, 'navigate-tap');
  return {
    ...base,
    steps: [
      { calls: [{ id: 'c1', name, arguments: args }], results: [{ text: '{}', isError: false }] },
    ],
  };
}

const quote = (text: string) => `"${text}"`;

describe('step texts', () => {
  it('has its own text for every tool of the default catalog, even with only required arguments', () => {
    const names = defaultCatalog().names;
    expect(names).toHaveLength(67);
    for (const name of names) {
      expect(toolTexts[name], name).toBeDefined();
      const text = writeStepText({
        draft: oneStep(name, requiredArgs(name)),
        index: 0,
        rng: createNarrateRng(1),
        quote,
      });
      expect(text, name).not.toMatch(/^(Calling|Running) [a-z-]+\.$/);
    }
  });

  it('names an unknown tool rather than guessing what it does', () => {
    const text = writeStepText({
      draft: oneStep('brand-new-tool', {}),
      index: 0,
      rng: createNarrateRng(1),
      quote,
    });
    expect(text).toMatch(/brand-new-tool/);
  });

  it('never mentions a label before it was seen or asked for', () => {
    const draft: EpisodeDraft = {
      ...makeDraft(1, 'navigate-tap'),
      steps: [
        {
          calls: [{ id: 'c1', name: 'gesture-tap', arguments: { udid: 'u', x: 0.1, y: 0.2 } }],
          results: [{ text: '{}', isError: false }],
          intent: { kind: 'tap-target', detail: { label: 'Secret Door' } },
        },
      ],
    };
    for (let seed = 0; seed < 50; seed += 1)
      expect(writeStepText({ draft, index: 0, rng: createNarrateRng(seed), quote })).not.toContain(
        'Secret Door',
      );
  });

  it('only quotes what is known and only states numbers the step sends', () => {
    const narrator = createNarrator();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.constantFrom(...familyIds),
        (seed, family) => {
          const draft = makeDraft(seed, family);
          narrator.narrate(draft).stepTexts.forEach((text, index) => {
            const step = draft.steps[index];
            const sent = JSON.stringify(step?.calls ?? []);
            const known = [
              ...Object.values(draft.task.params).map(String),
              ...draft.steps.slice(0, index).flatMap((s) => s.results.map((r) => r.text)),
              sent,
            ].join('\n');
            for (const quoted of quotedStrings(text)) expect(known).toContain(quoted);
            for (const n of numbersIn(text)) expect(sent).toContain(n);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('uses the intent when one is given and known', () => {
    const draft: EpisodeDraft = {
      ...oneStep('describe', { udid: 'u' }),
      steps: [
        {
          calls: [{ id: 'c1', name: 'describe', arguments: { udid: 'u' } }],
          results: [{ text: '', isError: false }],
          intent: { kind: 'recover-debugger' },
        },
      ],
    };
    expect(writeStepText({ draft, index: 0, rng: createNarrateRng(3), quote })).toMatch(
      /debugger/i,
    );
  });
});
