/** Discovery and capture: describe, screenshot, screenshot-diff. */
import type { JsonObject } from '@forge/spec';
import { describeSources, formatDescribe } from '../observe/describe-format.js';
import { primeDescribe } from '../observe/describe-prime.js';
import { activeRuntime } from '../world/runtime.js';
import type { DeviceState } from '../world/state.js';
import { viewOf } from '../world/view.js';
import {
  bool,
  deviceOf,
  error,
  json,
  num,
  optStr,
  type ToolContext,
  type ToolHandlers,
  text,
} from './context.js';

/** Pixel size of each platform's screen (iOS at 3x). */
export const screenPixels = {
  ios: { width: 1179, height: 2556 },
  android: { width: 1080, height: 2400 },
  chromium: { width: 1280, height: 800 },
} as const;

/** How far content moves when an element-moved animation fires. */
const moveShift = 0.06;

const discoveryErrors = {
  ios: 'ax-service did not respond (accessibility service unavailable). Retry once, or use native-describe-screen or a screenshot.',
  android: 'uiautomator dump failed: could not get idle state. Retry once, or take a screenshot.',
  chromium: 'CDP DOM snapshot failed: the page is still loading. Retry once.',
} as const;

function describe(ctx: ToolContext, args: JsonObject) {
  const device = deviceOf(ctx);
  const bundleId = optStr(args, 'bundleId');
  const rt = activeRuntime(device);
  if (
    bundleId !== undefined &&
    device.platform !== 'chromium' &&
    (!rt?.running || rt.app !== bundleId || device.foreground !== bundleId)
  ) {
    return error(`App "${bundleId}" is not in the foreground on ${device.udid}; launch it first.`);
  }
  if (rt?.running && ctx.hooks.fire('discovery-fail')) {
    return error(
      `describe failed (${describeSources[device.platform]}): ${discoveryErrors[device.platform]}`,
    );
  }
  const view = viewOf(ctx.world, device);
  const out = formatDescribe(view, device.platform);
  primeDescribe(out, view, device.platform);
  if (view.kind === 'app' && rt && view.nodes.some((n) => n.depth === 2 || (n.el && !n.el.fixed))) {
    if (ctx.hooks.fire('element-moved')) rt.shift = moveShift;
  }
  return text(out);
}

/** What the screen shows, as a string: equal strings mean identical images. */
export function screenSignature(device: DeviceState): string {
  const rt = activeRuntime(device);
  if (!rt?.running) return `${device.udid}|home|${device.installed.length}|${device.orientation}`;
  const values = Object.entries(rt.values)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',');
  return `${device.udid}|${rt.app}|${rt.screen}|${rt.modal}|${rt.dialog?.permission}|${rt.scroll.toFixed(3)}|${rt.shift}|${rt.keyboard}|${rt.focused}|${rt.toast}|${values}|${device.orientation}`;
}

function capture(ctx: ToolContext, device: DeviceState, scale: number): string {
  device.screenshots += 1;
  const n = ctx.world.state.shots.length + 1;
  const path = `/tmp/argent/screenshots/${device.udid.slice(0, 8).toLowerCase()}-${String(n).padStart(3, '0')}.png`;
  ctx.world.state.shots.push({
    path,
    device: device.udid,
    signature: screenSignature(device),
    scale,
  });
  return path;
}

function hashPercent(a: string, b: string): number {
  let h = 2166136261;
  for (const s of [a, b])
    for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return 1 + ((h >>> 0) % 2900) / 100;
}

function screenshotDiff(ctx: ToolContext, args: JsonObject) {
  const device = deviceOf(ctx);
  const shots = ctx.world.state.shots;
  let baseline = optStr(args, 'baselinePath');
  if (bool(args, 'captureBaseline')) baseline = capture(ctx, device, 1);
  if (baseline === undefined)
    return error('Provide baselinePath, or set captureBaseline to take one now.');
  const base = shots.find((s) => s.path === baseline);
  if (!base) return error(`Baseline image not found: ${baseline}`);
  let current = optStr(args, 'currentPath');
  if (current === undefined || bool(args, 'captureCurrent')) current = capture(ctx, device, 1);
  const cur = shots.find((s) => s.path === current);
  if (!cur) return error(`Current image not found: ${current}`);
  if (base.scale !== cur.scale)
    return error(
      `Images differ in size (scale ${base.scale} vs ${cur.scale}); capture both at the same scale.`,
    );
  const percent = base.signature === cur.signature ? 0 : hashPercent(base.signature, cur.signature);
  const dir = optStr(args, 'outputDir') ?? '/tmp/argent/diffs';
  const diffPath = `${dir}/diff-${String(ctx.world.state.diffs.length + 1).padStart(3, '0')}.png`;
  ctx.world.state.diffs.push({
    baselinePath: baseline,
    currentPath: current,
    diffPath,
    changedPercent: percent,
  });
  return json({
    baselinePath: baseline,
    currentPath: current,
    diffPath,
    changedPixelsPercent: Number(percent.toFixed(2)),
    identical: percent === 0,
  });
}

/** Transitions of the discovery and capture tools. */
export const captureTools: ToolHandlers = {
  describe,
  screenshot: (ctx, args) => {
    const device = deviceOf(ctx);
    const scale = num(args, 'scale', 1);
    const path = capture(ctx, device, scale);
    const px = screenPixels[device.platform];
    const inContext = bool(args, 'includeImageInContext', true);
    return json({
      path,
      width: Math.round(px.width * scale),
      height: Math.round(px.height * scale),
      imageInContext: inContext,
    });
  },
  'screenshot-diff': screenshotDiff,
};
