import type { EpisodeDraft } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownTexts } from './step-text.js';

/** The known text as it was computed before, from scratch at every step. */
function knownTextBefore(draft: EpisodeDraft, index: number): string {
  const parts = Object.values(draft.task.params).map(String);
  for (const step of draft.steps.slice(0, index)) for (const r of step.results) parts.push(r.text);
  return parts.join('\n').toLowerCase();
}

/** Text with what lower-casing treats specially: sigmas, dotted I, apostrophes, empties. */
const text = fc
  .array(fc.constantFrom('Σ', 'ΑΣ', 'σ', "'", 'İ', 'A', 'b', ' ', '\n', '', 'Ω\u0301'), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

const draft = fc
  .record({
    params: fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(text, fc.integer(), fc.boolean()), {
      maxKeys: 3,
    }),
    steps: fc.array(fc.array(text, { maxLength: 3 }), { maxLength: 6 }),
  })
  .map(
    ({ params, steps }) =>
      ({
        task: { params },
        steps: steps.map((results) => ({ results: results.map((t) => ({ text: t })) })),
      }) as unknown as EpisodeDraft,
  );

describe('knownTexts', () => {
  it('gives every step the text joined and lower-cased from scratch, in any order of asking', () => {
    fc.assert(
      fc.property(draft, fc.array(fc.nat({ max: 8 }), { maxLength: 10 }), (d, asks) => {
        const known = knownTexts(d);
        const inOrder = d.steps.map((_, i) => i);
        for (const index of [...inOrder, ...asks])
          expect(known(index)).toBe(knownTextBefore(d, index));
      }),
      { numRuns: 3000 },
    );
  });
});
