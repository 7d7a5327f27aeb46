import type { EpisodeDraft, Narration, Narrator } from '@forge/spec';
import { writeAnswer } from './answers/write-answer.js';
import { createNarrateRng } from './internal/rng.js';
import { type Persona, type PersonaId, type PersonaWeights, personas } from './personas.js';
import { deviceMention } from './requests/device-mention.js';
import { projectFacts } from './requests/project-facts.js';
import { grammarFor } from './requests/registry.js';
import { writeRequest } from './requests/write-request.js';
import { knownTexts, writeStepText } from './steps/step-text.js';

/** Options for `createNarrator`. */
export interface NarratorOptions {
  /** Always use this persona (samples, tests); by default it is drawn per family. */
  readonly persona?: PersonaId;
  /** Persona weights by family id, replacing the grammar's own. */
  readonly personaWeights?: Readonly<Record<string, PersonaWeights>>;
}

const quotePairs: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ['“', '”'],
];

function choosePersona(draft: EpisodeDraft, options: NarratorOptions): Persona {
  const family = draft.task.family;
  const weights = options.personaWeights?.[family] ?? grammarFor(family).weights;
  const id = options.persona ?? createNarrateRng(draft.seed, family, 'persona').weighted(weights);
  return personas.find((p) => p.id === id) ?? (personas[0] as Persona);
}

/**
 * A narrator whose every word is a pure function of the draft: the seed and
 * the family seed one stream per purpose (persona, request, each step, the
 * answer), so the same draft always reads the same.
 */
export function createNarrator(options: NarratorOptions = {}): Narrator {
  return {
    narrate(draft: EpisodeDraft): Narration {
      const family = draft.task.family;
      const persona = choosePersona(draft, options);
      const chosen = createNarrateRng(draft.seed, family, 'quote').pick(quotePairs);
      const quote = (text: string): string => {
        // A value holding the chosen quote mark (a log line with "key" in it) gets the
        // other pair, so the quoted span still reads back as the whole value.
        const [open, close] =
          [chosen, ...quotePairs].find(([o, c]) => !text.includes(o) && !text.includes(c)) ??
          chosen;
        return `${open}${text}${close}`;
      };
      const device = deviceMention(draft);
      const asked = writeRequest({
        task: draft.task,
        persona,
        rng: createNarrateRng(draft.seed, family, 'request'),
        ...(device ? { device } : {}),
      });
      // The bundle id, Metro port or paths the calls use, said by the user (own stream).
      const facts = projectFacts(
        draft,
        asked,
        persona.id,
        createNarrateRng(draft.seed, family, 'project'),
      );
      const request = facts === undefined ? asked : `${asked} ${facts}`;
      const known = knownTexts(draft);
      const stepTexts = draft.steps.map((_, index) =>
        writeStepText({
          draft,
          index,
          quote,
          known,
          rng: createNarrateRng(draft.seed, family, 'step', index),
        }),
      );
      const answer = writeAnswer({
        draft,
        persona,
        quote,
        rng: createNarrateRng(draft.seed, family, 'answer'),
      });
      return { persona: persona.id, request, stepTexts, answer };
    },
  };
}
