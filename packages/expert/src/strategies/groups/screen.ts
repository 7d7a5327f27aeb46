import type { Strategy } from '../strategy.js';

/** Strategies of the screen group of families (see the group list in registry.ts). */
export const screenStrategies: readonly Strategy[] = [];
