import { describe, expect, it } from 'vitest';
import { createNarrateRng } from './rng.js';
import {
  capitalize,
  referencedNames,
  render,
  renderOneOf,
  type TemplateScope,
  tidy,
} from './template.js';

function scope(values: Record<string, string>, seed = 1): TemplateScope {
  return { rng: createNarrateRng(seed), value: (name) => values[name], quote: (t) => `“${t}”` };
}

describe('template', () => {
  it('fills values, quotes on request and picks among alternatives', () => {
    const outputs = new Set<string>();
    for (let seed = 0; seed < 40; seed += 1)
      outputs.add(
        render('[tap|press] {q:label} in {app}', scope({ label: 'Save', app: 'Notely' }, seed)) ??
          '',
      );
    expect(outputs).toEqual(new Set(['tap “Save” in Notely', 'press “Save” in Notely']));
  });

  it('skips alternatives whose values are missing and refuses a template that needs one', () => {
    expect(render('drag it[ to {amount}|]', scope({}))).toBe('drag it');
    expect(render('drag to {amount}', scope({}))).toBeUndefined();
    expect(renderOneOf(['to {amount}', 'somewhere'], scope({}))).toBe('somewhere');
  });

  it('lists the names a template refers to, nested ones included', () => {
    expect([...referencedNames('a {x} [b {q:y}|[c {z}|d]]')].sort()).toEqual(['x', 'y', 'z']);
  });

  it('rejects an unclosed bracket', () => {
    expect(() => render('oops [a|b', scope({}))).toThrow(SyntaxError);
  });

  it('tidies spacing and capitalises unless the first word is mixed-case', () => {
    expect(tidy('  open  it , now ;. ')).toBe('open it, now.');
    expect(capitalize('open it')).toBe('Open it');
    expect(capitalize('iOS first')).toBe('iOS first');
  });
});
