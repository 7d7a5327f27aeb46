/**
 * Reaching a React Native app's JS runtime the way the debugger tools do:
 * a React Native app in the foreground, Metro running on the port, and
 * (for everything but connect and status) a live debugger connection.
 */
import type { JsonObject, ToolResult } from '@forge/spec';
import type { AppSpec, RuntimeSpec } from '../world/model.js';
import type { AppRuntime, DeviceState } from '../world/state.js';
import { deviceOf, error, num, type ToolContext } from './context.js';

/** A reachable JS runtime. */
export interface JsTarget {
  readonly device: DeviceState;
  readonly app: AppSpec & { readonly runtime: RuntimeSpec };
  readonly rt: AppRuntime;
  readonly port: number;
}

/** The JS runtime of the call, or the error the toolkit would give. */
export function jsTarget(
  ctx: ToolContext,
  args: JsonObject,
  needConnection = true,
): JsTarget | ToolResult {
  const device = deviceOf(ctx);
  const port = num(args, 'port', 8081);
  const fg = device.foreground === null ? undefined : device.apps[device.foreground];
  const app = fg?.running ? ctx.world.apps[fg.app] : undefined;
  if (!fg || !app || app.kind !== 'react-native' || !app.runtime) {
    return error(
      `No React Native JS runtime found on ${device.udid}: the debugger tools need a React Native app running in the foreground.`,
    );
  }
  const metro = ctx.world.state.metro[String(port)];
  if (!metro || metro.app !== app.id)
    return error(
      `Could not reach Metro on port ${port}: connection refused. Is the bundler running on that port?`,
    );
  if (!metro.running)
    return error(
      `Metro is not running on port ${port}; start it again from the project (npx react-native start).`,
    );
  const target = { device, app: app as JsTarget['app'], rt: fg, port };
  if (!needConnection) return target;
  const dbg = ctx.world.state.debugger;
  if (!dbg.connected || dbg.device !== device.udid || dbg.port !== port) {
    return error(
      `Not connected to the JS runtime of ${device.udid} on port ${port}. Call debugger-connect first.`,
    );
  }
  if (ctx.hooks.fire('debugger-drop')) {
    dbg.connected = false;
    return error(
      'Debugger connection lost: the runtime closed the WebSocket. Check debugger-status, then call debugger-connect again.',
    );
  }
  return target;
}

/** True when `jsTarget` returned an error. */
export function isToolResult(value: JsTarget | ToolResult): value is ToolResult {
  return 'isError' in value;
}
