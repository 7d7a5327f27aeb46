export { createCatalog } from './catalog/create-catalog.js';
export { defaultCatalog } from './catalog/default-catalog.js';
export { loadCatalogFile } from './catalog/load-catalog-file.js';
export { parseCatalog } from './catalog/parse-catalog.js';
export { defaultToolPlatforms } from './catalog/tool-platforms.js';
export type { ArgumentIssue, ArgumentIssueCode, Catalog, ToolSpec } from './catalog/tool-spec.js';
export { ForgeError, type ForgeErrorCode, type ForgeErrorOptions } from './errors.js';
export { parseCallJson } from './formats/call-json.js';
export {
  gemmaCallFence,
  renderGemmaAssistant,
  renderGemmaMessages,
  renderGemmaTools,
} from './formats/gemma.js';
export { parseGemmaReply } from './formats/gemma-parse.js';
export {
  renderHermesAssistant,
  renderHermesCall,
  renderHermesMessages,
  renderHermesTools,
} from './formats/hermes.js';
export { parseHermesReply } from './formats/hermes-parse.js';
export { defaultStops } from './formats/stops.js';
export { templateJson } from './formats/template-json.js';
export { type TextToolFormat, textToolFormat } from './formats/text-format.js';
export {
  type ParsedCall,
  type ParsedReply,
  type ReplyParseError,
  type ReplyParseErrorCode,
  type TextMessage,
  type TextToolCallFormat,
  type ToolCallFormat,
  toolCallFormats,
} from './formats/types.js';
export { type NumberedLine, parseJsonAt, readJsonlLines } from './fs/jsonl-lines.js';
export { makeFolder } from './fs/make-folder.js';
export type {
  Env,
  EnvSnapshot,
  EpisodeInfo,
  InjectionMode,
  ResetOptions,
  ResetResult,
  StepInfo,
  StepResult,
  Task,
  TaskParams,
  ToolResult,
} from './interfaces/env.js';
export { defaultMaxSteps } from './interfaces/env.js';
export type { Exporter } from './interfaces/exporter.js';
export type { Gate, GateContext, Violation } from './interfaces/gate.js';
export type { ChatReply, ChatRequest, ModelClient } from './interfaces/model-client.js';
export type { DraftStep, EpisodeDraft, Narration, Narrator } from './interfaces/narrator.js';
export type {
  HistoryStep,
  Intent,
  Policy,
  PolicyAction,
  PolicyContext,
} from './interfaces/policy.js';
export type {
  TrainBackend,
  TrainMetrics,
  TrainOutcome,
  TrainPlan,
  TrainRequest,
} from './interfaces/train-backend.js';
export type { JsonObject, JsonSchema, JsonValue } from './json.js';
export { type Platform, platformOfUdid, platforms } from './platform.js';
export {
  type SystemPromptStyle,
  systemPrompt,
  systemPromptStyles,
} from './prompts/system-prompt.js';
export type {
  AssistantMessage,
  Message,
  Role,
  SystemMessage,
  ToolCall,
  ToolMessage,
  UserMessage,
} from './record/messages.js';
export { checkRecordShape, parseRecordLine } from './record/parse-record.js';
export { toolsRun } from './record/tools-run.js';
export {
  type Difficulty,
  type Split,
  splits,
  type TrajectoryMeta,
  type TrajectoryRecord,
  trajectorySchemaId,
} from './record/trajectory.js';
export { trajectoryJsonSchema } from './record/trajectory-schema.js';
export { type Failure, fail, ok, type Result } from './result.js';
