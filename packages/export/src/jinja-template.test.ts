import { Template } from '@huggingface/jinja';
import { describe, expect, it } from 'vitest';
import { ChatJinjaTemplate } from './jinja-template.js';

const render = (source: string, items: Record<string, unknown> = {}) =>
  new ChatJinjaTemplate(source).render(items);

describe('ChatJinjaTemplate', () => {
  it('gives templates the same globals as the library does', () => {
    const source =
      '{% for i in range(1, 7, 2) %}{{ i }}{% endfor %}|{{ range(3) | join(",") }}|' +
      '{{ true }}{{ True }}{{ false }}{{ False }}|{{ none is none }}{{ None is none }}|' +
      '{% if x is defined %}x{% endif %}{{ y }}';
    const items = { y: 'why' };
    expect(new ChatJinjaTemplate(source).render(items)).toBe(new Template(source).render(items));
    const raising = "{{ raise_exception('no parallel calls') }}";
    expect(() => new ChatJinjaTemplate(raising).render()).toThrow('no parallel calls');
  });

  // The constructs of Hermes 3's tool_use template that the library throws
  // on and Python Jinja renders (transformers rendered 213 records the
  // library refused): each renders here as Python renders it.
  const property = { anyOf: [{ type: 'string' }, { type: 'number' }] };

  it('gives undefined for a subscript by an undefined key, as Python does', () => {
    const source =
      '{%- set map = {"string": "str"} %}{%- if map[spec.type] is defined %}{{ map[spec.type] }}' +
      '{%- else %}Any{%- endif %}|{{ map[spec.type] }}|';
    expect(() => new Template(source).render({ spec: property })).toThrow(/UndefinedValue/);
    expect(render(source, { spec: property })).toBe('Any||');
    expect(render(source, { spec: { type: 'string' } })).toBe('str|str|');
  });

  it('applies string filters to an undefined value as to the empty string', () => {
    const source =
      '[{{ p.description | trim }}][{{ p.description | upper }}][{{ p.description | length }}]';
    expect(() => new Template(source).render({ p: property })).toThrow(/UndefinedValue/);
    expect(render(source, { p: property })).toBe('[][][0]');
    expect(render(source, { p: { description: ' Tap. ' } })).toBe('[Tap.][ TAP. ][6]');
  });

  it('iterates no items of an undefined value', () => {
    const source = '{% for k, v in p.properties | items %}{{ k }}={{ v }};{% endfor %}.';
    expect(render(source, { p: {} })).toBe('.');
    expect(render(source, { p: { properties: { a: 1 } } })).toBe('a=1;.');
  });

  it('loops zero times over an undefined value, which is iterable, as in Python', () => {
    const source =
      '{%- if spec.type is iterable %}Union[{% for t in spec.type %}{{ t }}{% endfor %}]' +
      '{%- else %}Any{% endif %}|{% for t in spec.type if t %}{{ t }}{% else %}none{% endfor %}';
    expect(() => new Template(source).render({ spec: property })).toThrow(/UndefinedValue/);
    expect(render(source, { spec: property })).toBe('Union[]|none');
    expect(render(source, { spec: { type: ['a', 'b'] } })).toBe('Union[ab]|ab');
    expect(render('{{ 5 is iterable }}{{ "s" is iterable }}{{ x is not iterable }}')).toBe(
      'falsetruefalse',
    );
  });

  it('still refuses what Python refuses too', () => {
    // A filter that needs a mapping gets no empty-string stand-in.
    expect(() => render('{{ p.x | dictsort }}', { p: {} })).toThrow();
    expect(() => render("{{ raise_exception('no') }}")).toThrow('no');
  });
});
