import { describe, expect, it } from 'vitest';
import { readEpisodesFile, seedRange, tempDir } from '../../test/helpers.js';
import { noisyPolicy } from '../policies/noisy-policy.js';
import { randomPolicy } from '../policies/random-policy.js';
import { fromPolicy } from '../policy-under-test.js';
import { createTestTapEnv } from '../testing/test-tap-env.js';
import { testTapExpert } from '../testing/test-tap-expert.js';
import { runEval } from './run-eval.js';

const base = { createEnv: () => createTestTapEnv(), reference: testTapExpert, k: 1, runSeed: 7 };

async function run(policy: Parameters<typeof runEval>[0]['policy'], seeds: number[], k = 1) {
  const outDir = tempDir();
  const outcome = await runEval({ ...base, k, policy, seeds, outDir });
  if (!outcome.success) throw outcome.error;
  return { ...outcome.value, outDir };
}

describe('runEval on the test world', () => {
  it('scores a perfect scripted policy at 100% success, grounding and agreement', async () => {
    const { results, outDir } = await run(
      fromPolicy(testTapExpert),
      seedRange(9_000_000, 9_000_039),
    );
    const m = results.metrics.overall;
    expect(m.success.rate).toBe(1);
    expect(m.groundedTaps.rate).toBe(1);
    expect(m.schemaValidCalls.rate).toBe(1);
    expect(m.reference?.actionAgreement.rate).toBe(1);
    expect(m.reference?.clickHits.rate).toBe(1);
    expect(m.reference?.meanTapDistance).toBe(0);
    expect(m.reference?.efficiency).toBe(1);
    expect(results.status).toBe('complete');
    expect(readEpisodesFile(outDir).map((e) => e.index)).toEqual(seedRange(0, 39));
  });

  it('scores the random floor near zero', async () => {
    const { results } = await run(randomPolicy(3), seedRange(9_000_000, 9_000_039));
    const m = results.metrics.overall;
    expect(m.success.high).toBeLessThan(0.15);
    expect(m.schemaValidCalls.rate).toBe(1);
    expect(m.reference?.actionAgreement.rate ?? 1).toBeLessThan(0.6);
  });

  it.each([0.1, 0.25, 0.4])(
    'recovers the noise rate p=%s in the grounding and schema metrics',
    async (p) => {
      const policy = noisyPolicy(fromPolicy(testTapExpert), p, 11);
      const { results } = await run(policy, seedRange(9_000_000, 9_000_079));
      const m = results.metrics.overall;
      expect(m.groundedTaps.low).toBeLessThanOrEqual(1 - p);
      expect(m.groundedTaps.high).toBeGreaterThanOrEqual(1 - p);
      expect(m.schemaValidCalls.low).toBeLessThanOrEqual(1 - p);
      expect(m.schemaValidCalls.high).toBeGreaterThanOrEqual(1 - p);
    },
  );

  it('computes pass^k over repeats of each seed', async () => {
    const { results } = await run(fromPolicy(testTapExpert), seedRange(9_000_000, 9_000_004), 3);
    expect(results.metrics.overall.passK).toMatchObject({
      k: 3,
      rate: { successes: 5, trials: 5 },
    });
    expect(results.taskSet.episodes).toBe(15);
  });
});
