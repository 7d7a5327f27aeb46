export { createMlxBackend } from './backend.js';
export { formatCommand, fuseCommand, serveCommand, shellQuote, trainCommand } from './commands.js';
export {
  dataFormatForModel,
  type MlxDataFormat,
  type MlxExample,
  mlxDataFormats,
  mlxExamples,
} from './data-format.js';
export { checkReadiness, type ReadinessLimits, type ReadinessProblem } from './length-check.js';
export {
  buildLoraConfig,
  type LrSchedule,
  lrScheduleFor,
  renderLoraYaml,
  runLayout,
} from './lora-config.js';
export { installAdvice, isMissingMlxLine } from './missing-module.js';
export { buildModelfile, defaultNumCtx, type ModelfileOptions } from './modelfile.js';
export { ollamaTemplate } from './ollama-template.js';
export {
  defaultMlxOptions,
  type MlxTrainOptions,
  type OptionSource,
  type ResolvedOptions,
  resolveMlxOptions,
} from './options.js';
export { defaultServeAddress, type MlxTrainPlan, prepareMlxRun } from './prepare.js';
export {
  convertToMlxData,
  type MlxDataRequest,
  type MlxSplit,
  type PendingMlxData,
  type SplitReport,
} from './prepare-data.js';
export { parseProgressLine } from './progress-line.js';
export {
  createProgressReporter,
  type ProgressReporter,
  type ProgressReporterOptions,
} from './progress-reporter.js';
export {
  type QuantizationEvidence,
  quantizationInConfig,
  quantizationOf,
} from './quantization.js';
export { type RunConfig, readRunConfig, runConfigSchemaId, runPython } from './run-config.js';
export { type LoggedProcessOptions, type ProcessOutcome, runLoggedProcess } from './run-process.js';
export { runMlxTraining, type TrainRunHooks, type TrainRunOutcome } from './run-training.js';
export { type EvalTarget, evalCommand, evalCommandLine } from './serve.js';
export { formatForModel, type ServingFormat, servingFormats } from './serving-format.js';
export {
  estimateConversationTokens,
  estimateMessageTokens,
  estimateTextTurnTokens,
  estimateToolsTokens,
  estimateTurnTokens,
} from './token-estimate.js';
export { describeTrainOutcome, type OutcomeClass } from './train-outcome.js';
