import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNarrator } from '../src/narrator.js';
import { familyIds, makeDraft } from './draft-factory.js';

describe('answer wording', () => {
  // toggle answered "I switched “Remember me” on on the Log in screen" (24 of 2,922).
  it('no doubled word where a value meets the template ("switched X on on the … screen")', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...familyIds),
        (seed, family) => {
          const draft = { ...makeDraft(seed, family), success: true };
          expect(createNarrator().narrate(draft).answer).not.toMatch(/\b(on on|in in)\b/i);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
