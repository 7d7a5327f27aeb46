import { ForgeError } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { createEnv } from '../env.js';
import { createRng } from '../rng.js';
import { fixturePack } from '../testing/fixture-apps.js';
import { harness } from '../testing/harness.js';
import { planInjections } from './plan.js';

describe('failure injection', () => {
  it('tap-miss: the first tap does nothing, the retry works', () => {
    const h = harness({ platform: 'ios', injections: ['tap-miss'] });
    expect(h.tap('open-settings').injected).toBe('tap-miss');
    expect(h.elements().some((e) => e.id === 'notifications')).toBe(false);
    h.tap('open-settings');
    expect(h.elements().some((e) => e.id === 'notifications')).toBe(true);
  });

  it('discovery-fail: describe errors once, then works', () => {
    const h = harness({ platform: 'android', injections: ['discovery-fail'] });
    const first = h.dev('describe');
    expect(first.isError).toBe(true);
    expect(first.text).toContain('uiautomator');
    expect(h.dev('describe').isError).toBe(false);
  });

  it('debugger-drop: the connection drops and reconnecting recovers', () => {
    const h = harness({ platform: 'ios', kind: 'react-native', injections: ['debugger-drop'] });
    expect(h.dev('debugger-connect').isError).toBe(false);
    const dropped = h.dev('debugger-component-tree');
    expect(dropped.isError).toBe(true);
    expect(dropped.injected).toBe('debugger-drop');
    expect(JSON.parse(h.dev('debugger-status').text).connected).toBe(false);
    h.dev('debugger-connect');
    expect(h.dev('debugger-component-tree').text).toMatch(/^Screen: 1179x2556/);
  });

  it('boot-timeout: the task device starts shut down and the second boot works', () => {
    const h = harness({ platform: 'android', injections: ['boot-timeout'], launch: false });
    const avd = String(h.env.task.privileged.avd);
    expect(h.env.task.privileged.booted).toBe(false);
    expect(h.call('boot-device', { avdName: avd }).text).toContain('Timed out');
    expect(h.call('boot-device', { avdName: avd }).isError).toBe(false);
    expect(h.dev('launch-app', { bundleId: h.appId }).isError).toBe(false);
  });

  it('permission-dialog: a dialog blocks the app until a button is tapped', () => {
    const h = harness({ platform: 'ios', injections: ['permission-dialog'] });
    const text = h.dev('describe').text;
    expect(text).toContain('System dialog:');
    h.tap('Allow');
    expect(h.elements().some((e) => e.id === 'open-settings')).toBe(true);
  });

  it('keyboard-cover: the keyboard hides the submit button until closed', () => {
    const h = harness({ platform: 'android', family: 'login', injections: ['keyboard-cover'] });
    h.tap('open-login');
    expect(h.tap('username').injected).toBe('keyboard-cover');
    expect(h.elements().some((e) => e.id === 'submit')).toBe(false);
    h.dev('button', { button: 'back' });
    expect(h.elements().some((e) => e.id === 'submit')).toBe(true);
  });

  it('element-moved: content shifts after discovery, a fresh discovery finds it', () => {
    const h = harness({ platform: 'ios', injections: ['element-moved'] });
    const stale = h.elements().find((e) => e.id === 'open-catalog');
    const fresh = h.elements().find((e) => e.id === 'open-catalog');
    expect(stale && fresh && fresh.frame.y > stale.frame.y).toBe(true);
  });

  it('app-crash: taps report the app is not running until it is relaunched', () => {
    const h = harness({ platform: 'android', injections: ['app-crash'] });
    expect(h.tap('open-settings').injected).toBe('app-crash');
    const after = h.dev('gesture-tap', { x: 0.5, y: 0.5 });
    expect(after.isError).toBe(true);
    expect(after.text).toContain('not running');
    h.dev('launch-app', { bundleId: h.appId });
    expect(h.tap('open-settings').isError).toBe(false);
  });

  it('records the plan in reset info and seeds about a quarter of episodes', () => {
    const env = createEnv({ packs: [fixturePack] });
    expect(env.reset({ seed: 1, injections: ['tap-miss'] }).info.injections).toEqual(['tap-miss']);
    let count = 0;
    for (let seed = 0; seed < 2000; seed += 1) {
      if (
        planInjections(createRng(seed).fork('inject'), 'seeded', {
          platform: 'ios',
          kind: 'native',
          family: 'x',
        }).length > 0
      )
        count += 1;
    }
    expect(count / 2000).toBeGreaterThan(0.2);
    expect(count / 2000).toBeLessThan(0.3);
    expect(() =>
      planInjections(createRng(1), ['nope'], { platform: 'ios', kind: 'native', family: 'x' }),
    ).toThrow(ForgeError);
  });

  it('env.reset with an unknown injection kind throws a FORGE_USAGE ForgeError naming it and the valid kinds', () => {
    const env = createEnv({ packs: [fixturePack] });
    let thrown: unknown;
    try {
      env.reset({ seed: 1, injections: ['nope'] });
    } catch (e) {
      thrown = e;
    }
    expect(ForgeError.is(thrown)).toBe(true);
    const err = thrown as ForgeError;
    expect(err.code).toBe('FORGE_USAGE');
    expect(err.message).toContain('"nope"');
    expect(err.message).toContain('tap-miss');
    expect(err.message).toContain('debugger-drop');
  });
});
