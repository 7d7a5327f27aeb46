/**
 * Error cases beyond the one per tool in tools.test.ts: the failures the
 * simulated toolkit really produces for tools whose only listed error was a
 * schema one, and an unknown device for every tool that takes one. Every
 * failure must come back as an error result; none may throw.
 */
import { defaultCatalog, type JsonObject } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { harness } from '../testing/harness.js';
import { type CallChoice, callContext, validArguments } from '../testing/valid-calls.js';

const catalog = defaultCatalog();
const choice: CallChoice = { bucket: 0, tool: 0, pick: 0, u: 0.5, v: 0.5, flag: false };

describe('tool error cases', () => {
  it('list-devices takes no arguments: an unknown one is a schema error result naming it', () => {
    const h = harness({ platform: 'ios' });
    const r = h.call('list-devices', { verbose: true });
    expect(r.isError).toBe(true);
    expect(r.text).toMatch(/^Error: Invalid arguments for tool "list-devices": .*verbose/);
  });

  it('screenshot on a device that is not booted fails and captures nothing', () => {
    const h = harness({ platform: 'ios', injections: ['boot-timeout'], launch: false });
    const r = h.dev('screenshot');
    expect(r.isError).toBe(true);
    expect(r.text).toContain(`(${h.udid}) is not booted. Boot it with boot-device first.`);
    expect(h.env.world.state.shots).toEqual([]);
  });

  it('screenshot with a rotation outside 0/90/180/270 is a schema error', () => {
    const h = harness({ platform: 'android' });
    const r = h.dev('screenshot', { rotation: 45 });
    expect(r.isError).toBe(true);
    expect(r.text).toContain('Invalid arguments for tool "screenshot"');
    expect(h.env.world.state.shots).toEqual([]);
  });

  it('gesture-tap after the app crashed says so until the app is relaunched', () => {
    const h = harness({ platform: 'ios', injections: ['app-crash'] });
    expect(h.tap('open-settings').injected).toBe('app-crash');
    const r = h.dev('gesture-tap', { x: 0.5, y: 0.5 });
    expect(r.isError).toBe(true);
    expect(r.text).toBe(
      `Error: App "${h.appId}" is not running (it crashed). Relaunch it with launch-app.`,
    );
  });

  it('gesture-tap on an AVD that has not booted: it has no serial yet, so it is not found', () => {
    const h = harness({ platform: 'android', injections: ['boot-timeout'], launch: false });
    const r = h.dev('gesture-tap', { x: 0.5, y: 0.5 });
    expect(r.text).toBe(
      `Error: Device "${h.udid}" not found. Call list-devices to see the available devices.`,
    );
    expect(r.isError).toBe(true);
  });

  it('profiler-cpu-query without a recorded session, and without a connection', () => {
    const h = harness({ platform: 'ios', kind: 'react-native' });
    const port = h.env.world.apps[h.appId]?.runtime?.metroPort ?? 8081;
    const args = { mode: 'top_functions', port };
    const unconnected = h.dev('profiler-cpu-query', args);
    expect(unconnected.isError).toBe(true);
    expect(unconnected.text).toContain('Call debugger-connect first');
    h.dev('debugger-connect', { port });
    const empty = h.dev('profiler-cpu-query', args);
    expect(empty.isError).toBe(true);
    expect(empty.text).toContain('No React profiling data');
  });

  it('stop-all-simulator-servers takes no arguments: a schema error stops nothing', () => {
    const h = harness({ platform: 'android' });
    const r = h.call('stop-all-simulator-servers', { udid: h.udid });
    expect(r.isError).toBe(true);
    expect(r.text).toContain('Invalid arguments for tool "stop-all-simulator-servers"');
    expect(h.env.world.state.devices.find((d) => d.udid === h.udid)?.serverActive).toBe(true);
  });

  it('update-argent takes no arguments: a schema error applies no update', () => {
    const h = harness({ platform: 'ios' });
    h.env.world.state.update.available = '0.6.0';
    const r = h.call('update-argent', { version: '0.6.0' });
    expect(r.isError).toBe(true);
    expect(r.text).toContain('Invalid arguments for tool "update-argent"');
    expect(h.env.world.state.update.applied).toBe(false);
  });

  it('dismiss-update refuses fractional and missing hours without snoozing', () => {
    const h = harness({ platform: 'ios' });
    const before = h.env.world.state.update.snoozedHours;
    for (const args of [{ hours: 1.5 }, {}, { hours: '2' }] as JsonObject[]) {
      const r = h.call('dismiss-update', args);
      expect(r.isError, JSON.stringify(args)).toBe(true);
      expect(r.text).toContain('Invalid arguments for tool "dismiss-update"');
    }
    expect(h.env.world.state.update.snoozedHours).toBe(before);
  });
});

/** Tools of the default catalog that name a device. */
const deviceTools = catalog.tools.filter((t) => {
  const props = (t.inputSchema as { properties?: Record<string, unknown> }).properties ?? {};
  return 'udid' in props || 'device_id' in props;
});

describe('an unknown device', () => {
  it('covers every device-taking tool of the catalog', () => {
    expect(deviceTools.length).toBeGreaterThan(50);
    expect(deviceTools.map((t) => t.name)).toContain('boot-device');
  });

  const unknown = ['0BADF00D-0000-4000-8000-000000000000', 'emulator-5998', 'chromium-cdp-1'];
  for (const tool of deviceTools) {
    it(`${tool.name}: an error result naming the udid, never a throw`, () => {
      const h = harness({ platform: 'ios', kind: 'react-native' });
      const ctx = callContext(h.env.task, h.env.tools);
      for (const udid of unknown) {
        const args = validArguments(ctx, tool.name, choice);
        const call = { ...args, ['device_id' in args ? 'device_id' : 'udid']: udid };
        const r = h.call(tool.name, call);
        expect(r.isError, `${tool.name} ${JSON.stringify(call)}: ${r.text}`).toBe(true);
        expect(r.text).toContain(`"${udid}"`);
        expect(r.text).toContain('not found');
      }
    });
  }
});
