import { consoleCheckStrategy } from '../console-check.js';
import { debugInspectStrategy } from '../debug-inspect.js';
import { metroControlStrategy } from '../metro-control.js';
import { networkInspectStrategy } from '../network-inspect.js';
import { profilePerformanceStrategy } from '../profile-performance.js';
import { profilerSessionsStrategy } from '../profiler-sessions.js';
import type { Strategy } from '../strategy.js';

/** Strategies of the runtime group of families (see the group list in registry.ts). */
export const runtimeStrategies: readonly Strategy[] = [
  networkInspectStrategy,
  debugInspectStrategy,
  consoleCheckStrategy,
  profilePerformanceStrategy,
  profilerSessionsStrategy,
  metroControlStrategy,
];
