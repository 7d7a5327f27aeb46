import { createEnv, defaultFamilies } from '@forge/gym';
import { bench, describe } from 'vitest';
import { createExpert } from './expert.js';
import { playEpisode } from './run/play-episode.js';
import { defaultStrategies } from './strategies/registry.js';

// Episodes per second, reset + play, with the default packs and seeded
// injections; one bench per family the expert has a strategy for, and one
// over every family (families without a strategy release and answer at once).
const env = createEnv();
const expert = createExpert();
const covered = new Set(defaultStrategies.map((s) => s.family));

describe('expert: reset + play', () => {
  for (const family of defaultFamilies.filter((f) => covered.has(f.id))) {
    let seed = 0;
    bench(family.id, () => {
      seed += 1;
      playEpisode(env, expert, { seed, family: family.id });
    });
  }
  let seed = 0;
  bench('mix of covered families', () => {
    seed += 1;
    const family = defaultStrategies[seed % defaultStrategies.length]?.family ?? 'navigate-tap';
    playEpisode(env, expert, { seed, family });
  });
});

// The expert's own cost: replaying played episodes through `next` step by
// step (fresh history arrays, observations already parsed and folded once).
describe('expert: policy only', () => {
  const played = Array.from({ length: 100 }, (_, i) =>
    playEpisode(env, expert, {
      seed: 10_000 + i,
      family: defaultStrategies[i % defaultStrategies.length]?.family ?? 'navigate-tap',
    }),
  );
  bench('next() over 100 episodes', () => {
    for (const ep of played) {
      const history: (typeof ep.steps)[number][] = [];
      for (const step of ep.steps) {
        expert.next({
          task: ep.task,
          tools: env.tools,
          seed: ep.seed,
          initialObservation: '',
          history,
        });
        history.push(step);
      }
    }
  });
});
