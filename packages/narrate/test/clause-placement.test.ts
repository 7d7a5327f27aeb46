import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personas } from '../src/personas.js';
import { platformPhrases } from '../src/requests/vocabulary.js';
import { familyIds, makeDraft, weightedNarrator } from './draft-factory.js';

// Where the clauses around the ask go. An audit of a 3,000-episode run
// (seed 11) found clauses that modified the wrong part of the sentence.

const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const families = fc.constantFrom(...familyIds);
const wordy = weightedNarrator({ developer: 1, builder: 1, seeker: 1, terse: 0 });

/** A template's alternatives as a regex: "[a|b] c" -> "(?:a|b) c". */
function templateRegex(template: string): string {
  return template
    .replace(/[.*+?^${}()\\]/g, '\\$&')
    .replace(/\[/g, '(?:')
    .replace(/\]/g, ')');
}

const contexts = personas
  .flatMap((persona) => [...persona.contexts, ...(persona.lost?.contexts ?? [])])
  .filter((context) => context !== '')
  .map(templateRegex);
const devices = [
  ...Object.values(platformPhrases).flat(),
  'iPhone 15 Pro',
  'Pixel 7',
  'Chromium 124',
  'emulator-5554',
  'chromium-cdp-9222',
];
const device = `(?:using|on|in) (?:${devices.map(templateRegex).join('|')})`;
/** How a core that is a statement, not an ask, begins. */
const statement =
  /(there's|there are|somewhere|some request|something|my |here's|the list|the ["“'`]|I (think|know|want|need(?! you)|have|changed|profiled|can't)|when I|pressing|\S+ (is|got|feels|looks) )/;

describe('clause placement', () => {
  // "So I can see how it looks, something looks off on Mugs", "Using
  // Pixel_9_Pro_XL_API_35, I think Fare rules history looks different",
  // "If you have a minute, my project is somewhere under …": 112 of 3,000.
  it('a context or device clause in front leads an ask, never a statement', () => {
    const lead = new RegExp(
      `(?:^|[.!?:] |^\\w+, )(?:${[...contexts, device].join('|')}), ${statement.source}`,
      'i',
    );
    let leading = 0;
    fc.assert(
      fc.property(seeds, families, (seed, family) => {
        const { request } = wordy.narrate(makeDraft(seed, family));
        expect(request).not.toMatch(lead);
        if (new RegExp(`(?:^|[.!?:] )(?:${contexts.join('|')}), `, 'i').test(request)) leading += 1;
      }),
      { numRuns: 3000 },
    );
    // Contexts still lead asks, so the check above is not vacuous.
    expect(leading).toBeGreaterThan(0);
  });

  // "scroll down to X and open it inside EchoBase, let me know if anything
  // fails", "find the native view behind X, if a dialog pops up, close it"
  // (comma splices, 47 of 2,950) and "…; and tell me what you find" (56).
  it('a constraint that is a clause of its own is not spliced on with a comma, and "and …" not with a semicolon', () => {
    let constrained = 0;
    fc.assert(
      fc.property(seeds, families, (seed, family) => {
        const { request } = wordy.narrate(makeDraft(seed, family));
        expect(request).not.toMatch(
          /, (?:if a dialog pops up|let me know if anything|leave the other|don't change anything)/,
        );
        expect(request).not.toMatch(/; and /);
        if (/[;-] (?:if a dialog pops up|let me know if anything)/.test(request)) constrained += 1;
      }),
      { numRuns: 3000 },
    );
    expect(constrained).toBeGreaterThan(0);
  });

  // "(It's on Pixel_6_API_33.) (Its package is …, if that helps.)", terse "What's X (iPhone 16)
  // (Harbor Draft Go)?", "Tap Share (find it) (Chirpio)" (136 of 2,950 requests, seed 11).
  it('no two bracketed groups follow each other in a request', () => {
    const any = weightedNarrator({ developer: 1, builder: 1, seeker: 2, terse: 2 });
    // A bracketed fact or a terse "(App)" at the end.
    const bracket = /\(Its (bundle id|package) is|\w \([A-Z][^)]*\)$/;
    let bracketed = 0;
    fc.assert(
      fc.property(seeds, families, (seed, family) => {
        const { request } = any.narrate(makeDraft(seed, family));
        expect(request).not.toMatch(/\)[.!?]?\s*\(/);
        if (bracket.test(request)) bracketed += 1;
      }),
      { numRuns: 4000 },
    );
    // The facts are still said in brackets where nothing bracketed comes before them.
    expect(bracketed).toBeGreaterThan(0);
  });

  // "I need to be logged in as X; password is Y in Harborcredit", "the
  // password is Y in Jadeledger on iPhone 16 Pro" read as where the password
  // is (77 of 2,950): the app and device follow the sign-in, not the password.
  it('no app or device clause follows the password', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const draft = makeDraft(seed, 'login');
        const { request } = wordy.narrate(draft);
        const password = String(draft.task.params.password);
        const after = request.slice(request.indexOf(password) + password.length);
        expect(after).not.toMatch(/^["”'`)]* (in|on|inside|using)\b/);
      }),
      { numRuns: 1500 },
    );
  });

  // "Modified in Halo Page Now, asap? ty" asked whether it was urgent, and
  // "What's Visits on the emulator (Foxly). ty" asked nothing (12 of 2,950).
  it('a terse question ends in its question mark, with the urgency after it', () => {
    const terse = weightedNarrator({ developer: 0, builder: 0, seeker: 0, terse: 1 });
    let urgent = 0;
    fc.assert(
      fc.property(seeds, families, (seed, family) => {
        const { request } = terse.narrate(makeDraft(seed, family));
        expect(request).not.toMatch(/, (asap|now)\?/);
        if (/^([^:]+: )?what's\b/i.test(request)) expect(request).toMatch(/\?/);
        if (/\? (asap|now)\b/.test(request)) urgent += 1;
      }),
      { numRuns: 4000 },
    );
    expect(urgent).toBeGreaterThan(0);
  });

  // "find it and tap on it on SlateWorks", "tap on it on Pixel_6_API_33 in
  // Jade Notes" (19 of 2,950).
  it('a core ending "on it" is not followed by "on {app}" or "on {device}"', () => {
    fc.assert(
      fc.property(
        seeds,
        fc.constantFrom('hide-and-seek', 'scroll-find', 'navigate-tap'),
        (seed, family) => {
          const { request } = wordy.narrate(makeDraft(seed, family));
          expect(request).not.toMatch(/\b(on|in) (it|them) \1 /);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
