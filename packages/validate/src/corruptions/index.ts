import type { Corruption } from './corruption.js';
import { unknownUdid, wrongDeviceOrder } from './device-ops.js';
import { homeIconTap, staleDiscovery, tapBeforeDiscovery, ungroundedTap } from './grounding-ops.js';
import {
  missingRelease,
  screenshotPolling,
  sequenceForbiddenTool,
  sequenceWithUdid,
  stopMetroUnasked,
  typeWithoutFocus,
  wrongPlatform,
} from './policy-ops.js';
import { successFlipped, swappedToolResults, tamperedObservation } from './replay-ops.js';
import {
  missingRequired,
  outOfEnum,
  outOfRangeCoordinate,
  toolNotOffered,
  unknownArgument,
  unknownTool,
  wrongType,
} from './schema-ops.js';
import {
  callsMiscounted,
  droppedToolResult,
  duplicateCallId,
  duplicateOfferedTool,
  emptyFinalAnswer,
  recoveredWithoutInjection,
  reorderedMessages,
} from './structure-ops.js';

/** Every built-in corruption operator, in a stable order. */
export const corruptions: readonly Corruption[] = [
  ungroundedTap,
  tapBeforeDiscovery,
  staleDiscovery,
  homeIconTap,
  unknownArgument,
  wrongType,
  missingRequired,
  outOfEnum,
  outOfRangeCoordinate,
  unknownTool,
  toolNotOffered,
  wrongDeviceOrder,
  unknownUdid,
  tamperedObservation,
  swappedToolResults,
  successFlipped,
  droppedToolResult,
  duplicateCallId,
  reorderedMessages,
  emptyFinalAnswer,
  callsMiscounted,
  duplicateOfferedTool,
  recoveredWithoutInjection,
  sequenceWithUdid,
  sequenceForbiddenTool,
  screenshotPolling,
  missingRelease,
  wrongPlatform,
  typeWithoutFocus,
  stopMetroUnasked,
];

/** The built-in operator of that name, or undefined. */
export function corruptionNamed(name: string): Corruption | undefined {
  return corruptions.find((c) => c.name === name);
}
