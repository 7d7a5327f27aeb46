import { describe, expect, it } from 'vitest';
import { createEnv } from '../env.js';
import { defaultPacks } from '../packs/archetypes/index.js';

/** What a reset hands the policy, without the check closure. */
function taskOf(env: ReturnType<typeof createEnv>, seed: number): string {
  const { task, observation, info } = env.reset({ seed, injections: 'seeded' });
  return JSON.stringify({ task, observation, info, state: env.world.state });
}

describe('per-app candidate caches (perApp)', () => {
  it('give every reset the task a cold computation gives, however often the app is reset', () => {
    // Copies of the packs are new keys for every cache (apps, probes, the
    // families' per-app candidates), so `cold` computes everything afresh,
    // while `warm` resets each seed three times, as the play and the replay
    // gate do, reading the candidates cached by `supports` and earlier resets.
    const cold = createEnv({ packs: defaultPacks.map((p) => ({ ...p })) });
    const warm = createEnv();
    const families = new Set<string>();
    for (let seed = 0; seed < 400; seed += 1) {
      const expected = taskOf(cold, seed);
      for (let again = 0; again < 3; again += 1) expect(taskOf(warm, seed)).toBe(expected);
      families.add(warm.task.family);
    }
    // The families whose sampling the caches changed are all among them.
    for (const id of [
      'hide-and-seek',
      'navigate-tap',
      'toggle',
      'profile-drilldown',
      'pinch-zoom',
      'flow-record',
      'drag-gesture',
      'android-boot',
    ])
      expect(families).toContain(id);
  });
});
