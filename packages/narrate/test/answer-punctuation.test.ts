import type { EpisodeDraft } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNarrator } from '../src/narrator.js';
import { familyIds, makeDraft } from './draft-factory.js';

// Answer wording an audit of a 3,000-episode run (seed 11) flagged.

const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const sentence = fc.constantFrom(
  'Invariant Violation: Text strings must be rendered within a <Text> component.',
  'componentWillReceiveProps has been renamed. Please update ListRow.',
  'Require cycle detected.',
);

/** The draft with one more step whose result shows `text`, and a fact holding it. */
function showing(draft: EpisodeDraft, text: string, success: boolean): EpisodeDraft {
  const step = {
    calls: [{ id: 'call_99', name: 'debugger-log-registry', arguments: {} }],
    results: [
      { text: success ? JSON.stringify({ message: text }) : `Error: ${text}`, isError: !success },
    ],
  };
  return {
    ...draft,
    success,
    steps: [...draft.steps, step],
    facts: success ? { ...draft.facts, message: text } : draft.facts,
  };
}

describe('answer punctuation', () => {
  // 'message "… within a <Text> component.".' (71 of 2,950 answers, console-check).
  it('a quoted value that ends a sentence with its own full stop gets no second one', () => {
    fc.assert(
      fc.property(
        seeds,
        fc.constantFrom(...familyIds),
        sentence,
        fc.boolean(),
        (seed, family, text, success) => {
          const { answer } = createNarrator().narrate(
            showing(makeDraft(seed, family), text, success),
          );
          expect(answer).toContain(text);
          expect(answer).not.toMatch(/\.["”'`]\./);
        },
      ),
      { numRuns: 1500 },
    );
  });

  // "Done. The rotation is done.", "Done. The onboarding (4 pages) is done.",
  // 'All set. "flags" is set to "beta".' (72 of 2,950 answers).
  it('the acknowledgement does not state what the summary states ("Done. … is done.")', () => {
    fc.assert(
      fc.property(
        seeds,
        fc.constantFrom('rotate-gesture', 'batch-sequence', 'cookies-storage'),
        (seed, family) => {
          const { answer } = createNarrator().narrate({
            ...makeDraft(seed, family),
            success: true,
          });
          const first = /^(Done[.!]|All done!|All set\.) ([^.]*)/.exec(answer);
          if (first === null) return;
          const state = /(done|set)\W*$/i.exec(first[1] as string)?.[1] as string;
          expect(first[2]).not.toMatch(new RegExp(`\\b(is|are) ${state}\\b`, 'i'));
        },
      ),
      { numRuns: 1500 },
    );
  });
});
