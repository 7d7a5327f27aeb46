/**
 * The `describe` observation: a header, a ROOT line, then one line per
 * visible node. iOS (ax-service) lists nodes flat; Android (uiautomator) and
 * Chromium (cdp-dom) nest scrolling content under its container.
 */
import type { Platform } from '@forge/spec';
import type { Frame } from '../world/model.js';
import type { ScreenView, ViewNode } from '../world/view.js';
import { platformRole } from './roles.js';
import { fixed3, quote } from './text.js';

/** The discovery source each platform's describe reports. */
export const describeSources: Readonly<Record<Platform, string>> = {
  ios: 'ax-service',
  android: 'uiautomator',
  chromium: 'cdp-dom',
};

const flatMode = 'Mode: flat (every visible element at one level)';
const nestedMode = 'Mode: nested (children indented under their container)';
const frameNote =
  'Frames: normalized 0..1 as (x, y, w, h); tap the frame centre (x + w/2, y + h/2)';
const rootLine = 'ROOT (0.000, 0.000, 1.000, 1.000)';

/** A frame as `(x, y, w, h)` with 3 decimals. */
export function formatFrame(f: Frame): string {
  return `(${fixed3(f.x)}, ${fixed3(f.y)}, ${fixed3(f.w)}, ${fixed3(f.h)})`;
}

/** One element line, without indentation. */
export function formatElementLine(
  role: string,
  label: string,
  value: string | undefined,
  id: string | undefined,
  flags: readonly string[],
  frame: Frame,
): string {
  let line = `${role} ${quote(label)}`;
  if (value !== undefined) line += ` value=${quote(value)}`;
  if (id !== undefined) line += ` id=${quote(id)}`;
  if (flags.length > 0) line += ` [${flags.join(', ')}]`;
  return `${line} ${formatFrame(frame)}`;
}

/** The describe text of a screen view on a platform. */
export function formatDescribe(view: ScreenView, platform: Platform): string {
  const flat = platform === 'ios';
  let out = `Source: ${describeSources[platform]}\n${flat ? flatMode : nestedMode}\n${frameNote}\n${rootLine}`;
  if (view.dialog !== null) out += `\nSystem dialog: ${quote(view.dialog)}`;
  if (view.nodes.length === 0) return `${out}\n  (no elements)`;
  for (const node of view.nodes) out += `\n${nodeLine(node, platform, flat)}`;
  return out;
}

function nodeLine(node: ViewNode, platform: Platform, flat: boolean): string {
  const indent = flat || node.depth <= 1 ? '  ' : '    ';
  const id = node.el ? node.id : undefined;
  return (
    indent +
    formatElementLine(
      platformRole(node.role, platform),
      node.label,
      node.value,
      id,
      node.flags,
      node.frame,
    )
  );
}
