/**
 * What a tool transition receives and returns. Transitions mutate the world
 * in place and return the tool's exact output; a tool that does not apply
 * returns an error result, never throws.
 */
import type { JsonObject, JsonValue, ToolResult } from '@forge/spec';
import type { InjectionHooks } from '../inject/kinds.js';
import type { DeviceState, World } from '../world/state.js';

/** Everything a transition may touch. */
export interface ToolContext {
  readonly world: World;
  readonly hooks: InjectionHooks;
  /** The device the call names (udid or device_id), resolved and checked by the dispatcher. */
  readonly device: DeviceState | null;
  /** Runs another call through validation and dispatch (run-sequence, flows). */
  dispatch(name: string, args: JsonObject): ToolResult;
}

/** One tool's transition. */
export type ToolHandler = (ctx: ToolContext, args: JsonObject) => ToolResult;

/** Transitions by tool name. */
export type ToolHandlers = Readonly<Record<string, ToolHandler>>;

/** A successful text result. */
export function text(value: string): ToolResult {
  return { text: value, isError: false };
}

/** A successful small-JSON result. */
export function json(value: JsonValue): ToolResult {
  return { text: JSON.stringify(value), isError: false };
}

/** An error result, as the toolkit reports a failed call. */
export function error(message: string): ToolResult {
  return { text: `Error: ${message}`, isError: true };
}

/** A string argument, or the fallback. */
export function str(args: JsonObject, key: string, fallback = ''): string {
  const v = args[key];
  return typeof v === 'string' ? v : fallback;
}

/** A string argument, or undefined. */
export function optStr(args: JsonObject, key: string): string | undefined {
  const v = args[key];
  return typeof v === 'string' ? v : undefined;
}

/** A number argument, or the fallback. */
export function num(args: JsonObject, key: string, fallback = 0): number {
  const v = args[key];
  return typeof v === 'number' ? v : fallback;
}

/** A boolean argument, or the fallback. */
export function bool(args: JsonObject, key: string, fallback = false): boolean {
  const v = args[key];
  return typeof v === 'boolean' ? v : fallback;
}

/** The device of a call; the dispatcher guarantees it for device tools. */
export function deviceOf(ctx: ToolContext): DeviceState {
  if (!ctx.device) throw new Error('device tool dispatched without a device (dispatcher defect)');
  return ctx.device;
}
