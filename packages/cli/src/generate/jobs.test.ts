import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countEpisodes, planJobs } from './jobs.js';
import { planSeeds } from './seed-plan.js';

const seedsOf = (jobs: Iterable<{ split: string; start: number; end: number }>) =>
  [...jobs].flatMap((j) =>
    Array.from({ length: j.end - j.start }, (_, i) => `${j.split}:${j.start + i}`),
  );

describe('planJobs', () => {
  it('concatenated shards give exactly the unsharded sequence, for any shard count', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 500 }),
        fc.nat({ max: 80 }),
        fc.integer({ min: 1, max: 9 }),
        (n, m, k) => {
          const plan = planSeeds({
            n,
            evalCount: m,
            seed: 1,
            ratios: { train: 0.9, valid: 0.05, test: 0.05 },
          });
          const whole = seedsOf(planJobs(plan, { index: 0, count: 1 }));
          expect(whole).toHaveLength(n + m);
          const parts = Array.from({ length: k }, (_, index) =>
            seedsOf(planJobs(plan, { index, count: k })),
          );
          expect(parts.flat()).toEqual(whole);
          for (const [index, part] of parts.entries()) {
            expect(part).toHaveLength(countEpisodes(plan, { index, count: k }));
          }
        },
      ),
    );
  });
});
