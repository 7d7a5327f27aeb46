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

  // navigate-tap answered "I opened Sign in in VaultGo" (6 of 2,950): a screen's name may end in "in" or "on".
  it('a screen named "Sign in" or "Log on" is not followed by the same word ("Sign in in VaultGo")', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...familyIds),
        fc.constantFrom('Sign in', 'Log in', 'Check in', 'Log on', 'Add on'),
        (seed, family, screen) => {
          const base = makeDraft(seed, family);
          if (base.task.params.screen === undefined) return;
          const task = { ...base.task, params: { ...base.task.params, screen } };
          const draft = { ...base, task, success: true };
          expect(createNarrator().narrate(draft).answer).not.toMatch(/\b(on on|in in)\b/i);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
