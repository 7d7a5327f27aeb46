export { createExpert, type ExpertOptions } from './expert.js';
export {
  type PlayedEpisode,
  type PlayInfo,
  type PlayOptions,
  playEpisode,
} from './run/play-episode.js';
export { defaultStrategies } from './strategies/registry.js';
export type { Strategy, SubGoal } from './strategies/strategy.js';
