import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEnv } from '../env.js';
import { fixturePack } from '../testing/fixture-apps.js';
import { tapAt } from '../world/interact.js';
import { hitTest, viewOf } from '../world/view.js';
import { parseComponentTree } from './component-tree.js';
import { formatDescribe } from './describe-format.js';
import { parseDescribe } from './describe-parse.js';
import { formatDeviceList, parseDeviceList } from './device-list.js';
import { elementAt, frameCenter } from './geometry.js';
import { parseNativeDescribe } from './native-describe.js';
import { platformRole } from './roles.js';

const screens = ['home', 'settings', 'login', 'catalog', 'profile', 'item-3', 'privacy'];
const arb = fc.record({
  seed: fc.nat(),
  platform: fc.constantFrom('ios' as const, 'android' as const, 'chromium' as const),
  screen: fc.constantFrom(...screens),
  scroll: fc.double({ min: 0, max: 1, noNaN: true }),
});

function episode(
  seed: number,
  platform: 'ios' | 'android' | 'chromium',
  screen: string,
  scroll: number,
) {
  const env = createEnv({ packs: [fixturePack] });
  const { task } = env.reset({ seed, platform, family: 'navigate-tap', injections: 'none' });
  const udid = String(task.privileged.udid);
  const appId = String(task.privileged.appId);
  if (platform === 'chromium')
    env.step({
      id: '1',
      name: 'open-url',
      arguments: { udid, url: `https://${appId}/${screen === 'home' ? '' : screen}` },
    });
  else env.step({ id: '1', name: 'launch-app', arguments: { udid, bundleId: appId } });
  const device = env.world.state.devices.find((d) => d.udid === udid);
  const rt =
    device?.platform === 'chromium' ? device.tabs[device.activeTab]?.rt : device?.apps[appId];
  if (!device || !rt) throw new Error('no runtime');
  rt.screen = screen;
  rt.scroll = screen === 'catalog' ? scroll * 0.5 : 0;
  return { env, device, rt };
}

describe('describe', () => {
  it('round-trips: parse(format(view)) gives back every node', () => {
    fc.assert(
      fc.property(arb, ({ seed, platform, screen, scroll }) => {
        const { env, device } = episode(seed, platform, screen, scroll);
        const view = viewOf(env.world, device);
        const parsed = parseDescribe(formatDescribe(view, platform));
        expect(parsed.success).toBe(true);
        if (!parsed.success) return;
        expect(parsed.value.platform).toBe(platform);
        expect(parsed.value.elements.map((e) => [e.role, e.label, e.id])).toEqual(
          view.nodes.map((n) => [platformRole(n.role, platform), n.label, n.el ? n.id : undefined]),
        );
        parsed.value.elements.forEach((e, i) => {
          const f = view.nodes[i]?.frame;
          expect(Math.abs(e.frame.y - (f?.y ?? 0))).toBeLessThanOrEqual(0.0005);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('a tap at the centre of a parsed frame hits that element, on the device and in elementAt', () => {
    fc.assert(
      fc.property(arb, ({ seed, platform, screen, scroll }) => {
        const { env, device } = episode(seed, platform, screen, scroll);
        const view = viewOf(env.world, device);
        const parsed = parseDescribe(formatDescribe(view, platform));
        if (!parsed.success) throw new Error('unparsable');
        parsed.value.elements.forEach((e, i) => {
          if (e.flags.includes('scrollable')) return;
          const c = frameCenter(e.frame);
          expect(hitTest(view, c.x, c.y)?.id).toBe(view.nodes[i]?.id);
          expect(elementAt(parsed.value.elements, c.x, c.y)).toBe(e);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('shows a permission dialog instead of the screen, and escapes quotes in labels', () => {
    const { env, device, rt } = episode(1, 'ios', 'home', 0);
    rt.dialog = { permission: 'camera' };
    const parsed = parseDescribe(formatDescribe(viewOf(env.world, device), 'ios'));
    expect(parsed.success && parsed.value.dialog).toContain('Would Like to Access the Camera');
    const labels = parsed.success ? parsed.value.elements.map((e) => e.label) : [];
    expect(labels.slice(1)).toEqual(['Don’t Allow', 'Allow']);
    expect(labels[0]).toMatch(/camera/i);
    const allow = parsed.success ? parsed.value.elements[2] : undefined;
    if (!allow) throw new Error('no Allow button');
    const c = frameCenter(allow.frame);
    tapAt(env.world, device, c.x, c.y, { fire: () => false });
    expect(rt.dialog).toBe(null);
    const weird = formatDescribe(
      {
        kind: 'app',
        nodes: [
          {
            id: 'q',
            role: 'text',
            label: 'say "hi" \\ now',
            value: undefined,
            frame: { x: 0, y: 0, w: 1, h: 0.1 },
            depth: 1,
            flags: [],
            el: null,
            hittable: true,
            component: undefined,
          },
        ],
        app: null,
        screen: null,
        title: '',
        dialog: null,
      },
      'android',
    );
    const back = parseDescribe(weird);
    expect(back.success && back.value.elements[0]?.label).toBe('say "hi" \\ now');
    expect(parseDescribe('hello').success).toBe(false);
  });

  it('marks rows below the fold with scrollHidden on the scroll container', () => {
    const { env, device } = episode(3, 'android', 'catalog', 0);
    const parsed = parseDescribe(formatDescribe(viewOf(env.world, device), 'android'));
    const container = parsed.success
      ? parsed.value.elements.find((e) => e.flags.includes('scrollable'))
      : undefined;
    expect(container?.scrollHidden).toBeGreaterThan(0);
  });
});

describe('other parsers', () => {
  it('parse the component tree, native describe and device list the tools print', () => {
    const env = createEnv({
      packs: [{ ...fixturePack, supports: [{ platform: 'ios', kind: 'native' }] }],
    });
    for (const seed of [1, 2, 3, 4, 5]) {
      const { task } = env.reset({
        seed,
        platform: 'ios',
        family: 'navigate-tap',
        injections: 'none',
      });
      const list = parseDeviceList(formatDeviceList(env.world.state));
      expect(list.success && list.value.devices.length + list.value.avds.length).toBe(
        env.world.state.devices.length,
      );
      const udid = String(task.privileged.udid);
      const bundleId = String(task.privileged.appId);
      env.step({ id: '1', name: 'launch-app', arguments: { udid, bundleId } });
      const native = env.step({
        id: '2',
        name: 'native-describe-screen',
        arguments: { udid, bundleId },
      }).result.text;
      const leaves = parseNativeDescribe(native);
      expect(leaves.success && leaves.value.leaves.find((l) => l.label === 'Catalog')?.tap).toEqual(
        { x: 196.5, y: 315.2 },
      );
    }
    const rn = createEnv({
      packs: [{ ...fixturePack, supports: [{ platform: 'android', kind: 'react-native' }] }],
    });
    const { task } = rn.reset({ seed: 9, family: 'navigate-tap', injections: 'none' });
    const udid = String(task.privileged.udid);
    rn.step({
      id: '1',
      name: 'launch-app',
      arguments: { udid, bundleId: String(task.privileged.appId) },
    });
    rn.step({
      id: '2',
      name: 'debugger-connect',
      arguments: {
        device_id: udid,
        port: rn.world.apps[String(task.privileged.appId)]?.runtime?.metroPort ?? 8081,
      },
    });
    const tree = parseComponentTree(
      rn.step({
        id: '3',
        name: 'debugger-component-tree',
        arguments: {
          device_id: udid,
          port: rn.world.apps[String(task.privileged.appId)]?.runtime?.metroPort ?? 8081,
        },
      }).result.text,
    );
    expect(tree.success && tree.value.width).toBe(1080);
    expect(tree.success && tree.value.nodes.find((n) => n.testID === 'open-catalog')?.tap).toEqual({
      x: 0.5,
      y: 0.37,
    });
    expect(parseComponentTree('nope').success).toBe(false);
  });
});
