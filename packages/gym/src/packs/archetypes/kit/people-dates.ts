import type { AppDraft } from './app-draft.js';
import { firstNames, lastNames, months } from './words.js';

/** A date such as "12 Mar 2021" from the rng, in a year from `since` to 2025. */
export function dateText(app: AppDraft, since = 2016): string {
  return `${app.rng.int(1, 28)} ${app.rng.pick(months)} ${app.rng.int(since, 2025)}`;
}

/** A person's full name from the rng. */
export function personName(app: AppDraft): string {
  return `${app.rng.pick(firstNames)} ${app.rng.pick(lastNames)}`;
}
