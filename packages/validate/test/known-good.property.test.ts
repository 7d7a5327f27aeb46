import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';
import { scriptedTrajectory } from '../src/testing/scripted-player.js';
import { validTrajectoryArb } from '../src/testing.js';
import { codes, context } from './support/context.js';

describe('known-good trajectories', () => {
  it('pass every gate, replay included, over 500 seeds (no false rejects)', () => {
    fc.assert(
      fc.property(validTrajectoryArb(scriptedTrajectory), (record) => {
        expect(codes(validate(record, context))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    // A toggle whose first switch element-moved puts above the list's end:
    // swiping one way only ran out of calls.
    [330551, ['element-moved']],
    // Two switches a screen apart: scrolling to the second hid the first,
    // and the player went back for it, again and again.
    [426481, []],
  ])(
    'seed %i, where the scripted player used to fail the task, passes every gate',
    (seed, injections) => {
      const record = scriptedTrajectory(seed);
      expect(record.meta.injections).toEqual(injections);
      expect(record.meta.success).toBe(true);
      expect(codes(validate(record, context))).toEqual([]);
    },
  );

  it('cover every scripted family, recoveries included', () => {
    const records = Array.from({ length: 60 }, (_, seed) => scriptedTrajectory(seed));
    expect(new Set(records.map((r) => r.meta.family)).size).toBe(5);
    expect(new Set(records.map((r) => r.meta.platform)).size).toBe(3);
    expect(records.some((r) => r.meta.recovered)).toBe(true);
  });
});
