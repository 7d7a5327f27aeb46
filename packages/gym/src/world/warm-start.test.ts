import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEnv } from '../env.js';
import { clonePlain } from '../internal/clone.js';
import { createRng } from '../rng.js';
import { activeRuntime } from './runtime.js';
import { warmStart, warmStartChance } from './warm-start.js';

const env = createEnv();

/** The task app's runtime on the task's device right after reset. */
function atReset(seed: number, family: string, platform: 'ios' | 'android' | 'chromium') {
  const { task } = env.reset({ seed, family, platform, injections: 'none' });
  const world = env.world;
  const device = world.state.devices.find((d) => d.udid === task.privileged.udid);
  const appId = String(task.privileged.appId);
  const app = world.apps[appId];
  if (!device || !app) throw new Error(`seed ${seed}: no device or app`);
  return { task, world, device, app, rt: device.apps[appId] };
}

describe('warm starts', () => {
  it('leave about a third of a warm family’s mobile episodes resumable below home, with the stack back to home', () => {
    let warm = 0;
    const seeds = 300;
    for (let seed = 0; seed < seeds; seed += 1) {
      const platform = seed % 2 === 0 ? 'ios' : 'android';
      const { device, app, rt, world } = atReset(seed, 'navigate-tap', platform);
      if (!rt?.running) continue;
      warm += 1;
      expect(rt.screen).not.toBe(app.home);
      expect(rt.stack[0]).toBe(app.home);
      expect(device.foreground).not.toBe(app.id);
      // Resuming shows the warm screen, not home.
      const screen = rt.screen;
      const result = env.step({
        id: 'c1',
        name: 'launch-app',
        arguments: { udid: device.udid, bundleId: app.id },
      });
      expect(result.result.isError).toBe(false);
      expect(
        activeRuntime(world.state.devices.find((d) => d.udid === device.udid) ?? device)?.screen,
      ).toBe(screen);
    }
    expect(warm / seeds).toBeGreaterThan(warmStartChance - 0.12);
    expect(warm / seeds).toBeLessThan(warmStartChance + 0.12);
  });

  it('never apply to families that need a cold start, nor on Chromium', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), (seed) => {
        expect(
          atReset(seed, 'login', seed % 2 === 0 ? 'ios' : 'android').rt?.running ?? false,
        ).toBe(false);
        expect(atReset(seed, 'navigate-tap', 'chromium').rt).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });

  it('are taken back, leaving the world as it was, when the warm screen would already meet the goal', () => {
    for (let seed = 0; seed < 40; seed += 1) {
      const { world, device, app } = atReset(seed, 'login', 'ios');
      const index = world.state.devices.indexOf(device);
      const before = clonePlain(world.state);
      expect(warmStart(createRng(seed), world, index, app, () => true)).toBeUndefined();
      expect(world.state).toEqual(before);
      const screen = warmStart(createRng(seed), world, index, app, () => false);
      expect(screen).toBeDefined();
      expect(device.apps[app.id]?.screen).toBe(screen);
    }
  });
});
