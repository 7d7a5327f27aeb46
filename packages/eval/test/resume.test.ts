import { describe, expect, it } from 'vitest';
import type { EpisodeResult } from '../src/loop/episode-result.js';
import { runEval } from '../src/loop/run-eval.js';
import { noisyPolicy } from '../src/policies/noisy-policy.js';
import { fromPolicy } from '../src/policy-under-test.js';
import { createTestTapEnv } from '../src/testing/test-tap-env.js';
import { testTapExpert } from '../src/testing/test-tap-expert.js';
import { readEpisodesFile, seedRange, tempDir } from './helpers.js';

const stable = (e: EpisodeResult) => ({ ...e, durationMs: 0 });

describe('checkpoint and resume', () => {
  it('continues an interrupted run to the same results as an uninterrupted one', async () => {
    const base = {
      createEnv: () => createTestTapEnv(),
      policy: noisyPolicy(fromPolicy(testTapExpert), 0.3, 5),
      reference: testTapExpert,
      seeds: seedRange(9_000_000, 9_000_011),
      k: 2,
      runSeed: 3,
      concurrency: 3,
    };
    const straight = tempDir();
    const full = await runEval({ ...base, outDir: straight });
    if (!full.success) throw full.error;

    const cut = tempDir();
    const controller = new AbortController();
    const first = await runEval({
      ...base,
      outDir: cut,
      signal: controller.signal,
      onEpisode: (_e, done) => {
        if (done === 7) controller.abort();
      },
    });
    if (!first.success) throw first.error;
    expect(first.value.interrupted).toBe(true);
    expect(first.value.results.status).toBe('interrupted');
    const partial = readEpisodesFile(cut).length;
    expect(partial).toBeGreaterThanOrEqual(7);
    expect(partial).toBeLessThan(24);

    const refused = await runEval({ ...base, outDir: cut });
    expect(refused.success).toBe(false);

    const second = await runEval({ ...base, outDir: cut, resume: true });
    if (!second.success) throw second.error;
    expect(second.value.resumed).toBe(partial);
    expect(second.value.results.status).toBe('complete');
    expect(second.value.results.metrics).toEqual(full.value.results.metrics);
    expect(second.value.results.taskSet).toEqual(full.value.results.taskSet);
    expect(readEpisodesFile(cut).map(stable)).toEqual(readEpisodesFile(straight).map(stable));
  });

  it('refuses to resume with different settings', async () => {
    const outDir = tempDir();
    const base = {
      createEnv: () => createTestTapEnv(),
      policy: fromPolicy(testTapExpert),
      seeds: seedRange(9_000_000, 9_000_002),
      k: 1,
      runSeed: 3,
      outDir,
    };
    const done = await runEval(base);
    expect(done.success).toBe(true);
    const other = await runEval({ ...base, k: 2, resume: true });
    expect(other.success ? 'ok' : other.error.message).toMatch(/settings differ/);
  });
});
