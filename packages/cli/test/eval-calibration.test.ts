import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  fromPolicy,
  heldOutSeedStart,
  noisyPolicy,
  type PolicyUnderTest,
  randomPolicy,
  runEval,
} from '@forge/eval';
import { describe, expect, it } from 'vitest';
import { evalDeps } from '../src/generate/eval-deps.js';

// The metrics are only worth reading if they say the known answer for
// policies whose answer is known. This plays the real loop on the real gym
// with what `forge eval` wires in (evalDeps: the gym, the expert as the
// reference, every per-call gate of the dataset) on held-out seeds.
const deps = evalDeps();
const { expert, createEnv } = deps;

const seeds = (from: number, count: number): number[] =>
  Array.from({ length: count }, (_, i) => from + i);

async function score(policy: PolicyUnderTest, list: readonly number[], packs?: readonly string[]) {
  const outcome = await runEval({
    createEnv,
    reference: expert,
    gates: deps.gates,
    policy,
    seeds: list,
    k: 1,
    runSeed: 0,
    ...(packs ? { packs } : {}),
    outDir: mkdtempSync(join(tmpdir(), 'forge-eval-calibration-')),
  });
  if (!outcome.success) throw outcome.error;
  expect(outcome.value.results.status).toBe('complete');
  return outcome.value.results.metrics.overall;
}

describe('eval calibration on the real gym (evalDeps)', () => {
  it('scores the expert at 100% success and grounding, schema-valid, with no violations', async () => {
    for (const m of [
      await score(fromPolicy(expert), seeds(heldOutSeedStart, 60)),
      await score(fromPolicy(expert), seeds(heldOutSeedStart + 60, 20), deps.heldOutPacks),
    ]) {
      expect(m.errorEpisodes).toBe(0);
      expect(m.success.rate).toBe(1);
      // Touches happened, so 100% is a measurement and not an empty ratio.
      expect(m.groundedTaps.trials).toBeGreaterThan(10);
      expect(m.groundedTaps.rate).toBe(1);
      expect(m.schemaValidCalls.rate).toBe(1);
      expect(m.perEpisode.policyViolations.mean).toBe(0);
      expect(m.reference?.actionAgreement.rate).toBe(1);
      expect(m.reference?.efficiency).toBe(1);
    }
  });

  it('scores a random policy near zero', async () => {
    const m = await score(randomPolicy(0), seeds(heldOutSeedStart, 60));
    expect(m.success.rate).toBeLessThanOrEqual(0.1);
    expect(m.reference?.actionAgreement.rate).toBeLessThan(0.2);
  });

  it('recovers noisy:0.2: the grounded-touch and schema-valid 95% intervals hold 0.8 and exclude 1', async () => {
    const p = 0.2;
    // 200 seeds give about 460 touches and 2,100 calls: intervals about
    // ±0.04 and ±0.02 wide, tight enough that a bias of a few points fails.
    const m = await score(noisyPolicy(fromPolicy(expert), p, 0), seeds(heldOutSeedStart, 200));
    expect(m.groundedTaps.trials).toBeGreaterThan(300);
    expect(m.groundedTaps.low).toBeLessThanOrEqual(1 - p);
    expect(m.groundedTaps.high).toBeGreaterThanOrEqual(1 - p);
    expect(m.schemaValidCalls.low).toBeLessThanOrEqual(1 - p);
    expect(m.schemaValidCalls.high).toBeGreaterThanOrEqual(1 - p);
    expect(m.groundedTaps.high).toBeLessThan(1);
    expect(m.schemaValidCalls.high).toBeLessThan(1);
  });
});
