/**
 * TEST HELPER: solutions of the React Native runtime families (debugger,
 * logs, network, profilers, Metro, workspace). `short` stops one decisive
 * step early.
 */
import { parseNetworkLog } from '../../observe/network-log.js';
import type { Agent } from './agent.js';

const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** A component's tap point from the component tree, scrolling while it is below the fold. */
function inTree(a: Agent, testID: string): { x: number; y: number } {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const node = a.tree().find((n) => n.testID === testID && n.tap !== undefined);
    if (node?.tap) return node.tap;
    a.dev('gesture-swipe', { fromX: 0.5, fromY: 0.7, toX: 0.5, toY: 0.4 });
  }
  throw new Error(`component ${testID} not found in the tree`);
}

/** Taps a component found in the component tree. */
function tapInTree(a: Agent, testID: string): void {
  a.dev('gesture-tap', inTree(a, testID));
}

/** Launch, connect the debugger, then walk a path with the component tree (rule 10). */
function reachWithTree(a: Agent, path: readonly string[]): void {
  a.start();
  a.open();
  a.connect();
  a.js('debugger-status');
  for (const id of path) tapInTree(a, id);
}

/** Visit the screen, then find the request in the network log and open its details. */
export function networkInspect(a: Agent, short: boolean): void {
  reachWithTree(a, ids(a.p.path));
  const log = parseNetworkLog(a.js('view-network-logs').text);
  if (!log.success) throw new Error(`view-network-logs: ${log.error.message}`);
  const endpoint = String(a.task.params.endpoint);
  // The task names the endpoint as a path; the log lists full urls.
  const pathOf = (url: string) => url.replace(/^[a-z]+:\/\/[^/]+/i, '') || '/';
  const requestId = log.value.entries.find((e) => pathOf(e.url) === endpoint)?.id;
  if (requestId === undefined) throw new Error(`no request to ${endpoint} in the log`);
  if (short) return;
  a.js('view-network-request-details', { requestId, includeBody: true });
}

/** Find the target in the component tree and inspect the element at its tap point. */
export function debugInspect(a: Agent, short: boolean): void {
  reachWithTree(a, ids(a.p.path));
  a.js('debugger-evaluate', { expression: 'Platform.OS' });
  const tap = inTree(a, String(a.p.targetId));
  if (short) return;
  a.js('debugger-inspect-element', tap);
}

/** Read the log registry only after the screen has been shown. */
export function consoleCheck(a: Agent, short: boolean): void {
  const path = ids(a.p.path);
  reachWithTree(a, short ? [] : path);
  if (short && path.length === 0) return;
  a.js('debugger-log-registry');
}

/**
 * Start both profilers on the screen before the interaction, tap it, stop
 * both, analyze both, combine, then drill down.
 */
export function profilePerformance(a: Agent, short: boolean): void {
  const path = ids(a.p.path);
  reachWithTree(a, path.slice(0, -1));
  a.js('react-profiler-start');
  a.call('native-profiler-start', { device_id: a.udid, app_process: a.appId });
  tapInTree(a, String(a.p.interactionId));
  a.js('react-profiler-stop');
  a.call('native-profiler-stop', { device_id: a.udid });
  const root = String(a.p.projectRoot);
  a.js('react-profiler-analyze', { project_root: root, platform: a.task.platform });
  if (short) return;
  a.call('native-profiler-analyze', { device_id: a.udid });
  a.js('profiler-combined-report');
  a.js('profiler-cpu-query', { mode: 'top_functions', top_n: 5 });
  a.js('profiler-commit-query', { mode: 'by_component', component_name: String(a.p.hotspot) });
  a.call('profiler-stack-query', { device_id: a.udid, mode: 'hang_stacks' });
  a.js('react-profiler-cpu-summary', { top_n: 5 });
  a.js('react-profiler-renders', { top_n: 5 });
  a.js('react-profiler-fiber-tree', { max_depth: 3 });
  a.call('react-profiler-component-source', {
    component_name: String(a.p.hotspot),
    project_root: root,
  });
}

/** List sessions, load the wanted React one, check status, query its CPU data. */
export function profilerSessions(a: Agent, short: boolean): void {
  a.start();
  a.open();
  a.connect();
  const { sessions } = a.json<{ sessions: { id: string; kind: string; createdMs: number }[] }>(
    a.js('profiler-load', { mode: 'list' }),
  );
  const named = a.task.params.session;
  const latest = sessions
    .filter((s) => s.kind === 'react')
    .sort((x, y) => y.createdMs - x.createdMs)[0];
  const id = typeof named === 'string' ? named : latest?.id;
  if (id === undefined) throw new Error('no React session listed');
  a.js('profiler-load', { mode: 'load_react', session_id: id });
  a.js('react-profiler-status');
  if (short) return;
  a.js('profiler-cpu-query', { mode: 'top_functions', top_n: 5 });
}

/** Reload the bundle; stop Metro only when the user asked for it. */
export function metroControl(a: Agent, short: boolean): void {
  a.start();
  a.open();
  if (short) {
    if (a.task.params.stop === true) a.js('debugger-reload-metro');
    return;
  }
  a.js('debugger-reload-metro');
  // A reload starts the app over at home: walk to the named screen after it.
  if (Array.isArray(a.p.path)) {
    a.describe();
    for (const id of a.p.path) a.tap(String(id));
  }
  if (a.task.params.stop === true) a.call('stop-metro', { port: Number(a.p.port) });
}

/** One host-side call; no device needed. */
export function workspaceData(a: Agent, short: boolean): void {
  const workspace = String(a.task.params.workspace);
  a.call('gather-workspace-data', { workspacePath: short ? `${workspace}/src` : workspace });
}
