import type { EpisodeDraft } from '@forge/spec';
import { containsWhole } from '../internal/claims.js';
import type { NarrateRng } from '../internal/rng.js';
import {
  capitalize,
  compareParams,
  renderOneOf,
  type TemplateScope,
  tidy,
} from '../internal/template.js';
import type { Persona } from '../personas.js';
import { entityNames } from '../requests/required-entities.js';
import { plainParam } from '../requests/vocabulary.js';
import { emptyQuery } from './empty-results.js';
import { endSentence, factsText } from './facts-text.js';
import { familyAnswers, genericAnswer } from './family-answers.js';
import { numberIn, observedIn } from './observed.js';

/** What an answer is written from. */
export interface AnswerInput {
  readonly draft: EpisodeDraft;
  readonly persona: Persona;
  readonly rng: NarrateRng;
  readonly quote: (text: string) => string;
}

/**
 * How each persona may open an answer; `found` only after a success on a
 * task that finds something (`FamilyAnswer.finds`) and whose queries did
 * not come back empty.
 */
const acks: Readonly<
  Record<
    Persona['id'],
    { readonly done: string[]; readonly found?: string[]; readonly failed: string[] }
  >
> = {
  developer: { done: ['', 'Done.', 'All set.'], failed: ['', "That didn't work out."] },
  builder: {
    done: ['', 'All done!', 'Good news!', 'Done!'],
    failed: ['', 'Sorry,', 'Unfortunately,'],
  },
  seeker: { done: ['', 'Done.'], found: ['Found it!'], failed: ['', 'Sorry,', 'No luck:'] },
  terse: { done: ['', 'Done.'], failed: ['', 'Failed:'] },
};

function lastError(draft: EpisodeDraft): string | undefined {
  for (let s = draft.steps.length - 1; s >= 0; s -= 1) {
    const results = draft.steps[s]?.results ?? [];
    for (let r = results.length - 1; r >= 0; r -= 1) {
      const result = results[r];
      if (!result?.isError) continue;
      const line =
        result.text
          .split('\n')
          .find((l) => l.trim() !== '')
          ?.trim() ?? '';
      // Cut at a word boundary so the quote stays a verbatim piece of the output.
      if (line.length <= 100) return line;
      const cut = line.lastIndexOf(' ', 100);
      return line.slice(0, cut > 20 ? cut : 100).trim();
    }
  }
  return undefined;
}

/**
 * Whether a persona says codes in plain words: a builder or seeker reads
 * "landscape (turned left)", not "LandscapeLeft" (see `plainWords`); a
 * developer or terse one keeps the code.
 */
function speaksPlainly(persona: Persona): boolean {
  return persona.id === 'builder' || persona.id === 'seeker';
}

/**
 * The scope of an answer's templates: the task params, plus flags read from
 * the observations: `{?noResults}` / `{!noResults}` pick the wording for a
 * query that came back empty or not (`emptyTool`, see `emptyQuery`), so an
 * answer never implies findings nothing showed. `{?plain}` / `{!plain}`: the
 * persona says codes in plain words, which `{p:param}` writes.
 */
function paramScope(input: AnswerInput, emptyTool: string | undefined): TemplateScope {
  const params = input.draft.task.params;
  const param = (key: string) =>
    key === 'app' ? (params.app ?? input.draft.task.app) : params[key];
  const flags: Readonly<Record<string, boolean>> = {
    noResults: emptyTool !== undefined,
    plain: speaksPlainly(input.persona),
  };
  return {
    rng: input.rng,
    quote: input.quote,
    value(name) {
      const compared = compareParams(name, param);
      if (compared !== null) return compared;
      const flag = flags[name.slice(1)];
      if (flag !== undefined && /^[?!]/.test(name))
        return (name.startsWith('?') ? flag : !flag) ? '' : undefined;
      const plain = plainParam(name, param);
      if (plain !== null) return plain;
      const value = param(name.replace(/^[?!]/, ''));
      if (name.startsWith('?')) return value === true ? '' : undefined;
      if (name.startsWith('!')) return value === undefined || value === false ? '' : undefined;
      return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    },
  };
}

/** The states an acknowledgement may claim, as whole words (compiled once, not per answer). */
const stateWords = { done: /\bdone\b/i, set: /\bset\b/i } as const;

/**
 * The final answer: what happened, honestly (success or not), then the
 * facts an observation shows, verbatim. It names nothing beyond the task
 * params, what the observations show and, on failure, the last error the
 * tools returned; a fact no observation shows is not stated.
 */
export function writeAnswer(input: AnswerInput): string {
  const { draft, persona, rng, quote } = input;
  // A task with a second target (toggle's `setting2`) has its own templates, so the answer names both.
  const two =
    draft.task.params.setting2 === undefined
      ? undefined
      : familyAnswers[`${draft.task.family}:two`];
  const templates = two ?? familyAnswers[draft.task.family] ?? genericAnswer;
  // Read once: the scope's flag and the suffix below both need it, and it parses every JSON result.
  const emptyTool = emptyQuery(draft);
  const scope = paramScope(input, emptyTool);
  const outcome = draft.success ? 'done' : 'failed';
  const summary =
    renderOneOf(templates[outcome], scope) ?? renderOneOf(genericAnswer[outcome], scope) ?? '';
  // An ack the summary already opens with is not said twice ("Found it! Found it: X is
  // tapped."), nor one whose word the summary's opening repeats ("Found it! I found X").
  const own = acks[persona.id];
  const found = draft.success && templates.finds === true && emptyTool === undefined;
  const opening = summary.toLowerCase().split(/\W+/).slice(0, 2);
  // Nor one stating the state the summary states: "Done. The rotation is done.", 'All set.
  // "flags" is set to …' (72 of 2,950 answers). The task's own values do not count: a
  // button may be called "Done".
  const wording = Object.values(draft.task.params)
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .reduce((text, value) => text.split(value).join(' '), summary);
  const restates = (a: string): boolean => {
    const state = /\b(done|set)\W*$/i.exec(a)?.[1]?.toLowerCase();
    return state !== undefined && stateWords[state as keyof typeof stateWords].test(wording);
  };
  const fresh = [...own[outcome], ...(found ? (own.found ?? []) : [])].filter(
    (a) =>
      a === '' ||
      (!summary.startsWith(a.replace(/[!.,:]$/, '')) &&
        !opening.includes(a.toLowerCase().split(/\W+/)[0] ?? '') &&
        !restates(a)),
  );
  let ack = rng.pick(fresh);
  // "Sorry, I couldn't…" reads well; "Sorry, <entity> …" would need the entity's case changed.
  if (/[,:]$/.test(ack) && !/^I\b/.test(summary)) ack = `${ack.slice(0, -1)}.`;
  const parts = [tidy(capitalize(`${ack} ${summary}`.trim()))];
  // Facts and errors are quoted verbatim, so they are not tidied.
  // The observations are joined on the first fact checked: that is costly
  // and an episode without facts never needs it.
  const observed = observedIn(draft);
  // The summary without its acknowledgement ("Done." does not say a button "Done"); whole
  // words and case-sensitive, so "get the details" does not say the method "GET".
  // A code the summary says in plain words is said too ("the screen is in portrait" says Portrait).
  const plain = speaksPlainly(persona);
  const lowerSummary = summary.toLowerCase();
  const said = (value: string | number): boolean =>
    typeof value === 'number'
      ? numberIn(String(value), summary)
      : value.trim() !== '' &&
        (containsWhole(summary, value.trim()) ||
          (plain &&
            entityNames(value.trim())
              .slice(1)
              .some((name) => containsWhole(lowerSummary, name))));
  parts.push(factsText(draft.facts, rng, quote, observed, said, plain));
  // A family whose templates do not word the empty case still must not let
  // a success summary stand for findings: say which query listed nothing.
  const empty = draft.success ? emptyTool : undefined;
  if (empty !== undefined && !templates.done.some((t) => t.includes('noResults')))
    parts.push(`The ${empty} call returned no results.`);
  const error = draft.success ? undefined : lastError(draft);
  if (error)
    parts.push(
      endSentence(
        `${rng.pick(['The last error was', 'The tool reported'])}: ${quote(error)}`,
        error,
      ),
    );
  if (!draft.success && persona.id !== 'terse')
    parts.push(
      rng.pick(['I stopped there rather than guess.', "I didn't want to report it as done.", '']),
    );
  return parts.filter((p) => p !== '').join(' ');
}
