import type { EpisodeDraft, Narration } from '@forge/spec';
import { answerIsGrounded } from './answers/grounding.js';
import { containsWhole, numbersIn, quotedStrings } from './internal/claims.js';
import { usedDeviceLabel } from './requests/device-fact.js';
import { usedIdentifiers } from './requests/project-facts.js';
import { countEntity, requiredEntities } from './requests/required-entities.js';

/** Which text a paraphrase is asked for, and what it must keep. */
export interface ParaphraseContext {
  readonly part: 'request' | 'step' | 'answer';
  /** The step index, for `step`. */
  readonly index?: number;
  readonly persona: string;
  readonly family: string;
  /**
   * Strings the paraphrase must contain to be kept: each whole (not inside a
   * longer word), case-insensitively, and at least as often as the text has it.
   */
  readonly mustKeep: readonly string[];
}

/** A user-supplied rewording function (an LLM, a thesaurus…). */
export type Paraphraser = (text: string, context: ParaphraseContext) => Promise<string>;

/** Why a paraphrase was discarded. */
export type DiscardReason = 'empty' | 'dropped-entity' | 'ungrounded' | 'threw';

/** The fate of one paraphrase. */
export interface ParaphraseDecision {
  readonly part: ParaphraseContext['part'];
  readonly index?: number;
  /** True when the paraphrase replaced the template text. */
  readonly kept: boolean;
  readonly reason?: DiscardReason;
  /** The entities a discarded paraphrase lost. */
  readonly missing?: readonly string[];
}

/** The narration after paraphrasing, and a decision per text. */
export interface ParaphraseOutcome {
  readonly narration: Narration;
  readonly decisions: readonly ParaphraseDecision[];
}

/** Which parts to paraphrase; all by default. */
export interface ParaphraseOptions {
  readonly parts?: readonly ParaphraseContext['part'][];
}

/**
 * The entities a paraphrase lost: each must occur in the candidate, whole and
 * case-insensitively, at least as often as in the template (and at least
 * once). Counting matters for values that are also common words: "turn
 * Sounds on on the Settings screen" reworded to "turn Sounds off on the
 * Settings screen" still contains "on", but once fewer; an answer's "method
 * GET" reworded away still leaves the verb in "couldn't get", but fewer times.
 */
function lostEntities(template: string, candidate: string, entities: readonly string[]): string[] {
  const before = template.toLowerCase();
  const after = candidate.toLowerCase();
  return [...new Set(entities)].filter((entity) => {
    // Named as the request check names it, so a template's "48h" keeps 48 and "upside down"
    // keeps PortraitUpsideDown.
    return countEntity(after, entity) < Math.max(1, countEntity(before, entity));
  });
}

async function attempt(
  text: string,
  context: ParaphraseContext,
  paraphrase: Paraphraser,
  extraCheck: (candidate: string) => boolean,
): Promise<{ text: string; decision: ParaphraseDecision }> {
  const where = context.index === undefined ? {} : { index: context.index };
  const discard = (reason: DiscardReason, missing?: readonly string[]) => ({
    text,
    decision: {
      part: context.part,
      ...where,
      kept: false,
      reason,
      ...(missing ? { missing } : {}),
    },
  });
  let candidate: string;
  try {
    candidate = (await paraphrase(text, context)).trim();
  } catch {
    // A failing paraphraser costs only variety: the template text stands.
    return discard('threw');
  }
  if (candidate === '') return discard('empty');
  const missing = lostEntities(text, candidate, context.mustKeep);
  if (missing.length > 0) return discard('dropped-entity', missing);
  if (!extraCheck(candidate)) return discard('ungrounded');
  return { text: candidate, decision: { part: context.part, ...where, kept: true } };
}

/**
 * Rewords a narration with a user-supplied paraphraser, one text at a time,
 * in order. A paraphrase is kept only if it is non-empty and keeps every
 * entity the text must carry, as often as the text has it (see
 * `lostEntities`): the request's app, labels and values; a step
 * text's or answer's quoted strings and numbers. An answer must also stay
 * grounded in the draft. Anything else keeps the template text.
 */
export async function paraphraseNarration(
  narration: Narration,
  draft: EpisodeDraft,
  paraphrase: Paraphraser,
  options: ParaphraseOptions = {},
): Promise<ParaphraseOutcome> {
  const parts = new Set(options.parts ?? ['request', 'step', 'answer']);
  const base = { persona: narration.persona, family: draft.task.family };
  const decisions: ParaphraseDecision[] = [];
  const keepsOwn = (text: string) => [...quotedStrings(text), ...numbersIn(text)];
  let request = narration.request;
  if (parts.has('request')) {
    // The bundle id, Metro port and paths the user gave are as needed as the task's own entities.
    // So is the device it named: it may be the only thing that says which one the calls use.
    const device = usedDeviceLabel(draft);
    const mustKeep = [
      ...requiredEntities(draft.task),
      ...usedIdentifiers(draft).map((fact) => fact.value),
      ...(device !== undefined && containsWhole(request.toLowerCase(), device.toLowerCase())
        ? [device]
        : []),
    ];
    const out = await attempt(
      request,
      { ...base, part: 'request', mustKeep },
      paraphrase,
      () => true,
    );
    request = out.text;
    decisions.push(out.decision);
  }
  const stepTexts: string[] = [];
  for (const [index, text] of narration.stepTexts.entries()) {
    if (!parts.has('step')) {
      stepTexts.push(text);
      continue;
    }
    const context = { ...base, part: 'step' as const, index, mustKeep: keepsOwn(text) };
    const out = await attempt(text, context, paraphrase, () => true);
    stepTexts.push(out.text);
    decisions.push(out.decision);
  }
  let answer = narration.answer;
  if (parts.has('answer')) {
    const context = { ...base, part: 'answer' as const, mustKeep: keepsOwn(answer) };
    const grounded = (candidate: string) => answerIsGrounded(candidate, draft).ok;
    const out = await attempt(answer, context, paraphrase, grounded);
    answer = out.text;
    decisions.push(out.decision);
  }
  return { narration: { persona: narration.persona, request, stepTexts, answer }, decisions };
}
