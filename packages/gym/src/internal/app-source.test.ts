import { describe, expect, it } from 'vitest';
import { createEnv } from '../env.js';
import { login } from '../families/login.js';
import { defaultFamilies } from '../families/registry.js';
import { authPack, bankingPack, settingsPack } from '../packs/archetypes/index.js';
import { createRng } from '../rng.js';
import { createAppSource } from './app-source.js';
import { canHost } from './pack-probe.js';

describe('pack probes', () => {
  it('tell the packs that build a login form from those that never do', () => {
    const ios = { platform: 'ios', kind: 'native' } as const;
    expect(canHost(login, authPack, ios)).toBe(true);
    expect(canHost(login, bankingPack, ios)).toBe(true);
    expect(canHost(login, settingsPack, ios)).toBe(false);
  });

  it('give each family the same verdict asked alone or with company', () => {
    const android = { platform: 'android', kind: 'native' } as const;
    for (const pack of [authPack, settingsPack]) {
      // Copies are new WeakMap keys, so nothing is answered from an earlier probe.
      const together = { ...pack };
      const verdicts = defaultFamilies.map((f) => canHost(f, together, android, defaultFamilies));
      const alone = defaultFamilies.map((f) => canHost(f, { ...pack }, android));
      expect(verdicts).toEqual(alone);
      expect(verdicts).toContain(true);
      expect(verdicts).toContain(false);
    }
  });
});

describe('the app source', () => {
  it('draws only packs that can host the family', () => {
    const source = createAppSource([settingsPack, authPack]);
    for (let seed = 0; seed < 40; seed += 1) {
      const app = source(createRng(seed), login, { seed, platform: 'android' });
      expect(app.pack).toBe('auth');
    }
  });

  it('gives the same app for the same seed, from the memo the second time', () => {
    const source = createAppSource([authPack]);
    const first = source(createRng(7), login, { seed: 7 });
    const again = source(createRng(7), login, { seed: 7 });
    expect(again).toBe(first);
    const fresh = createAppSource([{ ...authPack }])(createRng(7), login, { seed: 7 });
    expect(fresh).toEqual(first);
  });

  it('with a pool, repeats at most `appPool` apps per pack request', () => {
    const env = createEnv({ packs: [authPack], appPool: 2 });
    const apps = new Set<string>();
    for (let seed = 0; seed < 60; seed += 1) {
      const { task } = env.reset({ seed, family: 'login', platform: 'ios', injections: 'none' });
      apps.add(`${task.app}|${String(task.privileged.appId)}`);
    }
    // Two app kinds (native, react-native) on iOS, two slots each.
    expect(apps.size).toBeLessThanOrEqual(4);
    expect(apps.size).toBeGreaterThan(1);
  });

  it('refuses a pool that is not a positive integer', () => {
    expect(() => createEnv({ appPool: 0 })).toThrow(/appPool/);
    expect(() => createEnv({ appPool: 1.5 })).toThrow(/appPool/);
  });
});
