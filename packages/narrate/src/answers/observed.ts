import type { EpisodeDraft } from '@forge/spec';
import { containsWhole } from '../internal/claims.js';
import { whitespaceRuns } from '../internal/template.js';

/** Lower-cased, whitespace-collapsed: how claims and evidence are compared. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(whitespaceRuns, ' ');
}

/** Every observation of the draft (each call's result text), normalized into one string. */
export function observationText(draft: EpisodeDraft): string {
  const parts: string[] = [];
  for (const step of draft.steps) for (const result of step.results) parts.push(result.text);
  return normalize(parts.join('\n'));
}

/** True when `value` stands alone in `haystack`: "42" is not found in "1423" or "0.42". */
export function numberIn(value: string, haystack: string): boolean {
  const pattern = new RegExp(`(?<![\\d.])${value.replace(/[.]/g, '\\.')}(?![\\d])`);
  return pattern.test(haystack);
}

/**
 * True when an observation shows `value`: a string appears as a whole in
 * some result text (case-insensitively), a number stands alone in one.
 */
export function isObserved(value: string | number, observations: string): boolean {
  if (typeof value === 'number') return numberIn(String(value), observations);
  const text = normalize(value.trim());
  return text !== '' && containsWhole(observations, text);
}
