/** React Native debugger tools: connection, reload, evaluate, component tree, inspection, logs, network. */
import type { JsonObject } from '@forge/spec';
import { formatComponentTree } from '../observe/component-tree.js';
import { frameCenter } from '../observe/geometry.js';
import { formatInspection } from '../observe/inspect-element.js';
import { formatLogRegistry } from '../observe/log-registry.js';
import { formatNetworkLog, type NetworkLogEntry } from '../observe/network-log.js';
import { rnComponent } from '../observe/roles.js';
import { indexApp } from '../world/app-index.js';
import { visit } from '../world/navigation.js';
import { hitTest, viewOf } from '../world/view.js';
import { screenPixels } from './capture-tools.js';
import {
  bool,
  error,
  json,
  num,
  str,
  type ToolContext,
  type ToolHandlers,
  text,
} from './context.js';
import { isToolResult, jsTarget } from './js-runtime.js';

/** The screen component's name, e.g. `ProfileSettingsScreen`. */
export function screenComponent(screenId: string): string {
  const pascal = screenId.replace(/(^|[-_\s/]+)([a-z0-9])/gi, (_, __, c: string) =>
    c.toUpperCase(),
  );
  return pascal.endsWith('Screen') ? pascal : `${pascal}Screen`;
}

function componentTree(ctx: ToolContext, args: JsonObject) {
  const t = jsTarget(ctx, args);
  if (isToolResult(t)) return t;
  if (ctx.hooks.fire('discovery-fail')) {
    return error(
      'Component tree unavailable: the React DevTools hook did not answer in time. Retry once.',
    );
  }
  const view = viewOf(ctx.world, t.device);
  const px = screenPixels[t.device.platform];
  const maxNodes = typeof args.maxNodes === 'number' ? args.maxNodes : undefined;
  const out = formatComponentTree(view, {
    screenName: screenComponent(t.rt.screen),
    width: px.width,
    height: px.height,
    ...(maxNodes === undefined ? {} : { maxNodes }),
  });
  if (
    view.kind === 'app' &&
    view.nodes.some((n) => n.el && !n.el.fixed) &&
    ctx.hooks.fire('element-moved')
  ) {
    t.rt.shift = 0.06;
  }
  return text(out);
}

function inspectElement(ctx: ToolContext, args: JsonObject) {
  const t = jsTarget(ctx, args);
  if (isToolResult(t)) return t;
  const x = num(args, 'x');
  const y = num(args, 'y');
  const node = hitTest(viewOf(ctx.world, t.device), x, y);
  const point = { x, y };
  if (!node?.el) return text(formatInspection({ point, element: undefined }));
  const name = rnComponent(node.role, node.component);
  const screen = screenComponent(t.rt.screen);
  const sources = t.app.runtime.sources;
  const own = sources[name] ?? sources[node.el.id];
  const host = sources[screen];
  ctx.world.state.seen[`inspected:${name}`] = true;
  // [families] debug-inspect checks that THIS element's point was inspected.
  ctx.world.state.seen[`inspected-element:${t.rt.screen}/${node.id}`] = true;
  const stack = [
    { name, source: own ? `${own.file}:${own.line}` : '(library component)' },
    { name: screen, source: host ? `${host.file}:${host.line}` : '(source unavailable)' },
    {
      name: 'NavigationContainer',
      source: 'node_modules/@react-navigation/native/src/NavigationContainer.tsx:98',
    },
    { name: 'App', source: 'App.tsx:1' },
  ];
  const depth = Math.max(1, Math.min(num(args, 'maxItems', 35), 4));
  const element = {
    component: name,
    label: node.label,
    testID: node.id,
    tap: frameCenter(node.frame),
    stack: stack.slice(0, depth),
  };
  return text(formatInspection({ point, element }));
}

function evaluate(ctx: ToolContext, args: JsonObject) {
  const t = jsTarget(ctx, args);
  if (isToolResult(t)) return t;
  const expr = str(args, 'expression').trim();
  const known: Record<string, string | number | boolean> = {
    __DEV__: true,
    'Platform.OS': t.device.platform,
    'Platform.constants.reactNativeVersion': t.app.runtime.rnVersion,
  };
  const literal = /^(-?\d+(?:\.\d+)?|true|false|null|"[^"]*"|'[^']*')$/.test(expr);
  const stateKey = /^appState\.([\w-]+)$/.exec(expr)?.[1];
  if (expr in known) return json({ result: known[expr] ?? null });
  if (literal) return json({ result: JSON.parse(expr.replace(/^'(.*)'$/, '"$1"')) });
  if (stateKey !== undefined) return json({ result: t.rt.values[stateKey] ?? null });
  const name = /^[A-Za-z_$][\w$]*/.exec(expr)?.[0] ?? expr;
  return {
    text: JSON.stringify({ error: `ReferenceError: ${name} is not defined` }),
    isError: true,
  };
}

function logRegistry(ctx: ToolContext, args: JsonObject) {
  const t = jsTarget(ctx, args);
  if (isToolResult(t)) return t;
  const logs = t.rt.logs.map((i) => t.app.runtime.logs[i]).filter((l) => l !== undefined);
  ctx.world.state.seen[`logs:${t.app.id}`] = true;
  // [families] console-check needs to know which messages the read included.
  for (const i of t.rt.logs) ctx.world.state.seen[`log-read:${t.app.id}:${i}`] = true;
  return text(formatLogRegistry(logs));
}

const pageSize = 10;

function networkLogs(ctx: ToolContext, args: JsonObject) {
  const t = jsTarget(ctx, args);
  if (isToolResult(t)) return t;
  const entries = t.rt.network;
  const pages = Math.max(1, Math.ceil(entries.length / pageSize));
  const page = typeof args.pageIndex === 'number' ? args.pageIndex : pages - 1;
  if (page >= pages)
    return error(`Page ${page} does not exist; there are ${pages} pages (0-${pages - 1}).`);
  const requests = indexApp(t.app).requests;
  const listed: NetworkLogEntry[] = [];
  for (const e of entries.slice(page * pageSize, (page + 1) * pageSize)) {
    const r = requests.get(e.requestId);
    if (r)
      listed.push({
        id: r.id,
        method: r.method,
        url: r.url,
        status: r.status,
        durationMs: r.durationMs,
        atMs: e.atMs,
      });
  }
  return text(
    formatNetworkLog({ page, lastPage: pages - 1, total: entries.length, entries: listed }),
  );
}

function requestDetails(ctx: ToolContext, args: JsonObject) {
  const t = jsTarget(ctx, args);
  if (isToolResult(t)) return t;
  const id = str(args, 'requestId');
  const r = indexApp(t.app).requests.get(id);
  if (!r || !t.rt.network.some((e) => e.requestId === id))
    return error(`Request "${id}" not found in the network log.`);
  ctx.world.state.seen[`request:${id}`] = true;
  const body = bool(args, 'includeBody');
  return json({
    id: r.id,
    method: r.method,
    url: r.url,
    status: r.status,
    durationMs: r.durationMs,
    requestHeaders: { accept: 'application/json' },
    responseHeaders: { 'content-type': 'application/json' },
    ...(body ? { requestBody: r.requestBody ?? null, responseBody: r.responseBody } : {}),
  });
}

/** Transitions of the debugger and JS network tools. */
export const debuggerTools: ToolHandlers = {
  'debugger-connect': (ctx, args) => {
    const t = jsTarget(ctx, args, false);
    if (isToolResult(t)) return t;
    const dbg = ctx.world.state.debugger;
    dbg.connected = true;
    dbg.device = t.device.udid;
    dbg.port = t.port;
    dbg.connects += 1;
    return json({ connected: true, port: t.port, app: t.app.id, engine: 'Hermes' });
  },
  'debugger-status': (ctx, args) => {
    const t = jsTarget(ctx, args, false);
    if (isToolResult(t)) return t;
    const dbg = ctx.world.state.debugger;
    const connected = dbg.connected && dbg.device === t.device.udid && dbg.port === t.port;
    return json({ connected, port: t.port, app: t.app.id, metro: 'running' });
  },
  'debugger-reload-metro': (ctx, args) => {
    const t = jsTarget(ctx, args, false);
    if (isToolResult(t)) return t;
    const metro = ctx.world.state.metro[String(t.port)];
    if (metro) metro.reloads += 1;
    t.rt.stack = [];
    visit(ctx.world, t.device, t.rt, t.app.home);
    return json({ reloaded: true, port: t.port });
  },
  'debugger-evaluate': evaluate,
  'debugger-component-tree': componentTree,
  'debugger-inspect-element': inspectElement,
  'debugger-log-registry': logRegistry,
  'view-network-logs': networkLogs,
  'view-network-request-details': requestDetails,
};
