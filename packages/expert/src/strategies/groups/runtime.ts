import type { Strategy } from '../strategy.js';

/** Strategies of the runtime group of families (see the group list in registry.ts). */
export const runtimeStrategies: readonly Strategy[] = [];
