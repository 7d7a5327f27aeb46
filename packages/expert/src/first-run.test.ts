import { createEnv, defaultFamilies } from '@forge/gym';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExpert } from './expert.js';
import { playEpisode } from './run/play-episode.js';

const env = createEnv();
const expert = createExpert();

/** The families whose episodes open the app's UI, on every platform they run on. */
const uiFamilies = [
  'navigate-tap',
  'toggle',
  'login',
  'deep-link',
  'hide-and-seek',
  'drag-gesture',
];

describe("an app's first-run prompt", () => {
  for (const family of uiFamilies) {
    const platforms = defaultFamilies.find((f) => f.id === family)?.platforms ?? [];
    for (const platform of platforms) {
      it(`is put off, and the task still done: ${family} on ${platform}`, () => {
        let prompted = 0;
        fc.assert(
          fc.property(fc.nat({ max: 1_000_000 }), (seed) => {
            const played = playEpisode(env, expert, { seed, family, platform, injections: 'none' });
            expect(played.success).toBe(true);
            const app = env.world.apps[String(played.task.privileged.appId)];
            const dismissals = played.steps.filter((s) => s.intent?.kind === 'dismiss-prompt');
            if (dismissals.length === 0) return;
            prompted += 1;
            expect(app?.firstRun).toBeDefined();
            // Tapped at the centre of a put-off button the discovery before it listed.
            for (const step of dismissals) {
              const label = String(step.intent?.detail?.label);
              expect(label).toMatch(
                /^(not now|maybe later|remind me later|no thanks|skip|continue as guest|reject all|necessary only|decline|got it|continue|close)$/i,
              );
            }
            // The app under it is no longer covered at the end.
            const device = env.world.state.devices.find(
              (d) => d.udid === String(played.task.privileged.udid),
            );
            const rt =
              platform === 'chromium'
                ? device?.tabs[device.activeTab]?.rt
                : device?.apps[String(played.task.privileged.appId)];
            expect(rt?.modal === app?.firstRun?.modal).toBe(false);
          }),
          { numRuns: 25 },
        );
        expect(prompted).toBeGreaterThan(0);
      });
    }
  }
});
