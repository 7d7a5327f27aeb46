import type { EpisodeDraft } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsWhole } from '../internal/claims.js';
import { normalize, numberIn, observationText, observedIn } from './observed.js';

/** The check as it was, against every observation joined and collapsed. */
function observedBefore(draft: EpisodeDraft, value: string | number): boolean {
  const observations = observationText(draft);
  if (typeof value === 'number') return numberIn(String(value), observations);
  const text = normalize(value.trim());
  return text !== '' && containsWhole(observations, text);
}

/** Pieces dense in what the check looks at: whitespace of every kind, word edges, digits, dots, case. */
const piece = fc.oneof(
  fc.constantFrom(' ', '  ', '\n', '\n  ', '\t', '\r\n', '\u00a0', '\u2003', '\ufeff'),
  fc.constantFrom('.', ',', '"', '(', ')', '_', '-', ':'),
  fc.constantFrom('ok', 'OK', 'Dark', 'mode', 'ΑΣ', 'İ', '42', '4', '0.5', '1e+21', 'NaN'),
  fc.string({ maxLength: 2 }),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

const draft = fc.array(fc.array(text, { maxLength: 3 }), { maxLength: 4 }).map(
  (steps) =>
    ({
      steps: steps.map((results) => ({ results: results.map((t) => ({ text: t })) })),
    }) as unknown as EpisodeDraft,
);

const value = fc.oneof(
  text,
  fc.constantFrom(42, 4, 0.5, 1e21, Number.NaN, -3),
  fc.double({ noDefaultInfinity: true }),
);

describe('observedIn', () => {
  it('says what the check over the fully collapsed observations said, in any order of asking', () => {
    fc.assert(
      fc.property(draft, fc.array(value, { maxLength: 6 }), (d, values) => {
        const observed = observedIn(d);
        for (const v of values) expect(observed(v)).toBe(observedBefore(d, v));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds values taken from the observations themselves as the original did', () => {
    fc.assert(
      fc.property(draft, fc.nat(), fc.nat(), (d, from, length) => {
        const all = d.steps.flatMap((s) => s.results.map((r) => r.text)).join('\n');
        const start = all.length === 0 ? 0 : from % all.length;
        const needle = all.slice(start, start + (length % 12));
        expect(observedIn(d)(needle)).toBe(observedBefore(d, needle));
      }),
      { numRuns: 5000 },
    );
  });
});
