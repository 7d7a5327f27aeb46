import type { EpisodeDraft } from '@forge/spec';
import { containsWhole } from '../internal/claims.js';
import { whitespaceRuns } from '../internal/template.js';

/** Lower-cased, whitespace-collapsed: how claims and evidence are compared. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(whitespaceRuns, ' ');
}

/** Every observation of the draft (each call's result text), joined by newlines. */
function joinedResults(draft: EpisodeDraft): string {
  const parts: string[] = [];
  for (const step of draft.steps) for (const result of step.results) parts.push(result.text);
  return parts.join('\n');
}

/** Every observation of the draft (each call's result text), normalized into one string. */
export function observationText(draft: EpisodeDraft): string {
  return normalize(joinedResults(draft));
}

/** True when `value` stands alone in `haystack`: "42" is not found in "1423" or "0.42". */
export function numberIn(value: string, haystack: string): boolean {
  const pattern = new RegExp(`(?<![\\d.])${value.replace(/[.]/g, '\\.')}(?![\\d])`);
  return pattern.test(haystack);
}

/**
 * Whether an observation of the draft shows `value`: a string appears as a
 * whole in some result text (case-insensitively, whitespace collapsed), a
 * number stands alone in one. For the values of one draft, the
 * observations are joined once and collapsed only when a value needs it.
 * Collapsing whitespace is most of the cost (a describe prints a line and
 * an indent per element), and three of four values asked about hold no
 * whitespace: a number or a single word. Such a needle is found in the
 * lower-cased text exactly where it is found in the collapsed one: each
 * occurrence lies within a run of non-whitespace, which collapsing leaves
 * as it is, and the characters either side of it are whitespace in both or
 * the same character (neither a word character, a digit nor a dot, which
 * is all containsWhole and numberIn look at). The property test in
 * observed.test.ts holds it to the original.
 */
export function observedIn(draft: EpisodeDraft): (value: string | number) => boolean {
  let lower: string | undefined;
  let collapsed: string | undefined;
  return (value) => {
    lower ??= joinedResults(draft).toLowerCase();
    if (typeof value === 'number') return numberIn(String(value), lower);
    const text = normalize(value.trim());
    if (text === '') return false;
    // normalize leaves whitespace only as single spaces.
    if (!text.includes(' ')) return containsWhole(lower, text);
    collapsed ??= lower.replace(whitespaceRuns, ' ');
    return containsWhole(collapsed, text);
  };
}
