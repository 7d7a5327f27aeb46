import { createEnv, defaultFamilies } from '@forge/gym';
import type { HistoryStep, PolicyContext } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExpert } from './expert.js';
import { playEpisode } from './run/play-episode.js';
import { defaultStrategies } from './strategies/registry.js';

const env = createEnv();
const families = defaultFamilies.filter((f) => defaultStrategies.some((s) => s.family === f.id));
const episode = fc.record({
  seed: fc.nat({ max: 1_000_000 }),
  family: fc.constantFrom(...families.map((f) => f.id)),
});

// Deep copies share no object with the played episode, so no cache can answer for them.
const copy = <T>(value: T): T => structuredClone(value);

describe('the expert is a function of its context', () => {
  it('answers the same context twice with deep-equal actions', () => {
    fc.assert(
      fc.property(episode, ({ seed, family }) => {
        const played = playEpisode(env, createExpert(), { seed, family });
        const context: PolicyContext = {
          task: played.task,
          tools: env.tools,
          seed,
          initialObservation: '',
          history: played.steps.slice(0, Math.floor(played.steps.length / 2)),
        };
        const expert = createExpert();
        expect(expert.next(context)).toEqual(expert.next(context));
      }),
      { numRuns: 40 },
    );
  });

  it('asked from any prefix of an episode, takes the step it actually took next', () => {
    fc.assert(
      fc.property(episode, ({ seed, family }) => {
        const played = playEpisode(env, createExpert(), { seed, family });
        const expert = createExpert();
        for (let i = 0; i <= played.steps.length; i += 1) {
          const history: HistoryStep[] = copy(
            played.steps.slice(0, i).map((s) => ({ calls: s.calls, results: s.results })),
          );
          const action = expert.next({
            task: copy(played.task),
            tools: env.tools,
            seed,
            initialObservation: '',
            history,
          });
          const taken = played.steps[i];
          if (taken === undefined) expect(action).toEqual({ type: 'final', facts: played.facts });
          else expect(action).toEqual({ type: 'call', calls: taken.calls, intent: taken.intent });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the same choices through an episode and varies them between episodes', () => {
    const tools = new Set<string>();
    for (let seed = 0; seed < 60; seed += 1) {
      const played = playEpisode(env, createExpert(), {
        seed,
        family: 'login',
        platform: 'chromium',
      });
      const submitKeys = played.steps.flatMap((s) =>
        s.calls.filter((c) => JSON.stringify(c.arguments).includes('"key":"Enter"')),
      );
      tools.add(submitKeys.length > 0 ? 'enter' : 'tap');
      for (const s of played.steps) for (const c of s.calls) tools.add(c.name);
    }
    expect(tools).toContain('enter');
    expect(tools).toContain('tap');
    expect(tools).toContain('run-sequence');
  });
});
