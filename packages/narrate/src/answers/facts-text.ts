import type { JsonValue } from '@forge/spec';
import type { NarrateRng } from '../internal/rng.js';
import { plainWords } from '../requests/vocabulary.js';

/** A fact as a phrase: a readable name and its value. */
type FactLeaf =
  | { readonly name: string; readonly kind: 'text'; readonly value: string }
  | { readonly name: string; readonly kind: 'number'; readonly value: number }
  | { readonly name: string; readonly kind: 'flag'; readonly value: boolean };

/** Whether an observation of the episode shows a string or number value. */
export type ObservedCheck = (value: string | number) => boolean;

/** Whether the answer's summary sentence already names a value. */
export type SaidCheck = (value: string | number) => boolean;

/**
 * A fact key as words: "dataWiped" reads "data wiped". A numbered second
 * fact ("setting2", "checked2" of a two-switch toggle) drops its number, so
 * the answer reads 'setting "Transit", not checked', never "not checked2".
 */
function humanize(key: string): string {
  return key
    .replace(/([a-zA-Z])\d+$/, '$1')
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
  else if (typeof value === 'boolean') out.push({ name, kind: 'flag', value });
  else if (typeof value === 'number') out.push({ name, kind: 'number', value });
  else out.push({ name, kind: 'text', value });
}

/**
 * Ends a sentence whose last word is `last`: a quoted text that ends with
 * its own full stop takes no second one ('message "… component.".' was 71
 * of 2,950 answers). A "?" or "!" label keeps the stop: it belongs to the
 * label ('tapped "Forgot password?".').
 */
export function endSentence(sentence: string, last: string | number | boolean): string {
  return typeof last === 'string' && last.trimEnd().endsWith('.') ? sentence : `${sentence}.`;
}

function phrase(leaf: FactLeaf, quote: (text: string) => string, plain: boolean): string {
  switch (leaf.kind) {
    case 'text': {
      // A code with plain words ("orientation PortraitUpsideDown") in them, for a persona that says them.
      const words = plain ? plainWords[leaf.name]?.[leaf.value]?.[0] : undefined;
      return `${leaf.name} ${words ?? quote(leaf.value)}`;
    }
    case 'number':
      return `${leaf.name} ${leaf.value}`;
    // A state, not a string the tool printed: "data wiped", "not checked".
    case 'flag':
      return leaf.value ? leaf.name : `not ${leaf.name}`;
  }
}

/**
 * The facts a summary leaves unsaid. A value the summary names is not
 * repeated ("I signed in as X. Details: signed in as X." was a third of the
 * answers). A state (a flag) only means something next to the value it
 * describes ("setting X, checked"), so when every value is already said the
 * flags go too, rather than leave "Observed: checked, not checked".
 */
function unsaid(leaves: readonly FactLeaf[], said: SaidCheck): FactLeaf[] {
  const values = leaves.filter((leaf) => leaf.kind !== 'flag');
  const left = values.filter((leaf) => !said(leaf.value));
  if (values.length > 0 && left.length === 0) return [];
  return leaves.filter((leaf) => leaf.kind === 'flag' || !said(leaf.value));
}

/**
 * The facts as one or two sentences, each string and number verbatim and
 * only if `observed` says an observation shows it; a fact no observation
 * shows is left out, so the answer never states what the trajectory did
 * not, and one the summary already names (`said`) is not repeated. A
 * `label`/`value` pair reads "Weight shows "42 kg"", anything else
 * "status 200"; a boolean reads as a state ("data wiped", "not checked").
 * With `plain` (a builder or seeker), a code fact is written in its plain
 * words, unquoted ("orientation landscape (turned left)", see `plainWords`).
 */
export function factsText(
  facts: Readonly<Record<string, JsonValue>>,
  rng: NarrateRng,
  quote: (text: string) => string,
  observed: ObservedCheck,
  said: SaidCheck,
  plain = false,
): string {
  const label = facts.label;
  const value = facts.value;
  const sentences: string[] = [];
  const rest: FactLeaf[] = [];
  const pair =
    typeof label === 'string' &&
    (typeof value === 'string' || typeof value === 'number') &&
    observed(label) &&
    observed(value);
  // A pair the summary already states ("I dragged X to 25") is not repeated, nor read as two loose facts.
  if (pair && !(said(label) && said(value))) {
    const shown = typeof value === 'number' ? String(value) : quote(value);
    const said = rng.pick([
      `${quote(label)} shows ${shown}`,
      `The value of ${quote(label)} is ${shown}`,
      `${quote(label)}: ${shown}`,
    ]);
    sentences.push(endSentence(said, value));
  }
  for (const [key, inner] of Object.entries(facts))
    if (!pair || (key !== 'label' && key !== 'value')) leaves(humanize(key), inner, rest);
  const shown = unsaid(
    rest.filter((leaf) => leaf.kind === 'flag' || observed(leaf.value)),
    said,
  );
  if (shown.length > 0) {
    const intro = rng.pick(['What I saw:', 'Observed:', 'From the output:', 'Details:']);
    const list = `${intro} ${shown.map((leaf) => phrase(leaf, quote, plain)).join(', ')}`;
    sentences.push(endSentence(list, shown[shown.length - 1]?.value ?? ''));
  }
  return sentences.join(' ');
}
