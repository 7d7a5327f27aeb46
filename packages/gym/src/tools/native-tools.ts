/** Native iOS devtools: injected inspection of a native app's UIKit views and HTTP traffic. */
import type { JsonObject, JsonValue, ToolResult } from '@forge/spec';
import { formatNativeDescribe, iosScreen, toPoints } from '../observe/native-describe.js';
import { formatNativeHierarchy, type HierarchyNode } from '../observe/native-hierarchy.js';
import { uikitClass } from '../observe/roles.js';
import { indexApp } from '../world/app-index.js';
import type { AppSpec } from '../world/model.js';
import type { AppRuntime } from '../world/state.js';
import { type ScreenView, type ViewNode, viewOf } from '../world/view.js';
import {
  bool,
  deviceOf,
  error,
  json,
  num,
  str,
  type ToolContext,
  type ToolHandlers,
  text,
} from './context.js';

interface NativeTarget {
  readonly app: AppSpec;
  readonly rt: AppRuntime;
  readonly view: ScreenView;
}

function nativeTarget(ctx: ToolContext, args: JsonObject): NativeTarget | ToolResult {
  const device = deviceOf(ctx);
  const bundleId = str(args, 'bundleId');
  const app = ctx.world.apps[bundleId];
  if (!app || !device.installed.includes(bundleId))
    return error(`App "${bundleId}" is not installed on ${device.udid}.`);
  if (app.kind !== 'native')
    return error(
      `Native devtools support native UIKit apps only; "${bundleId}" is a ${app.kind} app. Use describe${app.kind === 'react-native' ? ' or debugger-component-tree' : ''}.`,
    );
  const rt = device.apps[bundleId];
  if (!rt?.running || device.foreground !== bundleId)
    return error(`App "${bundleId}" is not running in the foreground; launch it first.`);
  return { app, rt, view: viewOf(ctx.world, device) };
}

function isErr(v: NativeTarget | ToolResult): v is ToolResult {
  return 'isError' in v;
}

function skipper(args: JsonObject): (cls: string) => boolean {
  const classes = (args.skipClasses as string[] | undefined) ?? [];
  const prefixes = (args.skipClassPrefixes as string[] | undefined) ?? [];
  return (cls) => classes.includes(cls) || prefixes.some((p) => cls.startsWith(p));
}

function viewJson(node: ViewNode | undefined, args: JsonObject): JsonValue {
  if (!node)
    return {
      className: 'UIWindow',
      frame: { x: 0, y: 0, w: iosScreen.width, h: iosScreen.height },
    };
  const f = toPoints(node.frame);
  const out: Record<string, JsonValue> = {
    className: uikitClass(node.role),
    label: node.label,
    identifier: node.el ? node.id : null,
    frame: { x: round1(f.x), y: round1(f.y), w: round1(f.w), h: round1(f.h) },
    userInteractionEnabled: node.flags.includes('clickable'),
  };
  if (bool(args, 'includeAncestors'))
    out.ancestors = ['UIView', 'UINavigationTransitionView', 'UIWindow'];
  if (bool(args, 'includeChildren')) out.children = node.role === 'button' ? ['UIButtonLabel'] : [];
  return out;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function atPoint(interactable: boolean) {
  return (ctx: ToolContext, args: JsonObject) => {
    const t = nativeTarget(ctx, args);
    if (isErr(t)) return t;
    const x = num(args, 'x') / iosScreen.width;
    const y = num(args, 'y') / iosScreen.height;
    if (x > 1 || y > 1)
      return error(
        `Point (${num(args, 'x')}, ${num(args, 'y')}) is outside the ${iosScreen.width}x${iosScreen.height} point screen.`,
      );
    let hit: ViewNode | undefined;
    for (let i = t.view.nodes.length - 1; i >= 0 && !hit; i -= 1) {
      const n = t.view.nodes[i] as ViewNode;
      const f = n.frame;
      const inside = x >= f.x && x <= f.x + f.w && y >= f.y && y <= f.y + f.h;
      if (inside && (!interactable || n.flags.includes('clickable')) && n.role !== 'container')
        hit = n;
    }
    if (hit?.el)
      ctx.world.state.seen[`${interactable ? 'interactable' : 'view'}-at-point:${hit.id}`] = true;
    return json({ point: { x: num(args, 'x'), y: num(args, 'y') }, view: viewJson(hit, args) });
  };
}

function hierarchy(ctx: ToolContext, args: JsonObject) {
  const t = nativeTarget(ctx, args);
  if (isErr(t)) return t;
  const skip = skipper(args);
  const maxDepth = typeof args.maxDepth === 'number' ? args.maxDepth : 50;
  const window = { x: 0, y: 0, w: iosScreen.width, h: iosScreen.height };
  const chrome = ['UITransitionView', 'UIDropShadowView', 'UILayoutContainerView'];
  const nodes: HierarchyNode[] = [];
  const depth = Math.min(maxDepth, chrome.length) + 1;
  if (maxDepth > chrome.length) {
    for (const node of t.view.nodes) {
      const cls = uikitClass(node.role);
      if (skip(cls)) continue;
      nodes.push({
        depth: depth + (node.depth > 1 ? 1 : 0),
        className: cls,
        label: node.label,
        ...(node.el ? { id: node.id } : {}),
        frame: toPoints(node.frame),
      });
    }
  }
  ctx.world.state.seen[`hierarchy:${t.app.id}`] = true;
  return text(formatNativeHierarchy({ window, chrome: chrome.slice(0, maxDepth), nodes }));
}

function findViews(ctx: ToolContext, args: JsonObject) {
  const t = nativeTarget(ctx, args);
  if (isErr(t)) return t;
  const cls = args.className;
  const matches = t.view.nodes.filter(
    (n) =>
      n.role !== 'container' &&
      (cls === undefined || uikitClass(n.role) === cls) &&
      (args.identifier === undefined || (n.el !== null && n.id === args.identifier)) &&
      (args.nativeID === undefined || (n.el !== null && n.id === args.nativeID)) &&
      (args.label === undefined || n.label === args.label) &&
      (args.tag === undefined || args.tag === 0),
  );
  for (const m of matches) if (m.el) ctx.world.state.seen[`found:${m.id}`] = true;
  return json({ count: matches.length, views: matches.map((m) => viewJson(m, args)) });
}

function networkLogs(ctx: ToolContext, args: JsonObject) {
  const t = nativeTarget(ctx, args);
  if (isErr(t)) return t;
  const requests = indexApp(t.app).requests;
  const limit = typeof args.limit === 'number' ? args.limit : 50;
  const entries = t.rt.network.slice(-limit).map((e) => {
    const r = requests.get(e.requestId);
    return {
      id: e.requestId,
      method: r?.method ?? 'GET',
      url: r?.url ?? '',
      status: r?.status ?? 0,
      durationMs: r?.durationMs ?? 0,
      atMs: e.atMs,
    };
  });
  for (const e of entries) ctx.world.state.seen[`native-request:${e.id}`] = true;
  if (bool(args, 'clear')) t.rt.network = [];
  return json({ bundleId: t.app.id, count: entries.length, requests: entries });
}

/** Transitions of the native iOS devtools. */
export const nativeTools: ToolHandlers = {
  'native-devtools-status': (ctx, args) => {
    const t = nativeTarget(ctx, args);
    if (isErr(t)) return t;
    return json({ connected: true, bundleId: t.app.id, injected: true });
  },
  'native-network-logs': networkLogs,
  'native-find-views': findViews,
  'native-full-hierarchy': hierarchy,
  'native-describe-screen': (ctx, args) => {
    const t = nativeTarget(ctx, args);
    if (isErr(t)) return t;
    return text(formatNativeDescribe(t.view, t.app.id, skipper(args)));
  },
  'native-view-at-point': atPoint(false),
  'native-user-interactable-view-at-point': atPoint(true),
};
