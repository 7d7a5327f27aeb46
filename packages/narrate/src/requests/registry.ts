import { deviceFamilies } from './families-device.js';
import { devtoolsFamilies } from './families-devtools.js';
import { gestureFamilies } from './families-gesture.js';
import { profilingFamilies } from './families-profiling.js';
import { uiFamilies } from './families-ui.js';
import type { FamilyGrammar } from './family-grammar.js';
import { genericGrammar } from './generic-grammar.js';

const all: readonly FamilyGrammar[] = [
  ...uiFamilies,
  ...gestureFamilies,
  ...devtoolsFamilies,
  ...profilingFamilies,
  ...deviceFamilies,
];

const byId = new Map(all.map((grammar) => [grammar.id, grammar]));

/** The family ids that have their own request grammar. */
export const grammarFamilies: readonly string[] = all.map((grammar) => grammar.id);

/** The grammar for a family; unknown families get the generic one built from the goal. */
export function grammarFor(family: string): FamilyGrammar {
  return byId.get(family) ?? genericGrammar;
}
