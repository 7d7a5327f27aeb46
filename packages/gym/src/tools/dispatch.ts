/**
 * One call, end to end: argument check against the catalog, device lookup,
 * platform and boot checks, the transition, and the clock. Every failure is
 * an error result in the toolkit's words, never a throw.
 */
import { type Catalog, defaultToolPlatforms, type JsonObject, type ToolResult } from '@forge/spec';
import type { InjectionHooks } from '../inject/kinds.js';
import type { DeviceState, World } from '../world/state.js';
import { error, type ToolContext, type ToolHandlers } from './context.js';

/** Simulated duration of each tool, in ms; others take `defaultCostMs`. */
const costMs: Readonly<Record<string, number>> = {
  'list-devices': 400,
  'boot-device': 1500,
  'launch-app': 1800,
  'restart-app': 2500,
  'reinstall-app': 6000,
  'open-url': 1200,
  describe: 350,
  screenshot: 600,
  'screenshot-diff': 900,
  'debugger-component-tree': 450,
  'react-profiler-analyze': 2000,
  'native-profiler-analyze': 3000,
  'native-profiler-stop': 2500,
  'gather-workspace-data': 800,
};
const defaultCostMs = 120;

/** Tools that may name a device that is not booted. */
const bootless = new Set(['boot-device', 'stop-simulator-server']);

const alternatives: Readonly<Record<string, string>> = {
  'gesture-scroll': ' Use gesture-swipe on iOS and Android.',
  'gesture-drag': ' Use gesture-custom on iOS and Android.',
  'gesture-swipe': ' Use gesture-scroll or gesture-drag on Chromium.',
  'launch-app': ' Use open-url on Chromium.',
  button: ' Use keyboard keys on Chromium.',
};

const platformNames = {
  ios: 'iOS simulators',
  android: 'Android devices',
  chromium: 'Chromium targets',
} as const;

/** Finds a device as the toolkit would: unbooted AVDs have no serial yet. */
export function findDevice(world: World, udid: string): DeviceState | undefined {
  return world.state.devices.find((d) => d.udid === udid && (d.platform !== 'android' || d.booted));
}

/** Runs calls through checks and transitions. */
export interface Dispatcher {
  dispatch(world: World, hooks: InjectionHooks, name: string, args: JsonObject): ToolResult;
}

/** A dispatcher over a catalog and transitions. */
export function createDispatcher(catalog: Catalog, handlers: ToolHandlers): Dispatcher {
  const dispatch = (
    world: World,
    hooks: InjectionHooks,
    name: string,
    args: JsonObject,
  ): ToolResult => {
    const issues = catalog.checkArguments(name, args);
    if (issues.length > 0) {
      world.state.clockMs += 5;
      if (issues[0]?.code === 'unknown-tool') return error(`Unknown tool "${name}".`);
      return error(
        `Invalid arguments for tool "${name}": ${issues.map((i) => i.message).join('; ')}`,
      );
    }
    const handler = handlers[name];
    if (!handler) return error(`Tool "${name}" is not available in this simulator.`);
    const udid =
      typeof args.udid === 'string'
        ? args.udid
        : typeof args.device_id === 'string'
          ? args.device_id
          : undefined;
    let device: DeviceState | null = null;
    if (udid !== undefined && !(name === 'boot-device')) {
      const found = findDevice(world, udid);
      if (!found)
        return error(`Device "${udid}" not found. Call list-devices to see the available devices.`);
      const where = defaultToolPlatforms[name];
      if (where && !where.includes(found.platform)) {
        const list = where.map((p) => platformNames[p]).join(', ');
        return error(
          `Tool "${name}" is not supported on ${platformNames[found.platform]} (${udid}); it works on ${list}.${alternatives[name] ?? ''}`,
        );
      }
      if (!found.booted && !bootless.has(name)) {
        return error(
          `Device ${found.name} (${udid}) is not booted. Boot it with boot-device first.`,
        );
      }
      if (name !== 'stop-simulator-server') found.serverActive = true;
      device = found;
    }
    const ctx: ToolContext = {
      world,
      hooks,
      device,
      dispatch: (n, a) => dispatch(world, hooks, n, a),
    };
    const result = handler(ctx, args);
    world.state.clockMs +=
      (costMs[name] ?? defaultCostMs) + (typeof args.durationMs === 'number' ? args.durationMs : 0);
    return result;
  };
  return { dispatch };
}
