import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEnv } from '../env.js';
import { injectionKinds } from '../inject/kinds.js';
import { fixturePack } from '../testing/fixture-apps.js';
import { solve } from '../testing/scripted-solver.js';
import { defaultFamilies } from './registry.js';

const env = createEnv({ packs: [fixturePack] });

// The fixture apps host the first five families; the others need archetype
// features (maps, onboarding, sliders…) and are tested on the built-in packs.
const fixtureFamilies = defaultFamilies.filter((f) =>
  ['navigate-tap', 'toggle', 'scroll-find', 'login', 'deep-link'].includes(f.id),
);

describe('task families', () => {
  for (const family of fixtureFamilies) {
    for (const platform of family.platforms) {
      it(`${family.id} on ${platform}: false before, solvable from parsed observations, true after`, () => {
        fc.assert(
          fc.property(fc.nat({ max: 100_000 }), (seed) => {
            const { task } = env.reset({ seed, family: family.id, platform, injections: 'none' });
            expect(task.family).toBe(family.id);
            expect(task.params.platform).toBe(platform);
            expect(env.isSuccess()).toBe(false);
            solve(env);
            expect(env.isSuccess()).toBe(true);
          }),
          { numRuns: 15 },
        );
      });
    }
  }

  it('stays solvable under every injection kind', () => {
    for (const kind of injectionKinds) {
      for (const family of ['navigate-tap', 'login'] as const) {
        const platform = kind === 'debugger-drop' ? 'ios' : 'android';
        env.reset({ seed: 11, family, platform, injections: [kind] });
        solve(env);
        expect(env.isSuccess(), `${family} with ${kind}`).toBe(true);
      }
    }
  });

  it("hide-and-seek names no label of the app's first-run prompt (seeds generate drew it on)", () => {
    // Both banking apps put off their "What's new" sheet with "Continue", the
    // login button's label too: "find Continue and tap it" had two answers.
    const builtIn = createEnv();
    for (const seed of [430741, 450354]) {
      const { task } = builtIn.reset({ seed, injections: 'seeded' });
      expect(task.family).toBe('hide-and-seek');
      const app = builtIn.world.apps[String(task.privileged.appId)];
      const prompt = app?.modals.find((m) => m.id === app.firstRun?.modal);
      expect(prompt).toBeDefined();
      expect(prompt?.elements.map((e) => e.label)).not.toContain(task.params.target);
    }
  });

  it('uses the params named in docs/families.md', () => {
    const expected: Record<string, string[]> = {
      'navigate-tap': ['target', 'screen'],
      toggle: ['setting', 'state', 'screen'],
      'scroll-find': ['item', 'screen'],
      login: ['username', 'password'],
      'deep-link': ['url', 'screen'],
    };
    // toggle may name a second switch on the same screen: `setting2?`, `state2?`.
    const optional: Record<string, string[]> = { toggle: ['setting2', 'state2'] };
    for (const [id, keys] of Object.entries(expected)) {
      for (const seed of [5, 6, 7, 8, 9, 10]) {
        const { task } = env.reset({ seed, family: id, injections: 'none' });
        const extra = optional[id] ?? [];
        const got = Object.keys(task.params).sort();
        const base = ['app', 'platform', ...keys].sort();
        const full = [...base, ...extra].sort();
        expect([JSON.stringify(base), JSON.stringify(full)]).toContain(JSON.stringify(got));
      }
    }
  });
});
