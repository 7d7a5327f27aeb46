import type { PersonaId, PersonaWeights } from '../personas.js';

/**
 * How one task family is asked for. Templates use the phrasing language of
 * `internal/template.ts`: `{param}` / `{q:param}` name the family's params
 * from docs/families.md, `{~word}` a platform-aware word (tap, open, screen…),
 * `[a|b]` a seeded choice.
 */
export interface FamilyGrammar {
  /** The family id, as in docs/families.md. */
  readonly id: string;
  /** How likely each persona is to ask for this family. */
  readonly weights: PersonaWeights;
  /** The ask itself, per persona: an imperative clause ("open X and tap Y"). */
  readonly cores: Readonly<Record<PersonaId, readonly string[]>>;
  /** Optional constraints a request of this family may carry. */
  readonly constraints?: readonly string[];
  /**
   * How the app is named when the core does not name it; chores that are not
   * about the UI say "for {app}" rather than "in {app}".
   */
  readonly appClauses?: readonly string[];
  /**
   * The task is about a UI element, value or view the user may not know the
   * place of, so a persona's `lost` clauses ("I know it exists but not
   * where") are true of it; on a chore ("gather the workspace data") they
   * were not.
   */
  readonly seeks?: true;
  /**
   * The task never looks at a screen (no describe, no tap: a workspace
   * snapshot, a tab or device chore), so no dialog can be in its way and the
   * request does not say "if a dialog pops up, close it".
   */
  readonly screenless?: true;
}

/**
 * Marks where a core's ask ends when words follow it that the app and
 * device clauses must not: "log me in${afterClauses}, the username is {q:username} and the
 * password is {q:password}" puts "in Jadeledger on iPhone 16" after "log me
 * in", where after the password it read as where the password is. A
 * private-use character, so no rendered value contains it.
 */
export const afterClauses = '\uE000';

/** App clauses for chores around an app rather than inside it. */
export const choreAppClauses: readonly string[] = [
  'for {app}',
  '(this is for {app})',
  'while I work on {app}',
  '[for|on] the {app} [project|app]',
];

/** Weights for families about internals: profilers, debuggers, logs. */
export const devHeavy: PersonaWeights = { developer: 6, builder: 1, seeker: 1, terse: 2 };
/** Weights for families about visible UI. */
export const uiHeavy: PersonaWeights = { developer: 1, builder: 4, seeker: 4, terse: 2 };
/** Weights for device and housekeeping chores. */
export const choreHeavy: PersonaWeights = { developer: 3, builder: 2, seeker: 1, terse: 3 };
