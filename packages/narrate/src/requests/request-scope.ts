import type { Task } from '@forge/spec';
import type { NarrateRng } from '../internal/rng.js';
import type { TemplateScope } from '../internal/template.js';
import type { PersonaId } from '../personas.js';
import { vocabulary } from './vocabulary.js';

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
 * Resolves template names for one request: `{param}` from the task params,
 * `{~word}` from the platform vocabulary, `{?flag}` / `{!flag}` as "the
 * param is true / absent or false", `{goal}` as the goal sentence.
 */
export function requestScope(task: Task, persona: PersonaId, rng: NarrateRng): TemplateScope {
  const [open, close] = rng.pick(quoteStyles[persona]);
  const param = (name: string): string | number | boolean | undefined =>
    name === 'app' ? (task.params.app ?? task.app) : task.params[name];
  return {
    rng,
    quote: (text) => `${open}${text}${close}`,
    value(name) {
      if (name.startsWith('~')) {
        const words = vocabulary(name.slice(1), task.platform);
        return words ? rng.pick(words) : undefined;
      }
      if (name.startsWith('?')) return param(name.slice(1)) === true ? '' : undefined;
      if (name.startsWith('!')) {
        const value = param(name.slice(1));
        return value === undefined || value === false || value === '' ? '' : undefined;
      }
      if (name === 'goal') return lowerFirst(task.goal.trim().replace(/[.!]+$/, ''));
      const value = param(name);
      if (value === undefined || typeof value === 'boolean' || value === '') return undefined;
      return String(value);
    },
  };
}
