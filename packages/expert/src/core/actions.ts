/** Building the policy's actions: call ids, device arguments and intents. */
import type { JsonObject, PolicyAction, ToolCall } from '@forge/spec';
import type { ExpertView } from './view.js';

/** Intent details a narrator can phrase. */
export type IntentDetail = Readonly<Record<string, string | number | boolean>>;

/** One call to make, before it gets its id. */
export interface PlannedCall {
  readonly name: string;
  readonly args: JsonObject;
}

/** An action with these calls, ids continuing the history's numbering. */
export function callsAction(
  view: ExpertView,
  planned: readonly PlannedCall[],
  kind: string,
  detail?: IntentDetail,
): PolicyAction {
  const calls: ToolCall[] = planned.map((c, i) => ({
    id: `call_${view.state.calls + i + 1}`,
    name: c.name,
    arguments: c.args,
  }));
  return { type: 'call', calls, intent: detail ? { kind, detail } : { kind } };
}

/** An action with one call. */
export function callAction(
  view: ExpertView,
  name: string,
  args: JsonObject,
  kind: string,
  detail?: IntentDetail,
): PolicyAction {
  return callsAction(view, [{ name, args }], kind, detail);
}

/** Arguments for a device tool: the chosen udid plus the rest. */
export function onDevice(view: ExpertView, args: JsonObject = {}): JsonObject {
  return { udid: view.udid, ...args };
}

/** Arguments for a JS-runtime tool: the device id and the Metro port. */
export function onRuntime(view: ExpertView, args: JsonObject = {}): JsonObject {
  return { device_id: view.udid, port: view.metroPort, ...args };
}
