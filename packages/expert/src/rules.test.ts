import { createEnv, defaultFamilies } from '@forge/gym';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExpert } from './expert.js';
import { playEpisode } from './run/play-episode.js';
import { defaultStrategies } from './strategies/registry.js';
import { ruleViolations } from './testing/trajectory-rules.js';

const env = createEnv();
const expert = createExpert();
const families = defaultFamilies.filter((f) => defaultStrategies.some((s) => s.family === f.id));

// Seeded injections: about a quarter of episodes get one failure.
const episode = fc
  .record({
    seed: fc.nat({ max: 1_000_000 }),
    family: fc.constantFrom(...families),
    platformPick: fc.nat(),
  })
  .map(({ seed, family, platformPick }) => ({
    seed,
    family: family.id,
    platform: family.platforms[platformPick % family.platforms.length] ?? 'ios',
  }));

describe('the expert follows the toolkit rules', () => {
  it('lists devices first, grounds every tap in its latest discovery, batches only allowed steps, releases last', () => {
    fc.assert(
      fc.property(episode, (options) => {
        const played = playEpisode(env, expert, options);
        expect(ruleViolations(played.steps)).toEqual([]);
        expect(played.info.answered).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives every call an intent', () => {
    fc.assert(
      fc.property(episode, (options) => {
        const played = playEpisode(env, expert, options);
        for (const step of played.steps) expect(step.intent?.kind).toMatch(/^[a-z-]+$/);
      }),
      { numRuns: 50 },
    );
  });

  it('the rule checker catches a tap with no discovery', () => {
    const played = playEpisode(env, expert, {
      seed: 3,
      family: 'navigate-tap',
      injections: 'none',
    });
    const steps = played.steps.filter((s) => s.calls[0]?.name !== 'describe');
    expect(ruleViolations(steps).some((v) => v.includes('tap'))).toBe(true);
  });
});
