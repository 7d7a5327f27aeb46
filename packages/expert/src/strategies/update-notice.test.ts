import { createEnv } from '@forge/gym';
import { describe, expect, it } from 'vitest';
import { createExpert } from '../expert.js';
import { playEpisode } from '../run/play-episode.js';

const env = createEnv();
const expert = createExpert();
const seeds = Array.from({ length: 160 }, (_, i) => i);
const played = seeds.map((seed) =>
  playEpisode(env, expert, { seed, family: 'update-notice', injections: 'none' }),
);
const calls = (p: (typeof played)[number]) =>
  p.draft.steps.flatMap((s) => s.calls.map((c) => `${c.name}${JSON.stringify(c.arguments)}`));

describe('update-notice', () => {
  it('succeeds, and releases the named device by the udid list-devices gave it', () => {
    let releases = 0;
    for (const p of played) {
      expect(p.draft.success, p.task.id).toBe(true);
      const name = p.task.params.release;
      if (typeof name !== 'string') continue;
      releases += 1;
      const listed = p.draft.steps[0]?.results[0]?.text ?? '';
      const stop = p.draft.steps
        .flatMap((s) => s.calls)
        .find((c) => c.name === 'stop-simulator-server');
      expect(stop, p.task.id).toBeDefined();
      const udid = String(stop?.arguments.udid);
      // The udid is one list-devices printed for that name, not one the task knew.
      expect(listed).toContain(udid);
      expect(listed).toContain(name);
    }
    expect(releases).toBeGreaterThan(seeds.length / 4);
  });

  // Before a device could be named, the install calls took no argument and
  // the snooze one of five values: 160 episodes made 6 call sequences, and a
  // 10,000 run kept a single update-argent record after near-duplicates.
  it('makes many distinct call sequences, so near-duplicate removal keeps the tool taught', () => {
    const distinct = new Set(played.map((p) => calls(p).join(' ')));
    expect(distinct.size).toBeGreaterThan(40);
    const installs = new Set(
      played.filter((p) => p.task.params.hours === undefined).map((p) => calls(p).join(' ')),
    );
    expect(installs.size).toBeGreaterThan(15);
  });
});
