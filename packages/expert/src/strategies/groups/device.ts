import { androidBootStrategy } from '../android-boot.js';
import { nativeDeepInspectStrategy } from '../native-deep-inspect.js';
import { nativeInspectStrategy } from '../native-inspect.js';
import { reinstallResetStrategy } from '../reinstall-reset.js';
import type { Strategy } from '../strategy.js';

/** Strategies of the device group of families (see the group list in registry.ts). */
export const deviceStrategies: readonly Strategy[] = [
  androidBootStrategy,
  nativeInspectStrategy,
  reinstallResetStrategy,
  nativeDeepInspectStrategy,
];
