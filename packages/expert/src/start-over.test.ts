/**
 * `relaunch` is the intent for an app that went away (a crash leaves the
 * launcher on screen, and launch-app or open-url brings the app back);
 * restarting on purpose, because the search found nothing on the way, is
 * `start-over`. Both used to be `relaunch`, and the narration said
 * "Relaunching the app after the crash." before 39 of 3,000 restarts where
 * nothing had crashed.
 */
import { createEnv } from '@forge/gym';
import { describe, expect, it } from 'vitest';
import { createExpert } from './expert.js';
import { playEpisode } from './run/play-episode.js';

const env = createEnv();

function intentsOfRestarts(seed: number, family: string): { kind: string; name: string }[] {
  const played = playEpisode(env, createExpert(), { seed, family, injections: [] });
  return played.draft.steps.flatMap((step) => {
    const kind = step.intent?.kind ?? '';
    return step.calls
      .filter((call) => call.name === 'restart-app' || kind === 'relaunch' || kind === 'start-over')
      .map((call) => ({ kind, name: call.name }));
  });
}

describe('a deliberate restart is not narrated as a crash', () => {
  it('with no failure injected, nothing is a relaunch and every restart-app starts over', () => {
    let restarts = 0;
    for (const family of ['batch-sequence', 'scroll-find', 'drag-gesture', 'navigate-tap'])
      for (let seed = 0; seed < 150; seed += 1)
        for (const r of intentsOfRestarts(seed, family)) {
          expect(r.kind, `${family} seed ${seed}: ${r.name}`).not.toBe('relaunch');
          if (r.name === 'restart-app') restarts += 1;
        }
    expect(restarts).toBeGreaterThan(0);
  });
});
