import { createEnv } from '@forge/gym';
import {
  defaultCatalog,
  defaultMaxSteps,
  type GateContext,
  type TrajectoryRecord,
} from '@forge/spec';
import { corruptions, validate } from '@forge/validate';
import {
  corruptEveryPlace,
  corruptedTrajectoryArb,
  validTrajectoryArb,
} from '@forge/validate/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEpisodeMaker, defaultEpisodeConfig } from '../src/generate/episode.js';

/**
 * The gates against the real producer of trajectories: the expert's
 * episodes, assembled exactly as `forge generate` assembles them (narrated,
 * with seeded distractor tools and seeded injections). @forge/validate may
 * not depend on the expert, so these properties live here.
 */
const make = createEpisodeMaker({ ...defaultEpisodeConfig, systemPrompt: 'compact' });

/** The expert's record for a seed, whatever the generator's own gates said about it. */
function expertRecord(seed: number): TrajectoryRecord {
  const out = make(seed, 'train');
  if (!out.record) throw new Error(`seed ${seed}: the episode produced no record`);
  return out.record;
}

const replayEnv = createEnv({ maxSteps: defaultMaxSteps });
const context: GateContext = { catalog: defaultCatalog(), createEnv: () => replayEnv };
const codes = (record: TrajectoryRecord) => validate(record, context).map((v) => v.code);

describe('expert trajectories through every gate', () => {
  it('pass every gate, replay included, over 2,000 seeds (no false rejects)', () => {
    fc.assert(
      fc.property(validTrajectoryArb(expertRecord), (record) => {
        expect(codes(record)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reject every operator at every applicable place of a dozen expert records', () => {
    const records = Array.from({ length: 12 }, (_, i) => expertRecord(i * 7919));
    const { misses, cases } = corruptEveryPlace(records, codes);
    expect(misses).toEqual([]);
    expect(cases).toBeGreaterThan(1000);
  });

  for (const corruption of corruptions) {
    it(`${corruption.name} is rejected with ${corruption.expectedCode} at any applicable place`, () => {
      fc.assert(
        fc.property(corruptedTrajectoryArb(expertRecord, corruption.name), (c) => {
          expect(codes(c.record)).toContain(c.expectedCode);
        }),
        { numRuns: 10 },
      );
    });
  }
});
