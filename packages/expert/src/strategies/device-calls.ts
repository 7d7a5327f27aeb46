/**
 * Reading the device group's own tool replies back from the history: what a
 * boot, a reinstall or a native devtools call returned, and which devices
 * the episode still holds. Plans act on these replies, never on privileged
 * coordinates.
 */
import type { JsonObject, ToolCall, ToolResult } from '@forge/spec';
import { jsonOf } from '../core/observations.js';
import type { ExpertView } from '../core/view.js';

/** A successful call of the history and its reply. */
export interface OkCall {
  readonly call: ToolCall;
  readonly result: ToolResult;
  /** Index of the history step that made it. */
  readonly step: number;
}

/** The latest successful call of `tool` whose arguments pass `test`. */
export function latestOk(
  view: ExpertView,
  tool: string,
  test: (args: JsonObject) => boolean = () => true,
): OkCall | undefined {
  // Backwards: the call a plan asks about is nearly always recent.
  for (let s = view.history.length - 1; s >= 0; s -= 1) {
    const step = view.history[s];
    if (!step) continue;
    for (let i = step.calls.length - 1; i >= 0; i -= 1) {
      const call = step.calls[i];
      const result = step.results[i];
      if (call?.name === tool && result && !result.isError && test(call.arguments))
        return { call, result, step: s };
    }
  }
  return undefined;
}

/** The JSON object of a call's reply (undefined for text replies). */
export function replyOf(made: OkCall | undefined): Readonly<Record<string, unknown>> | undefined {
  return made ? jsonOf(made.result) : undefined;
}

/** The device a call acts on: its `udid`, else its `device_id`. */
function deviceOfCall(call: ToolCall): string | undefined {
  const a = call.arguments;
  if (typeof a.udid === 'string') return a.udid;
  return typeof a.device_id === 'string' ? a.device_id : undefined;
}

/**
 * Devices whose control server a call of the history started and nothing
 * released since, in the order first used: any call naming a device holds
 * it; a successful stop-simulator-server frees its device and a successful
 * stop-all-simulator-servers frees them all. The session ends with none.
 */
export function heldDevices(view: ExpertView): string[] {
  const held = new Set<string>();
  for (const step of view.history) {
    step.calls.forEach((call, i) => {
      const ok = step.results[i]?.isError === false;
      const device = deviceOfCall(call);
      if (call.name === 'stop-all-simulator-servers') {
        if (ok) held.clear();
      } else if (call.name === 'stop-simulator-server') {
        if (ok && device !== undefined) held.delete(device);
      } else if (device !== undefined) held.add(device);
    });
  }
  return [...held];
}
