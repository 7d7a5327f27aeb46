/** React and native profilers, their reports, drill-down queries and saved sessions. */
import type { JsonObject, ToolResult } from '@forge/spec';
import { formatHotspotTable } from '../observe/hotspot-table.js';
import type { HotspotSpec } from '../world/model.js';
import type { ProfilerState, SavedSession, World } from '../world/state.js';
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
import { isToolResult, jsTarget } from './js-runtime.js';

function hotspotsOf(world: World, session: SavedSession | undefined): HotspotSpec[] {
  if (!session) return [];
  const all = world.apps[session.app]?.runtime?.hotspots ?? [];
  return all.filter((h) => session.screens.includes(h.screen)).sort((a, b) => b.selfMs - a.selfMs);
}

function loaded(world: World, kind: 'react' | 'native'): SavedSession | undefined {
  const id = world.state.loaded[kind];
  return world.state.sessions.find((s) => s.id === id);
}

function noData(kind: 'react' | 'native'): ToolResult {
  return kind === 'react'
    ? error(
        'No React profiling data: record with react-profiler-start / react-profiler-stop, or load a session with profiler-load.',
      )
    : error(
        'No native trace: record with native-profiler-start / native-profiler-stop, or load one with profiler-load.',
      );
}

function stop(world: World, p: ProfilerState, kind: 'react' | 'native', app: string): SavedSession {
  p.status = 'stopped';
  p.stoppedMs = world.state.clockMs;
  const session = {
    id: `${kind}-${world.state.sessions.length + 1}`,
    kind,
    app,
    createdMs: world.state.clockMs,
    screens: [...p.screens],
  };
  world.state.sessions.push(session);
  p.session = session.id;
  world.state.loaded[kind] = session.id;
  return session;
}

function reactTool(
  ctx: ToolContext,
  args: JsonObject,
  run: (s: SavedSession, hs: HotspotSpec[]) => ToolResult,
): ToolResult {
  const t = jsTarget(ctx, args);
  if (isToolResult(t)) return t;
  const session = loaded(ctx.world, 'react');
  if (!session) return noData('react');
  ctx.world.state.seen['react-queried'] = true;
  // [families] profiler-sessions checks that the loaded session itself was queried.
  ctx.world.state.seen[`react-queried:${session.id}`] = true;
  return run(session, hotspotsOf(ctx.world, session));
}

function nativeRunning(ctx: ToolContext): { app: string; screen: string } | ToolResult {
  const device = deviceOf(ctx);
  const rt = device.foreground === null ? undefined : device.apps[device.foreground];
  if (!rt?.running)
    return error(
      `No app is running in the foreground of ${device.udid}; launch the app to profile first.`,
    );
  return { app: rt.app, screen: rt.screen };
}

/** Transitions of the profiler tools. */
export const profilerTools: ToolHandlers = {
  'react-profiler-start': (ctx, args) => {
    const t = jsTarget(ctx, args);
    if (isToolResult(t)) return t;
    const p = ctx.world.state.react;
    if (p.status === 'recording' && !bool(args, 'force'))
      return error(
        'A React profiling session is already recording; stop it first or pass force: true.',
      );
    Object.assign(p, {
      status: 'recording',
      device: t.device.udid,
      startedMs: ctx.world.state.clockMs,
      screens: [t.rt.screen],
      session: null,
    });
    return json({ recording: true, sampleIntervalUs: num(args, 'sample_interval_us', 100) });
  },
  'react-profiler-stop': (ctx, args) => {
    const t = jsTarget(ctx, args);
    if (isToolResult(t)) return t;
    const p = ctx.world.state.react;
    if (p.status !== 'recording')
      return error('No React profiling session is recording; start one with react-profiler-start.');
    const s = stop(ctx.world, p, 'react', t.app.id);
    return json({
      stopped: true,
      sessionId: s.id,
      durationMs: p.stoppedMs - p.startedMs,
      commits: s.screens.length * 3 + 2,
    });
  },
  'react-profiler-status': (ctx, args) => {
    const t = jsTarget(ctx, args);
    if (isToolResult(t)) return t;
    const p = ctx.world.state.react;
    return json({ status: p.status, sessionId: p.session, loaded: ctx.world.state.loaded.react });
  },
  'react-profiler-analyze': (ctx, args) => {
    const t = jsTarget(ctx, args);
    if (isToolResult(t)) return t;
    const session = loaded(ctx.world, 'react');
    if (!session) return noData('react');
    if (str(args, 'project_root') !== t.app.runtime.projectRoot)
      return error(`No React Native project at "${str(args, 'project_root')}".`);
    ctx.world.state.react.status = 'analyzed';
    ctx.world.state.seen[`react-analyzed:${session.id}`] = true;
    const hs = hotspotsOf(ctx.world, session);
    const head = `# React performance report (${session.id})\n\nScreens: ${session.screens.join(', ')}\n\n## Hotspots\n`;
    return text(
      `${head}${formatHotspotTable(hs, 5)}${hs[0] ? `\n\n**Top issue:** ${hs[0].component} spends ${hs[0].selfMs} ms in ${hs[0].functionName} over ${hs[0].renders} renders.` : ''}`,
    );
  },
  'react-profiler-component-source': (ctx, args) => {
    const root = str(args, 'project_root');
    const app = Object.values(ctx.world.apps).find((a) => a.runtime?.projectRoot === root);
    if (!app?.runtime) return error(`No React Native project at "${root}".`);
    const name = str(args, 'component_name');
    const src = app.runtime.sources[name];
    if (!src) return error(`Component "${name}" not found in ${root}.`);
    ctx.world.state.seen[`source:${name}`] = true;
    return json({ component: name, file: src.file, line: src.line });
  },
  'react-profiler-cpu-summary': (ctx, args) =>
    reactTool(ctx, args, (s, hs) =>
      text(`## CPU hotspots (${s.id})\n${formatHotspotTable(hs, num(args, 'top_n', 10))}`),
    ),
  'react-profiler-renders': (ctx, args) =>
    reactTool(ctx, args, (_, hs) =>
      json({
        renders: hs
          .slice(0, num(args, 'top_n', 10))
          .map((h) => ({ component: h.component, count: h.renders, totalMs: h.selfMs })),
      }),
    ),
  'react-profiler-fiber-tree': (ctx, args) =>
    reactTool(ctx, args, (s, hs) =>
      json({
        session: s.id,
        root: { name: 'App', children: hs.map((h) => ({ name: h.component, renders: h.renders })) },
      }),
    ),
  'profiler-cpu-query': (ctx, args) =>
    reactTool(ctx, args, (_, hs) => {
      const name = args.component_name ?? args.function_name;
      const rows = hs.filter(
        (h) => name === undefined || h.component === name || h.functionName === name,
      );
      return json({
        mode: str(args, 'mode'),
        results: rows.slice(0, num(args, 'top_n', 10)).map((h) => ({
          function: h.functionName,
          component: h.component,
          selfMs: h.selfMs,
          file: `${h.file}:${h.line}`,
        })),
      });
    }),
  'profiler-commit-query': (ctx, args) =>
    reactTool(ctx, args, (s, hs) =>
      json({
        mode: str(args, 'mode'),
        commits: s.screens.map((screen, i) => ({
          index: i,
          screen,
          components: hs.filter((h) => h.screen === screen).map((h) => h.component),
        })),
      }),
    ),
  'native-profiler-start': (ctx) => {
    const running = nativeRunning(ctx);
    if ('isError' in running) return running;
    const p = ctx.world.state.native;
    if (p.status === 'recording')
      return error('A native trace is already recording; stop it first.');
    Object.assign(p, {
      status: 'recording',
      device: deviceOf(ctx).udid,
      startedMs: ctx.world.state.clockMs,
      screens: [running.screen],
      session: null,
    });
    return json({
      recording: true,
      tool: deviceOf(ctx).platform === 'ios' ? 'xctrace' : 'perfetto',
    });
  },
  'native-profiler-stop': (ctx) => {
    const p = ctx.world.state.native;
    const running = nativeRunning(ctx);
    if (p.status !== 'recording' || 'isError' in running)
      return error('No native trace is recording; start one with native-profiler-start.');
    const s = stop(ctx.world, p, 'native', running.app);
    return json({ stopped: true, sessionId: s.id, tracePath: `/tmp/argent/traces/${s.id}.trace` });
  },
  'native-profiler-analyze': (ctx) => {
    const session = loaded(ctx.world, 'native');
    if (!session) return noData('native');
    ctx.world.state.native.status = 'analyzed';
    ctx.world.state.seen[`native-analyzed:${session.id}`] = true;
    const hs = hotspotsOf(ctx.world, session);
    const hang = hs[0] ? `${hs[0].functionName} (${hs[0].selfMs} ms on the main thread)` : 'none';
    return text(
      `# Native trace report (${session.id})\n\n- Hangs: ${hs.length > 0 ? 1 : 0}\n- Longest hang: ${hang}\n- Leaks: 0`,
    );
  },
  'profiler-stack-query': (ctx, args) => {
    const session = loaded(ctx.world, 'native');
    if (!session) return noData('native');
    const hs = hotspotsOf(ctx.world, session);
    return json({
      mode: str(args, 'mode'),
      stacks: hs.slice(0, num(args, 'top_n', 5)).map((h) => ({
        thread: 'main',
        frames: [h.functionName, `${h.component}.render`, 'RCTExecuteOnMainQueue'],
      })),
    });
  },
  'profiler-combined-report': (ctx, args) => {
    const t = jsTarget(ctx, args);
    if (isToolResult(t)) return t;
    const s = ctx.world.state;
    if (s.react.status !== 'analyzed' || s.native.status !== 'analyzed')
      return error(
        'Analyze both recordings first (react-profiler-analyze and native-profiler-analyze).',
      );
    s.seen['combined-report'] = true;
    const hs = hotspotsOf(ctx.world, loaded(ctx.world, 'react'));
    return text(
      `# Combined performance report\n\n${formatHotspotTable(hs, 5)}\n\nJS and native timelines agree: ${hs[0] ? `${hs[0].component} blocks the main thread.` : 'no blocking work found.'}`,
    );
  },
  'profiler-load': (ctx, args) => {
    const t = jsTarget(ctx, args);
    if (isToolResult(t)) return t;
    const sessions = ctx.world.state.sessions;
    const mode = str(args, 'mode');
    if (mode === 'list') {
      ctx.world.state.seen['sessions-listed'] = true;
      return json({
        sessions: sessions.map((s) => ({
          id: s.id,
          kind: s.kind,
          app: s.app,
          createdMs: s.createdMs,
        })),
      });
    }
    const kind = mode === 'load_react' ? 'react' : 'native';
    const id = str(args, 'session_id');
    const session = sessions.find((s) => s.id === id && s.kind === kind);
    if (!session) return error(`No ${kind} session "${id}"; list them with mode "list".`);
    ctx.world.state.loaded[kind] = id;
    ctx.world.state[kind].status = 'stopped';
    ctx.world.state.seen[`session-loaded:${id}`] = true;
    return json({ loaded: true, sessionId: id, kind });
  },
};
