export {
  createOpenAiClient,
  type EvalChatReply,
  type OpenAiClientOptions,
  type OpenAiModelClient,
} from './client/openai-client.js';
export { ModelRequestError } from './client/retry.js';
export { latestDiscovery, tapPoint } from './discovery/latest-discovery.js';
export {
  type DiscoveredElement,
  discoveryTools,
  type Frame,
  frameCentre,
  frameContains,
  parseDiscovery,
} from './discovery/parse-discovery.js';
export {
  type FormatName,
  formatNames,
  nativeFormat,
  type ReadReply,
  type TextCodec,
  textFormat,
  type WireFormat,
} from './formats/wire-format.js';
export { formatStops, wireFormat } from './formats/wire-formats.js';
export {
  type CallCheckContext,
  type CallGate,
  fromRecordGate,
  partialRecord,
  schemaCallGate,
} from './gates/call-gate.js';
export { defaultCallGates } from './gates/default-gates.js';
export { touchesElement } from './gates/element-touch.js';
export {
  type DatasetSeeds,
  heldOutSeedStart,
  readDatasetSeeds,
  type SeedRange,
  seedsOverlappingTraining,
} from './loop/dataset-seeds.js';
export { heldOutPack, type PlanOptions, planEpisodes } from './loop/episode-plan.js';
export type {
  CallVerdict,
  EpisodeEnd,
  EpisodeResult,
  EpisodeSpec,
  EpisodeSummary,
  ReferenceVerdict,
  TurnLog,
} from './loop/episode-result.js';
export { type EpisodeOptions, runEpisode } from './loop/run-episode.js';
export { type EvalRunOptions, type EvalRunOutcome, runEval } from './loop/run-eval.js';
export { type MeanEstimate, meanInterval } from './mean-interval.js';
export {
  computeMetrics,
  computeMetricsReport,
  type Metrics,
  type MetricsReport,
} from './metrics/compute-metrics.js';
export { type ModelPolicyOptions, modelPolicy } from './policies/model-policy.js';
export { moveTouch } from './policies/move-touch.js';
export { noiseArgument, noisyPolicy } from './policies/noisy-policy.js';
export { randomPolicy } from './policies/random-policy.js';
export { sampleFromSchema } from './policies/schema-sample.js';
export { type TouchContext, ungroundedTouch } from './policies/ungrounded-touch.js';
export {
  fromPolicy,
  type PolicyUnderTest,
  type RawReply,
  type Turn,
  type TurnContext,
} from './policy-under-test.js';
export { type ReportRun, readReportRun } from './report/report-input.js';
export { writeReport } from './report/write-report.js';
export { type ResultsFile, resultsSchemaId } from './results/results-file.js';
export {
  type Fault,
  type PolicyServer,
  type PolicyServerOptions,
  startPolicyServer,
} from './testing/policy-server.js';
export { createTestTapEnv, testTapFamily } from './testing/test-tap-env.js';
export { testTapExpert } from './testing/test-tap-expert.js';
export { type Proportion, wilsonInterval } from './wilson.js';
