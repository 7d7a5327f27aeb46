export { type CatalogSummary, summarizeCatalog } from './commands/catalog.js';
export { exitCodes } from './exit-codes.js';
export {
  createEpisodeMaker,
  defaultEpisodeConfig,
  type EpisodeConfig,
} from './generate/episode.js';
export { defaultWorkers } from './generate/options.js';
export { type CommandIo, processIo } from './io.js';
export { main, mainHelp } from './main.js';
