export {
  type AnyCallRule,
  type CallCheckContext,
  type CallGate,
  type CallOutcome,
  type CallRule,
  type RuleContext,
  rulesCallGate,
  rulesGate,
  runRules,
} from './call-rule.js';
export type { Corruption } from './corruptions/corruption.js';
export { corruptionNamed, corruptions } from './corruptions/index.js';
export { offeredCallGate, offeredGate } from './offered-gate.js';
export { replayGate } from './replay-gate.js';
export {
  deviceOrderCallGate,
  deviceOrderGate,
  groundingCallGate,
  groundingGate,
  policyCallGate,
  policyGate,
} from './rule-gates.js';
export { schemaCallGate, schemaGate } from './schema-gate.js';
export {
  controlName,
  formatSelfcheckTable,
  runSelfcheck,
  type SelfcheckOptions,
  type SelfcheckRow,
} from './selfcheck.js';
export { structureGate } from './structure-gate.js';
export { successGate } from './success-gate.js';
export { createGate, type DefaultGatesOptions, defaultGates, validate } from './validate.js';
