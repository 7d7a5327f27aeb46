export {
  type CorruptedTrajectory,
  corruptedTrajectoryArb,
  type TrajectoryArbOptions,
  type TrajectorySource,
  validTrajectoryArb,
} from './testing/arbitraries.js';
export { corruptEveryPlace, type EveryPlaceResult } from './testing/every-place.js';
export {
  type ScriptedOptions,
  scriptedFamilies,
  scriptedTrajectory,
} from './testing/scripted-player.js';
