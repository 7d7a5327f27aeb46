/** TEST HELPER: a gate context over the default catalog and the real gym, and cached known-good records. */
import { createEnv } from '@forge/gym';
import { defaultCatalog, type GateContext, type TrajectoryRecord } from '@forge/spec';
import { scriptedTrajectory } from '../../src/testing/scripted-player.js';

/** The default catalog and a gym factory for replay. */
export const context: GateContext = { catalog: defaultCatalog(), createEnv: () => createEnv() };

const cache = new Map<number, TrajectoryRecord>();

/** The scripted player's record for a seed, built once per test file. */
export function knownGood(seed: number): TrajectoryRecord {
  let record = cache.get(seed);
  if (!record) {
    record = scriptedTrajectory(seed);
    cache.set(seed, record);
  }
  return record;
}

/** Codes of a violation list, for readable assertions. */
export const codes = (violations: readonly { code: string }[]): string[] =>
  violations.map((v) => v.code);
