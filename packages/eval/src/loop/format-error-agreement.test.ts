import { describe, expect, it } from 'vitest';
import { defaultCallGates } from '../gates/default-gates.js';
import { computeMetrics } from '../metrics/compute-metrics.js';
import { fromPolicy, type PolicyUnderTest } from '../policy-under-test.js';
import { createTestTapEnv } from '../testing/test-tap-env.js';
import { testTapExpert } from '../testing/test-tap-expert.js';
import { runEpisode } from './run-episode.js';
import { toSummary } from './summary.js';

/** The expert, except that every other turn's reply cannot be read. */
function stutteringExpert(): PolicyUnderTest {
  const expert = fromPolicy(testTapExpert);
  let replies = 0;
  return {
    name: 'stuttering-expert',
    async next(context) {
      replies += 1;
      if (replies % 2 === 1) {
        return {
          kind: 'format-error',
          reason: 'no tool call',
          raw: { content: '{', finishReason: 'stop' },
        };
      }
      return expert.next(context);
    },
  };
}

describe('action-type agreement', () => {
  it('counts a format-error turn as a turn that disagrees with the reference', async () => {
    const episode = await runEpisode(
      createTestTapEnv(),
      { index: 0, seed: 9_000_004, repeat: 0, sampleSeed: 1 },
      {
        policy: stutteringExpert(),
        reference: testTapExpert,
        gates: defaultCallGates,
        systemPrompt: () => 'test',
        maxTurns: 30,
        maxFormatErrors: 3,
      },
    );
    const formatErrors = episode.log.filter((t) => t.kind === 'format-error');
    const answered = episode.log.filter((t) => t.kind !== 'format-error');
    expect(episode.success).toBe(true);
    expect(formatErrors.length).toBeGreaterThan(2);
    expect(formatErrors.every((t) => t.reference?.agree === false)).toBe(true);
    expect(episode.reference).toMatchObject({
      comparedTurns: episode.turns,
      agreeTurns: answered.length,
    });
    const m = computeMetrics([toSummary(episode)], 1);
    expect(m.reference?.actionAgreement.rate).toBeCloseTo(answered.length / episode.turns);
  });
});
