import type { JsonValue } from '@forge/spec';
import type { NarrateRng } from '../internal/rng.js';

/** A fact as a phrase: a readable name and its value as text. */
interface FactLeaf {
  readonly name: string;
  readonly value: string;
  readonly isNumber: boolean;
}

function humanize(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
}

function leaves(name: string, value: JsonValue, out: FactLeaf[]): void {
  if (value === null) return;
  if (Array.isArray(value)) for (const item of value) leaves(name, item, out);
  else if (typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) leaves(humanize(key), inner, out);
  else if (typeof value === 'boolean')
    out.push({ name, value: value ? 'yes' : 'no', isNumber: false });
  else out.push({ name, value: String(value), isNumber: typeof value === 'number' });
}

/**
 * The facts as one or two sentences, each value verbatim: a `label`/`value`
 * pair reads "Weight shows "42 kg"", anything else "status: 200".
 */
export function factsText(
  facts: Readonly<Record<string, JsonValue>>,
  rng: NarrateRng,
  quote: (text: string) => string,
): string {
  const label = facts.label;
  const value = facts.value;
  const sentences: string[] = [];
  const rest: FactLeaf[] = [];
  if (typeof label === 'string' && (typeof value === 'string' || typeof value === 'number')) {
    const shown = typeof value === 'number' ? String(value) : quote(value);
    sentences.push(
      rng.pick([
        `${quote(label)} shows ${shown}.`,
        `The value of ${quote(label)} is ${shown}.`,
        `${quote(label)}: ${shown}.`,
      ]),
    );
    for (const [key, inner] of Object.entries(facts))
      if (key !== 'label' && key !== 'value') leaves(humanize(key), inner, rest);
  } else for (const [key, inner] of Object.entries(facts)) leaves(humanize(key), inner, rest);
  if (rest.length > 0) {
    const items = rest.map(
      (leaf) => `${leaf.name} ${leaf.isNumber ? leaf.value : quote(leaf.value)}`,
    );
    const intro = rng.pick(['What I saw:', 'Observed:', 'From the output:', 'Details:']);
    sentences.push(`${intro} ${items.join(', ')}.`);
  }
  return sentences.join(' ');
}
