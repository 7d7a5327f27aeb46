import type { AppSpec } from '../../world/model.js';
import { modalFrameProblems, screenFrameProblems } from './validate/frames.js';
import { allElements, referenceProblems, unreachableScreens } from './validate/graph.js';
import { platformProblems } from './validate/platform.js';
import { stateProblems } from './validate/state.js';

/** Ids that appear more than once. */
function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => seen.has(id) || !seen.add(id)))];
}

/**
 * Everything wrong with an app spec, one readable line per problem; empty
 * when the app is consistent. Pack authors run it over many seeds: unique
 * ids, resolvable targets, reachability from home, parents, 3-decimal frames
 * inside the screen, no overlapping tap targets, state that can be set, and
 * the web / React Native specifics.
 */
export function validateAppSpec(app: AppSpec): string[] {
  const problems: string[] = [];
  const screenIds = app.screens.map((s) => s.id);
  if (!screenIds.includes(app.home)) problems.push(`home ${app.home} is not a screen`);
  for (const id of duplicates(screenIds)) problems.push(`screen id ${id} is used twice`);
  for (const id of duplicates(app.modals.map((m) => m.id)))
    problems.push(`modal id ${id} is used twice`);
  for (const id of duplicates(allElements(app).map((e) => e.element.id))) {
    problems.push(`element id ${id} is used twice`);
  }
  for (const id of duplicates(app.requests.map((r) => r.id)))
    problems.push(`request id ${id} is used twice`);
  problems.push(...referenceProblems(app));
  for (const id of unreachableScreens(app))
    problems.push(`screen ${id} is not reachable from home`);
  problems.push(...stateProblems(app));
  problems.push(...platformProblems(app));
  for (const screen of app.screens) problems.push(...screenFrameProblems(screen));
  for (const modal of app.modals) problems.push(...modalFrameProblems(modal));
  return problems;
}
