import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../rng.js';
import { pickAppName } from './naming.js';
import { namePrefixes, nameSuffixes } from './words.js';

/** The words of an app name that break it: a word said twice, a stray lowercase word, "-yly". */
function flaws(name: string): string[] {
  const found: string[] = [];
  const words = name.split(' ');
  const lower = words.map((w) => w.toLowerCase());
  if (new Set(lower).size !== lower.length) found.push(`a word twice: ${name}`);
  for (const w of words) {
    if (/^[a-z]/.test(w)) found.push(`a lowercase word: ${w}`);
    if (/^(.{2,})\1$/i.test(w)) found.push(`a doubled word: ${w}`);
    if (/yly$/.test(w)) found.push(`"ly" after "y": ${w}`);
  }
  return found;
}

// Nouns as packs write them, drawn partly from the prefixes and suffixes, so
// that the overlaps the real packs have ("Daily", "Echo", "Atlas", "Go") come up.
// A random noun that is itself flawed ("Uquq") is not the namer's doing.
const capitalised = fc.stringMatching(/^[A-Z][a-z]{2,7}$/).filter((w) => flaws(w).length === 0);
const noun = fc.oneof(
  capitalised,
  fc.constantFrom(...namePrefixes),
  fc.constantFrom(...nameSuffixes.filter((s) => /^[A-Z]/.test(s))),
);

describe('pickAppName', () => {
  it('never says a word twice, leaves a lowercase suffix standing, or writes "yly"', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(noun, { minLength: 1, maxLength: 8 }),
        (seed, nouns) => {
          const name = pickAppName(createRng(seed), nouns);
          expect(flaws(name)).toEqual([]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('names news apps without "Daily Daily" and travel apps without "GoGo"', () => {
    const names = new Set<string>();
    for (let seed = 0; seed < 4000; seed += 1) {
      names.add(pickAppName(createRng(seed), ['Daily']));
      names.add(pickAppName(createRng(seed), ['Go']));
    }
    for (const name of names) expect(flaws(name)).toEqual([]);
    // The overlapping words still make names, in the shapes that do not repeat them.
    expect([...names].some((n) => n.startsWith('Daily'))).toBe(true);
    expect([...names].some((n) => / Go$/.test(n))).toBe(true);
  });

  it('joins "ly" and "io" to the noun in the three-word shape', () => {
    const names = new Set<string>();
    for (let seed = 0; seed < 4000; seed += 1) names.add(pickAppName(createRng(seed), ['Travel']));
    expect([...names].some((n) => / Travel(ly|io)$/.test(n))).toBe(true);
    expect([...names].some((n) => / (ly|io)$/.test(n))).toBe(false);
  });
});
