import { defaultCatalog, type JsonObject, type Platform, type ToolResult } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { parseComponentTree } from '../observe/component-tree.js';
import { parseDescribe } from '../observe/describe-parse.js';
import { parseDeviceList } from '../observe/device-list.js';
import { parseNativeDescribe } from '../observe/native-describe.js';
import { type Harness, harness } from '../testing/harness.js';
import { defaultToolHandlers } from './index.js';

type Kind = 'native' | 'react-native' | 'web';
interface Case {
  readonly tool: string;
  readonly on: readonly [Platform, Kind];
  readonly setup?: (h: Harness) => void;
  readonly args?: (h: Harness) => JsonObject;
  readonly ok: (r: ToolResult, h: Harness) => void;
  /** A call of this tool that must fail, and a fragment of its message. */
  readonly bad: readonly [readonly [Platform, Kind], (h: Harness) => JsonObject, string];
}

const ios = ['ios', 'native'] as const;
const android = ['android', 'native'] as const;
const web = ['chromium', 'web'] as const;
const rn = ['ios', 'react-native'] as const;
const J = (r: ToolResult) => JSON.parse(r.text) as Record<string, unknown>;
/** The top-level JSON keys of a result, sorted: the observation's shape. */
const keys = (r: ToolResult) => Object.keys(J(r)).sort();
const connect = (h: Harness) => h.dev('debugger-connect');
const profile = (h: Harness) => {
  connect(h);
  h.dev('react-profiler-start');
  h.tap('open-catalog');
  h.dev('react-profiler-stop');
  h.dev('native-profiler-start');
  h.dev('native-profiler-stop');
};
const project = (h: Harness) => `/Users/dev/${h.appId.split('.').pop()}`;
const flow = (h: Harness) => {
  h.call('flow-start-recording', {
    name: 'open',
    project_root: '/p',
    executionPrerequisite: 'app on Home',
  });
  h.call('flow-add-step', {
    command: 'gesture-tap',
    args: JSON.stringify({ udid: h.udid, x: 0.5, y: 0.19 }),
  });
  h.call('flow-add-echo', { message: 'opened' });
};
const udidOnly = (h: Harness) => ({ udid: h.udid });
const js = (h: Harness) => ({ device_id: h.udid });

const cases: Case[] = [
  {
    tool: 'list-devices',
    on: ios,
    ok: (r) => expect(parseDeviceList(r.text).success).toBe(true),
    bad: [ios, () => ({ extra: 1 }), 'is not a parameter'],
  },
  {
    tool: 'boot-device',
    on: android,
    args: (h) => ({ udid: h.udid }),
    ok: (r) => expect(J(r).alreadyBooted).toBe(true),
    bad: [android, () => ({ avdName: 'Nope' }), 'No Android virtual device'],
  },
  {
    tool: 'launch-app',
    on: ios,
    args: (h) => ({ bundleId: h.appId }),
    ok: (r, h) => expect(J(r)).toEqual({ launched: true, bundleId: h.appId }),
    bad: [ios, () => ({ bundleId: 'com.none' }), 'not installed'],
  },
  {
    tool: 'restart-app',
    on: android,
    args: (h) => ({ bundleId: h.appId }),
    ok: (r) => expect(J(r).restarted).toBe(true),
    bad: [web, () => ({ bundleId: 'x' }), 'not supported on Chromium'],
  },
  {
    tool: 'reinstall-app',
    on: ios,
    args: (h) => ({ bundleId: h.appId, appPath: String(h.env.world.apps[h.appId]?.appPath) }),
    ok: (r) => expect(J(r).dataWiped).toBe(true),
    bad: [ios, (h) => ({ bundleId: h.appId, appPath: '/x' }), 'No app build'],
  },
  {
    tool: 'open-url',
    on: web,
    args: (h) => ({ url: `https://${h.appId}/settings` }),
    ok: (r) => expect(J(r).opened).toBe(true),
    bad: [ios, () => ({ url: 'nope://x' }), 'No installed app'],
  },
  {
    tool: 'button',
    on: android,
    args: () => ({ button: 'home' }),
    ok: (r) => expect(J(r)).toEqual({ pressed: 'home' }),
    bad: [ios, () => ({ button: 'back' }), 'does not exist on iOS'],
  },
  {
    tool: 'rotate',
    on: ios,
    args: () => ({ orientation: 'LandscapeLeft' }),
    ok: (r) => expect(J(r).orientation).toBe('LandscapeLeft'),
    bad: [web, () => ({ orientation: 'Portrait' }), 'not supported'],
  },
  {
    tool: 'screenshot',
    on: ios,
    args: () => ({ scale: 1, includeImageInContext: false }),
    ok: (r) => expect(J(r)).toMatchObject({ width: 1179, height: 2556, imageInContext: false }),
    bad: [ios, () => ({ scale: 2 }), 'Invalid arguments'],
  },
  {
    tool: 'screenshot-diff',
    on: ios,
    setup: (h) => {
      h.dev('screenshot', { scale: 1 });
      h.tap('open-settings');
    },
    args: () => ({ baselinePath: '/tmp/argent/screenshots/' }),
    ok: (r) => {
      expect(keys(r)).toEqual([
        'baselinePath',
        'changedPixelsPercent',
        'currentPath',
        'diffPath',
        'identical',
      ]);
      expect(J(r)).toMatchObject({
        baselinePath: expect.stringMatching(/^\/tmp\/argent\/screenshots\/.*-001\.png$/),
        currentPath: expect.stringMatching(/-002\.png$/),
        diffPath: '/tmp/argent/diffs/diff-001.png',
        identical: false,
      });
    },
    bad: [ios, () => ({ baselinePath: '/missing.png' }), 'not found'],
  },
  {
    tool: 'describe',
    on: android,
    ok: (r) => expect(parseDescribe(r.text).success).toBe(true),
    bad: [ios, () => ({ bundleId: 'com.other' }), 'not in the foreground'],
  },
  {
    tool: 'gesture-tap',
    on: ios,
    args: () => ({ x: 0.5, y: 0.19 }),
    ok: (r) => expect(J(r)).toMatchObject({ tapped: true }),
    bad: [ios, () => ({ x: 2, y: 0 }), 'Invalid arguments'],
  },
  {
    tool: 'gesture-swipe',
    on: android,
    setup: (h) => h.tap('open-catalog'),
    args: () => ({ fromX: 0.5, fromY: 0.8, toX: 0.5, toY: 0.3 }),
    ok: (r, h) => {
      expect(J(r)).toEqual({
        swiped: true,
        from: { x: 0.5, y: 0.8 },
        to: { x: 0.5, y: 0.3 },
        durationMs: 300,
      });
      expect(keys(r)).toEqual(['durationMs', 'from', 'swiped', 'to']);
      expect(h.elements().some((e) => e.label === 'Nectar')).toBe(true);
    },
    bad: [web, () => ({ fromX: 0, fromY: 0, toX: 1, toY: 1 }), 'gesture-scroll'],
  },
  {
    tool: 'gesture-scroll',
    on: web,
    setup: (h) => h.tap('open-catalog'),
    args: () => ({ x: 0.5, y: 0.5, deltaY: 0.6 }),
    ok: (r, h) => {
      expect(J(r)).toEqual({ scrolled: true, deltaX: 0, deltaY: 0.6 });
      expect(keys(r)).toEqual(['deltaX', 'deltaY', 'scrolled']);
      expect(h.elements().some((e) => e.label === 'Nectar')).toBe(true);
    },
    bad: [ios, () => ({ x: 0.5, y: 0.5 }), 'gesture-swipe'],
  },
  {
    tool: 'gesture-drag',
    on: web,
    args: () => ({ fromX: 0.1, fromY: 0.1, toX: 0.2, toY: 0.2 }),
    ok: (r) => expect(J(r).dragged).toBe(true),
    bad: [android, () => ({ fromX: 0, fromY: 0, toX: 1, toY: 1 }), 'gesture-custom'],
  },
  {
    tool: 'gesture-custom',
    on: ios,
    setup: (h) => h.tap('open-profile'),
    args: () => ({
      events: [
        { type: 'Down', x: 0.5, y: 0.22 },
        { type: 'Up', x: 0.5, y: 0.22, delayMs: 800 },
      ],
    }),
    ok: (r, h) => {
      expect(J(r).gesture).toBe('long-press');
      expect(h.elements().some((e) => e.id === 'avatar-remove')).toBe(true);
    },
    bad: [ios, () => ({ events: [{ type: 'Up', x: 0, y: 0 }] }), 'start with a Down'],
  },
  {
    tool: 'gesture-pinch',
    on: android,
    setup: (h) => h.tap('open-profile'),
    args: () => ({ centerX: 0.5, centerY: 0.5, startDistance: 0.1, endDistance: 0.3 }),
    ok: (r, h) => {
      expect(J(r).scale).toBe(3);
      expect(
        h.env.world.state.devices.find((d) => d.udid === h.udid)?.apps[h.appId]?.zoom.profile,
      ).toBeCloseTo(3);
    },
    bad: [
      android,
      () => ({ centerX: 0.5, centerY: 0.5, startDistance: 0, endDistance: 0.3 }),
      'greater than 0',
    ],
  },
  {
    tool: 'gesture-rotate',
    on: ios,
    setup: (h) => h.tap('open-profile'),
    args: () => ({ centerX: 0.5, centerY: 0.5, radius: 0.2, startAngle: 0, endAngle: 90 }),
    ok: (r) => expect(J(r).degrees).toBe(90),
    bad: [
      android,
      () => ({ centerX: 0.5, centerY: 0.5, radius: 0.2, startAngle: 0, endAngle: 90 }),
      'iOS simulators',
    ],
  },
  {
    tool: 'keyboard',
    on: ios,
    setup: (h) => {
      h.tap('open-login');
      h.tap('username');
    },
    args: () => ({ text: 'ada' }),
    ok: (r, h) => {
      expect(J(r)).toEqual({ typed: 'ada', keys: 3 });
      expect(h.elements().find((e) => e.id === 'username')?.value).toBe('ada');
    },
    bad: [ios, () => ({ key: 'F13' }), 'Unknown key'],
  },
  {
    tool: 'run-sequence',
    on: android,
    args: () => ({
      steps: [
        { tool: 'gesture-tap', args: { x: 0.5, y: 0.19 } },
        { tool: 'button', args: { button: 'back' } },
      ],
    }),
    ok: (r) => expect(J(r)).toMatchObject({ completed: 2, total: 2 }),
    bad: [
      android,
      (h) => ({ steps: [{ tool: 'gesture-tap', args: { udid: h.udid, x: 0.5, y: 0.5 } }] }),
      'udid must not be set',
    ],
  },
  {
    tool: 'chromium-tabs',
    on: web,
    args: () => ({ action: 'new', url: 'about:blank' }),
    ok: (r) => expect((J(r).tabs as unknown[]).length).toBeGreaterThan(1),
    bad: [web, () => ({ action: 'select', tab: 99 }), 'No tab at index'],
  },
  {
    tool: 'chromium-cookies',
    on: web,
    args: () => ({ action: 'get' }),
    ok: (r) => expect(J(r).cookies).toEqual([expect.objectContaining({ name: 'session' })]),
    bad: [web, () => ({ action: 'set', name: 'a' }), 'needs "value"'],
  },
  {
    tool: 'chromium-storage',
    on: web,
    args: () => ({ store: 'local', action: 'get', key: 'theme' }),
    ok: (r) => expect(J(r).value).toBe('light'),
    bad: [web, () => ({ store: 'local', action: 'set' }), 'needs "key"'],
  },
  {
    tool: 'debugger-connect',
    on: rn,
    args: js,
    ok: (r) => expect(J(r).connected).toBe(true),
    bad: [ios, js, 'No React Native JS runtime'],
  },
  {
    tool: 'debugger-status',
    on: rn,
    args: js,
    ok: (r) => expect(J(r).connected).toBe(false),
    bad: [rn, (h) => ({ device_id: h.udid, port: 9999 }), 'connection refused'],
  },
  {
    tool: 'debugger-reload-metro',
    on: rn,
    setup: (h) => h.tap('open-settings'),
    args: js,
    ok: (r, h) => {
      expect(J(r).reloaded).toBe(true);
      expect(h.elements().some((e) => e.id === 'open-settings')).toBe(true);
    },
    bad: [web, js, 'not supported'],
  },
  {
    tool: 'debugger-evaluate',
    on: rn,
    setup: connect,
    args: (h) => ({ ...js(h), expression: 'Platform.OS' }),
    ok: (r) => expect(J(r).result).toBe('ios'),
    bad: [
      rn,
      (h) => {
        connect(h);
        return { ...js(h), expression: 'foo.bar' };
      },
      'ReferenceError',
    ],
  },
  {
    tool: 'debugger-component-tree',
    on: rn,
    setup: connect,
    args: js,
    ok: (r) => expect(parseComponentTree(r.text).success).toBe(true),
    bad: [rn, js, 'Call debugger-connect first'],
  },
  {
    tool: 'debugger-inspect-element',
    on: rn,
    setup: connect,
    args: (h) => ({ ...js(h), x: 0.5, y: 0.19 }),
    ok: (r) => expect(r.text).toContain('Component stack:'),
    bad: [rn, (h) => ({ ...js(h), x: 0.5, y: 0.5 }), 'debugger-connect'],
  },
  {
    tool: 'debugger-log-registry',
    on: rn,
    setup: (h) => {
      connect(h);
      h.tap('open-profile');
    },
    args: js,
    ok: (r) => expect(r.text).toContain('[error] Failed to load avatar'),
    bad: [android, js, 'No React Native'],
  },
  {
    tool: 'view-network-logs',
    on: rn,
    setup: connect,
    args: js,
    ok: (r) => expect(r.text).toMatch(/r-feed\s+GET/),
    bad: [
      rn,
      (h) => {
        connect(h);
        return { ...js(h), pageIndex: 5 };
      },
      'does not exist',
    ],
  },
  {
    tool: 'view-network-request-details',
    on: rn,
    setup: connect,
    args: (h) => ({ ...js(h), requestId: 'r-feed', includeBody: true }),
    ok: (r) => expect(J(r)).toMatchObject({ status: 200, method: 'GET' }),
    bad: [
      rn,
      (h) => {
        connect(h);
        return { ...js(h), requestId: 'r-zzz' };
      },
      'not found',
    ],
  },
  {
    tool: 'native-devtools-status',
    on: ios,
    args: (h) => ({ bundleId: h.appId }),
    ok: (r) => expect(J(r).connected).toBe(true),
    bad: [rn, (h) => ({ bundleId: h.appId }), 'native UIKit apps only'],
  },
  {
    tool: 'native-network-logs',
    on: ios,
    args: (h) => ({ bundleId: h.appId }),
    ok: (r) => expect(J(r).count).toBe(1),
    bad: [android, (h) => ({ bundleId: h.appId }), 'not supported'],
  },
  {
    tool: 'native-find-views',
    on: ios,
    args: (h) => ({ bundleId: h.appId, className: 'UIButton' }),
    ok: (r) => expect(J(r).count).toBe(4),
    bad: [ios, () => ({ bundleId: 'com.none' }), 'not installed'],
  },
  {
    tool: 'native-full-hierarchy',
    on: ios,
    args: (h) => ({ bundleId: h.appId }),
    ok: (r) => expect(r.text).toMatch(/^UIWindow[\s\S]*UIButton "Catalog"/),
    bad: [web, () => ({ bundleId: 'x' }), 'not supported'],
  },
  {
    tool: 'native-describe-screen',
    on: ios,
    args: (h) => ({ bundleId: h.appId }),
    ok: (r) => expect(parseNativeDescribe(r.text).success).toBe(true),
    bad: [
      ios,
      (h) => {
        h.dev('button', { button: 'home' });
        return { bundleId: h.appId };
      },
      'not running',
    ],
  },
  {
    tool: 'native-view-at-point',
    on: ios,
    args: (h) => ({ bundleId: h.appId, x: 196, y: 74 }),
    ok: (r) => expect(J(r).view).toMatchObject({ className: 'UILabel', label: 'Home' }),
    bad: [ios, (h) => ({ bundleId: h.appId, x: 9999, y: 1 }), 'outside'],
  },
  {
    tool: 'native-user-interactable-view-at-point',
    on: ios,
    args: (h) => ({ bundleId: h.appId, x: 196, y: 74 }),
    ok: (r) => expect(J(r).view).toMatchObject({ className: 'UIWindow' }),
    bad: [rn, (h) => ({ bundleId: h.appId, x: 1, y: 1 }), 'native UIKit'],
  },
  {
    tool: 'react-profiler-start',
    on: rn,
    setup: connect,
    args: js,
    ok: (r) => expect(J(r).recording).toBe(true),
    bad: [
      rn,
      (h) => {
        connect(h);
        h.dev('react-profiler-start');
        return js(h);
      },
      'already recording',
    ],
  },
  {
    tool: 'react-profiler-stop',
    on: rn,
    setup: (h) => {
      connect(h);
      h.dev('react-profiler-start');
    },
    args: js,
    ok: (r) => expect(J(r).stopped).toBe(true),
    bad: [
      rn,
      (h) => {
        connect(h);
        return js(h);
      },
      'No React profiling session',
    ],
  },
  {
    tool: 'react-profiler-status',
    on: rn,
    setup: connect,
    args: js,
    ok: (r) => expect(J(r).status).toBe('idle'),
    bad: [android, js, 'No React Native'],
  },
  {
    tool: 'react-profiler-analyze',
    on: rn,
    setup: profile,
    args: (h) => ({ ...js(h), project_root: project(h) }),
    ok: (r) => expect(r.text).toContain('CatalogRow'),
    bad: [
      rn,
      (h) => {
        profile(h);
        return { ...js(h), project_root: '/nope' };
      },
      'No React Native project',
    ],
  },
  {
    tool: 'react-profiler-component-source',
    on: rn,
    args: (h) => ({ component_name: 'CatalogRow', project_root: project(h) }),
    ok: (r) => expect(J(r).file).toContain('CatalogRow.tsx'),
    bad: [rn, (h) => ({ component_name: 'Nope', project_root: project(h) }), 'not found'],
  },
  {
    tool: 'react-profiler-cpu-summary',
    on: rn,
    setup: profile,
    args: js,
    ok: (r) => expect(r.text).toContain('formatPrice'),
    bad: [
      rn,
      (h) => {
        connect(h);
        return js(h);
      },
      'No React profiling data',
    ],
  },
  {
    tool: 'react-profiler-renders',
    on: rn,
    setup: profile,
    args: js,
    ok: (r) => expect(J(r).renders).toEqual([{ component: 'CatalogRow', count: 42, totalMs: 84 }]),
    bad: [
      rn,
      (h) => {
        connect(h);
        return js(h);
      },
      'No React profiling data',
    ],
  },
  {
    tool: 'react-profiler-fiber-tree',
    on: rn,
    setup: profile,
    args: js,
    ok: (r) => expect(J(r).root).toMatchObject({ name: 'App' }),
    bad: [
      rn,
      (h) => {
        connect(h);
        return js(h);
      },
      'No React profiling data',
    ],
  },
  {
    tool: 'native-profiler-start',
    on: android,
    args: js,
    ok: (r) => expect(J(r).tool).toBe('perfetto'),
    bad: [web, js, 'not supported'],
  },
  {
    tool: 'native-profiler-stop',
    on: ios,
    setup: (h) => h.dev('native-profiler-start'),
    args: js,
    ok: (r) => expect(J(r).tracePath).toMatch(/\.trace$/),
    bad: [ios, js, 'No native trace'],
  },
  {
    tool: 'native-profiler-analyze',
    on: rn,
    setup: profile,
    args: js,
    ok: (r) => expect(r.text).toContain('# Native trace report'),
    bad: [ios, js, 'No native trace'],
  },
  {
    tool: 'profiler-cpu-query',
    on: rn,
    setup: profile,
    args: (h) => ({ ...js(h), mode: 'top_functions' }),
    ok: (r) => expect(J(r).results).toHaveLength(1),
    bad: [rn, (h) => ({ ...js(h), mode: 'nope' }), 'Invalid arguments'],
  },
  {
    tool: 'profiler-commit-query',
    on: rn,
    setup: profile,
    args: (h) => ({ ...js(h), mode: 'by_index' }),
    ok: (r) => expect(J(r).commits).toHaveLength(2),
    bad: [
      rn,
      (h) => {
        connect(h);
        return { ...js(h), mode: 'by_index' };
      },
      'No React profiling data',
    ],
  },
  {
    tool: 'profiler-stack-query',
    on: rn,
    setup: profile,
    args: (h) => ({ ...js(h), mode: 'hang_stacks' }),
    ok: (r) => expect(J(r).stacks).toHaveLength(1),
    bad: [ios, (h) => ({ ...js(h), mode: 'hang_stacks' }), 'No native trace'],
  },
  {
    tool: 'profiler-combined-report',
    on: rn,
    setup: (h) => {
      profile(h);
      h.dev('react-profiler-analyze', { project_root: project(h) });
      h.dev('native-profiler-analyze');
    },
    args: js,
    ok: (r) => expect(r.text).toContain('# Combined performance report'),
    bad: [
      rn,
      (h) => {
        profile(h);
        return js(h);
      },
      'Analyze both',
    ],
  },
  {
    tool: 'profiler-load',
    on: rn,
    setup: profile,
    args: (h) => ({ ...js(h), mode: 'list' }),
    ok: (r) => expect((J(r).sessions as unknown[]).length).toBeGreaterThanOrEqual(2),
    bad: [
      rn,
      (h) => {
        connect(h);
        return { ...js(h), mode: 'load_react', session_id: 'zzz' };
      },
      'No react session',
    ],
  },
  {
    tool: 'gather-workspace-data',
    on: rn,
    args: (h) => ({ workspacePath: project(h) }),
    ok: (r) => expect(J(r).reactNative).toBe('0.76.3'),
    bad: [ios, () => ({ workspacePath: '/nope' }), 'No project found'],
  },
  {
    tool: 'stop-simulator-server',
    on: ios,
    args: udidOnly,
    ok: (r) => expect(J(r).stopped).toBe(true),
    bad: [ios, () => ({ udid: 'emulator-5999' }), 'not found'],
  },
  {
    tool: 'stop-all-simulator-servers',
    on: android,
    ok: (r, h) => expect(J(r).stopped).toContain(h.udid),
    bad: [android, () => ({ udid: 'x' }), 'is not a parameter'],
  },
  {
    tool: 'stop-metro',
    on: rn,
    args: (h) => ({ port: h.env.world.apps[h.appId]?.runtime?.metroPort ?? 8081 }),
    ok: (r) => expect(J(r).stopped).toBe(true),
    bad: [ios, () => ({ port: 8081 }), 'not running'],
  },
  {
    tool: 'flow-start-recording',
    on: ios,
    args: () => ({ name: 'f', project_root: '/p', executionPrerequisite: 'home' }),
    ok: (r) => expect(J(r).recording).toBe(true),
    bad: [
      ios,
      (h) => {
        flow(h);
        return { name: 'g', project_root: '/p', executionPrerequisite: 'x' };
      },
      'already being recorded',
    ],
  },
  {
    tool: 'flow-add-step',
    on: ios,
    setup: (h) =>
      h.call('flow-start-recording', { name: 'f', project_root: '/p', executionPrerequisite: 'x' }),
    args: (h) => ({
      command: 'gesture-tap',
      args: JSON.stringify({ udid: h.udid, x: 0.5, y: 0.5 }),
    }),
    ok: (r) => expect(r.text).toMatch(/^Recorded step 1: gesture-tap/),
    bad: [ios, () => ({ command: 'gesture-tap', args: '{' }), 'No flow is being recorded'],
  },
  {
    tool: 'flow-add-echo',
    on: ios,
    setup: (h) =>
      h.call('flow-start-recording', { name: 'f', project_root: '/p', executionPrerequisite: 'x' }),
    args: () => ({ message: 'hi' }),
    ok: (r) => expect(J(r)).toEqual({ recorded: true, step: 1 }),
    bad: [ios, () => ({ message: 'x' }), 'No flow is being recorded'],
  },
  {
    tool: 'flow-finish-recording',
    on: ios,
    setup: flow,
    ok: (r) => expect(J(r).path).toBe('/p/.argent/flows/open.flow.json'),
    bad: [ios, () => ({}), 'No flow is being recorded'],
  },
  {
    tool: 'flow-read-prerequisite',
    on: ios,
    setup: (h) => {
      flow(h);
      h.call('flow-finish-recording');
    },
    args: () => ({ name: 'open', project_root: '/p' }),
    ok: (r) => expect(J(r).executionPrerequisite).toBe('app on Home'),
    bad: [ios, () => ({ name: 'zzz', project_root: '/p' }), 'not found'],
  },
  {
    tool: 'flow-execute',
    on: ios,
    setup: (h) => {
      flow(h);
      h.call('flow-finish-recording');
      h.dev('button', { button: 'home' });
      h.dev('launch-app', { bundleId: h.appId });
    },
    args: () => ({ name: 'open', project_root: '/p', prerequisiteAcknowledged: true }),
    ok: (r) => expect(J(r)).toMatchObject({ completed: 2, total: 2 }),
    bad: [
      ios,
      (h) => {
        flow(h);
        h.call('flow-finish-recording');
        return { name: 'open', project_root: '/p' };
      },
      'execution prerequisite',
    ],
  },
  {
    tool: 'update-argent',
    on: ios,
    setup: (h) => {
      h.env.world.state.update.available = '0.6.0';
    },
    ok: (r) => expect(J(r)).toMatchObject({ updated: true, to: '0.6.0' }),
    bad: [ios, () => ({ now: true }), 'is not a parameter'],
  },
  {
    tool: 'dismiss-update',
    on: ios,
    args: () => ({ hours: 24 }),
    ok: (r) => expect(J(r)).toEqual({ dismissed: true, snoozedHours: 24 }),
    bad: [ios, () => ({ hours: 0 }), 'Invalid arguments'],
  },
];

const deviceArg = (tool: string, h: Harness): JsonObject => {
  const schema = defaultCatalog().get(tool)?.inputSchema as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  if (schema.required?.includes('udid')) return { udid: h.udid };
  if (schema.required?.includes('device_id')) return { device_id: h.udid };
  return {};
};

describe('every tool of the default catalog', () => {
  it('has a transition and a test case', () => {
    const names = defaultCatalog().names;
    expect(names).toHaveLength(67);
    expect(Object.keys(defaultToolHandlers).sort()).toEqual([...names].sort());
    expect(cases.map((c) => c.tool).sort()).toEqual([...names].sort());
  });

  for (const c of cases) {
    it(`${c.tool}: observation shape`, () => {
      const h = harness({ platform: c.on[0], kind: c.on[1], seed: 2 });
      c.setup?.(h);
      const args = c.args ? c.args(h) : {};
      const base = 'udid' in args || 'device_id' in args ? {} : deviceArg(c.tool, h);
      let r = h.call(c.tool, { ...base, ...args });
      if (c.tool === 'screenshot-diff')
        r = h.dev('screenshot-diff', {
          baselinePath: h.env.world.state.shots[0]?.path ?? '',
          captureCurrent: true,
        });
      expect(r.isError, r.text).toBe(false);
      c.ok(r, h);
      if (c.tool === 'screenshot-diff') expect(J(r).changedPixelsPercent).toBeGreaterThan(0);
    });
    it(`${c.tool}: error case`, () => {
      const [[platform, kind], args, message] = c.bad;
      const h = harness({ platform, kind, seed: 2 });
      const a = args(h);
      const base = 'udid' in a || 'device_id' in a ? {} : deviceArg(c.tool, h);
      const r = h.call(c.tool, { ...base, ...a });
      expect(r.isError).toBe(true);
      expect(r.text).toContain(message);
    });
  }

  it('reports unknown tools, unknown devices and unbooted devices as error results', () => {
    const h = harness({ platform: 'ios', seed: 2 });
    expect(h.call('frobnicate', {}).text).toBe('Error: Unknown tool "frobnicate".');
    expect(h.call('describe', { udid: '00000000-0000-4000-8000-000000000000' }).text).toContain(
      'not found',
    );
    const b = harness({ platform: 'ios', seed: 2, injections: ['boot-timeout'], launch: false });
    expect(b.dev('describe').text).toContain('is not booted');
  });
});
