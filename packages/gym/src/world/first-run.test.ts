import type { JsonObject } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEnv, type GymEnv } from '../env.js';
import { parseComponentTree } from '../observe/component-tree.js';
import { parseDescribe } from '../observe/describe-parse.js';
import { frameCenter } from '../observe/geometry.js';
import { firstRunDismissLabels } from '../packs/archetypes/kit/first-run.js';
import type { AppSpec, Frame } from './model.js';
import { activeRuntime } from './runtime.js';

const env = createEnv();

/** Seeds of cold navigate-tap episodes whose app has a first-run prompt, by platform. */
function seedsWithPrompt(platform: 'ios' | 'android' | 'chromium', count: number): number[] {
  const seeds: number[] = [];
  for (let seed = 0; seeds.length < count && seed < 5000; seed += 1) {
    const { task } = env.reset({ seed, family: 'navigate-tap', injections: 'none' });
    const app = appOf(env);
    const rt = env.world.state.devices.flatMap((d) => Object.values(d.apps));
    if (task.platform === platform && app.firstRun && !rt.some((r) => r.launched)) seeds.push(seed);
  }
  return seeds;
}

const appOf = (e: GymEnv): AppSpec => e.world.apps[String(e.task.privileged.appId)] as AppSpec;
const udidOf = (e: GymEnv) => String(e.task.privileged.udid);
let n = 0;
const step = (name: string, args: JsonObject = {}) => {
  n += 1;
  return env.step({ id: `c${n}`, name, arguments: { udid: udidOf(env), ...args } }).result;
};
const open = () => {
  const app = appOf(env);
  if (app.web) step('open-url', { url: `${app.web.origin}/` });
  else step('launch-app', { bundleId: app.id });
};
const device = () => env.world.state.devices.find((d) => d.udid === udidOf(env));
const rt = () => {
  const d = device();
  return d ? activeRuntime(d) : null;
};
const describeNow = () => {
  const parsed = parseDescribe(step('describe').text);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.value;
};
const putOff = new Set(firstRunDismissLabels);
/** Answers a system permission dialog (allow), if one is up. */
const answerSystemDialog = () => {
  const view = describeNow();
  if (view.dialog === undefined) return;
  const allow = view.elements.find((e) => /allow|while using/i.test(e.label));
  if (allow) step('gesture-tap', frameCenter(allow.frame));
};
const promptButton = () =>
  describeNow().elements.find((e) => e.id !== undefined && putOff.has(e.label));

const mobile = seedsWithPrompt('ios', 6).concat(seedsWithPrompt('android', 6));
const web = seedsWithPrompt('chromium', 6);

describe('first-run prompts', () => {
  it('about three apps in four have one (less those with a carousel), in many layouts', () => {
    let withPrompt = 0;
    const frames = new Set<string>();
    const total = 300;
    for (let seed = 0; seed < total; seed += 1) {
      env.reset({ seed, family: 'navigate-tap', injections: 'none' });
      const app = appOf(env);
      if (!app.firstRun) continue;
      withPrompt += 1;
      const modal = app.modals.find((m) => m.id === app.firstRun?.modal);
      for (const el of modal?.elements ?? [])
        if (el.role === 'button') frames.add(JSON.stringify(el.frame));
    }
    expect(withPrompt / total).toBeGreaterThan(0.5);
    expect(withPrompt / total).toBeLessThan(0.8);
    // The style and the prompt's own draws place its buttons: hardly two alike.
    expect(frames.size).toBeGreaterThan(withPrompt * 1.4);
  });

  it('covers a cold first launch until put off, then stays answered across restarts', () => {
    expect(mobile.length).toBe(12);
    for (const seed of mobile) {
      env.reset({ seed, family: 'navigate-tap', injections: 'none' });
      const app = appOf(env);
      open();
      answerSystemDialog();
      const view = describeNow();
      // The sheet is listed (no id), then the prompt's own elements; nothing of the screen below.
      expect(view.elements[0]?.id).toBeUndefined();
      expect(view.elements[0]?.role).toMatch(/^(AXSheet|android\.widget\.FrameLayout)$/);
      const modal = app.modals.find((m) => m.id === app.firstRun?.modal);
      expect(view.elements.slice(1).map((e) => e.label)).toEqual(
        modal?.elements.map((e) => e.label),
      );
      const button = promptButton();
      expect(button).toBeDefined();
      step('gesture-tap', frameCenter(button?.frame as Frame));
      expect(rt()?.modal).toBeNull();
      expect(rt()?.prompted).toBe(true);
      expect(rt()?.screen).toBe(app.home);
      step('restart-app', { bundleId: app.id });
      answerSystemDialog();
      expect(rt()?.modal).toBeNull();
      expect(
        describeNow().elements.some((e) => e.id === undefined && e.role.includes('Sheet')),
      ).toBe(false);
    }
  });

  it('comes back after a reinstall, which wipes the answer', () => {
    for (const seed of mobile.slice(0, 4)) {
      env.reset({ seed, family: 'navigate-tap', injections: 'none' });
      const app = appOf(env);
      open();
      answerSystemDialog();
      const button = promptButton();
      step('gesture-tap', frameCenter(button?.frame as Frame));
      expect(rt()?.modal).toBeNull();
      step('reinstall-app', { bundleId: app.id, appPath: app.appPath });
      open();
      expect(rt()?.modal).toBe(app.firstRun?.modal);
    }
  });

  it('lets no tap through to the app while it is up', () => {
    const seed = mobile[0] as number;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, y) => {
          env.reset({ seed, family: 'navigate-tap', injections: 'none' });
          const app = appOf(env);
          open();
          answerSystemDialog();
          const before = JSON.stringify(rt());
          const modal = app.modals.find((m) => m.id === app.firstRun?.modal);
          const onButton = modal?.elements.some(
            (e) =>
              e.role === 'button' &&
              x >= e.frame.x &&
              x <= e.frame.x + e.frame.w &&
              y >= e.frame.y &&
              y <= e.frame.y + e.frame.h,
          );
          step('gesture-tap', { x, y });
          const after = rt();
          if (onButton) return after?.modal === null;
          // Off its buttons: nothing changed, the app underneath saw nothing.
          return JSON.stringify(after) === before;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('blocks scrolling and swipes under it, and shows in the component tree of a React Native app', () => {
    for (const seed of mobile) {
      env.reset({ seed, family: 'navigate-tap', injections: 'none' });
      const app = appOf(env);
      open();
      answerSystemDialog();
      const before = JSON.stringify(rt());
      step('gesture-swipe', { fromX: 0.5, fromY: 0.6, toX: 0.5, toY: 0.2 });
      expect(JSON.stringify(rt())).toBe(before);
      if (app.kind !== 'react-native') continue;
      step('debugger-connect', { port: app.runtime?.metroPort ?? 8081 });
      const tree = parseComponentTree(
        step('debugger-component-tree', { port: app.runtime?.metroPort ?? 8081 }).text,
      );
      if (!tree.success) continue;
      expect(tree.value.nodes.some((node) => node.name === 'Modal' && node.tap)).toBe(true);
    }
  });

  it('asks a site for cookie consent once: the answer is a cookie every tab sees', () => {
    expect(web.length).toBeGreaterThan(0);
    for (const seed of web) {
      env.reset({ seed, family: 'navigate-tap', injections: 'none' });
      const app = appOf(env);
      open();
      const view = describeNow();
      expect(view.elements[0]?.role).toBe('dialog');
      const button = promptButton();
      expect(button).toBeDefined();
      step('gesture-tap', frameCenter(button?.frame as Frame));
      expect(rt()?.modal).toBeNull();
      const cookie = app.firstRun?.cookie;
      expect(device()?.cookies.some((c) => c.name === cookie && c.value === 'dismiss')).toBe(true);
      step('chromium-tabs', { action: 'new', url: `${app.web?.origin}/` });
      expect(rt()?.modal).toBeNull();
    }
  });

  it('is not shown when the app starts warm, used before', () => {
    let warm = 0;
    for (let seed = 0; seed < 400 && warm < 8; seed += 1) {
      env.reset({ seed, family: 'navigate-tap', injections: 'none' });
      const app = appOf(env);
      const r = env.world.state.devices
        .flatMap((d) => Object.values(d.apps))
        .find((a) => a.app === app.id);
      if (!app.firstRun || !r?.launched) continue;
      warm += 1;
      open();
      expect(rt()?.modal).toBeNull();
    }
    expect(warm).toBeGreaterThan(0);
  });
});
