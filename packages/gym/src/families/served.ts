/**
 * Which families a catalog can serve. A family's `tools` are the tools its
 * task is about; with a catalog that lacks one of them (a team's subset of
 * the toolkit, an older version), every episode of the family would call a
 * tool the catalog does not have and fail, so an env leaves the family out
 * of its draw and says so.
 */
import type { Catalog } from '@forge/spec';
import type { TaskFamily } from './family.js';

/** A family the catalog cannot serve, with the tools it lacks. */
export interface UnservedFamily {
  readonly id: string;
  readonly missing: readonly string[];
}

/** The families whose tools are all in the catalog, in their order, and the rest. */
export function servedFamilies(
  families: readonly TaskFamily[],
  catalog: Pick<Catalog, 'has'>,
): { readonly served: readonly TaskFamily[]; readonly unserved: readonly UnservedFamily[] } {
  const served: TaskFamily[] = [];
  const unserved: UnservedFamily[] = [];
  for (const family of families) {
    const missing = family.tools.filter((tool) => !catalog.has(tool));
    if (missing.length === 0) served.push(family);
    else unserved.push({ id: family.id, missing });
  }
  return { served, unserved };
}

/** One line naming the families left out and what each lacks, for notices and errors. */
export function unservedText(unserved: readonly UnservedFamily[]): string {
  return unserved.map((u) => `${u.id} (${u.missing.join(', ')})`).join(', ');
}

/** Why a catalog that serves no family is refused: one sentence for the env and the CLI alike. */
export function noFamilyServedText(unserved: readonly UnservedFamily[]): string {
  return `the catalog serves no task family: each lacks a tool it exercises: ${unservedText(unserved)}`;
}
