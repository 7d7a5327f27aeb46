import { createEnv, defaultFamilies } from '@forge/gym';
import { defaultCatalog } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { createExpert } from './expert.js';
import { playEpisode } from './run/play-episode.js';
import { defaultStrategies } from './strategies/registry.js';

const env = createEnv();
const expert = createExpert();

/** Tool names an episode called, run-sequence steps included. */
function calledTools(steps: ReturnType<typeof playEpisode>['steps']): string[] {
  const names: string[] = [];
  for (const step of steps)
    for (const call of step.calls) {
      names.push(call.name);
      const inner = call.arguments.steps;
      if (Array.isArray(inner))
        for (const s of inner)
          if (
            typeof s === 'object' &&
            s !== null &&
            !Array.isArray(s) &&
            typeof s.tool === 'string'
          )
            names.push(s.tool);
    }
  return names;
}

describe('the expert across the families', () => {
  it('has a strategy for every gym family', () => {
    const covered = new Set(defaultStrategies.map((s) => s.family));
    expect(defaultFamilies.map((f) => f.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('calls every tool of the default catalog', () => {
    const used = new Set<string>();
    for (const family of defaultFamilies)
      for (const platform of family.platforms)
        for (let seed = 0; seed < 24; seed += 1)
          for (const injections of ['none', 'seeded'] as const) {
            const played = playEpisode(env, expert, {
              seed,
              family: family.id,
              platform,
              injections,
            });
            for (const name of calledTools(played.steps)) used.add(name);
          }
    const catalog = defaultCatalog();
    const never = catalog.names.filter((name) => !used.has(name));
    expect(never).toEqual([]);
    expect(used.size).toBe(catalog.tools.length);
  });
});
