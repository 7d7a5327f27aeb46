import type { DraftStep, EpisodeDraft, JsonValue } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWhole } from '../src/internal/claims.js';
import { createNarrator } from '../src/narrator.js';
import { familyIds, makeDraft, weightedNarrator } from './draft-factory.js';

const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });

/** The families whose task is to find or locate something: only they may say "Found it!". */
const findFamilies = [
  'scroll-find',
  'hide-and-seek',
  'profile-drilldown',
  'native-inspect',
  'debug-inspect',
] as const;

/** A narrator that writes every request and answer as the seeker. */
const seekerNarrator = weightedNarrator({ developer: 0, builder: 0, seeker: 1, terse: 0 });

describe('answer wording', () => {
  // toggle answered "I switched “Remember me” on on the Log in screen" (24 of 2,922).
  it('no doubled word where a value meets the template ("switched X on on the … screen")', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...familyIds), (seed, family) => {
        const draft = { ...makeDraft(seed, family), success: true };
        expect(createNarrator().narrate(draft).answer).not.toMatch(/\b(on on|in in)\b/i);
      }),
      { numRuns: 2000 },
    );
  });

  // A seeker opened "Found it! I zoomed the map out." on tasks that find nothing (229 of 2,950).
  it('"Found it!" opens only a successful find or locate task', () => {
    const finds = new Set<string>(findFamilies);
    const opened = new Set<string>();
    fc.assert(
      fc.property(seeds, fc.constantFrom(...familyIds), fc.boolean(), (seed, family, success) => {
        const { answer } = seekerNarrator.narrate({ ...makeDraft(seed, family), success });
        if (!answer.startsWith('Found it!')) return;
        opened.add(family);
        expect(success && finds.has(family)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // The ack is still used where it is true.
    expect(opened.size).toBeGreaterThan(0);
  });

  // "Found it!" over a query that listed nothing claimed a finding the data does not show.
  it('"Found it!" never opens an answer whose last query came back empty', () => {
    const found = (draft: EpisodeDraft): boolean =>
      seekerNarrator.narrate(draft).answer.startsWith('Found it!');
    let opened = 0;
    fc.assert(
      fc.property(seeds, fc.constantFrom(...findFamilies), (seed, family) => {
        const draft = { ...makeDraft(seed, family), success: true };
        if (found(draft)) opened += 1;
        // The same episode, ending with a query that listed nothing.
        const empty: DraftStep = {
          calls: [{ id: 'call-empty', name: 'native-find-views', arguments: {} }],
          results: [{ text: '{"views":[],"count":0}', isError: false }],
        };
        expect(found({ ...draft, steps: [...draft.steps, empty] })).toBe(false);
      }),
      { numRuns: 1500 },
    );
    // Without the empty query the ack is used, so the check above is not vacuous.
    expect(opened).toBeGreaterThan(0);
  });

  // A seeker's "Found it!" came before "Found it: X is tapped." (15 of 2,950).
  it('the acknowledgement is not the words the summary opens with', () => {
    const narrator = weightedNarrator({ developer: 1, builder: 1, seeker: 4, terse: 1 });
    fc.assert(
      fc.property(seeds, fc.constantFrom(...familyIds), fc.boolean(), (seed, family, success) => {
        const { answer } = narrator.narrate({ ...makeDraft(seed, family), success });
        expect(answer).not.toMatch(/^([A-Z][\w ']+)[.!,:] \1\b/);
        // Nor its word again at once: "Found it! I found X" (35 of 2,950).
        expect(answer).not.toMatch(/^(\w+)( \w+)?[.!,:] (I )?\1\b/i);
      }),
      { numRuns: 3000 },
    );
  });

  // navigate-tap answered "I opened Sign in in VaultGo" (6 of 2,950): a screen's name may end in "in" or "on".
  it('a screen named "Sign in" or "Log on" is not followed by the same word ("Sign in in VaultGo")', () => {
    fc.assert(
      fc.property(
        seeds,
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

  // "I signed in as X. Details: signed in as X." and "I opened U and it landed on S. What I saw: url U,
  // screen S." repeated the summary in the facts suffix (1,801 of 2,950).
  it('the facts after the summary do not repeat a value the summary names', () => {
    const strings = (value: JsonValue, out: string[]): string[] => {
      if (typeof value === 'string') out.push(value);
      else if (Array.isArray(value)) for (const item of value) strings(item, out);
      else if (value !== null && typeof value === 'object')
        for (const inner of Object.values(value)) strings(inner, out);
      return out;
    };
    fc.assert(
      fc.property(seeds, fc.constantFrom(...familyIds), (seed, family) => {
        const base = makeDraft(seed, family);
        // As the gym reports them: the task's own values, observed, and a state beside them.
        const named = Object.entries(base.task.params).filter(
          ([key, value]) => key !== 'app' && key !== 'platform' && typeof value === 'string',
        );
        if (named.length === 0) return;
        const facts = { ...Object.fromEntries(named), checked: true };
        const seen = { text: JSON.stringify(facts), isError: false };
        const last = { calls: [{ id: 'f', name: 'describe', arguments: {} }], results: [seen] };
        const draft = { ...base, steps: [...base.steps, last], facts, success: true };
        const { answer } = createNarrator().narrate(draft);
        const values = strings(facts as JsonValue, []).filter((v) => v.length >= 3);
        for (const value of values) {
          const inFacts = values.filter((v) => v === value).length;
          expect(countWhole(answer, value)).toBeLessThanOrEqual(inFacts);
        }
        // A state left without the value it describes.
        expect(answer).not.toMatch(
          /(Observed|Details|What I saw|From the output): (not )?checked\b/,
        );
      }),
      { numRuns: 2000 },
    );
  });
});
