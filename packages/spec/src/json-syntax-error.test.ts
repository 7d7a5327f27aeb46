import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxErrorAt } from './json-syntax-error.js';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** JSON texts with the whitespace a person writes, and characters that need escapes. */
const jsonText = fc
  .tuple(fc.json({ maxDepth: 4 }), fc.constantFrom(0, 2, '\t'))
  .map(([text, indent]) => JSON.stringify(JSON.parse(text), null, indent));

/** A JSON text with one character removed, doubled, or replaced by one that often breaks it. */
const brokenText = fc
  .tuple(jsonText, fc.nat(), fc.constantFrom('del', 'dup', ...'{}[],:"\\0-.eE tfn\u0001'))
  .map(([text, at, edit]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    if (edit === 'del') return text.slice(0, i) + text.slice(i + 1);
    if (edit === 'dup') return text.slice(0, i + 1) + text.slice(i);
    return text.slice(0, i) + edit + text.slice(i + 1);
  });

describe('jsonSyntaxErrorAt', () => {
  it('finds no error in any valid JSON text', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        expect(jsonSyntaxErrorAt(text)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('finds an error, inside the text, exactly when JSON.parse refuses it', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof(brokenText, fc.string({ maxLength: 12 })), (text) => {
        const at = jsonSyntaxErrorAt(text);
        expect(at === undefined).toBe(parses(text));
        if (at !== undefined) {
          refused += 1;
          expect(at).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 5000 },
    );
    expect(refused).toBeGreaterThan(1000);
  });

  it('agrees with the offset JSON.parse names, where it names one', () => {
    for (const [text, at] of [
      ['{"a": 1,}', 8],
      ['{"a" 1}', 5],
      ['{"a": 1', 7],
      ['[1, 2', 5],
      ['{"a": }', 6],
      ['{"a": tru}', 9],
      ['', 0],
      ['"\\x"', 2],
      ['[1] 2', 4],
    ] as const)
      expect([text, jsonSyntaxErrorAt(text)]).toEqual([text, at]);
  });

  it('names no place, rather than throwing, for nesting deeper than the stack', () => {
    expect(jsonSyntaxErrorAt('['.repeat(200_000))).toBeUndefined();
  });
});
