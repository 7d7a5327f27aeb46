export { answerIsGrounded, type GroundingReport } from './answers/grounding.js';
export { narrateMessages } from './messages.js';
export { createNarrator, type NarratorOptions } from './narrator.js';
export {
  type DiscardReason,
  type ParaphraseContext,
  type ParaphraseDecision,
  type ParaphraseOptions,
  type ParaphraseOutcome,
  type Paraphraser,
  paraphraseNarration,
} from './paraphrase.js';
export {
  type Persona,
  type PersonaId,
  type PersonaWeights,
  personaById,
  personas,
} from './personas.js';
export { grammarFamilies } from './requests/registry.js';
export { missingEntities, requiredEntities } from './requests/required-entities.js';
export { toolTexts } from './steps/tool-texts.js';
