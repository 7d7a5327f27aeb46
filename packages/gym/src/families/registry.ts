/** The family registry: families by id, in a stable order. */
import { deepLink } from './deep-link.js';
import type { TaskFamily } from './family.js';
import { login } from './login.js';
import { navigateTap } from './navigate-tap.js';
import { scrollFind } from './scroll-find.js';
import { toggle } from './toggle.js';

/** The families implemented so far, in docs/families.md order. */
export const defaultFamilies: readonly TaskFamily[] = [
  navigateTap,
  toggle,
  scrollFind,
  login,
  deepLink,
];

/** A registry over families: lookup by id, duplicates refused. */
export interface FamilyRegistry {
  readonly families: readonly TaskFamily[];
  get(id: string): TaskFamily | undefined;
}

/** Builds a registry; throws on a duplicate id (a programming error). */
export function createFamilyRegistry(
  families: readonly TaskFamily[] = defaultFamilies,
): FamilyRegistry {
  const byId = new Map<string, TaskFamily>();
  for (const f of families) {
    if (byId.has(f.id)) throw new Error(`duplicate task family id "${f.id}"`);
    byId.set(f.id, f);
  }
  return { families: [...families], get: (id) => byId.get(id) };
}
