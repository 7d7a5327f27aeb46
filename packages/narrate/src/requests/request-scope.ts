import type { Task } from '@forge/spec';
import type { NarrateRng } from '../internal/rng.js';
import { compareParams, type TemplateScope } from '../internal/template.js';
import type { PersonaId } from '../personas.js';
import { plainParam, vocabulary } from './vocabulary.js';

const quoteStyles: Readonly<Record<PersonaId, readonly (readonly [string, string])[]>> = {
  developer: [
    ['"', '"'],
    ['`', '`'],
    ['“', '”'],
    ['', ''],
  ],
  builder: [
    ['“', '”'],
    ['"', '"'],
    ["'", "'"],
  ],
  seeker: [
    ['"', '"'],
    ['“', '”'],
    ['', ''],
  ],
  terse: [
    ['', ''],
    ['', ''],
    ['"', '"'],
  ],
};

function lowerFirst(text: string): string {
  const first = text.split(' ')[0] ?? '';
  // Keep deliberate capitals: an acronym or a name at the start stays as it is.
  if (/[A-Z]/.test(first.slice(1))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Whether a value holds sentence punctuation ("Trouble signing in?",
 * "Golden-1806?", "Yusuf: On my way!"): set bare mid-sentence it reads as
 * the sentence's own punctuation, so it is always quoted. A "?" or "." with
 * no space after it (a URL's query, an email) is not sentence punctuation.
 */
export function needsQuotes(text: string): boolean {
  return /[?!;:.,…](?=\s|$)/.test(text);
}

/** A boolean param that is true, or a string or number param that is there: what `{?param}` asks. */
function given(value: string | number | boolean | undefined): boolean {
  return value === true || (typeof value === 'string' && value !== '') || typeof value === 'number';
}

/**
 * Resolves template names for one request: `{param}` from the task params,
 * `{p:param}` the same in plain words (`plainWords`), `{~word}` from the
 * platform vocabulary, `{?flag}` / `{!flag}` as "the
 * param is true or given / absent or false", `{goal}` as the goal sentence.
 */
export function requestScope(task: Task, persona: PersonaId, rng: NarrateRng): TemplateScope {
  const [open, close] = rng.pick(quoteStyles[persona]);
  const param = (name: string): string | number | boolean | undefined =>
    name === 'app' ? (task.params.app ?? task.app) : task.params[name];
  // The casual styles that drop quotes (and bare params) still quote a value
  // with sentence punctuation: "there's a Trouble signing in? option" read as
  // a question (16 of 2,950 requests, seed 11).
  const quote = (text: string): string =>
    open === '' && needsQuotes(text) ? `"${text}"` : `${open}${text}${close}`;
  return {
    rng,
    quote,
    bare: (name, text) =>
      name.startsWith('~') || name === 'goal' || !needsQuotes(text) ? text : quote(text),
    value(name) {
      if (name.startsWith('~')) {
        const words = vocabulary(name.slice(1), task.platform);
        return words ? rng.pick(words) : undefined;
      }
      const compared = compareParams(name, param);
      if (compared !== null) return compared;
      if (name.startsWith('?')) return given(param(name.slice(1))) ? '' : undefined;
      if (name.startsWith('!')) {
        const value = param(name.slice(1));
        return value === undefined || value === false || value === '' ? '' : undefined;
      }
      const plain = plainParam(name, param);
      if (plain !== null) return plain;
      if (name === 'goal') return lowerFirst(task.goal.trim().replace(/[.!]+$/, ''));
      const value = param(name);
      if (value === undefined || typeof value === 'boolean' || value === '') return undefined;
      return String(value);
    },
  };
}
