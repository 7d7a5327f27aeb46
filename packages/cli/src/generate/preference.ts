import { renderTrlPreference } from '@forge/export';
import { createRng, deriveSeed } from '@forge/gym';
import {
  type AssistantMessage,
  type Catalog,
  defaultCatalog,
  type Exporter,
  type Message,
  type Split,
  type TrajectoryRecord,
} from '@forge/spec';
import { corruptionNamed, defaultGates, validate } from '@forge/validate';

/**
 * The self-check operators that make a wrong next step out of a right one:
 * an ungrounded tap, a skipped discovery, and schema errors.
 */
export const preferenceOperators = [
  'ungrounded-tap',
  'tap-before-discovery',
  'unknown-argument',
  'wrong-type',
  'missing-required',
] as const;

function sameMessage(a: Message | undefined, b: Message | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every gate but replay: the operators' codes come from schema and grounding, which need no gym. */
const pairGates = defaultGates({ replay: false });

/**
 * DPO pairs for one record: for each operator that applies (at a seeded
 * place), the prompt is the conversation before the first assistant turn
 * the corruption changed, `chosen` is the expert's turn and `rejected` the
 * corrupted one, both as calls without narration. Corruptions that change
 * something other than an assistant turn give no pair, and so does one whose
 * rejected turn the gates do not flag with the operator's code: taking away
 * every discovery before a tap can leave a harmless call (a restart, a
 * status check) where the first discovery was, and the mistake (the tap)
 * steps later; "describe, not restart" would teach an order, not grounding.
 */
export function preferencePairs(record: TrajectoryRecord, catalog: Catalog = defaultCatalog()) {
  const rng = createRng(deriveSeed('dpo', record.seed));
  const pairs = [];
  for (const name of preferenceOperators) {
    const operator = corruptionNamed(name);
    const places = operator?.applicable(record) ?? [];
    if (!operator || places.length === 0) continue;
    const corrupted = operator.apply(record, rng.pick(places));
    const index = record.messages.findIndex((m, i) => !sameMessage(m, corrupted.messages[i]));
    const chosen = record.messages[index];
    const rejected = corrupted.messages[index];
    if (chosen?.role !== 'assistant' || rejected?.role !== 'assistant' || !chosen.toolCalls)
      continue;
    // Only the gate that owns the code (codes are `<gate>.<what>`): the
    // others cannot flag it, and running every gate per pair per record
    // made --dpo validate each record five more times.
    const owner = pairGates.filter((g) => operator.expectedCode.startsWith(`${g.name}.`));
    const flagged = validate(corrupted, { catalog }, owner).some(
      (v) => v.code === operator.expectedCode && v.messageIndex === index,
    );
    if (!flagged) continue;
    pairs.push({
      operator: name,
      pair: {
        prompt: record.messages.slice(0, index),
        // Both sides without the turn's narration: the corruption changes
        // only the calls, and the expert's words ("Tapping Wi-Fi at (0.369,
        // 0.145)") beside a call to (0.04, 0.02) would make the rejected
        // side contradict itself, an easy tell instead of a lesson in
        // grounding. The pair differs in its calls alone.
        chosen: { ...(chosen as AssistantMessage), content: '' },
        rejected: { ...(rejected as AssistantMessage), content: '' },
        tools: record.tools,
      },
    });
  }
  return pairs;
}

/** TRL DPO records (`trl/preference/<split>.jsonl`): prompt, chosen, rejected, tools. */
export function createTrlPreferenceExporter(catalog: Catalog = defaultCatalog()): Exporter {
  return {
    format: 'trl/preference',
    fileName: (split: Split) => `${split}.jsonl`,
    render: (record) =>
      preferencePairs(record, catalog).map(({ pair }) => JSON.stringify(renderTrlPreference(pair))),
  };
}

/** The TRL DPO exporter for the built-in toolkit. */
export const trlPreferenceExporter: Exporter = createTrlPreferenceExporter();
