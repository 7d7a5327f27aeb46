/** profile-performance: profile an interaction with both profilers and produce the combined report. */
import { indexApp } from '../world/app-index.js';
import type { AppSpec } from '../world/model.js';
import type { World } from '../world/state.js';
import type { TaskFamily } from './family.js';
import { difficultyOf, perApp, pickByDepth, routedScreens } from './helpers.js';

/** Per app: see `perApp`. */
const candidates = perApp(candidatesOf);

/** Hotspots on reachable screens, with the tap (the interaction) that opens their screen. */
function candidatesOf(app: AppSpec) {
  const routes = new Map(routedScreens(app, 1).map((r) => [r.screen.id, r] as const));
  return (app.runtime?.hotspots ?? []).flatMap((hotspot) => {
    const route = routes.get(hotspot.screen);
    const lastTap = route?.path.at(-1);
    const from = route ? pathScreen(app, route.path.slice(0, -1)) : undefined;
    const el = from?.elements.find((e) => e.id === lastTap);
    return route && el && el.label !== '' ? [{ hotspot, el, from, ...route }] : [];
  });
}

/** The screen a path of taps from home ends on. */
function pathScreen(app: AppSpec, path: readonly string[]) {
  const screens = indexApp(app).screens;
  let screen = screens.get(app.home);
  for (const id of path) {
    const on = screen?.elements.find((e) => e.id === id)?.on;
    screen = screens.get(
      on?.kind === 'navigate' ? on.to : on?.kind === 'request' ? (on.then ?? '') : '',
    );
  }
  return screen;
}

/** A loaded, analyzed session of this kind that saw the screen appear after recording started. */
function profiled(world: World, kind: 'react' | 'native', screen: string): boolean {
  const s = world.state;
  const session = s.sessions.find((x) => x.id === s.loaded[kind]);
  return (
    s[kind].status === 'analyzed' &&
    session !== undefined &&
    s.seen[`${kind}-analyzed:${session.id}`] === true &&
    session.screens.slice(1).includes(screen)
  );
}

/**
 * Start React and native profiling, perform the interaction, stop both,
 * analyze both and produce the combined report; the answer names the hotspot.
 */
export const profilePerformance: TaskFamily = {
  id: 'profile-performance',
  tools: [
    'react-profiler-start',
    'react-profiler-stop',
    'react-profiler-analyze',
    'native-profiler-start',
    'native-profiler-stop',
    'native-profiler-analyze',
    'profiler-combined-report',
    'profiler-cpu-query',
    'profiler-commit-query',
    'profiler-stack-query',
    'react-profiler-cpu-summary',
    'react-profiler-renders',
    'react-profiler-fiber-tree',
    'react-profiler-component-source',
    'debugger-connect',
  ],
  platforms: ['ios', 'android'],
  kinds: ['react-native'],
  supports: (app) => candidates(app).length > 0,
  sample(rng, { app }) {
    const options = candidates(app);
    const runtime = app.runtime;
    if (!runtime || options.length === 0) return undefined;
    const { hotspot, el, from, screen, depth, path } = pickByDepth(rng, options);
    return {
      goal: `Profile ${app.name} while tapping "${el.label}" to open ${screen.title}, and tell me what is slow.`,
      params: { interaction: el.label, screen: screen.title },
      privileged: {
        screenId: screen.id,
        fromScreenId: from?.id ?? app.home,
        interactionId: el.id,
        path,
        port: runtime.metroPort,
        projectRoot: runtime.projectRoot,
        hotspot: hotspot.component,
        functionName: hotspot.functionName,
      },
      difficulty: difficultyOf(depth, 2),
      check: (world) =>
        world.state.seen['combined-report'] === true &&
        profiled(world, 'react', screen.id) &&
        profiled(world, 'native', screen.id),
    };
  },
};
