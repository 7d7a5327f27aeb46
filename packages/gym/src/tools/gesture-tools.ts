/** Touch, pointer and keyboard input, and run-sequence. */
import type { JsonObject, JsonValue } from '@forge/spec';
import { indexApp, screenOf } from '../world/app-index.js';
import { pressKey, scrollBy, tapAt, typeText } from '../world/interact.js';
import { goBack, navigate } from '../world/navigation.js';
import { activeRuntime } from '../world/runtime.js';
import type { AppRuntime, DeviceState } from '../world/state.js';
import { hitTest, viewOf } from '../world/view.js';
import {
  deviceOf,
  error,
  json,
  num,
  optStr,
  type ToolContext,
  type ToolHandlers,
} from './context.js';

/** An error when the device's last foreground app crashed and has not been relaunched. */
function crashedError(device: DeviceState) {
  if (device.foreground !== null) return undefined;
  for (const rt of Object.values(device.apps)) {
    if (rt.crashed)
      return error(`App "${rt.app}" is not running (it crashed). Relaunch it with launch-app.`);
  }
  return undefined;
}

function shownRuntime(device: DeviceState): AppRuntime | undefined {
  const rt = activeRuntime(device);
  return rt?.running && !rt.dialog && rt.modal === null ? rt : undefined;
}

function swipe(
  ctx: ToolContext,
  device: DeviceState,
  fx: number,
  fy: number,
  tx: number,
  ty: number,
): void {
  const dx = tx - fx;
  const dy = fy - ty;
  if (Math.abs(dy) >= Math.abs(dx)) {
    scrollBy(ctx.world, device, dy);
    return;
  }
  const rt = shownRuntime(device);
  if (rt && device.platform === 'ios' && fx <= 0.05 && dx >= 0.3) goBack(ctx.world, device, rt);
  // [families] AppSpec.onboarding promises that swiping left moves to the
  // next carousel page (batch-sequence swipes through it in one run-sequence).
  const pages = rt ? ctx.world.apps[rt.app]?.onboarding?.screens : undefined;
  const next = rt && pages ? pages[pages.indexOf(rt.screen) + 1] : undefined;
  if (rt && next !== undefined && pages?.includes(rt.screen) && dx <= -0.3)
    navigate(ctx.world, device, rt, next);
}

function longPress(ctx: ToolContext, device: DeviceState, x: number, y: number): boolean {
  const rt = shownRuntime(device);
  const app = rt ? ctx.world.apps[rt.app] : undefined;
  if (!rt || !app) return false;
  const node = hitTest(viewOf(ctx.world, device), x, y);
  const modal = node?.el ? screenOf(app, rt.screen).longPress?.[node.el.id] : undefined;
  if (modal === undefined || !indexApp(app).modals.has(modal)) return false;
  rt.activated[`${rt.screen}/${node?.id}:long-press`] = true;
  rt.modal = modal;
  return true;
}

function custom(ctx: ToolContext, args: JsonObject) {
  const device = deviceOf(ctx);
  const crashed = crashedError(device);
  if (crashed) return crashed;
  const events = (args.events as { type: string; x: number; y: number; delayMs?: number }[]) ?? [];
  const first = events[0];
  const last = events[events.length - 1];
  if (first?.type !== 'Down') return error('A touch sequence must start with a Down event.');
  if (last?.type !== 'Up') return error('A touch sequence must end with an Up event.');
  const held = events.slice(1).reduce((sum, e) => sum + (e.delayMs ?? 0), 0);
  const moved = Math.hypot(last.x - first.x, last.y - first.y);
  ctx.world.state.clockMs += held;
  let gesture = 'tap';
  if (moved < 0.02 && held >= 500)
    gesture = longPress(ctx, device, first.x, first.y) ? 'long-press' : 'long-press (no menu)';
  else if (moved < 0.02) tapAt(ctx.world, device, first.x, first.y, ctx.hooks);
  else {
    gesture = 'drag';
    swipe(ctx, device, first.x, first.y, last.x, last.y);
  }
  return json({ performed: true, events: events.length, gesture });
}

/** A slider's value (0..100) for a pointer released at x over its frame. */
function sliderValueAt(frame: { readonly x: number; readonly w: number }, x: number): number {
  const share = frame.w > 0 ? (x - frame.x) / frame.w : 0;
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}

function drag(ctx: ToolContext, args: JsonObject) {
  const device = deviceOf(ctx);
  const rt = shownRuntime(device);
  const app = rt ? ctx.world.apps[rt.app] : undefined;
  const fromX = num(args, 'fromX');
  const toX = num(args, 'toX');
  const fromY = num(args, 'fromY');
  const toY = num(args, 'toY');
  const spec = rt && app ? screenOf(app, rt.screen).drag : undefined;
  if (rt && spec) {
    if (spec.kind === 'slider') {
      // Like a real range input: the press must land on the slider, and the
      // value is where the drag ends along its frame (0 at the left edge, 100
      // at the right), which describe prints, so a model can aim from it.
      const node = hitTest(viewOf(ctx.world, device), fromX, fromY);
      if (node?.el?.stateKey === spec.key)
        rt.values[spec.key] = String(sliderValueAt(node.frame, toX));
    } else if (spec.kind === 'pan')
      rt.values[spec.key] = `${(toX - fromX).toFixed(3)},${(toY - fromY).toFixed(3)}`;
    else rt.values[spec.key] = `moved:${Math.round(fromY * 100)}->${Math.round(toY * 100)}`;
  }
  return json({ dragged: true, from: { x: fromX, y: fromY }, to: { x: toX, y: toY } });
}

function runSequence(ctx: ToolContext, args: JsonObject) {
  const device = deviceOf(ctx);
  const steps = (args.steps as { tool: string; args: JsonObject; delayMs?: number }[]) ?? [];
  const done: JsonValue[] = [];
  for (const [i, step] of steps.entries()) {
    if ('udid' in step.args) {
      done.push({
        tool: step.tool,
        ok: false,
        error: 'udid must not be set inside steps; it is filled in from the top level',
      });
      break;
    }
    const result = ctx.dispatch(step.tool, { ...step.args, udid: device.udid });
    ctx.world.state.clockMs += step.delayMs ?? 0;
    if (result.isError) {
      done.push({ tool: step.tool, ok: false, error: result.text });
      break;
    }
    done.push({ tool: step.tool, ok: true });
    if (i === steps.length - 1) break;
  }
  const completed = done.filter((d) => (d as { ok: boolean }).ok).length;
  const out = { completed, total: steps.length, steps: done };
  return completed === steps.length ? json(out) : { text: JSON.stringify(out), isError: true };
}

/** Transitions of the input tools. */
export const gestureTools: ToolHandlers = {
  'gesture-tap': (ctx, args) => {
    const device = deviceOf(ctx);
    const crashed = crashedError(device);
    if (crashed) return crashed;
    const timestampMs = ctx.world.state.clockMs;
    tapAt(ctx.world, device, num(args, 'x'), num(args, 'y'), ctx.hooks);
    return json({ tapped: true, timestampMs });
  },
  'gesture-swipe': (ctx, args) => {
    const device = deviceOf(ctx);
    const crashed = crashedError(device);
    if (crashed) return crashed;
    const [fx, fy, tx, ty] = ['fromX', 'fromY', 'toX', 'toY'].map((k) => num(args, k)) as [
      number,
      number,
      number,
      number,
    ];
    swipe(ctx, device, fx, fy, tx, ty);
    return json({
      swiped: true,
      from: { x: fx, y: fy },
      to: { x: tx, y: ty },
      durationMs: num(args, 'durationMs', 300),
    });
  },
  'gesture-scroll': (ctx, args) => {
    const device = deviceOf(ctx);
    const deltaY = num(args, 'deltaY');
    scrollBy(ctx.world, device, deltaY);
    return json({ scrolled: true, deltaX: num(args, 'deltaX'), deltaY });
  },
  'gesture-drag': drag,
  'gesture-custom': custom,
  'gesture-pinch': (ctx, args) => {
    const device = deviceOf(ctx);
    const start = num(args, 'startDistance');
    const end = num(args, 'endDistance');
    if (start <= 0) return error('startDistance must be greater than 0.');
    const factor = end / start;
    const rt = shownRuntime(device);
    const app = rt ? ctx.world.apps[rt.app] : undefined;
    const zoom = rt && app ? screenOf(app, rt.screen).zoom : undefined;
    if (rt && zoom) {
      const current = rt.zoom[rt.screen] ?? zoom.initial;
      rt.zoom[rt.screen] = Math.min(zoom.max, Math.max(zoom.min, current * factor));
    }
    return json({ pinched: true, scale: Number(factor.toFixed(3)) });
  },
  'gesture-rotate': (ctx, args) => {
    const device = deviceOf(ctx);
    const degrees = num(args, 'endAngle') - num(args, 'startAngle');
    const rt = shownRuntime(device);
    const app = rt ? ctx.world.apps[rt.app] : undefined;
    if (rt && app && screenOf(app, rt.screen).rotatable) {
      rt.heading[rt.screen] = ((((rt.heading[rt.screen] ?? 0) + degrees) % 360) + 360) % 360;
    }
    return json({ rotated: true, degrees });
  },
  keyboard: (ctx, args) => {
    const device = deviceOf(ctx);
    const typed = optStr(args, 'text');
    const key = optStr(args, 'key');
    if (typed === undefined && key === undefined)
      return error('Provide text to type or a key to press.');
    if (typed !== undefined) {
      typeText(ctx.world, device, typed);
      ctx.world.state.clockMs += typed.length * num(args, 'delayMs', 0);
    }
    if (key !== undefined && !pressKey(ctx.world, device, key, ctx.hooks)) {
      return error(
        `Unknown key "${key}". Known keys: Return, Enter, Tab, Backspace, Delete, Escape, Space.`,
      );
    }
    return json({ typed: typed ?? '', keys: (typed?.length ?? 0) + (key === undefined ? 0 : 1) });
  },
  'run-sequence': runSequence,
};
