import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionary } from './dictionary.js';
import {
  camel,
  joinCamel,
  joinSpelled,
  kebab,
  snake,
  spellWords,
  stateKeyOf,
} from './word-case.js';

/** The spelling before the fast paths: split into words, lowercase, join. */
function referenceWords(text: string, sep: string): string {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .join(sep);
}

/** camelCase as the ids were first spelled. */
function referenceCamel(text: string): string {
  return referenceWords(text, ' ').replace(/ (.)/g, (_, c: string) => c.toUpperCase());
}

/** State keys as first tidied: each dotted part kept when a plain word, else spelled. */
function referenceStateKey(base: string): string {
  return base
    .split('.')
    .map((part) => (/^[A-Za-z0-9]+$/.test(part) ? part : referenceWords(part, '-') || 'value'))
    .join('.');
}

/** Labels, keys and scopes like the packs make, plus arbitrary text. */
const text = fc.oneof(
  fc.string(),
  fc
    .array(
      fc.constantFrom('Show', 'previews', 'a', 'B2', ' ', '  ', '-', '.', '&', 'É', 'İ', '9'),
      {
        maxLength: 8,
      },
    )
    .map((parts) => parts.join('')),
);

describe('word spelling', () => {
  it('spells any text as splitting it into words would', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('-', '_', ' '), (t, sep) => {
        expect(spellWords(t, sep)).toBe(referenceWords(t, sep));
      }),
      { numRuns: 500 },
    );
  });

  it('spells scope and key apart exactly as the two joined by a space', () => {
    fc.assert(
      fc.property(text, text, (s, k) => {
        expect(joinSpelled(kebab(s), kebab(k), '-')).toBe(referenceWords(`${s} ${k}`, '-'));
        expect(joinSpelled(snake(s), snake(k), '_')).toBe(referenceWords(`${s} ${k}`, '_'));
        expect(joinCamel(camel(s), camel(k))).toBe(referenceCamel(`${s} ${k}`));
      }),
      { numRuns: 500 },
    );
  });

  it('tidies state keys part by part', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (parts) => {
        const base = parts.join('.');
        expect(stateKeyOf(base)).toBe(referenceStateKey(base));
      }),
      { numRuns: 500 },
    );
    expect(stateKeyOf('loggedIn')).toBe('loggedIn');
    expect(stateKeyOf('privacy.Location services')).toBe('privacy.location-services');
  });
});

describe('dictionary objects', () => {
  it('are plain objects that keep insertion order and serialize like `{}`', () => {
    const d = dictionary<number>();
    const plain: Record<string, number> = {};
    for (const key of ['b.x', 'a-y', 'z', '10', 'constructor2']) {
      d[key] = key.length;
      plain[key] = key.length;
    }
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
    expect(Object.keys(d)).toEqual(Object.keys(plain));
    expect(JSON.stringify(d)).toBe(JSON.stringify(plain));
    expect(d).toStrictEqual(plain);
  });
});
