/**
 * Parsing observations once: every parsed result is cached by the result
 * object itself, so reading a long history again costs a map lookup per
 * observation, not a parse.
 */
import {
  type DeviceList,
  parseComponentTree,
  parseDescribe,
  parseDeviceList,
  parseNativeDescribe,
} from '@forge/gym';
import type { ToolResult } from '@forge/spec';
import {
  type DiscoveryTool,
  type Seen,
  seenFromDescribe,
  seenFromNative,
  seenFromTree,
} from './seen.js';

const seenCache = new WeakMap<ToolResult, Seen | null>();
const devicesCache = new WeakMap<ToolResult, DeviceList | null>();

/** True for the tools whose output lists the screen's elements. */
export function isDiscoveryTool(name: string): name is DiscoveryTool {
  return (
    name === 'describe' || name === 'debugger-component-tree' || name === 'native-describe-screen'
  );
}

/** The screen a successful discovery result shows, or undefined when it is not one. */
export function seenOf(tool: DiscoveryTool, result: ToolResult): Seen | undefined {
  if (result.isError) return undefined;
  const hit = seenCache.get(result);
  if (hit !== undefined) return hit ?? undefined;
  let seen: Seen | null = null;
  if (tool === 'describe') {
    const parsed = parseDescribe(result.text);
    if (parsed.success) seen = seenFromDescribe(result.text, parsed.value);
  } else if (tool === 'debugger-component-tree') {
    const parsed = parseComponentTree(result.text);
    if (parsed.success) seen = seenFromTree(result.text, parsed.value);
  } else {
    const parsed = parseNativeDescribe(result.text);
    if (parsed.success) seen = seenFromNative(result.text, parsed.value);
  }
  seenCache.set(result, seen);
  return seen ?? undefined;
}

/** The devices a successful list-devices result shows. */
export function devicesOf(result: ToolResult): DeviceList | undefined {
  if (result.isError) return undefined;
  const hit = devicesCache.get(result);
  if (hit !== undefined) return hit ?? undefined;
  const parsed = parseDeviceList(result.text);
  const list = parsed.success ? parsed.value : null;
  devicesCache.set(result, list);
  return list ?? undefined;
}

/** A JSON object result's fields, or undefined for text and errors. */
export function jsonOf(result: ToolResult): Record<string, unknown> | undefined {
  if (result.isError || !result.text.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(result.text);
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
