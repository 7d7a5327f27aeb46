import { deviceToolTexts } from './tools-device.js';
import { gestureToolTexts } from './tools-gesture.js';
import { profilerToolTexts } from './tools-profiler.js';
import { runtimeToolTexts } from './tools-runtime.js';

/** Step-text templates for every tool of the default catalog, by tool name. */
export const toolTexts: Readonly<Record<string, readonly string[]>> = {
  ...deviceToolTexts,
  ...gestureToolTexts,
  ...runtimeToolTexts,
  ...profilerToolTexts,
};

/** Templates for a tool the table does not know (another catalog). */
export const unknownToolTexts: readonly string[] = ['Calling {@tool}.', 'Running {@tool}.'];
