import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../answers/observed.js';
import { tidy } from './template.js';

/** The forms before the whitespace shortcut, as the reference. */
const tidyBefore = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .replace(/([,;])(?=[,;.!?])/g, '')
    .replace(/\(\s+/g, '(')
    .trim();
const normalizeBefore = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');

/** Texts dense in what the rules act on: every kind of whitespace, punctuation, parentheses. */
const spacy = fc
  .array(
    fc.oneof(
      fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff'),
      fc.constantFrom(',', ';', '.', ':', '!', '?', '(', ')', ',,', ' ,', '( '),
      fc.constantFrom('a', 'Word', 'ΑΣ', 'İ', '42'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('whitespace collapsing', () => {
  it('tidy gives what the \\s+ form gave', () => {
    fc.assert(
      fc.property(spacy, (text) => {
        expect(tidy(text)).toBe(tidyBefore(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('normalize gives what the \\s+ form gave', () => {
    fc.assert(
      fc.property(spacy, (text) => {
        expect(normalize(text)).toBe(normalizeBefore(text));
      }),
      { numRuns: 5000 },
    );
  });
});
