import { joinWithArticle } from './article.js';
import type { NarrateRng } from './rng.js';

/*
 * A tiny phrasing language, so grammars read like the sentences they make:
 *   [a|b|c]   one alternative, chosen by the rng ([|a] makes `a` optional);
 *   {name}    a value from the resolver; {q:name} the same, quoted.
 * An "a" written just before a value or choice becomes "an" when what is
 * filled in starts with a vowel sound (see `indefiniteArticle`).
 * Alternatives nest. An alternative that needs a value the resolver lacks is
 * never chosen, which is how optional params are handled gracefully.
 */

/**
 * `{?a=b}` / `{!a=b}` in a request or answer template: "" when params `a`
 * and `b` name the same thing (case-insensitively) / do not, else
 * undefined, so a core can word the case where two params coincide ("the
 * tap on “Display” that opens Display" said one label twice). `null` when
 * `name` is not such a comparison.
 */
export function compareParams(
  name: string,
  param: (name: string) => string | number | boolean | undefined,
): string | undefined | null {
  const match = /^([?!])([\w]+)=([\w]+)$/.exec(name);
  if (match === null) return null;
  const [, sign, a, b] = match as unknown as [string, string, string, string];
  const left = param(a);
  const right = param(b);
  const same =
    left !== undefined &&
    right !== undefined &&
    String(left).trim().toLowerCase() === String(right).trim().toLowerCase();
  return same === (sign === '?') ? '' : undefined;
}

type Node =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'ref'; readonly name: string; readonly quoted: boolean }
  | { readonly kind: 'choice'; readonly options: readonly (readonly Node[])[] };

/** Supplies values and the quote style for one rendering. */
export interface TemplateScope {
  readonly rng: NarrateRng;
  value(name: string): string | undefined;
  quote(text: string): string;
  /**
   * How a value written without `q:` is set in the sentence; absent, as it
   * is. A request quotes a bare value that holds sentence punctuation.
   */
  bare?(name: string, text: string): string;
}

const cache = new Map<string, readonly Node[]>();

function parseSequence(source: string, start: number, nested: boolean): [Node[][], number] {
  const options: Node[][] = [[]];
  let i = start;
  let text = '';
  const flush = (): void => {
    if (text !== '') (options[options.length - 1] as Node[]).push({ kind: 'text', text });
    text = '';
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '[') {
      flush();
      const [inner, next] = parseSequence(source, i + 1, true);
      (options[options.length - 1] as Node[]).push({ kind: 'choice', options: inner });
      i = next;
    } else if (ch === ']' && nested) {
      flush();
      return [options, i + 1];
    } else if (ch === '|' && nested) {
      flush();
      options.push([]);
      i += 1;
    } else if (ch === '{') {
      flush();
      const end = source.indexOf('}', i);
      if (end < 0) throw new SyntaxError(`unclosed { in template: ${source}`);
      const body = source.slice(i + 1, end);
      const quoted = body.startsWith('q:');
      options[options.length - 1]?.push({
        kind: 'ref',
        name: quoted ? body.slice(2) : body,
        quoted,
      });
      i = end + 1;
    } else {
      text += ch;
      i += 1;
    }
  }
  if (nested) throw new SyntaxError(`unclosed [ in template: ${source}`);
  flush();
  return [options, i];
}

function parse(source: string): readonly Node[] {
  const hit = cache.get(source);
  if (hit) return hit;
  const [options] = parseSequence(source, 0, false);
  const nodes = options[0] ?? [];
  cache.set(source, nodes);
  return nodes;
}

function renderable(nodes: readonly Node[], scope: TemplateScope): boolean {
  return nodes.every((node) => {
    if (node.kind === 'ref') return scope.value(node.name) !== undefined;
    if (node.kind === 'choice') return node.options.some((option) => renderable(option, scope));
    return true;
  });
}

function renderNodes(nodes: readonly Node[], scope: TemplateScope): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'ref') {
      const value = scope.value(node.name) ?? '';
      // "a {command}" must read "an open-url": the article fits the value, not the template.
      const set = node.quoted ? scope.quote(value) : (scope.bare?.(node.name, value) ?? value);
      out = joinWithArticle(out, set);
    } else {
      const usable = node.options.filter((option) => renderable(option, scope));
      out = joinWithArticle(out, renderNodes(scope.rng.pick(usable), scope));
    }
  }
  return out;
}

/** Renders one template, or `undefined` when it needs a value the scope lacks. */
export function render(source: string, scope: TemplateScope): string | undefined {
  const nodes = parse(source);
  return renderable(nodes, scope) ? renderNodes(nodes, scope) : undefined;
}

/** The value names a template refers to anywhere (in any alternative). */
export function referencedNames(source: string): ReadonlySet<string> {
  const names = new Set<string>();
  const walk = (nodes: readonly Node[]): void => {
    for (const node of nodes) {
      if (node.kind === 'ref') names.add(node.name);
      else if (node.kind === 'choice') node.options.forEach(walk);
    }
  };
  walk(parse(source));
  return names;
}

/** Renders a seeded choice among templates, skipping those the scope cannot fill. */
export function renderOneOf(
  sources: readonly string[],
  scope: TemplateScope,
  accept: (text: string) => boolean = () => true,
): string | undefined {
  const order = sources.map((source, index) => ({ source, key: scope.rng.int(0, 1 << 20), index }));
  order.sort((a, b) => a.key - b.key || a.index - b.index);
  for (const { source } of order) {
    const text = render(source, scope);
    if (text !== undefined && accept(text)) return text;
  }
  return undefined;
}

/**
 * The runs of whitespace that are not already one space: what
 * `replace(/\s+/g, ' ')` changes, and all it changes, since a lone space
 * becomes itself. A run starting with any other whitespace character is
 * matched whole by the first branch, a longer run starting with a space by
 * the second. Skipping the lone spaces, most of a text's whitespace, makes
 * the replace about twice as fast on observations.
 */
export const whitespaceRuns = /[^\S ]\s*| \s+/g;

/** Collapses the spacing a template leaves around optional parts and punctuation. */
export function tidy(text: string): string {
  // Once runs are collapsed, every whitespace run is one space, so the later
  // steps match a plain space where they used to match `\s+` (removing a
  // comma or semicolon before punctuation never joins two spaces).
  return text
    .replace(whitespaceRuns, ' ')
    .replace(/ ([,.;:!?)])/g, '$1')
    .replace(/([,;])(?=[,;.!?])/g, '')
    .replace(/\( /g, '(')
    .trim();
}

/** Upper-cases the first letter unless the first word is deliberately mixed-case (iOS, eBay). */
export function capitalize(text: string): string {
  const first = text.split(' ')[0] ?? '';
  if (/[A-Z]/.test(first.slice(1))) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
