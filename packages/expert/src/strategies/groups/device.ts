import type { Strategy } from '../strategy.js';

/** Strategies of the device group of families (see the group list in registry.ts). */
export const deviceStrategies: readonly Strategy[] = [];
