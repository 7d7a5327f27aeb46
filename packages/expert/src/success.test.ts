import { applicableInjections, createEnv, defaultFamilies, type InjectionKind } from '@forge/gym';
import type { Platform } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExpert } from './expert.js';
import { playEpisode } from './run/play-episode.js';
import { defaultStrategies } from './strategies/registry.js';

const env = createEnv();
const expert = createExpert();

/**
 * Seeds a random run once failed on, replayed first in every case: 899641 is
 * hide-and-seek on iOS warm-started on an onboarding page, where moved
 * content turned a tap on "Not now" into Next onto the last page; 702576 is
 * rotate-gesture on Android with a crash on the last tap of the path, after
 * which the relaunched home showed a map pin named like the screen; 69414 is
 * hide-and-seek on Android warm-started on a place's page, where moved
 * content turned "More details" into "View area", whose screen is titled
 * "<place> area".
 */
const regressions = [899641, 702576, 69414];

/** Injection kinds that can fire for this family on this platform, for some app kind. */
function kindsFor(family: string, platform: Platform): InjectionKind[] {
  const appKinds =
    platform === 'chromium' ? (['web'] as const) : (['native', 'react-native'] as const);
  const kinds = new Set<InjectionKind>();
  for (const kind of appKinds)
    for (const k of applicableInjections({ platform, kind, family })) kinds.add(k);
  return [...kinds];
}

describe('the expert solves every family it has a strategy for', () => {
  for (const strategy of defaultStrategies) {
    const family = defaultFamilies.find((f) => f.id === strategy.family);
    if (!family) continue;
    for (const platform of family.platforms) {
      for (const injection of ['none', ...kindsFor(family.id, platform)]) {
        it(`${family.id} on ${platform}, injections: ${injection}`, () => {
          fc.assert(
            fc.property(fc.nat({ max: 1_000_000 }), (seed) => {
              const played = playEpisode(env, expert, {
                seed,
                family: family.id,
                platform,
                injections: injection === 'none' ? 'none' : [injection],
              });
              expect(played.success).toBe(true);
              expect(played.info.answered).toBe(true);
            }),
            { numRuns: 30, examples: regressions.map((seed) => [seed] as [number]) },
          );
        });
      }
    }
  }
});

describe('long lists', () => {
  it('scrolls a 26-row list to its last rows (seed 2262 as generate draws it: native-inspect on iOS)', () => {
    // The target's path goes through "Yoga 24", the 25th row of Activities;
    // with a cap of 8 quarter-screen flicks the expert gave up one flick short.
    const played = playEpisode(env, expert, { seed: 2262, injections: 'seeded' });
    expect(played.task.family).toBe('native-inspect');
    expect(played.task.platform).toBe('ios');
    expect(played.success).toBe(true);
  });
});

describe("a label the app's first-run prompt also shows", () => {
  for (const [seed, platform] of [
    [430741, 'ios'],
    [450354, 'android'],
  ] as const)
    it(`is not a hide-and-seek target (seed ${seed} as generate draws it: hide-and-seek on ${platform})`, () => {
      // The banking app's "What's new" sheet is put off with "Continue", the
      // label of the login screen's submit button too: the expert took the
      // prompt's "Continue" for the target and stopped before the real one.
      const played = playEpisode(env, expert, { seed, injections: 'seeded' });
      expect(played.task.family).toBe('hide-and-seek');
      expect(played.task.platform).toBe(platform);
      expect(played.success).toBe(true);
    });
});
