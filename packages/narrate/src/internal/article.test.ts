import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indefiniteArticle } from './article.js';
import { createNarrateRng } from './rng.js';
import { render, type TemplateScope } from './template.js';

function scope(values: Record<string, string>, seed = 1): TemplateScope {
  return { rng: createNarrateRng(seed), value: (name) => values[name], quote: (t) => `“${t}”` };
}

describe('indefiniteArticle', () => {
  it('goes by the first letter after any quote mark', () => {
    expect(indefiniteArticle('open-url')).toBe('an');
    expect(indefiniteArticle('“Auto-play”')).toBe('an');
    expect(indefiniteArticle('"I agree to the terms"')).toBe('an');
    expect(indefiniteArticle("'Export'")).toBe('an');
    expect(indefiniteArticle('gesture-tap')).toBe('a');
    expect(indefiniteArticle('“Save”')).toBe('a');
  });

  it('reads short all-capital words letter by letter, and knows a few sounds', () => {
    expect(indefiniteArticle('SMS code')).toBe('an');
    expect(indefiniteArticle('URL')).toBe('a');
    expect(indefiniteArticle('ARCHIVE')).toBe('an');
    expect(indefiniteArticle('user')).toBe('a');
    expect(indefiniteArticle('one-time code')).toBe('a');
    expect(indefiniteArticle('hour')).toBe('an');
    expect(indefiniteArticle('8-digit code')).toBe('an');
    expect(indefiniteArticle('18')).toBe('an');
    expect(indefiniteArticle('180')).toBe('a');
    expect(indefiniteArticle('')).toBe('a');
  });
});

describe('templates put the right article before a filled-in value', () => {
  // "Recording a open-url step" (19 step texts) and "there's a “Auto-play”
  // switch" (19 requests) in a 3,000-episode run.
  const word = fc.stringMatching(/^[a-z][a-z-]{0,10}$/);
  it('"a {value}" reads "an" exactly when the value starts with a vowel', () => {
    fc.assert(
      fc.property(word, fc.boolean(), fc.nat(), (value, quoted, seed) => {
        fc.pre(!/^(uni|use|usu|uti|ure|one|once|eu|ewe|hour|honest|honou?r|heir)/.test(value));
        const template = quoted ? "there's a {q:v} switch" : 'Recording a {v} step.';
        const out = render(template, scope({ v: value }, seed)) ?? '';
        const expected = /^[aeiou]/.test(value) ? 'an' : 'a';
        expect(out).toContain(` ${expected} ${quoted ? '“' : ''}${value}`);
      }),
      { numRuns: 300 },
    );
  });

  it('also after a choice, at the start of a sentence, and never inside a word', () => {
    expect(render('A {v} came up.', scope({ v: 'error' }))).toBe('An error came up.');
    expect(render('[a] [{v}]', scope({ v: 'apple' }))).toBe('an apple');
    expect(render('pasta {v}', scope({ v: 'al dente' }))).toBe('pasta al dente');
    expect(render('a {v}', scope({ v: 'ok' }))).toBe('an ok');
  });
});
